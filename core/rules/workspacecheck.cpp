// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecheck.h"

#include "config/workspace.h"
#include "event/event.h"
#include "rules/router.h"
#include "rules/rulepreview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <optional>

namespace OtBridge {

namespace {

// The event id a fixture's event gets when it names none, so {{event.id}} renders the same
// on every run (docs/workspace-check.md).
constexpr char defaultEventId[] = "00000000-0000-4000-8000-000000000000";

// A JSON value as one line of text: strings quoted with their escapes, so a rendered text with
// line breaks stays on one line of the report.
QString describeValue(const QJsonValue &value)
{
    if (value.isUndefined())
        return QObject::tr("nothing");
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// What a fixture says a field must be: a JSON value it equals, or {"contains": …} or
// {"matches": "regular expression"}.
class Expectation
{
public:
    enum class Kind { Equals, Contains, Matches };

    // at: where the expectation sits in the fixture, for the error.
    static Result<Expectation> fromJson(const QJsonValue &json, const QString &at)
    {
        Expectation expectation;
        expectation.m_value = json;
        if (!json.isObject())
            return expectation;
        const QJsonObject object = json.toObject();
        if (object.size() != 1)
            return Result<Expectation>::failure(
                QObject::tr("%1: an object must be one of {\"equals\": …}, {\"contains\": …} or "
                            "{\"matches\": \"regular expression\"}")
                    .arg(at));
        const QString key = object.constBegin().key();
        expectation.m_value = object.constBegin().value();
        if (key == QLatin1String("equals"))
            return expectation;
        if (key == QLatin1String("contains")) {
            expectation.m_kind = Kind::Contains;
            if (expectation.m_value.isObject())
                return Result<Expectation>::failure(
                    QObject::tr("%1: \"contains\" wants a text or a list item").arg(at));
            return expectation;
        }
        if (key == QLatin1String("matches")) {
            expectation.m_kind = Kind::Matches;
            expectation.m_pattern.setPattern(expectation.m_value.toString());
            if (!expectation.m_value.isString() || !expectation.m_pattern.isValid())
                return Result<Expectation>::failure(
                    QObject::tr("%1: \"matches\" wants a valid regular expression: %2")
                        .arg(at, expectation.m_pattern.errorString()));
            return expectation;
        }
        return Result<Expectation>::failure(
            QObject::tr("%1: unknown matcher '%2' (equals, contains or matches)").arg(at, key));
    }

    // A list is checked item by item for contains and matches: one item must hold.
    bool holds(const QJsonValue &actual) const
    {
        switch (m_kind) {
        case Kind::Equals:
            return actual == m_value;
        case Kind::Contains:
            if (actual.isString())
                return actual.toString().contains(m_value.toString());
            if (actual.isArray())
                return actual.toArray().contains(m_value);
            return false;
        case Kind::Matches:
            if (actual.isString())
                return m_pattern.match(actual.toString()).hasMatch();
            if (actual.isArray()) {
                for (const QJsonValue &item : actual.toArray()) {
                    if (item.isString() && m_pattern.match(item.toString()).hasMatch())
                        return true;
                }
            }
            return false;
        }
        return false;
    }

    QString describe() const
    {
        switch (m_kind) {
        case Kind::Equals:
            break;
        case Kind::Contains:
            return QObject::tr("something containing %1").arg(describeValue(m_value));
        case Kind::Matches:
            return QObject::tr("something matching /%1/").arg(m_pattern.pattern());
        }
        return describeValue(m_value);
    }

private:
    Kind m_kind = Kind::Equals;
    QJsonValue m_value;
    QRegularExpression m_pattern;
};

struct FieldExpectation
{
    QString field; // a key of actionFields()
    QString key; // the header name, or the JSON Pointer for "json"
    Expectation expectation;
};

struct ActionExpectation
{
    int index = 0; // 0-based
    QString at; // where it sits in the fixture
    std::optional<Expectation> error;
    QList<FieldExpectation> fields;
};

struct RuleExpectation
{
    QString rule;
    QList<ActionExpectation> actions;
    std::optional<Expectation> withinSeconds;
    std::optional<Expectation> tierDelays;
};

// The fields an action expectation may name, and for which kind of action.
enum class FieldKind { Any, OpenText, Http };

const QList<QPair<QString, FieldKind>> &actionFields()
{
    static const QList<QPair<QString, FieldKind>> fields {
        {QStringLiteral("target"), FieldKind::Any},
        {QStringLiteral("channel"), FieldKind::OpenText},
        {QStringLiteral("to"), FieldKind::OpenText},
        {QStringLiteral("subject"), FieldKind::OpenText},
        {QStringLiteral("text"), FieldKind::OpenText},
        {QStringLiteral("html"), FieldKind::OpenText},
        {QStringLiteral("from_name"), FieldKind::OpenText},
        {QStringLiteral("template_id"), FieldKind::OpenText},
        {QStringLiteral("language"), FieldKind::OpenText},
        {QStringLiteral("template_parameters"), FieldKind::OpenText},
        {QStringLiteral("document"), FieldKind::OpenText},
        {QStringLiteral("method"), FieldKind::Http},
        {QStringLiteral("url"), FieldKind::Http},
        {QStringLiteral("headers"), FieldKind::Http},
        {QStringLiteral("body"), FieldKind::Http},
        {QStringLiteral("json"), FieldKind::Http},
        // When it would go (a delay, a digest's window, quiet hours), ISO 8601 in UTC, and why
        // it waits ("delay", "digest", "quiet"; "" at once).
        {QStringLiteral("send_at"), FieldKind::Any},
        {QStringLiteral("hold"), FieldKind::Any},
    };
    return fields;
}

QString unknownKey(const QJsonObject &object, const QStringList &known, const QString &at)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return QObject::tr("%1: unknown key '%2' (it takes %3)")
                .arg(at, it.key(), known.join(QLatin1String(", ")));
    }
    return {};
}

Result<QStringList> ruleNameList(const QJsonValue &value, const QString &at)
{
    if (!value.isArray())
        return Result<QStringList>::failure(
            QObject::tr("%1: must be an array of rule names").arg(at));
    QStringList names;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return Result<QStringList>::failure(
                QObject::tr("%1: must be an array of rule names").arg(at));
        names.append(item.toString());
    }
    return names;
}

