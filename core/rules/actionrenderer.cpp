// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionrenderer.h"

#include "config/opentextchannelinfo.h"

#include "config/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace OtBridge {

namespace {

// An error with its place; nullopt: fine.
using Fail = std::optional<Error>;

// Where the action sits in the rule: a rule's own action, or an action of an escalation tier
// (the escalate action's index, the tier, the action in the tier).
ErrorPlace actionPlace(const Rule &rule, int actionIndex, int tier)
{
    const ErrorPlace ruleAt = ErrorPlace::inRule({}, rule.name);
    if (tier <= 0)
        return ruleAt.withAction(actionIndex);
    int escalateIndex = 0;
    for (int i = 0; i < rule.actions.size(); ++i) {
        if (rule.actions.at(i).kind == RuleAction::Kind::Escalate)
            escalateIndex = i;
    }
    return ruleAt.withAction(escalateIndex).withTierAction(tier, actionIndex);
}

bool isEmail(const QString &address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s,;<>\"()]+@[^@\\s,;<>\"()]+\\.[^@\\s,;<>\"()]+$"));
    return pattern.match(address).hasMatch();
}

// A phone or fax number as people write it ("+1 (555) 123-0001"), as digits with the leading
// '+' kept; empty when it is not one.
QString normalisedNumber(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9 ()./-]{6,}$"));
    if (!pattern.match(address).hasMatch())
        return {};
    QString digits;
    for (const QChar c : address) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.size() < 6 || digits.size() > 17)
        return {};
    return address.startsWith(QLatin1Char('+')) ? QLatin1Char('+') + digits : digits;
}

