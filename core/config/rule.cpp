// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rule.h"

#include "config/opentextchannelinfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>

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

// An error with its place (ErrorPlace); nullopt: fine.
using Fail = std::optional<Error>;

Error failAt(Error::Kind kind, const ErrorPlace &place, const QString &message)
{
    return Error(kind, place, message);
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

Fail unknownKeys(const QJsonObject &json, const QStringList &known, const ErrorPlace &place,
                 const QString &what)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return failAt(
                Error::Kind::Unknown, place,
                QObject::tr("unknown key '%1' (%2 takes %3)").arg(it.key(), what, keyList(known)));
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

// Templates keep their place for render errors without the scope: a delivery that cannot be
// rendered names the rule, action and field, not the file the rule was read from.
Result<Template> compileTemplate(const QString &source, Template::Escape escape,
                                 const ErrorPlace &place)
{
    ErrorPlace inRule = place;
    inRule.scope.clear();
    auto compiled = Template::compile(source, escape, inRule);
    if (compiled)
        return compiled;
    Error error = compiled.errorDetail();
    error.place.scope = place.scope;
    return Result<Template>::failure(error);
}

Result<Template> compileField(const QJsonValue &value, Template::Escape escape,
                              const ErrorPlace &place)
{
    if (!value.isString())
        return Result<Template>::failure(
            failAt(Error::Kind::Invalid, place, QObject::tr("must be a string (a template)")));
    return compileTemplate(value.toString(), escape, place);
}

// The text fields of an OpenText action and their escapes; which apply is the channel's
// (OpenTextChannelInfo::fields).
struct OpenTextField
{
    const char *field;
    Template::Escape escape;
};

const OpenTextField openTextFields[] = {
    {"subject", Template::Escape::Plain},     {"text", Template::Escape::Plain},
    {"html", Template::Escape::Html},         {"from_name", Template::Escape::Plain},
    {"template_id", Template::Escape::Plain}, {"language", Template::Escape::Plain},
};

Fail parseOpenText(const QJsonObject &json, const ErrorPlace &at, RuleAction &action)
{
    action.kind = RuleAction::Kind::OpenText;
    const QString channel = json.value(QLatin1String("channel")).toString(QStringLiteral("email"));
    const OpenTextChannelInfo *info = channelInfo(channel);
    if (!info) {
        QStringList names;
        for (const OpenTextChannelInfo &known : openTextChannels())
            names.append(QStringLiteral("\"%1\"").arg(known.name));
        const QString last = names.takeLast();
        return failAt(Error::Kind::Unknown, at.withField(QStringLiteral("channel")),
                      QObject::tr("must be %1 or %2, not \"%3\"")
                          .arg(names.join(QLatin1String(", ")), last,
                               json.value(QLatin1String("channel")).toVariant().toString()));
    }
    action.channel = info->channel;

    const ErrorPlace toAt = at.withField(QStringLiteral("to"));
    const QJsonValue to = json.value(QLatin1String("to"));
    if (!to.isObject())
        return failAt(to.isUndefined() ? Error::Kind::Missing : Error::Kind::Invalid, toAt,
                      QObject::tr("must be an object with roles, people, addresses or "
                                  "roles_from"));
    const QJsonObject toObject = to.toObject();
    if (Fail error = unknownKeys(toObject,
                                 {QStringLiteral("roles"), QStringLiteral("people"),
                                  QStringLiteral("addresses"), QStringLiteral("roles_from")},
                                 toAt, QObject::tr("\"to\"")))
        return error;
    const auto roles = stringList(toObject.value(QLatin1String("roles")));
    if (!roles)
        return failAt(Error::Kind::Invalid, toAt.withField(toAt.field, QStringLiteral("roles")),
                      QObject::tr("must be an array of role names"));
    action.roles = *roles;
    const auto people = stringList(toObject.value(QLatin1String("people")));
    if (!people)
        return failAt(Error::Kind::Invalid, toAt.withField(toAt.field, QStringLiteral("people")),
                      QObject::tr("must be an array of email addresses"));
    action.people = *people;
    const auto addresses = stringList(toObject.value(QLatin1String("addresses")));
    if (!addresses)
        return failAt(Error::Kind::Invalid, toAt.withField(toAt.field, QStringLiteral("addresses")),
                      QObject::tr("must be an array of templates"));
    for (qsizetype i = 0; i < addresses->size(); ++i) {
        auto compiled
            = compileTemplate(addresses->at(i), Template::Escape::Plain,
                              toAt.withField(toAt.field, QStringLiteral("addresses"), int(i)));
        if (!compiled)
            return compiled.errorDetail();
        action.addresses.append(std::move(compiled).value());
    }
    const auto rolesFrom = stringList(toObject.value(QLatin1String("roles_from")));
    if (!rolesFrom)
        return failAt(Error::Kind::Invalid,
                      toAt.withField(toAt.field, QStringLiteral("roles_from")),
                      QObject::tr("must be an array of templates"));
    for (qsizetype i = 0; i < rolesFrom->size(); ++i) {
        auto compiled
            = compileTemplate(rolesFrom->at(i), Template::Escape::Plain,
                              toAt.withField(toAt.field, QStringLiteral("roles_from"), int(i)));
        if (!compiled)
            return compiled.errorDetail();
        action.rolesFrom.append(std::move(compiled).value());
    }
    if (action.roles.isEmpty() && action.people.isEmpty() && action.addresses.isEmpty()
        && action.rolesFrom.isEmpty())
        return failAt(Error::Kind::Missing, toAt,
                      QObject::tr("names nobody; give roles, people, addresses or roles_from"));

    for (const OpenTextField &field : openTextFields) {
        const QString key = QString::fromLatin1(field.field);
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            continue;
        if (!info->takes(key))
            return failAt(
                Error::Kind::Invalid, at.withField(key),
                QObject::tr("does not apply to the %1 channel").arg(channelName(action.channel)));
        auto compiled = compileField(value, field.escape, at.withField(key));
        if (!compiled)
            return compiled.errorDetail();
        action.fields.insert(key, std::move(compiled).value());
    }
    const QString parametersKey = QStringLiteral("template_parameters");
    const QJsonValue parameters = json.value(parametersKey);
    if (!parameters.isUndefined()) {
        if (!info->takes(parametersKey))
            return failAt(
                Error::Kind::Invalid, at.withField(parametersKey),
                QObject::tr("does not apply to the %1 channel").arg(channelName(action.channel)));
        const auto list = stringList(parameters);
        if (!list)
            return failAt(Error::Kind::Invalid, at.withField(parametersKey),
                          QObject::tr("must be an array of templates"));
        for (qsizetype i = 0; i < list->size(); ++i) {
            auto compiled = compileTemplate(list->at(i), Template::Escape::Plain,
                                            at.withField(parametersKey, {}, int(i)));
            if (!compiled)
                return compiled.errorDetail();
            action.templateParameters.append(std::move(compiled).value());
        }
    }

    for (const OpenTextChannelInfo::Requirement &requirement : info->requirements) {
        const bool given = std::any_of(
            requirement.anyOf.cbegin(), requirement.anyOf.cend(), [&](const QString &field) {
                return action.fields.contains(field)
                    || (field == parametersKey && !action.templateParameters.isEmpty());
            });
        if (!given)
            return failAt(Error::Kind::Missing, at.withField(requirement.anyOf.first()),
                          QCoreApplication::translate("QObject", requirement.words));
    }
    return {};
}

Fail parseHttp(const QJsonObject &json, const ErrorPlace &at, RuleAction &action)
{
    action.kind = RuleAction::Kind::Http;
    const QJsonValue fields = json.value(QLatin1String("fields"));
    if (!fields.isUndefined()) {
        if (!fields.isObject())
            return failAt(Error::Kind::Invalid, at.withField(QStringLiteral("fields")),
                          QObject::tr("must be an object of templates"));
        const QJsonObject object = fields.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            auto compiled
                = compileField(it.value(), Template::Escape::Plain, at.withField(it.key()));
            if (!compiled)
                return compiled.errorDetail();
            action.fields.insert(it.key(), std::move(compiled).value());
        }
    }
    const QJsonValue method = json.value(QLatin1String("method"));
    if (!method.isUndefined()) {
        static const QStringList methods {QStringLiteral("GET"), QStringLiteral("POST"),
                                          QStringLiteral("PUT"), QStringLiteral("PATCH"),
                                          QStringLiteral("DELETE")};
        if (!methods.contains(method.toString()))
            return failAt(Error::Kind::Invalid, at.withField(QStringLiteral("method")),
                          QObject::tr("must be GET, POST, PUT, PATCH or DELETE, not \"%1\"")
                              .arg(method.toVariant().toString()));
        action.method = method.toString();
    }
    const QJsonValue url = json.value(QLatin1String("url"));
    if (!url.isUndefined()) {
        auto compiled
            = compileField(url, Template::Escape::Url, at.withField(QStringLiteral("url")));
        if (!compiled)
            return compiled.errorDetail();
        action.url = std::move(compiled).value();
    }
    const ErrorPlace headersAt = at.withField(QStringLiteral("headers"));
    const QJsonValue headers = json.value(QLatin1String("headers"));
    if (!headers.isUndefined()) {
        if (!headers.isObject())
            return failAt(Error::Kind::Invalid, headersAt,
                          QObject::tr("must be an object of header templates"));
        const QJsonObject object = headers.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const ErrorPlace headerAt = headersAt.withField(headersAt.field, it.key());
            if (!isHeaderName(it.key()))
                return failAt(Error::Kind::Invalid, headersAt,
                              QObject::tr("'%1' is not a valid header name").arg(it.key()));
            auto compiled = compileField(it.value(), Template::Escape::Plain, headerAt);
            if (!compiled)
                return compiled.errorDetail();
            action.headers.append({it.key().toLatin1(), std::move(compiled).value()});
        }
    }
    const ErrorPlace bodyAt = at.withField(QStringLiteral("body"));
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
            return failAt(Error::Kind::Invalid, bodyAt,
                          QObject::tr("must be a JSON object or array, or a template string"));
        auto compiled = compileTemplate(source, Template::Escape::JsonString, bodyAt);
        if (!compiled)
            return compiled.errorDetail();
        action.body = std::move(compiled).value();
    }
    return {};
}

