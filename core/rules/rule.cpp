// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QRegularExpression>

namespace OtBridge {

QStringList InternalEvent::all()
{
    return {QString::fromLatin1(openTextDeliveryFailed),
            QString::fromLatin1(openTextDeliveryConfirmed), QString::fromLatin1(deliveryDead),
            QString::fromLatin1(escalationFired)};
}

bool InternalEvent::isInternal(const QString &name)
{
    return all().contains(name);
}

namespace {

using Fail = QString; // an error in words; empty: fine

QString joined(const QString &where, const QString &text)
{
    return where.isEmpty() ? text : QStringLiteral("%1, %2").arg(where, text);
}

bool isRuleName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool isHeaderName(const QString &name)
{
    // RFC 9110 token characters.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    return pattern.match(name).hasMatch();
}

// A list of keys for a message, in the order given.
QString keyList(const QStringList &keys)
{
    return keys.join(QLatin1String(", "));
}

Fail unknownKeys(const QJsonObject &json, const QStringList &known, const QString &at,
                 const QString &what)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return QObject::tr("%1: unknown key '%2' (%3 takes %4)")
                .arg(at, it.key(), what, keyList(known));
    }
    return {};
}

// Reads an array of strings; nullopt when the value is neither absent nor such an array.
std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

Result<Template> compileField(const QJsonValue &value, Template::Escape escape,
                              const QString &actionAt, const QString &field)
{
    if (!value.isString())
        return Result<Template>::failure(
            QObject::tr("%1: \"%2\" must be a string (a template)").arg(actionAt, field));
    return Template::compile(value.toString(), escape,
                             QStringLiteral("%1, %2").arg(actionAt, field));
}

struct ChannelFields
{
    const char *field;
    Template::Escape escape;
    QList<OpenTextChannel> channels;
};

const QList<ChannelFields> &openTextFields()
{
    using C = OpenTextChannel;
    static const QList<ChannelFields> fields {
        {"subject", Template::Escape::Plain, {C::Email}},
        {"text", Template::Escape::Plain, {C::Email, C::Sms, C::Fax, C::WhatsApp}},
        {"html", Template::Escape::Html, {C::Email, C::Fax}},
        {"from_name", Template::Escape::Plain, {C::Email}},
        {"template_id", Template::Escape::Plain, {C::WhatsApp}},
        {"language", Template::Escape::Plain, {C::WhatsApp}},
    };
    return fields;
}