// One rendered recipient field as a list: a JSON array of strings or numbers, or text separated
// by commas or semicolons.
QStringList splitList(const QString &text)
{
    const QString trimmed = text.trimmed();
    QStringList items;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8());
        if (document.isArray()) {
            for (const QJsonValue &item : document.array()) {
                if (item.isString())
                    items.append(item.toString().trimmed());
                else if (item.isDouble())
                    items.append(QString::number(qint64(item.toDouble())));
            }
            items.removeAll(QString());
            return items;
        }
    }
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (const QString &item : trimmed.split(separators, Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

QString missingText(const QStringList &missing)
{
    QStringList tags;
    for (const QString &name : missing)
        tags.append(QStringLiteral("{{%1}}").arg(name));
    return tags.join(QLatin1String(", "));
}

class Recipients
{
public:
    Recipients(const RoleDirectory &roles, OpenTextChannel channel)
        : m_roles(roles)
        , m_address(channelInfo(channel).address)
    { }

    // Adds an address written in the rule or the event; returns an error when it is not one
    // for the channel.
    Fail addAddress(const QString &address, const ErrorPlace &at)
    {
        if (m_address == Address::Email) {
            if (!isEmail(address))
                return Error(Error::Kind::Invalid, at,
                             QObject::tr("'%1' is not an email address").arg(address));
            const Person *person = m_roles.person(address);
            add(address, person ? person->name : QString());
            return {};
        }
        const QString number = normalisedNumber(address);
        if (number.isEmpty())
            return Error(
                Error::Kind::Invalid, at,
                QObject::tr("'%1' is not a phone number (such as +4915112345678)").arg(address));
        add(number, {});
        return {};
    }

    void addRole(const QString &name)
    {
        const QList<const Person *> members = m_roles.members(name);
        int added = 0;
        for (const Person *person : members)
            added += addPerson(*person) ? 1 : 0;
        if (members.isEmpty())
            m_notes.append(QObject::tr("role %1: no members").arg(name));
        else if (added == 0)
            m_notes.append(QObject::tr("role %1: no members with %2").arg(name, wanted()));
    }

    void addPersonByEmail(const QString &email)
    {
        const Person *person = m_roles.person(email);
        if (!person)
            m_notes.append(QObject::tr("%1: not in the role directory").arg(email));
        else if (!addPerson(*person))
            m_notes.append(QObject::tr("%1: no %2").arg(email, wantedShort()));
    }

    void note(const QString &text) { m_notes.append(text); }

    const QList<OpenTextDestination> &destinations() const { return m_destinations; }
    QStringList notes() const { return m_notes; }

private:
    bool addPerson(const Person &person)
    {
        switch (m_address) {
        case Address::Email:
            add(person.email, person.name);
            return true;
        case Address::Phone:
            if (person.phone.isEmpty())
                return false;
            add(normalisedNumber(person.phone), {});
            return true;
        case Address::Fax:
            break; // the directory has no fax numbers: faxes go to addresses only
        }
        return false;
    }

    void add(const QString &address, const QString &name)
    {
        const QString key = address.toLower();
        if (address.isEmpty() || m_seen.contains(key))
            return;
        m_seen.insert(key);
        OpenTextDestination destination;
        destination.address = address;
        if (m_address == Address::Email)
            destination.displayTo = name;
        m_destinations.append(destination);
    }

    QString wanted() const
    {
        switch (m_address) {
        case Address::Email:
            break;
        case Address::Phone:
            return QObject::tr("a phone number");
        case Address::Fax:
            return QObject::tr("a fax number");
        }
        return QObject::tr("an email address");
    }

    QString wantedShort() const
    {
        switch (m_address) {
        case Address::Email:
            break;
        case Address::Phone:
            return QObject::tr("phone number");
        case Address::Fax:
            return QObject::tr("fax number");
        }
        return QObject::tr("email address");
    }

    using Address = OpenTextChannelInfo::Address;

    const RoleDirectory &m_roles;
    const Address m_address;
    QList<OpenTextDestination> m_destinations;
    QSet<QString> m_seen;
    QStringList m_notes;
};

// What the channel says it needs of field ("an email needs a subject").
QString requirementWords(const OpenTextChannelInfo &channel, const QString &field)
{
    for (const OpenTextChannelInfo::Requirement &requirement : channel.requirements) {
        if (requirement.anyOf.contains(field))
            return QCoreApplication::translate("QObject", requirement.words);
    }
    return QObject::tr("the %1 channel needs a %2").arg(channel.name, field);
}

// Fills delivery.request for an OpenText action; returns the render error, if any.
Fail renderOpenText(const Workspace &workspace, const RuleAction &action, const ErrorPlace &at,
                    const QJsonValue &body, const Template::Extra &extras,
                    const AckUrlForRecipient &ackUrl, NewDelivery &delivery)
{
    delivery.request.kind = DeliveryRequest::Kind::OpenText;
    const OpenTextTarget *target = workspace.openTextTarget(action.target);
    if (!target)
        return action.target.isEmpty()
            ? Error(Error::Kind::Missing, at.withField(QStringLiteral("target")),
                    QObject::tr("there is no OpenText target in this workspace"))
            : Error(Error::Kind::Unknown, at.withField(QStringLiteral("target")),
                    QObject::tr("no OpenText target '%1' in this workspace").arg(action.target));
    delivery.request.target = target->name;

    OpenTextMessage &message = delivery.request.message;
    message.channel = action.channel;
    const RoleDirectory &roles = workspace.roles();
    Recipients recipients(roles, action.channel);
    const ErrorPlace toAt = at.withField(QStringLiteral("to"));
    for (const QString &role : action.roles) {
        if (!roles.role(role))
            return Error(Error::Kind::Unknown, toAt.withField(toAt.field, QStringLiteral("roles")),
                         QObject::tr("no role '%1' in this workspace").arg(role));
        recipients.addRole(role);
    }
    for (const QString &email : action.people)
        recipients.addPersonByEmail(email);
    for (qsizetype i = 0; i < action.addresses.size(); ++i) {
        const auto rendered = action.addresses.at(i).render(body, action.missing, extras);
        if (!rendered)
            return rendered.errorDetail();
        const ErrorPlace addressAt
            = toAt.withField(toAt.field, QStringLiteral("addresses"), int(i));
        const QStringList items = splitList(rendered->text);
        if (items.isEmpty())
            recipients.note(rendered->missing.isEmpty()
                                ? QObject::tr("address %1: rendered nothing").arg(i + 1)
                                : QObject::tr("address %1: no value for %2")
                                      .arg(QString::number(i + 1), missingText(rendered->missing)));
        for (const QString &item : items) {
            if (Fail error = recipients.addAddress(item, addressAt))
                return error;
        }
    }
    for (qsizetype i = 0; i < action.rolesFrom.size(); ++i) {
        const auto rendered = action.rolesFrom.at(i).render(body, action.missing, extras);
        if (!rendered)
            return rendered.errorDetail();
        const QStringList items = splitList(rendered->text);
        if (items.isEmpty())
            recipients.note(rendered->missing.isEmpty()
                                ? QObject::tr("roles_from %1: rendered no role").arg(i + 1)
                                : QObject::tr("roles_from %1: no value for %2")
                                      .arg(QString::number(i + 1), missingText(rendered->missing)));
        for (const QString &role : items) {
            if (!roles.role(role))
                return Error(Error::Kind::Unknown,
                             toAt.withField(toAt.field, QStringLiteral("roles_from"), int(i)),
                             QObject::tr("no role '%1' in this workspace").arg(role));
            recipients.addRole(role);
        }
    }
    if (recipients.destinations().isEmpty()) {
        const QStringList notes = recipients.notes();
        return Error(
            Error::Kind::Missing, toAt,
            notes.isEmpty()
                ? QObject::tr("nobody to send to")
                : QObject::tr("nobody to send to (%1)").arg(notes.join(QLatin1String("; "))));
    }
    message.destinations = recipients.destinations();

    // Each recipient's own acknowledgement link: one rendering for a single recipient, one per
    // recipient (sent as jobs of their own) for several, where the channel can split so.
    const bool perRecipient = ackUrl && usesAckUrl(action);
    const OpenTextChannelInfo &channel = channelInfo(message.channel);
    const bool splittable = channel.ownTexts
        && std::none_of(channel.noOwnTextsWith.cbegin(), channel.noOwnTextsWith.cend(),
                        [&action](const QString &field) { return action.fields.contains(field); });
    const auto extrasFor = [&](const QString &address) {
        Template::Extra own = extras;
        own.insert(QStringLiteral("event.ack_url"),
                   perRecipient && (splittable || message.destinations.size() == 1)
                       ? ackUrl(address)
                       : QString());
        return own;
    };
    const Template::Extra messageExtras
        = perRecipient ? extrasFor(message.destinations.constFirst().address) : extras;
    QHash<QString, QString> fields;
    for (auto it = action.fields.constBegin(); it != action.fields.constEnd(); ++it) {
        const auto rendered = it.value().render(body, action.missing, messageExtras);
        if (!rendered)
            return rendered.errorDetail();
        // OpenText would send an email with no subject at all: refused here, with the place.
        if (channel.notEmptyWhenRendered.contains(it.key()) && rendered->text.trimmed().isEmpty()) {
            const QString needs = requirementWords(channel, it.key());
            return Error(Error::Kind::Missing, at.withField(it.key()),
                         rendered->missing.isEmpty()
                             ? QObject::tr("rendered empty; %1").arg(needs)
                             : QObject::tr("rendered empty (no value for %1); %2")
                                   .arg(missingText(rendered->missing), needs));
        }
        fields.insert(it.key(), rendered->text);
    }
    message.subject = fields.value(QStringLiteral("subject"));
    message.text = fields.value(QStringLiteral("text"));
    message.html = fields.value(QStringLiteral("html"));
    message.fromDisplayName = fields.value(QStringLiteral("from_name"));
    message.templateId = fields.value(QStringLiteral("template_id"));
    message.languageCode = fields.value(QStringLiteral("language"));
    for (qsizetype i = 0; i < action.templateParameters.size(); ++i) {
        const auto rendered
            = action.templateParameters.at(i).render(body, action.missing, messageExtras);
        if (!rendered)
            return rendered.errorDetail();
        message.templateParameters.append(
            {QStringLiteral("body[%1]text").arg(i + 1), rendered->text});
    }
    if (perRecipient && splittable && message.destinations.size() > 1) {
        using Own = OpenTextMessage::OwnTexts;
        for (const OpenTextDestination &destination : std::as_const(message.destinations)) {
            const Template::Extra own = extrasFor(destination.address);
            Own texts;
            texts.address = destination.address;
            for (const auto &[key, member] : {std::pair {QStringLiteral("subject"), &Own::subject},
                                              std::pair {QStringLiteral("text"), &Own::text},
                                              std::pair {QStringLiteral("html"), &Own::html}}) {
                const auto templ = action.fields.constFind(key);
                if (templ == action.fields.constEnd())
                    continue;
                // Only {{event.ack_url}} differs between recipients: a field without it reads
                // as the message's does.
                if (!templ->variables().contains(QLatin1String("event.ack_url"))) {
                    texts.*member = fields.value(key);
                    continue;
                }
                const auto rendered = templ->render(body, action.missing, own);
                if (!rendered)
                    return rendered.errorDetail();
                texts.*member = rendered->text;
            }
            message.ownTexts.append(texts);
        }
    }
    if (channel.content == OpenTextChannelInfo::Content::FaxDocuments) {
        // A fax sends documents: the HTML when there is one, else the text.
        OpenTextDocument document;
        document.charset = QStringLiteral("utf-8");
        if (!message.html.isEmpty()) {
            document.name = QStringLiteral("message.html");
            document.type = QStringLiteral("html");
            document.data = message.html.toUtf8();
        } else {
            document.name = QStringLiteral("message.txt");
            document.type = QStringLiteral("text");
            document.data = message.text.toUtf8();
        }
        message.attachments.append(document);
        message.text.clear();
        message.html.clear();
    }
    return {};
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isSendableUrl(const QUrl &url)
{
    if (!url.isValid())
        return false;
    if (url.scheme() == QLatin1String("sandbox"))
        return url.path().startsWith(QLatin1Char('/'));
    return !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

// A relative action URL ("items/{{id}}?x=1") continues the target's URL.
QUrl actionUrl(const QUrl &targetUrl, const QString &rendered)
{
    const QUrl url(rendered, QUrl::StrictMode);
    if (!url.isValid() || !url.isRelative())
        return url;
    QUrl combined = targetUrl;
    QString path = targetUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QString tail = url.path(QUrl::FullyEncoded);
    while (tail.startsWith(QLatin1Char('/')))
        tail.remove(0, 1);
    if (!tail.isEmpty())
        path += QLatin1Char('/') + tail;
    combined.setPath(path, QUrl::TolerantMode);
    if (url.hasQuery())
        combined.setQuery(url.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    return combined;
}

Fail renderHttp(const Workspace &workspace, const RuleAction &action, const ErrorPlace &at,
                const QJsonValue &body, const Template::Extra &givenExtras,
                const AckUrlForRecipient &ackUrl, NewDelivery &delivery)
{
    delivery.request.kind = DeliveryRequest::Kind::Http;
    const HttpTargetConfig *target = workspace.httpTarget(action.target);
    if (!target)
        return Error(Error::Kind::Unknown, at.withField(QStringLiteral("target")),
                     QObject::tr("no http target '%1' in this workspace").arg(action.target));
    HttpRequestSpec &request = delivery.request.http;
    // Whoever reads the target (a chat channel, a ticket) acknowledges as the target.
    Template::Extra extras = givenExtras;
    if (ackUrl && usesAckUrl(action))
        extras.insert(QStringLiteral("event.ack_url"), ackUrl(target->name));

    QList<QPair<QByteArray, QByteArray>> actionHeaders;
    for (const auto &[name, value] : action.headers) {
        const auto rendered = value.render(body, action.missing, extras);
        if (!rendered)
            return rendered.errorDetail();
        if (rendered->text.contains(QLatin1Char('\r'))
            || rendered->text.contains(QLatin1Char('\n')))
            return Error(Error::Kind::Invalid,
                         at.withField(QStringLiteral("headers"), QString::fromLatin1(name)),
                         QObject::tr("the value contains a line break"));
        actionHeaders.append({name, rendered->text.toUtf8()});
    }

    if (!target->preset.isEmpty()) {
        const HttpPresetInfo *info = httpPreset(target->preset);
        if (!info)
            return Error(Error::Kind::Unknown, at.withField(QStringLiteral("target")),
                         QObject::tr("target '%1' has an unknown preset '%2'")
                             .arg(target->name, target->preset));
        QHash<QString, QString> fields;
        for (auto it = action.fields.constBegin(); it != action.fields.constEnd(); ++it) {
            const auto rendered = it.value().render(body, action.missing, extras);
            if (!rendered)
                return rendered.errorDetail();
            fields.insert(it.key(), rendered->text);
        }
        // The preset needs a host to build on; a sandbox: URL gets a stand-in one that is taken
        // away again, so the request keeps its sandbox: URL until it is sent.
        const bool sandbox = target->url.scheme() == QLatin1String("sandbox");
        QUrl base = target->url;
        if (sandbox) {
            base.setScheme(QStringLiteral("http"));
            base.setHost(QStringLiteral("sandbox.invalid"));
        }
        auto built = buildPresetRequest(info->preset, base, fields, at);
        if (!built)
            return built.errorDetail();
        request = std::move(built).value();
        if (sandbox && request.url.host() == QLatin1String("sandbox.invalid")) {
            request.url.setHost(QString());
            request.url.setScheme(QStringLiteral("sandbox"));
        }
        request.headers += target->headers;
        request.headers += actionHeaders;
        return {};
    }

    request.method = action.method.isEmpty() ? target->method : action.method.toLatin1();
    if (action.url) {
        const auto rendered = action.url->render(body, action.missing, extras);
        if (!rendered)
            return rendered.errorDetail();
        request.url = actionUrl(target->url, rendered->text);
        if (!isSendableUrl(request.url))
            return Error(Error::Kind::Invalid, at.withField(QStringLiteral("url")),
                         QObject::tr("'%1' is not an http(s) URL").arg(rendered->text));
    } else {
        request.url = target->url;
        if (!isSendableUrl(request.url))
            return Error(
                Error::Kind::Missing, at.withField(QStringLiteral("url")),
                QObject::tr("target '%1' has no URL and the action gives none").arg(target->name));
    }
    request.headers = target->headers;
    request.headers += actionHeaders;
    if (action.body) {
        const auto rendered = action.body->renderJson(body, action.missing, extras);
        if (!rendered)
            return rendered.errorDetail();
        request.body = rendered->toJson(QJsonDocument::Compact);
        if (!hasHeader(request.headers, "Content-Type"))
            request.headers.append(qMakePair(QByteArrayLiteral("Content-Type"),
                                             QByteArrayLiteral("application/json")));
    }
    return {};
}

// time.toUTC().toString(Qt::ISODateWithMs) ("2026-11-20T09:14:05.123Z"), written directly for
// the years with four digits: Qt's formatting goes through its calendar and locale code, once
// per routed event.
QString isoUtcWithMs(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (!utc.isValid() || date.year() < 1000 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, date.year(), 4);
    text[4] = '-';
    put(5, date.month(), 2);
    text[7] = '-';
    put(8, date.day(), 2);
    text[10] = 'T';
    put(11, clock.hour(), 2);
    text[13] = ':';
    put(14, clock.minute(), 2);
    text[16] = ':';
    put(17, clock.second(), 2);
    text[19] = '.';
    put(20, clock.msec(), 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

} // namespace

QString deliveryId(const QUuid &eventId, const QString &rule, int actionIndex, int tier)
{
    const QString event = eventId.toString(QUuid::WithoutBraces);
    if (tier > 0)
        return QStringLiteral("%1.%2.t%3.%4").arg(event, rule).arg(tier).arg(actionIndex);
    return QStringLiteral("%1.%2.%3").arg(event, rule).arg(actionIndex);
}

QJsonObject renderExtras(const QUuid &eventId, const QString &source, const QDateTime &receivedAt,
                         const QString &ackUrl, const Rule &rule, int tier)
{
    Template::Extra extras = eventExtras(eventId, source, receivedAt, ackUrl);
    addRuleExtras(extras, rule, tier);
    return extras.toObject();
}

Template::Extra eventExtras(const QUuid &eventId, const QString &source,
                            const QDateTime &receivedAt, const QString &ackUrl)
{
    // Keyed by dotted names rather than nested: a payload's own "event" or "rule" field (every
    // sample has "event": "contract.ready_for_review"; escalation.fired has "rule") stays
    // reachable as {{event}} and {{rule}}, while {{event.id}} and {{rule.name}} are ours.
    Template::Extra extras;
    extras.insert(QStringLiteral("event.id"), eventId.toString(QUuid::WithoutBraces));
    extras.insert(QStringLiteral("event.source"), source);
    extras.insert(QStringLiteral("event.received_at"), isoUtcWithMs(receivedAt));
    extras.insert(QStringLiteral("event.ack_url"), ackUrl);
    return extras;
}

void addRuleExtras(Template::Extra &extras, const Rule &rule, int tier)
{
    extras.insert(QStringLiteral("rule.name"), rule.name);
    extras.insert(QStringLiteral("rule.title"), rule.title.isEmpty() ? rule.name : rule.title);
    if (tier > 0)
        extras.insert(QStringLiteral("escalation.tier"), tier);
}

bool usesAckUrl(const RuleAction &action)
{
    const QString name = QStringLiteral("event.ack_url");
    const auto uses = [&name](const Template &templ) {
        return templ.variables().contains(name);
    };
    for (const Template &field : action.fields) {
        if (uses(field))
            return true;
    }
    for (const QList<Template> *list : {&action.templateParameters, &action.addresses}) {
        for (const Template &templ : *list) {
            if (uses(templ))
                return true;
        }
    }
    for (const auto &header : action.headers) {
        if (uses(header.second))
            return true;
    }
    if ((action.url && uses(*action.url)) || (action.body && uses(*action.body)))
        return true;
    for (const auto &tier : action.tiers) {
        for (const RuleAction &tierAction : tier->actions) {
            if (usesAckUrl(tierAction))
                return true;
        }
    }
    return false;
}

NewDelivery renderAction(const Workspace &workspace, const Rule &rule, int actionIndex,
                         const RuleAction &action, int tier, const QUuid &eventId,
                         const QJsonValue &body, const Template::Extra &extras,
                         const QDateTime &dueAt, const AckUrlForRecipient &ackUrl, Error *error)
{
    NewDelivery delivery;
    delivery.id = deliveryId(eventId, rule.name, actionIndex, tier);
    delivery.rule = rule.name;
    delivery.actionIndex = actionIndex;
    delivery.tier = tier;
    delivery.dueAt = dueAt;
    delivery.request.target = action.target;
    const ErrorPlace at = actionPlace(rule, actionIndex, tier);
    Fail failed;
    switch (action.kind) {
    case RuleAction::Kind::OpenText:
        failed = renderOpenText(workspace, action, at, body, extras, ackUrl, delivery);
        break;
    case RuleAction::Kind::Http:
        failed = renderHttp(workspace, action, at, body, extras, ackUrl, delivery);
        break;
    case RuleAction::Kind::Escalate:
        failed = Error(Error::Kind::Invalid, at,
                       QObject::tr("an escalate action schedules tiers; it is not sent"));
        break;
    }
    if (failed) {
        // Never a half-built request: only the target's name stays, for the console.
        const QString target = delivery.request.target;
        const DeliveryRequest::Kind kind = delivery.request.kind;
        delivery.request = DeliveryRequest();
        delivery.request.kind = kind;
        delivery.request.target = target;
        delivery.renderError = failed->text();
        if (error)
            *error = *failed;
    }
    return delivery;
}

} // namespace OtBridge