Fail parseAction(const QJsonValue &value, const ErrorPlace &at, bool inTier, RuleAction &action);

Fail parseEscalate(const QJsonObject &json, const ErrorPlace &at, RuleAction &action)
{
    action.kind = RuleAction::Kind::Escalate;
    const QJsonValue within = json.value(QLatin1String("within_seconds"));
    if (!within.isDouble() || within.toDouble() < 1 || within.toDouble() > 365 * 86400)
        return failAt(within.isUndefined() ? Error::Kind::Missing : Error::Kind::Invalid,
                      at.withField(QStringLiteral("within_seconds")),
                      QObject::tr("must be a number of seconds from 1 to a year"));
    action.withinSeconds = int(within.toDouble());
    const QJsonValue from = json.value(QLatin1String("within_minutes_from"));
    if (!from.isUndefined()) {
        if (!from.isString() || !from.toString().startsWith(QLatin1Char('/')))
            return failAt(Error::Kind::Invalid, at.withField(QStringLiteral("within_minutes_from")),
                          QObject::tr("must be a JSON Pointer such as "
                                      "/acknowledge_within_minutes"));
        action.withinMinutesFrom = from.toString();
    }
    const QJsonValue tiers = json.value(QLatin1String("tiers"));
    if (!tiers.isArray() || tiers.toArray().isEmpty())
        return failAt(tiers.isUndefined() ? Error::Kind::Missing : Error::Kind::Invalid,
                      at.withField(QStringLiteral("tiers")),
                      QObject::tr("must be a non-empty array of tiers"));
    const QJsonArray list = tiers.toArray();
    for (qsizetype t = 0; t < list.size(); ++t) {
        const ErrorPlace tierAt = at.withTierAction(int(t + 1), -1);
        if (!list.at(t).isObject())
            return failAt(Error::Kind::Invalid, tierAt,
                          QObject::tr("must be an object with \"actions\""));
        const QJsonObject tierJson = list.at(t).toObject();
        if (Fail error
            = unknownKeys(tierJson, {QStringLiteral("after_seconds"), QStringLiteral("actions")},
                          tierAt, QObject::tr("a tier")))
            return error;
        auto tier = std::make_shared<EscalationTier>();
        const ErrorPlace afterAt = tierAt.withField(QStringLiteral("after_seconds"));
        const QJsonValue after = tierJson.value(QLatin1String("after_seconds"));
        if (!after.isUndefined()) {
            if (t == 0)
                return failAt(Error::Kind::Invalid, afterAt,
                              QObject::tr("the first tier fires when the acknowledgement time "
                                          "runs out; after_seconds is for later tiers"));
            if (!after.isDouble() || after.toDouble() < 1 || after.toDouble() > 365 * 86400)
                return failAt(Error::Kind::Invalid, afterAt,
                              QObject::tr("must be a number of seconds from 1 to a year"));
            tier->afterSeconds = int(after.toDouble());
        }
        // Absent: 0, and the router waits the acknowledgement time again (the event's own
        // time when within_minutes_from found one).
        const QJsonValue actions = tierJson.value(QLatin1String("actions"));
        if (!actions.isArray() || actions.toArray().isEmpty())
            return failAt(actions.isUndefined() ? Error::Kind::Missing : Error::Kind::Invalid,
                          tierAt.withField(QStringLiteral("actions")),
                          QObject::tr("must be a non-empty array of actions"));
        const QJsonArray actionList = actions.toArray();
        for (qsizetype a = 0; a < actionList.size(); ++a) {
            RuleAction tierAction;
            if (Fail error = parseAction(actionList.at(a), at.withTierAction(int(t + 1), int(a)),
                                         true, tierAction))
                return error;
            tier->actions.append(std::move(tierAction));
        }
        action.tiers.append(std::move(tier));
    }
    return {};
}