Fail parseOpenText(const QJsonObject &json, const QString &at, RuleAction &action)
{
    action.kind = RuleAction::Kind::OpenText;
    const QString channel = json.value(QLatin1String("channel")).toString(QStringLiteral("email"));
    if (channel == QLatin1String("email"))
        action.channel = OpenTextChannel::Email;
    else if (channel == QLatin1String("sms"))
        action.channel = OpenTextChannel::Sms;
    else if (channel == QLatin1String("fax"))
        action.channel = OpenTextChannel::Fax;
    else if (channel == QLatin1String("whatsapp"))
        action.channel = OpenTextChannel::WhatsApp;
    else
        return QObject::tr("%1: channel must be \"email\", \"sms\", \"fax\" or \"whatsapp\", not "
                           "\"%2\"")
            .arg(at, json.value(QLatin1String("channel")).toVariant().toString());

    const QJsonValue to = json.value(QLatin1String("to"));
    if (!to.isObject())
        return QObject::tr("%1: \"to\" must be an object with roles, people, addresses or "
                           "roles_from")
            .arg(at);
    const QJsonObject toObject = to.toObject();
    const QString toAt = QObject::tr("%1, to").arg(at);
    if (Fail error = unknownKeys(toObject,
                                 {QStringLiteral("roles"), QStringLiteral("people"),
                                  QStringLiteral("addresses"), QStringLiteral("roles_from")},
                                 toAt, QObject::tr("\"to\""));
        !error.isEmpty())
        return error;
    const auto roles = stringList(toObject.value(QLatin1String("roles")));
    if (!roles)
        return QObject::tr("%1: \"roles\" must be an array of role names").arg(toAt);
    action.roles = *roles;
    const auto people = stringList(toObject.value(QLatin1String("people")));
    if (!people)
        return QObject::tr("%1: \"people\" must be an array of email addresses").arg(toAt);
    action.people = *people;
    const auto addresses = stringList(toObject.value(QLatin1String("addresses")));
    if (!addresses)
        return QObject::tr("%1: \"addresses\" must be an array of templates").arg(toAt);
    for (qsizetype i = 0; i < addresses->size(); ++i) {
        auto compiled = Template::compile(addresses->at(i), Template::Escape::Plain,
                                          QObject::tr("%1, address %2").arg(toAt).arg(i + 1));
        if (!compiled)
            return compiled.error();
        action.addresses.append(std::move(compiled).value());
    }
    const auto rolesFrom = stringList(toObject.value(QLatin1String("roles_from")));
    if (!rolesFrom)
        return QObject::tr("%1: \"roles_from\" must be an array of templates").arg(toAt);
    for (qsizetype i = 0; i < rolesFrom->size(); ++i) {
        auto compiled = Template::compile(rolesFrom->at(i), Template::Escape::Plain,
                                          QObject::tr("%1, roles_from %2").arg(toAt).arg(i + 1));
        if (!compiled)
            return compiled.error();
        action.rolesFrom.append(std::move(compiled).value());
    }
    if (action.roles.isEmpty() && action.people.isEmpty() && action.addresses.isEmpty()
        && action.rolesFrom.isEmpty())
        return QObject::tr("%1: names nobody; give roles, people, addresses or roles_from")
            .arg(toAt);

    for (const ChannelFields &field : openTextFields()) {
        const QString key = QString::fromLatin1(field.field);
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            continue;
        if (!field.channels.contains(action.channel))
            return QObject::tr("%1: \"%2\" does not apply to the %3 channel")
                .arg(at, key, channelName(action.channel));
        auto compiled = compileField(value, field.escape, at, key);
        if (!compiled)
            return compiled.error();
        action.fields.insert(key, std::move(compiled).value());
    }
    const QJsonValue parameters = json.value(QLatin1String("template_parameters"));
    if (!parameters.isUndefined()) {
        if (action.channel != OpenTextChannel::WhatsApp)
            return QObject::tr("%1: \"%2\" does not apply to the %3 channel")
                .arg(at, QStringLiteral("template_parameters"), channelName(action.channel));
        const auto list = stringList(parameters);
        if (!list)
            return QObject::tr("%1: \"template_parameters\" must be an array of templates").arg(at);
        for (qsizetype i = 0; i < list->size(); ++i) {
            auto compiled
                = Template::compile(list->at(i), Template::Escape::Plain,
                                    QObject::tr("%1, template parameter %2").arg(at).arg(i + 1));
            if (!compiled)
                return compiled.error();
            action.templateParameters.append(std::move(compiled).value());
        }
    }

    const auto has = [&action](const char *field) {
        return action.fields.contains(QString::fromLatin1(field));
    };
    switch (action.channel) {
    case OpenTextChannel::Email:
        if (!has("subject"))
            return QObject::tr("%1: an email needs a \"subject\"").arg(at);
        if (!has("text") && !has("html"))
            return QObject::tr("%1: an email needs \"text\" or \"html\"").arg(at);
        break;
    case OpenTextChannel::Sms:
        if (!has("text"))
            return QObject::tr("%1: an SMS needs \"text\"").arg(at);
        break;
    case OpenTextChannel::Fax:
        if (!has("text") && !has("html"))
            return QObject::tr("%1: a fax needs \"text\" or \"html\"").arg(at);
        break;
    case OpenTextChannel::WhatsApp:
        if (!has("text") && !has("template_id"))
            return QObject::tr("%1: a WhatsApp message needs \"text\" or \"template_id\"").arg(at);
        break;
    }
    return {};
}

