// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace OtBridge {

// One outbound HTTP request, ready to send.
struct HttpRequestSpec
{
    QByteArray method = "POST";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// The request shapes of the systems support teams use, built from a few named fields (each
// already rendered from its template). The body is built as JSON here, never by pasting text
// into JSON, so no field value can break it.
enum class HttpPreset {
    ServiceNowIncident, // POST {instance}/api/now/table/incident
    JiraIssue, // POST {site}/rest/api/2/issue
    PagerDutyTrigger, // POST https://events.pagerduty.com/v2/enqueue, Events API v2
    Slack, // POST to an incoming-webhook URL
    Teams, // POST to an incoming-webhook URL, an Adaptive Card
};

struct HttpPresetInfo
{
    HttpPreset preset;
    QString name; // as the workspace spells it: "servicenow", "jira", "pagerduty", …
    QStringList requiredFields;
    QStringList optionalFields;
    // Where a target of this preset sends when it names no URL (PagerDuty's public Events API
    // endpoint); empty: the target must give its instance, site or webhook URL.
    QUrl defaultUrl;
    // What a target's Test button sends through this preset: a value for every required field,
    // plainly marked as a test, so the service shows what a real delivery would look like.
    QHash<QString, QString> sampleFields;
};

QList<HttpPresetInfo> httpPresets();
const HttpPresetInfo *httpPreset(const QString &name);

// base: the instance, site or webhook URL (PagerDuty: empty for its public endpoint, or another
// URL such as the sandbox's /capture/pagerduty). place: the action's, in errors (a missing or
// wrong field names it as the place's field); where: words alone.
Result<HttpRequestSpec> buildPresetRequest(HttpPreset preset, const QUrl &base,
                                           const QHash<QString, QString> &fields,
                                           const ErrorPlace &place);
Result<HttpRequestSpec> buildPresetRequest(HttpPreset preset, const QUrl &base,
                                           const QHash<QString, QString> &fields,
                                           const QString &where);

} // namespace OtBridge