Result<ActionExpectation> parseActionExpectation(const QJsonValue &json, const QString &at)
{
    using R = Result<ActionExpectation>;
    if (!json.isObject())
        return R::failure(QObject::tr("%1: must be an object with \"action\"").arg(at));
    const QJsonObject object = json.toObject();
    QStringList known {QStringLiteral("action"), QStringLiteral("error")};
    for (const auto &field : actionFields())
        known.append(field.first);
    if (const QString error = unknownKey(object, known, at); !error.isEmpty())
        return R::failure(error);
    ActionExpectation action;
    action.at = at;
    const QJsonValue index = object.value(QLatin1String("action"));
    if (!index.isDouble() || index.toDouble() < 1 || index.toDouble() != index.toInt())
        return R::failure(
            QObject::tr("%1: \"action\" must be the action's number, 1 for the first").arg(at));
    action.index = index.toInt() - 1;
    if (object.contains(QLatin1String("error"))) {
        auto error = Expectation::fromJson(object.value(QLatin1String("error")),
                                           QObject::tr("%1, error").arg(at));
        if (!error)
            return R::failure(error.error());
        action.error = std::move(error).value();
        if (object.size() > 2)
            return R::failure(QObject::tr("%1: an action expected to fail to render has no "
                                          "rendered fields; give \"error\" alone")
                                  .arg(at));
    }
    for (const auto &[field, kind] : actionFields()) {
        Q_UNUSED(kind);
        const QJsonValue value = object.value(field);
        if (value.isUndefined())
            continue;
        const QString fieldAt = QStringLiteral("%1, %2").arg(at, field);
        if (field == QLatin1String("headers") || field == QLatin1String("json")) {
            if (!value.isObject())
                return R::failure(
                    field == QLatin1String("headers")
                        ? QObject::tr("%1: must be an object of header names").arg(fieldAt)
                        : QObject::tr("%1: must be an object of JSON Pointers "
                                      "such as \"/content/id\"")
                              .arg(fieldAt));
            const QJsonObject entries = value.toObject();
            for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
                if (field == QLatin1String("json") && !it.key().isEmpty()
                    && !it.key().startsWith(QLatin1Char('/')))
                    return R::failure(
                        QObject::tr("%1: '%2' is not a JSON Pointer (it starts with '/')")
                            .arg(fieldAt, it.key()));
                auto expectation = Expectation::fromJson(
                    it.value(), QStringLiteral("%1 %2").arg(fieldAt, it.key()));
                if (!expectation)
                    return R::failure(expectation.error());
                action.fields.append({field, it.key(), std::move(expectation).value()});
            }
            continue;
        }
        auto expectation = Expectation::fromJson(value, fieldAt);
        if (!expectation)
            return R::failure(expectation.error());
        action.fields.append({field, {}, std::move(expectation).value()});
    }
    return action;
}