Fail parseHttp(const QJsonObject &json, const QString &at, RuleAction &action)
{
    action.kind = RuleAction::Kind::Http;
    const QJsonValue fields = json.value(QLatin1String("fields"));
    if (!fields.isUndefined()) {
        if (!fields.isObject())
            return QObject::tr("%1: \"fields\" must be an object of templates").arg(at);
        const QJsonObject object = fields.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            auto compiled = compileField(it.value(), Template::Escape::Plain, at, it.key());
            if (!compiled)
                return compiled.error();
            action.fields.insert(it.key(), std::move(compiled).value());
        }
    }
    const QJsonValue method = json.value(QLatin1String("method"));
    if (!method.isUndefined()) {
        static const QStringList methods {QStringLiteral("GET"), QStringLiteral("POST"),
                                          QStringLiteral("PUT"), QStringLiteral("PATCH"),
                                          QStringLiteral("DELETE")};
        if (!methods.contains(method.toString()))
            return QObject::tr("%1: method must be GET, POST, PUT, PATCH or DELETE, not \"%2\"")
                .arg(at, method.toVariant().toString());
        action.method = method.toString();
    }
    const QJsonValue url = json.value(QLatin1String("url"));
    if (!url.isUndefined()) {
        auto compiled = compileField(url, Template::Escape::Url, at, QStringLiteral("url"));
        if (!compiled)
            return compiled.error();
        action.url = std::move(compiled).value();
    }
    const QJsonValue headers = json.value(QLatin1String("headers"));
    if (!headers.isUndefined()) {
        if (!headers.isObject())
            return QObject::tr("%1: \"headers\" must be an object of header templates").arg(at);
        const QJsonObject object = headers.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!isHeaderName(it.key()))
                return QObject::tr("%1: '%2' is not a valid header name").arg(at, it.key());
            auto compiled = compileField(it.value(), Template::Escape::Plain, at,
                                         QObject::tr("header %1").arg(it.key()));
            if (!compiled)
                return compiled.error();
            action.headers.append({it.key().toLatin1(), std::move(compiled).value()});
        }
    }
    const QJsonValue body = json.value(QLatin1String("body"));
    if (!body.isUndefined()) {
        // A body written as JSON in the file is the template's text: its strings may hold tags.
        QString source;
        if (body.isString())
            source = body.toString();
        else if (body.isObject())
            source
                = QString::fromUtf8(QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact));
        else if (body.isArray())
            source
                = QString::fromUtf8(QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact));
        else
            return QObject::tr("%1: \"body\" must be a JSON object or array, or a template "
                               "string")
                .arg(at);
        auto compiled = Template::compile(source, Template::Escape::JsonString,
                                          QObject::tr("%1, body").arg(at));
        if (!compiled)
            return compiled.error();
        action.body = std::move(compiled).value();
    }
    return {};
}

Fail parseAction(const QJsonValue &value, const QString &at, bool inTier, RuleAction &action);

Fail parseEscalate(const QJsonObject &json, const QString &at, RuleAction &action)
{
    action.kind = RuleAction::Kind::Escalate;
    const QJsonValue within = json.value(QLatin1String("within_seconds"));
    if (!within.isDouble() || within.toDouble() < 1 || within.toDouble() > 365 * 86400)
        return QObject::tr("%1: within_seconds must be a number of seconds from 1 to a year")
            .arg(at);
    action.withinSeconds = int(within.toDouble());
    const QJsonValue from = json.value(QLatin1String("within_minutes_from"));
    if (!from.isUndefined()) {
        if (!from.isString() || !from.toString().startsWith(QLatin1Char('/')))
            return QObject::tr("%1: within_minutes_from must be a JSON Pointer such as "
                               "/acknowledge_within_minutes")
                .arg(at);
        action.withinMinutesFrom = from.toString();
    }
    const QJsonValue tiers = json.value(QLatin1String("tiers"));
    if (!tiers.isArray() || tiers.toArray().isEmpty())
        return QObject::tr("%1: \"tiers\" must be a non-empty array of tiers").arg(at);
    const QJsonArray list = tiers.toArray();
    for (qsizetype t = 0; t < list.size(); ++t) {
        const QString tierAt = QObject::tr("%1, tier %2").arg(at).arg(t + 1);
        if (!list.at(t).isObject())
            return QObject::tr("%1: must be an object with \"actions\"").arg(tierAt);
        const QJsonObject tierJson = list.at(t).toObject();
        if (Fail error
            = unknownKeys(tierJson, {QStringLiteral("after_seconds"), QStringLiteral("actions")},
                          tierAt, QObject::tr("a tier"));
            !error.isEmpty())
            return error;
        auto tier = std::make_shared<EscalationTier>();
        const QJsonValue after = tierJson.value(QLatin1String("after_seconds"));
        if (!after.isUndefined()) {
            if (t == 0)
                return QObject::tr("%1: the first tier fires when the acknowledgement time runs "
                                   "out; after_seconds is for later tiers")
                    .arg(tierAt);
            if (!after.isDouble() || after.toDouble() < 1 || after.toDouble() > 365 * 86400)
                return QObject::tr("%1: after_seconds must be a number of seconds from 1 to a "
                                   "year")
                    .arg(tierAt);
            tier->afterSeconds = int(after.toDouble());
        }
        // Absent: 0, and the router waits the acknowledgement time again (the event's own
        // time when within_minutes_from found one).
        const QJsonValue actions = tierJson.value(QLatin1String("actions"));
        if (!actions.isArray() || actions.toArray().isEmpty())
            return QObject::tr("%1: \"actions\" must be a non-empty array of actions").arg(tierAt);
        const QJsonArray actionList = actions.toArray();
        for (qsizetype a = 0; a < actionList.size(); ++a) {
            RuleAction tierAction;
            if (Fail error
                = parseAction(actionList.at(a), QObject::tr("%1, action %2").arg(tierAt).arg(a + 1),
                              true, tierAction);
                !error.isEmpty())
                return error;
            tier->actions.append(std::move(tierAction));
        }
        action.tiers.append(std::move(tier));
    }
    return {};
}

