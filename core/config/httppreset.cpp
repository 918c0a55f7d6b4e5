// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httppreset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace OtBridge {

namespace {

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

// Inserts the field under key when it has a value.
void insertIf(QJsonObject &object, const QString &key, const QHash<QString, QString> &fields,
              const QString &field)
{
    const QString value = fields.value(field);
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject serviceNowIncident(const QHash<QString, QString> &fields)
{
    QJsonObject body {
        {QStringLiteral("short_description"), fields.value(QStringLiteral("summary"))}};
    insertIf(body, QStringLiteral("description"), fields, QStringLiteral("description"));
    for (const char *key :
         {"urgency", "impact", "category", "assignment_group", "caller_id", "correlation_id"})
        insertIf(body, QString::fromLatin1(key), fields, QString::fromLatin1(key));
    return body;
}

QJsonObject jiraIssue(const QHash<QString, QString> &fields)
{
    QJsonObject issue {
        {QStringLiteral("project"),
         QJsonObject {{QStringLiteral("key"), fields.value(QStringLiteral("project_key"))}}},
        {QStringLiteral("summary"), fields.value(QStringLiteral("summary"))},
        {QStringLiteral("issuetype"),
         QJsonObject {{QStringLiteral("name"),
                       fields.value(QStringLiteral("issue_type"), QStringLiteral("Task"))}}},
    };
    insertIf(issue, QStringLiteral("description"), fields, QStringLiteral("description"));
    if (const QString priority = fields.value(QStringLiteral("priority")); !priority.isEmpty())
        issue.insert(QStringLiteral("priority"), QJsonObject {{QStringLiteral("name"), priority}});
    const QStringList labels
        = fields.value(QStringLiteral("labels")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!labels.isEmpty()) {
        QJsonArray array;
        for (const QString &label : labels)
            array.append(label.trimmed());
        issue.insert(QStringLiteral("labels"), array);
    }
    return {{QStringLiteral("fields"), issue}};
}

QJsonObject pagerDutyTrigger(const QHash<QString, QString> &fields)
{
    QJsonObject payload {
        {QStringLiteral("summary"), fields.value(QStringLiteral("summary")).left(1024)},
        {QStringLiteral("source"), fields.value(QStringLiteral("source"))},
        {QStringLiteral("severity"), fields.value(QStringLiteral("severity"))},
    };
    for (const char *key : {"timestamp", "component", "group", "class"})
        insertIf(payload, QString::fromLatin1(key), fields, QString::fromLatin1(key));
    const QJsonDocument details
        = QJsonDocument::fromJson(fields.value(QStringLiteral("custom_details")).toUtf8());
    if (details.isObject())
        payload.insert(QStringLiteral("custom_details"), details.object());
    QJsonObject body {
        {QStringLiteral("routing_key"), fields.value(QStringLiteral("routing_key"))},
        {QStringLiteral("event_action"), QStringLiteral("trigger")},
        {QStringLiteral("payload"), payload},
    };
    insertIf(body, QStringLiteral("dedup_key"), fields, QStringLiteral("dedup_key"));
    return body;
}

// Slack's mrkdwn treats &, < and > as control characters (links, mentions).
QString slackEscaped(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}

QJsonObject slackMessage(const QHash<QString, QString> &fields)
{
    const QString text = slackEscaped(fields.value(QStringLiteral("text")));
    QJsonArray blocks;
    if (const QString title = fields.value(QStringLiteral("title")); !title.isEmpty())
        blocks.append(
            QJsonObject {{QStringLiteral("type"), QStringLiteral("header")},
                         {QStringLiteral("text"),
                          QJsonObject {{QStringLiteral("type"), QStringLiteral("plain_text")},
                                       {QStringLiteral("text"), title.left(150)}}}});
    blocks.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("section")},
                               {QStringLiteral("text"),
                                QJsonObject {{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                             {QStringLiteral("text"), text.left(3000)}}}});
    // text stays as the notification's fallback when blocks are shown.
    return {{QStringLiteral("text"), text}, {QStringLiteral("blocks"), blocks}};
}

QJsonObject teamsCard(const QHash<QString, QString> &fields)
{
    QJsonArray body;
    if (const QString title = fields.value(QStringLiteral("title")); !title.isEmpty())
        body.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("TextBlock")},
                                 {QStringLiteral("size"), QStringLiteral("Medium")},
                                 {QStringLiteral("weight"), QStringLiteral("Bolder")},
                                 {QStringLiteral("text"), title},
                                 {QStringLiteral("wrap"), true}});
    body.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("TextBlock")},
                             {QStringLiteral("text"), fields.value(QStringLiteral("text"))},
                             {QStringLiteral("wrap"), true}});
    const QJsonObject card {
        {QStringLiteral("$schema"),
         QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
        {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
        {QStringLiteral("version"), QStringLiteral("1.4")},
        {QStringLiteral("body"), body},
    };
    return {{QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("attachments"),
             QJsonArray {QJsonObject {{QStringLiteral("contentType"),
                                       QStringLiteral("application/vnd.microsoft.card.adaptive")},
                                      {QStringLiteral("contentUrl"), QJsonValue::Null},
                                      {QStringLiteral("content"), card}}}}};
}

} // namespace