Result<RuleExpectation> parseRuleExpectation(const QString &rule, const QJsonValue &json,
                                             const QString &at)
{
    using R = Result<RuleExpectation>;
    if (!json.isObject())
        return R::failure(
            QObject::tr("%1: must be an object with \"actions\" or \"escalation\"").arg(at));
    const QJsonObject object = json.toObject();
    if (const QString error
        = unknownKey(object, {QStringLiteral("actions"), QStringLiteral("escalation")}, at);
        !error.isEmpty())
        return R::failure(error);
    RuleExpectation expectation;
    expectation.rule = rule;
    const QJsonValue actions = object.value(QLatin1String("actions"));
    if (!actions.isUndefined() && !actions.isArray())
        return R::failure(QObject::tr("%1: \"actions\" must be an array").arg(at));
    const QJsonArray list = actions.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto action
            = parseActionExpectation(list.at(i), QStringLiteral("%1, actions[%2]").arg(at).arg(i));
        if (!action)
            return R::failure(action.error());
        expectation.actions.append(std::move(action).value());
    }
    const QJsonValue escalation = object.value(QLatin1String("escalation"));
    if (!escalation.isUndefined()) {
        const QString escalationAt = QStringLiteral("%1, escalation").arg(at);
        if (!escalation.isObject())
            return R::failure(QObject::tr("%1: must be an object").arg(escalationAt));
        const QJsonObject escalationJson = escalation.toObject();
        if (const QString error = unknownKey(
                escalationJson, {QStringLiteral("within_seconds"), QStringLiteral("tier_delays")},
                escalationAt);
            !error.isEmpty())
            return R::failure(error);
        for (const char *key : {"within_seconds", "tier_delays"}) {
            const QJsonValue value = escalationJson.value(QLatin1String(key));
            if (value.isUndefined())
                continue;
            auto parsed = Expectation::fromJson(
                value, QStringLiteral("%1, %2").arg(escalationAt, QLatin1String(key)));
            if (!parsed)
                return R::failure(parsed.error());
            (qstrcmp(key, "within_seconds") == 0 ? expectation.withinSeconds
                                                 : expectation.tierDelays)
                = std::move(parsed).value();
        }
    }
    return expectation;
}