Fail parseAction(const QJsonValue &value, const QString &at, bool inTier, RuleAction &action)
{
    if (!value.isObject())
        return QObject::tr("%1: must be a JSON object").arg(at);
    const QJsonObject json = value.toObject();
    const QString type = json.value(QLatin1String("type")).toString();
    QStringList known {QStringLiteral("type"), QStringLiteral("target"), QStringLiteral("missing")};
    if (type == QLatin1String("opentext")) {
        known << QStringLiteral("channel") << QStringLiteral("to");
        for (const ChannelFields &field : openTextFields())
            known << QString::fromLatin1(field.field);
        known << QStringLiteral("template_parameters");
    } else if (type == QLatin1String("http")) {
        known << QStringLiteral("fields") << QStringLiteral("method") << QStringLiteral("url")
              << QStringLiteral("headers") << QStringLiteral("body");
    } else if (type == QLatin1String("escalate")) {
        if (inTier)
            return QObject::tr("%1: a tier cannot escalate again; add a later tier instead")
                .arg(at);
        known = QStringList {QStringLiteral("type"), QStringLiteral("within_seconds"),
                             QStringLiteral("within_minutes_from"), QStringLiteral("tiers")};
    } else {
        return QObject::tr("%1: type must be \"opentext\", \"http\" or \"escalate\", not \"%2\"")
            .arg(at, json.value(QLatin1String("type")).toVariant().toString());
    }
    if (Fail error = unknownKeys(json, known, at, QObject::tr("a %1 action").arg(type));
        !error.isEmpty())
        return error;
    if (type == QLatin1String("escalate"))
        return parseEscalate(json, at, action);

    const QJsonValue target = json.value(QLatin1String("target"));
    if (!target.isUndefined() && !target.isString())
        return QObject::tr("%1: \"target\" must be a target's name").arg(at);
    action.target = target.toString();
    if (type == QLatin1String("http") && action.target.isEmpty())
        return QObject::tr("%1: an http action needs a \"target\"").arg(at);
    const QString missing = json.value(QLatin1String("missing")).toString(QStringLiteral("empty"));
    if (missing == QLatin1String("empty"))
        action.missing = Template::MissingPolicy::Empty;
    else if (missing == QLatin1String("fail"))
        action.missing = Template::MissingPolicy::Fail;
    else
        return QObject::tr("%1: missing must be \"empty\" or \"fail\", not \"%2\"")
            .arg(at, json.value(QLatin1String("missing")).toVariant().toString());
    return type == QLatin1String("opentext") ? parseOpenText(json, at, action)
                                             : parseHttp(json, at, action);
}

} // namespace