Fail parseAction(const QJsonValue &value, const ErrorPlace &at, bool inTier, RuleAction &action)
{
    if (!value.isObject())
        return failAt(Error::Kind::Invalid, at, QObject::tr("must be a JSON object"));
    const QJsonObject json = value.toObject();
    const QString type = json.value(QLatin1String("type")).toString();
    QStringList known {QStringLiteral("type"), QStringLiteral("target"), QStringLiteral("missing")};
    if (type == QLatin1String("opentext")) {
        known << QStringLiteral("channel") << QStringLiteral("to");
        for (const OpenTextField &field : openTextFields)
            known << QString::fromLatin1(field.field);
        known << QStringLiteral("template_parameters");
        if (!inTier)
            known << QStringLiteral("fallback");
    } else if (type == QLatin1String("http")) {
        known << QStringLiteral("fields") << QStringLiteral("method") << QStringLiteral("url")
              << QStringLiteral("headers") << QStringLiteral("body");
    } else if (type == QLatin1String("escalate")) {
        if (inTier)
            return failAt(Error::Kind::Invalid, at,
                          QObject::tr("a tier cannot escalate again; add a later tier instead"));
        known = QStringList {QStringLiteral("type"), QStringLiteral("within_seconds"),
                             QStringLiteral("within_minutes_from"), QStringLiteral("tiers")};
    } else {
        return failAt(Error::Kind::Unknown, at.withField(QStringLiteral("type")),
                      QObject::tr("must be \"opentext\", \"http\" or \"escalate\", not \"%1\"")
                          .arg(json.value(QLatin1String("type")).toVariant().toString()));
    }
    if (Fail error = unknownKeys(json, known, at, QObject::tr("a %1 action").arg(type)))
        return error;
    if (type == QLatin1String("escalate"))
        return parseEscalate(json, at, action);

    const QJsonValue target = json.value(QLatin1String("target"));
    const ErrorPlace targetAt = at.withField(QStringLiteral("target"));
    if (!target.isUndefined() && !target.isString())
        return failAt(Error::Kind::Invalid, targetAt, QObject::tr("must be a target's name"));
    action.target = target.toString();
    if (type == QLatin1String("http") && action.target.isEmpty())
        return failAt(Error::Kind::Missing, targetAt, QObject::tr("an HTTP action needs a target"));
    const QString missing = json.value(QLatin1String("missing")).toString(QStringLiteral("empty"));
    if (missing == QLatin1String("empty"))
        action.missing = Template::MissingPolicy::Empty;
    else if (missing == QLatin1String("fail"))
        action.missing = Template::MissingPolicy::Fail;
    else
        return failAt(Error::Kind::Invalid, at.withField(QStringLiteral("missing")),
                      QObject::tr("must be \"empty\" or \"fail\", not \"%1\"")
                          .arg(json.value(QLatin1String("missing")).toVariant().toString()));
    if (type == QLatin1String("http"))
        return parseHttp(json, at, action);
    if (Fail error = parseOpenText(json, at, action))
        return error;
    const QJsonValue fallback = json.value(QLatin1String("fallback"));
    if (fallback.isUndefined())
        return {};
    // The fallback's own errors name it: "action 1, fallback text: …".
    const ErrorPlace fallbackAt = at.withField(QStringLiteral("fallback"));
    const QString fallbackType = fallback.toObject().value(QLatin1String("type")).toString();
    if (!fallback.isObject()
        || (fallbackType != QLatin1String("opentext") && fallbackType != QLatin1String("http")))
        return failAt(Error::Kind::Invalid, fallbackAt,
                      QObject::tr("must be an opentext or http action"));
    if (fallback.toObject().contains(QLatin1String("fallback")))
        return failAt(Error::Kind::Invalid, fallbackAt,
                      QObject::tr("a fallback has no fallback of its own"));
    auto fallbackAction = std::make_shared<RuleAction>();
    if (Fail error = parseAction(fallback, at, true, *fallbackAction)) {
        Error nested = *error;
        nested.place
            = at.withField(QStringLiteral("fallback"), nested.place.field, nested.place.item);
        return nested;
    }
    action.fallback = std::move(fallbackAction);
    return {};
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
    const ErrorPlace at
        = ErrorPlace::inRule(where, json.value(QLatin1String("name")).toVariant().toString());
    if (!isRuleName(rule.name))
        return R::failure(failAt(json.contains(QLatin1String("name")) ? Error::Kind::Invalid
                                                                      : Error::Kind::Missing,
                                 at.withField(QStringLiteral("name")),
                                 QObject::tr("must be 1 to 64 characters of a-z, 0-9 or '-', "
                                             "starting with a letter or digit")));

    if (Fail error = unknownKeys(json,
                                 {QStringLiteral("name"), QStringLiteral("title"),
                                  QStringLiteral("description"), QStringLiteral("enabled"),
                                  QStringLiteral("trigger"), QStringLiteral("condition"),
                                  QStringLiteral("actions"), QStringLiteral("delay"),
                                  QStringLiteral("digest"), QStringLiteral("urgent")},
                                 at, QObject::tr("a rule")))
        return R::failure(*error);
    for (const char *key : {"title", "description"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isString())
            return R::failure(failAt(Error::Kind::Invalid, at.withField(QLatin1String(key)),
                                     QObject::tr("must be a string")));
    }
    rule.title = json.value(QLatin1String("title")).toString();
    rule.description = json.value(QLatin1String("description")).toString();
    const QJsonValue enabled = json.value(QLatin1String("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return R::failure(failAt(Error::Kind::Invalid, at.withField(QStringLiteral("enabled")),
                                 QObject::tr("must be true or false")));
    rule.enabled = enabled.toBool(true);

    const ErrorPlace triggerAt = at.withSection(ErrorPlace::Section::Trigger);
    const QJsonValue trigger = json.value(QLatin1String("trigger"));
    if (!trigger.isObject())
        return R::failure(
            failAt(trigger.isUndefined() ? Error::Kind::Missing : Error::Kind::Invalid, triggerAt,
                   QObject::tr("must be an object with \"sources\" or \"events\"")));
    const QJsonObject triggerJson = trigger.toObject();
    if (Fail error = unknownKeys(triggerJson, {QStringLiteral("sources"), QStringLiteral("events")},
                                 triggerAt, QObject::tr("a trigger")))
        return R::failure(*error);
    const auto sources = stringList(triggerJson.value(QLatin1String("sources")));
    if (!sources)
        return R::failure(failAt(Error::Kind::Invalid,
                                 triggerAt.withField(QStringLiteral("sources")),
                                 QObject::tr("must be an array of source names")));
    rule.sources = *sources;
    const ErrorPlace eventsAt = triggerAt.withField(QStringLiteral("events"));
    const auto events = stringList(triggerJson.value(QLatin1String("events")));
    if (!events)
        return R::failure(failAt(Error::Kind::Invalid, eventsAt,
                                 QObject::tr("must be an array of internal event names")));
    for (const QString &event : *events) {
        if (!InternalEvent::isInternal(event))
            return R::failure(failAt(Error::Kind::Unknown, eventsAt,
                                     QObject::tr("'%1' is not an internal event (%2)")
                                         .arg(event, keyList(InternalEvent::all()))));
    }
    rule.events = *events;
    if (rule.sources.isEmpty() && rule.events.isEmpty())
        return R::failure(failAt(Error::Kind::Missing, triggerAt,
                                 QObject::tr("needs at least one source or internal event")));

    rule.conditionJson = json.value(QLatin1String("condition"));
    auto condition = Condition::compile(rule.conditionJson, at.withCondition({}, -1));
    if (!condition)
        return R::failure(condition.errorDetail());
    rule.condition = std::move(condition).value();

    const QJsonValue actions = json.value(QLatin1String("actions"));
    if (!actions.isUndefined() && !actions.isArray())
        return R::failure(failAt(Error::Kind::Invalid, at.withField(QStringLiteral("actions")),
                                 QObject::tr("must be an array of actions")));
    const QJsonArray list = actions.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const ErrorPlace actionAt = at.withAction(int(i));
        RuleAction action;
        if (Fail error = parseAction(list.at(i), actionAt, false, action))
            return R::failure(*error);
        if (action.kind == RuleAction::Kind::Escalate && rule.escalation())
            return R::failure(failAt(Error::Kind::Invalid, actionAt,
                                     QObject::tr("a rule has at most one escalate action")));
        rule.actions.append(std::move(action));
    }

    const QJsonValue urgent = json.value(QLatin1String("urgent"));
    if (!urgent.isUndefined() && !urgent.isBool())
        return R::failure(failAt(Error::Kind::Invalid, at.withField(QStringLiteral("urgent")),
                                 QObject::tr("must be true or false")));
    rule.urgent = urgent.toBool(false);
    const ErrorPlace stepsAt = at.withSection(ErrorPlace::Section::Rule);
    if (json.contains(QLatin1String("delay"))) {
        auto delay = parseDelayStep(json.value(QLatin1String("delay")),
                                    stepsAt.withField(QStringLiteral("delay")));
        if (!delay)
            return R::failure(delay.errorDetail());
        rule.delay = std::move(delay).value();
    }
    if (json.contains(QLatin1String("digest"))) {
        const ErrorPlace digestAt = stepsAt.withField(QStringLiteral("digest"));
        if (rule.delay)
            return R::failure(failAt(Error::Kind::Invalid, digestAt,
                                     QObject::tr("a rule has a delay or a digest, not both")));
        if (rule.escalation())
            return R::failure(failAt(Error::Kind::Invalid, digestAt,
                                     QObject::tr("a digest rule cannot escalate: escalation "
                                                 "waits for each event's acknowledgement")));
        auto digest = parseDigestStep(json.value(QLatin1String("digest")), digestAt);
        if (!digest)
            return R::failure(digest.errorDetail());
        rule.digest = std::move(digest).value();
    }
    return rule;
}

} // namespace OtBridge