// The rendered value of one field of an action, as JSON; undefined when it has none.
QJsonValue actualField(const ActionPreview &preview, const FieldExpectation &field)
{
    const DeliveryRequest &request = preview.delivery.request;
    const OpenTextMessage &message = request.message;
    const QString &name = field.field;
    if (name == QLatin1String("target"))
        return request.target;
    if (name == QLatin1String("send_at"))
        return preview.delivery.dueAt.toUTC().toString(Qt::ISODate);
    if (name == QLatin1String("hold"))
        return preview.delivery.hold;
    if (name == QLatin1String("channel"))
        return channelName(message.channel);
    if (name == QLatin1String("to")) {
        QJsonArray addresses;
        for (const OpenTextDestination &destination : message.destinations)
            addresses.append(destination.address);
        return addresses;
    }
    if (name == QLatin1String("subject"))
        return message.subject;
    if (name == QLatin1String("text"))
        return message.text;
    if (name == QLatin1String("html"))
        return message.html;
    if (name == QLatin1String("from_name"))
        return message.fromDisplayName;
    if (name == QLatin1String("template_id"))
        return message.templateId;
    if (name == QLatin1String("language"))
        return message.languageCode;
    if (name == QLatin1String("template_parameters")) {
        QJsonArray parameters;
        for (const auto &parameter : message.templateParameters)
            parameters.append(parameter.second);
        return parameters;
    }
    if (name == QLatin1String("document")) {
        if (message.attachments.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return QString::fromUtf8(message.attachments.constFirst().data);
    }
    const HttpRequestSpec &http = request.http;
    if (name == QLatin1String("method"))
        return QString::fromLatin1(http.method);
    if (name == QLatin1String("url"))
        return http.url.toString(QUrl::FullyEncoded);
    if (name == QLatin1String("headers")) {
        for (const auto &[header, value] : http.headers) {
            if (QString::fromLatin1(header).compare(field.key, Qt::CaseInsensitive) == 0)
                return QString::fromUtf8(value);
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    if (name == QLatin1String("body"))
        return QString::fromUtf8(http.body);
    if (name == QLatin1String("json")) {
        const QJsonDocument document = QJsonDocument::fromJson(http.body);
        const QJsonValue root
            = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        return valueAtPointer(root, field.key);
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString fieldLabel(const FieldExpectation &field)
{
    if (field.field == QLatin1String("headers"))
        return QObject::tr("header %1").arg(field.key);
    if (field.field == QLatin1String("json"))
        return QObject::tr("json %1").arg(field.key);
    return field.field;
}

// Why a rule did not match, in words: disabled, not triggered, or the leaves that were false.
QString whyNoMatch(const Rule &rule, const RulePreview &preview, const QString &source)
{
    if (!rule.enabled)
        return QObject::tr("the rule is disabled");
    if (!preview.triggered)
        return QObject::tr("source '%1' does not trigger it (it listens to %2)")
            .arg(source, (rule.sources + rule.events).join(QLatin1String(", ")));
    QStringList reasons;
    for (qsizetype i = 0; i < preview.leaves.size(); ++i) {
        const LeafResult &leaf = preview.leaves.at(i);
        if (leaf.matched)
            continue;
        const QJsonValue value = preview.leafValues.value(i, QJsonValue(QJsonValue::Undefined));
        QString leafText = QStringLiteral("%1 %2").arg(leaf.path, leaf.op);
        if (!value.isUndefined())
            leafText += QLatin1Char(' ') + describeValue(value);
        reasons.append(
            QObject::tr("condition %1%2 is false, the event has %3")
                .arg(leaf.location.isEmpty() ? QString() : leaf.location + QLatin1Char(' '),
                     leafText, describeValue(leaf.actual)));
    }
    if (reasons.isEmpty())
        return QObject::tr("its condition is false");
    return reasons.join(QLatin1String("; "));
}

QString ruleAt(const QString &rule)
{
    return QObject::tr("rule '%1'").arg(rule);
}

} // namespace

struct WorkspaceFixture::Data
{
    QString description;
    QString source;
    QJsonValue body;
    QDateTime now; // invalid: the time the check runs
    QUuid eventId;
    std::optional<QStringList> matched;
    QStringList notMatched;
    QList<RuleExpectation> rules;
};

int WorkspaceCheckReport::failedCount() const
{
    int failed = 0;
    for (const FixtureResult &fixture : fixtures)
        failed += fixture.passed() ? 0 : 1;
    return failed;
}

QString defaultFixturesDir(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    QString name = info.fileName();
    if (name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        name.chop(5);
    return QDir(info.path()).filePath(name + QLatin1String(".tests"));
}

Result<WorkspaceFixture> WorkspaceFixture::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<WorkspaceFixture>::failure(
            QObject::tr("fixture %1: cannot read it: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<WorkspaceFixture> WorkspaceFixture::fromJson(const QByteArray &json, const QString &path)
{
    using R = Result<WorkspaceFixture>;
    const QString at = QObject::tr("fixture %1").arg(path);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(QObject::tr("%1 is not valid JSON: %2 at offset %3")
                              .arg(at, parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return R::failure(QObject::tr("%1: the top level must be a JSON object").arg(at));
    const QJsonObject root = document.object();
    if (const QString error = unknownKey(root,
                                         {QStringLiteral("description"), QStringLiteral("source"),
                                          QStringLiteral("headers"), QStringLiteral("body"),
                                          QStringLiteral("body_file"), QStringLiteral("now"),
                                          QStringLiteral("event_id"), QStringLiteral("expect")},
                                         at);
        !error.isEmpty())
        return R::failure(error);

    auto data = std::make_shared<Data>();
    data->description = root.value(QLatin1String("description")).toString();
    const QJsonValue source = root.value(QLatin1String("source"));
    if (!source.isString() || source.toString().isEmpty())
        return R::failure(QObject::tr("%1: \"source\" must name the workspace source (or the "
                                      "internal event) the event arrives from")
                              .arg(at));
    data->source = source.toString();

    const QJsonValue headers = root.value(QLatin1String("headers"));
    if (!headers.isUndefined()) {
        bool ok = headers.isObject();
        for (const QJsonValue &value : headers.toObject())
            ok = ok && value.isString();
        if (!ok)
            return R::failure(
                QObject::tr("%1: \"headers\" must be an object of header names and texts").arg(at));
    }

    // The body as routing reads it (eventBodyJson): JSON, or null when the bytes are not JSON.
    const QJsonValue body = root.value(QLatin1String("body"));
    const QJsonValue bodyFile = root.value(QLatin1String("body_file"));
    if (body.isUndefined() == bodyFile.isUndefined())
        return R::failure(QObject::tr("%1: give the event as \"body\" or as \"body_file\" (a "
                                      "path relative to the fixture), one of them")
                              .arg(at));
    Event event;
    if (!bodyFile.isUndefined()) {
        if (!bodyFile.isString() || bodyFile.toString().isEmpty())
            return R::failure(QObject::tr("%1: \"body_file\" must be a path").arg(at));
        const QString bodyPath
            = QFileInfo(path).dir().filePath(QDir::fromNativeSeparators(bodyFile.toString()));
        QFile file(bodyPath);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(QObject::tr("%1: cannot read the body_file %2: %3")
                                  .arg(at, bodyPath, file.errorString()));
        event.body = file.readAll();
        data->body = eventBodyJson(event);
    } else if (body.isObject() || body.isArray()) {
        data->body = body;
    } else if (body.isString()) {
        event.body = body.toString().toUtf8();
        data->body = eventBodyJson(event);
    } else {
        return R::failure(QObject::tr("%1: \"body\" must be the event's JSON (an object or "
                                      "array) or its text")
                              .arg(at));
    }

    const QJsonValue now = root.value(QLatin1String("now"));
    if (!now.isUndefined()) {
        data->now = QDateTime::fromString(now.toString(), Qt::ISODateWithMs);
        if (!data->now.isValid() || data->now.timeSpec() == Qt::LocalTime)
            return R::failure(QObject::tr("%1: \"now\" must be an ISO 8601 time with its offset, "
                                          "such as 2026-03-02T09:00:00Z, not %2")
                                  .arg(at, describeValue(now)));
    }
    const QJsonValue eventId = root.value(QLatin1String("event_id"));
    data->eventId = QUuid::fromString(eventId.isUndefined() ? QString::fromLatin1(defaultEventId)
                                                            : eventId.toString());
    if (data->eventId.isNull())
        return R::failure(
            QObject::tr("%1: \"event_id\" must be a UUID, not %2").arg(at, describeValue(eventId)));

    const QString expectAt = QStringLiteral("%1: expect").arg(at);
    const QJsonValue expect = root.value(QLatin1String("expect"));
    if (!expect.isObject() || expect.toObject().isEmpty())
        return R::failure(QObject::tr("%1: \"expect\" must say what routing makes of the event: "
                                      "\"matched\", \"not_matched\" or \"rules\"")
                              .arg(at));
    const QJsonObject expectJson = expect.toObject();
    if (const QString error = unknownKey(
            expectJson,
            {QStringLiteral("matched"), QStringLiteral("not_matched"), QStringLiteral("rules")},
            expectAt);
        !error.isEmpty())
        return R::failure(error);
    if (expectJson.contains(QLatin1String("matched"))) {
        auto matched = ruleNameList(expectJson.value(QLatin1String("matched")),
                                    QStringLiteral("%1.matched").arg(expectAt));
        if (!matched)
            return R::failure(matched.error());
        data->matched = std::move(matched).value();
    }
    if (expectJson.contains(QLatin1String("not_matched"))) {
        auto notMatched = ruleNameList(expectJson.value(QLatin1String("not_matched")),
                                       QStringLiteral("%1.not_matched").arg(expectAt));
        if (!notMatched)
            return R::failure(notMatched.error());
        data->notMatched = std::move(notMatched).value();
    }
    const QJsonValue rules = expectJson.value(QLatin1String("rules"));
    if (!rules.isUndefined() && !rules.isObject())
        return R::failure(QObject::tr("%1.rules: must be an object of rule names").arg(expectAt));
    const QJsonObject rulesJson = rules.toObject();
    for (auto it = rulesJson.constBegin(); it != rulesJson.constEnd(); ++it) {
        auto rule = parseRuleExpectation(it.key(), it.value(),
                                         QStringLiteral("%1.rules.%2").arg(expectAt, it.key()));
        if (!rule)
            return R::failure(rule.error());
        data->rules.append(std::move(rule).value());
    }

    WorkspaceFixture fixture;
    fixture.m_path = path;
    fixture.m_data = std::move(data);
    return fixture;
}

FixtureResult WorkspaceFixture::run(const Workspace &workspace) const
{
    const Data &data = *m_data;
    FixtureResult result;
    result.file = m_path;
    result.name = QFileInfo(m_path).completeBaseName();
    result.description = data.description;

    const auto fail = [&result](const QString &rule, int action, const QString &field,
                                const QString &expected, const QString &actual) {
        CheckFailure failure;
        failure.rule = rule;
        failure.action = action;
        failure.field = field;
        failure.expected = expected;
        failure.actual = actual;
        QString place = rule.isEmpty() ? QString() : ruleAt(rule);
        if (action >= 0)
            place = QObject::tr("%1, action %2").arg(place).arg(action + 1);
        if (!field.isEmpty())
            place = place.isEmpty() ? field : QStringLiteral("%1, %2").arg(place, field);
        failure.message = QObject::tr("%1: expected %2, got %3").arg(place, expected, actual);
        result.failures.append(failure);
    };

    ++result.checks;
    if (!workspace.source(data.source) && !InternalEvent::isInternal(data.source))
        fail({}, -1, QStringLiteral("source"),
             QObject::tr("a source of the workspace or an internal event"),
             QObject::tr("'%1', which is neither").arg(data.source));

    // Every rule, as routing sees it: enabled, triggered by the source, condition true.
    const QDateTime now = data.now.isValid() ? data.now : QDateTime::currentDateTimeUtc();
    QHash<QString, RulePreview> previews;
    QStringList matched;
    for (const Rule &rule : workspace.rules()) {
        RulePreview preview
            = previewRule(workspace, rule, data.body, data.source, data.eventId, now, now);
        if (rule.enabled && preview.triggered && preview.matched)
            matched.append(rule.name);
        previews.insert(rule.name, std::move(preview));
    }

    QSet<QString> reported; // rules whose match is already reported wrong
    const auto checkMatch = [&](const QString &name, bool expected) {
        ++result.checks;
        const Rule *rule = workspace.rule(name);
        if (!rule) {
            fail(name, -1, QStringLiteral("matched"), QObject::tr("a rule of the workspace"),
                 QObject::tr("no rule '%1' in %2").arg(name, workspace.origin()));
            reported.insert(name);
            return false;
        }
        const bool actual = matched.contains(name);
        if (actual == expected)
            return true;
        if (reported.contains(name))
            return false;
        reported.insert(name);
        if (expected)
            fail(name, -1, QStringLiteral("matched"), QObject::tr("a match"),
                 QObject::tr("no match: %1")
                     .arg(whyNoMatch(*rule, previews.value(name), data.source)));
        else
            fail(name, -1, QStringLiteral("matched"), QObject::tr("no match"),
                 QObject::tr("a match"));
        return false;
    };

    if (data.matched) {
        for (const QString &name : *data.matched)
            checkMatch(name, true);
        for (const QString &name : std::as_const(matched)) {
            if (!data.matched->contains(name))
                checkMatch(name, false);
        }
    }
    for (const QString &name : data.notMatched)
        checkMatch(name, false);

    for (const RuleExpectation &expectation : data.rules) {
        if (!checkMatch(expectation.rule, true))
            continue; // routing stores nothing for it: there are no actions to compare
        const Rule &rule = *workspace.rule(expectation.rule);
        const RulePreview &preview = previews[expectation.rule];

        for (const ActionExpectation &expected : expectation.actions) {
            ++result.checks;
            if (expected.index >= rule.actions.size()) {
                fail(rule.name, expected.index, {}, QObject::tr("an action"),
                     QObject::tr("the rule has %n action(s)", nullptr, int(rule.actions.size())));
                continue;
            }
            const RuleAction &action = rule.actions.at(expected.index);
            if (action.kind == RuleAction::Kind::Escalate) {
                fail(rule.name, expected.index, {}, QObject::tr("an opentext or http action"),
                     QObject::tr("the escalate action (expect it under \"escalation\")"));
                continue;
            }
            const ActionPreview *shown = nullptr;
            for (const ActionPreview &candidate : preview.actions) {
                if (candidate.index == expected.index)
                    shown = &candidate;
            }
            Q_ASSERT(shown); // previewRule renders every action that is not an escalation
            if (!shown)
                continue;
            const QString &renderError = shown->delivery.renderError;
            if (expected.error) {
                if (renderError.isEmpty())
                    fail(rule.name, expected.index, QStringLiteral("error"),
                         QObject::tr("a render error, %1").arg(expected.error->describe()),
                         QObject::tr("no render error"));
                else if (!expected.error->holds(renderError))
                    fail(rule.name, expected.index, QStringLiteral("error"),
                         QObject::tr("a render error, %1").arg(expected.error->describe()),
                         describeValue(renderError));
                continue;
            }
            if (!renderError.isEmpty()) {
                fail(rule.name, expected.index, QStringLiteral("error"),
                     QObject::tr("no render error"), describeValue(renderError));
                continue;
            }
            const bool isHttp = action.kind == RuleAction::Kind::Http;
            for (const FieldExpectation &field : expected.fields) {
                ++result.checks;
                FieldKind kind = FieldKind::Any;
                for (const auto &known : actionFields()) {
                    if (known.first == field.field)
                        kind = known.second;
                }
                if ((kind == FieldKind::Http && !isHttp)
                    || (kind == FieldKind::OpenText && isHttp)) {
                    fail(rule.name, expected.index, fieldLabel(field),
                         QObject::tr("an action with %1").arg(field.field),
                         isHttp
                             ? QObject::tr("an http action, which has no %1").arg(field.field)
                             : QObject::tr("an opentext action, which has no %1").arg(field.field));
                    continue;
                }
                const QJsonValue actual = actualField(*shown, field);
                if (!field.expectation.holds(actual))
                    fail(rule.name, expected.index, fieldLabel(field), field.expectation.describe(),
                         describeValue(actual));
            }
        }

        if (expectation.withinSeconds || expectation.tierDelays) {
            ++result.checks;
            const EscalationPreview &escalation = preview.escalation;
            if (escalation.index < 0) {
                fail(rule.name, -1, QStringLiteral("escalation"), QObject::tr("an escalation"),
                     QObject::tr("a rule that does not escalate"));
                continue;
            }
            if (expectation.withinSeconds
                && !expectation.withinSeconds->holds(escalation.withinSeconds))
                fail(rule.name, escalation.index, QStringLiteral("within_seconds"),
                     expectation.withinSeconds->describe(),
                     QString::number(escalation.withinSeconds));
            if (expectation.tierDelays) {
                QJsonArray delays;
                for (int delay : escalation.tierDelaySeconds)
                    delays.append(delay);
                if (!expectation.tierDelays->holds(delays))
                    fail(rule.name, escalation.index, QStringLiteral("tier_delays"),
                         expectation.tierDelays->describe(), describeValue(delays));
            }
        }
    }
    return result;
}

Result<WorkspaceCheckReport> checkWorkspace(const QString &workspacePath,
                                            const QString &fixturesDir)
{
    using R = Result<WorkspaceCheckReport>;
    auto workspace = Workspace::load(workspacePath);
    if (!workspace)
        return R::failure(workspace.error());

    WorkspaceCheckReport report;
    report.workspace = workspacePath;
    report.workspaceName = workspace->name();
    report.ruleCount = int(workspace->rules().size());
    report.fixturesDir = fixturesDir.isEmpty() ? defaultFixturesDir(workspacePath) : fixturesDir;
    const QDir dir(report.fixturesDir);
    report.fixturesDirFound = dir.exists();
    if (!report.fixturesDirFound) {
        // Beside the workspace the folder is optional (checking validates the workspace alone);
        // a folder named on purpose must be there.
        if (!fixturesDir.isEmpty())
            return R::failure(QObject::tr("no fixtures folder %1").arg(fixturesDir));
        return report;
    }

    QStringList errors;
    QList<WorkspaceFixture> fixtures;
    // QDir::System lists links whose target is gone, which must not pass unnoticed; other
    // special files (a FIFO would block the read) are left alone.
    const QFileInfoList entries
        = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::System, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink() && !entry.exists()) {
            errors.append(QObject::tr("fixture %1: cannot read it: the link points to %2, which "
                                      "does not exist")
                              .arg(entry.filePath(), entry.symLinkTarget()));
            continue;
        }
        if (!entry.isFile())
            continue;
        const QString name = entry.fileName();
        auto fixture = WorkspaceFixture::load(dir.filePath(name));
        if (fixture)
            fixtures.append(std::move(fixture).value());
        else
            errors.append(fixture.error());
    }
    if (!errors.isEmpty())
        return R::failure(errors.join(QLatin1Char('\n')));
    if (fixtures.isEmpty() && !fixturesDir.isEmpty())
        return R::failure(QObject::tr("no fixtures (*.json) in %1").arg(fixturesDir));

    for (const WorkspaceFixture &fixture : std::as_const(fixtures))
        report.fixtures.append(fixture.run(workspace.value()));
    return report;
}

} // namespace OtBridge