const RuleAction *Rule::escalation() const
{
    for (const RuleAction &action : actions) {
        if (action.kind == RuleAction::Kind::Escalate)
            return &action;
    }
    return nullptr;
}

Result<Rule> Rule::fromJson(const QJsonObject &json, const QString &where)
{
    using R = Result<Rule>;
    Rule rule;
    rule.json = json;
    rule.name = json.value(QLatin1String("name")).toString();
    if (!isRuleName(rule.name))
        return R::failure(
            joined(where,
                   QObject::tr("rule '%1': the name must be 1 to 64 characters of "
                               "a-z, 0-9 or '-', starting with a letter or digit")
                       .arg(json.value(QLatin1String("name")).toVariant().toString())));
    const QString at = QObject::tr("rule '%1'").arg(rule.name);
    const auto fail = [&where](const QString &error) {
        return R::failure(joined(where, error));
    };

    if (Fail error = unknownKeys(json,
                                 {QStringLiteral("name"), QStringLiteral("title"),
                                  QStringLiteral("description"), QStringLiteral("enabled"),
                                  QStringLiteral("trigger"), QStringLiteral("condition"),
                                  QStringLiteral("actions")},
                                 at, QObject::tr("a rule"));
        !error.isEmpty())
        return fail(error);
    for (const char *key : {"title", "description"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isString())
            return fail(QObject::tr("%1: \"%2\" must be a string").arg(at, QLatin1String(key)));
    }
    rule.title = json.value(QLatin1String("title")).toString();
    rule.description = json.value(QLatin1String("description")).toString();
    const QJsonValue enabled = json.value(QLatin1String("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return fail(QObject::tr("%1: \"enabled\" must be true or false").arg(at));
    rule.enabled = enabled.toBool(true);

    const QString triggerAt = QObject::tr("%1, trigger").arg(at);
    const QJsonValue trigger = json.value(QLatin1String("trigger"));
    if (!trigger.isObject())
        return fail(
            QObject::tr("%1: must be an object with \"sources\" or \"events\"").arg(triggerAt));
    const QJsonObject triggerJson = trigger.toObject();
    if (Fail error = unknownKeys(triggerJson, {QStringLiteral("sources"), QStringLiteral("events")},
                                 triggerAt, QObject::tr("a trigger"));
        !error.isEmpty())
        return fail(error);
    const auto sources = stringList(triggerJson.value(QLatin1String("sources")));
    if (!sources)
        return fail(QObject::tr("%1: \"sources\" must be an array of source names").arg(triggerAt));
    rule.sources = *sources;
    const auto events = stringList(triggerJson.value(QLatin1String("events")));
    if (!events)
        return fail(
            QObject::tr("%1: \"events\" must be an array of internal event names").arg(triggerAt));
    for (const QString &event : *events) {
        if (!InternalEvent::isInternal(event))
            return fail(QObject::tr("%1: '%2' is not an internal event (%3)")
                            .arg(triggerAt, event, keyList(InternalEvent::all())));
    }
    rule.events = *events;
    if (rule.sources.isEmpty() && rule.events.isEmpty())
        return fail(QObject::tr("%1: needs at least one source or internal event").arg(triggerAt));

    rule.conditionJson = json.value(QLatin1String("condition"));
    auto condition = Condition::compile(rule.conditionJson, QObject::tr("%1, condition").arg(at));
    if (!condition)
        return fail(condition.error());
    rule.condition = std::move(condition).value();

    const QJsonValue actions = json.value(QLatin1String("actions"));
    if (!actions.isUndefined() && !actions.isArray())
        return fail(QObject::tr("%1: \"actions\" must be an array of actions").arg(at));
    const QJsonArray list = actions.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString actionAt = QObject::tr("%1, action %2").arg(at).arg(i + 1);
        RuleAction action;
        if (Fail error = parseAction(list.at(i), actionAt, false, action); !error.isEmpty())
            return fail(error);
        if (action.kind == RuleAction::Kind::Escalate && rule.escalation())
            return fail(QObject::tr("%1: a rule has at most one escalate action").arg(actionAt));
        rule.actions.append(std::move(action));
    }
    return rule;
}

} // namespace OtBridge