QList<HttpPresetInfo> httpPresets()
{
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList fields;
        for (const char *name : names)
            fields.append(QString::fromLatin1(name));
        return fields;
    };
    const auto sample = [](std::initializer_list<std::pair<const char *, const char *>> pairs) {
        QHash<QString, QString> fields;
        for (const auto &[name, value] : pairs)
            fields.insert(QString::fromLatin1(name), QString::fromUtf8(value));
        return fields;
    };
    return {
        {HttpPreset::ServiceNowIncident,
         QStringLiteral("servicenow"),
         list({"summary"}),
         list({"description", "urgency", "impact", "category", "assignment_group", "caller_id",
               "correlation_id"}),
         {},
         sample({{"summary", "OT Bridge test incident"},
                 {"description", "Sent by the Test button of OT Bridge's Targets page."},
                 {"urgency", "3"},
                 {"impact", "3"}})},
        {HttpPreset::JiraIssue,
         QStringLiteral("jira"),
         list({"project_key", "summary"}),
         list({"description", "issue_type", "priority", "labels"}),
         {},
         sample({{"project_key", "TEST"},
                 {"summary", "OT Bridge test issue"},
                 {"description", "Sent by the Test button of OT Bridge's Targets page."},
                 {"labels", "otbridge-test"}})},
        {HttpPreset::PagerDutyTrigger, QStringLiteral("pagerduty"),
         list({"routing_key", "summary", "source", "severity"}),
         list({"dedup_key", "timestamp", "component", "group", "class", "custom_details"}),
         QUrl(QStringLiteral("https://events.pagerduty.com/v2/enqueue")),
         sample({{"routing_key", "otbridge-test-routing-key"},
                 {"summary", "OT Bridge test event"},
                 {"source", "otbridge"},
                 {"severity", "info"},
                 {"dedup_key", "otbridge-test"}})},
        {HttpPreset::Slack,
         QStringLiteral("slack"),
         list({"text"}),
         list({"title"}),
         {},
         sample({{"title", "OT Bridge test"},
                 {"text", "Sent by the Test button of OT Bridge's Targets page."}})},
        {HttpPreset::Teams,
         QStringLiteral("teams"),
         list({"text"}),
         list({"title"}),
         {},
         sample({{"title", "OT Bridge test"},
                 {"text", "Sent by the Test button of OT Bridge's Targets page."}})},
    };
}

const HttpPresetInfo *httpPreset(const QString &name)
{
    static const QList<HttpPresetInfo> presets = httpPresets();
    for (const HttpPresetInfo &info : presets) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

Result<HttpRequestSpec> buildPresetRequest(HttpPreset preset, const QUrl &base,
                                           const QHash<QString, QString> &fields,
                                           const QString &where)
{
    return buildPresetRequest(preset, base, fields, ErrorPlace::inScope(where));
}

Result<HttpRequestSpec> buildPresetRequest(HttpPreset preset, const QUrl &base,
                                           const QHash<QString, QString> &fields,
                                           const ErrorPlace &place)
{
    using R = Result<HttpRequestSpec>;
    const HttpPresetInfo *info = nullptr;
    for (const HttpPresetInfo &candidate : httpPresets()) {
        if (candidate.preset == preset)
            info = httpPreset(candidate.name);
    }
    Q_ASSERT(info);
    for (const QString &field : info->requiredFields) {
        if (fields.value(field).trimmed().isEmpty())
            return R::failure(Error(Error::Kind::Missing, place.withField(field),
                                    QObject::tr("the %1 preset needs a value").arg(info->name)));
    }
    const bool needsBase = preset != HttpPreset::PagerDutyTrigger;
    if (needsBase && (!base.isValid() || base.host().isEmpty()))
        return R::failure(Error(Error::Kind::Missing, place,
                                QObject::tr("the %1 preset needs the URL of the instance or "
                                            "webhook")
                                    .arg(info->name)));

    HttpRequestSpec request;
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    QJsonObject body;
    switch (preset) {
    case HttpPreset::ServiceNowIncident:
        request.url = withPath(base, QStringLiteral("/api/now/table/incident"));
        body = serviceNowIncident(fields);
        break;
    case HttpPreset::JiraIssue:
        request.url = withPath(base, QStringLiteral("/rest/api/2/issue"));
        body = jiraIssue(fields);
        break;
    case HttpPreset::PagerDutyTrigger: {
        static const QStringList severities {QStringLiteral("critical"), QStringLiteral("error"),
                                             QStringLiteral("warning"), QStringLiteral("info")};
        const QString severity = fields.value(QStringLiteral("severity"));
        if (!severities.contains(severity))
            return R::failure(Error(Error::Kind::Invalid,
                                    place.withField(QStringLiteral("severity")),
                                    QObject::tr("PagerDuty's severity is critical, error, warning "
                                                "or info, not '%1'")
                                        .arg(severity)));
        request.url = base.isEmpty() ? httpPreset(QStringLiteral("pagerduty"))->defaultUrl : base;
        body = pagerDutyTrigger(fields);
        break;
    }
    case HttpPreset::Slack:
        request.url = base;
        body = slackMessage(fields);
        break;
    case HttpPreset::Teams:
        request.url = base;
        body = teamsCard(fields);
        break;
    }
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

} // namespace OtBridge
