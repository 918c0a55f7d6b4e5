// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulepreview.h"

#include "config/opentextchannelinfo.h"

#include "config/workspace.h"
#include "event/acklink.h"
#include "rules/actionrenderer.h"
#include "rules/router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>

namespace OtBridge {

namespace {

// The leaves' values in the order Condition::explain lists the leaves: as written, depth first.
void collectLeafValues(const QJsonValue &condition, QList<QJsonValue> &values)
{
    const QJsonObject object = condition.toObject();
    if (object.isEmpty())
        return;
    if (object.contains(QLatin1String("path")) || object.contains(QLatin1String("op"))) {
        values.append(object.value(QLatin1String("value")));
        return;
    }
    for (const char *key : {"all", "any"}) {
        for (const QJsonValue &child : object.value(QLatin1String(key)).toArray())
            collectLeafValues(child, values);
    }
    collectLeafValues(object.value(QLatin1String("not")), values);
}

} // namespace

bool isValidRuleName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QString httpRequestText(const HttpRequestSpec &request)
{
    QString text = QString::fromLatin1(request.method) + QLatin1Char(' ')
        + request.url.toString(QUrl::FullyEncoded) + QLatin1Char('\n');
    for (const auto &[name, value] : request.headers)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value)
            + QLatin1Char('\n');
    if (!request.body.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        text += QLatin1Char('\n');
        text += parseError.error == QJsonParseError::NoError
            ? QString::fromUtf8(document.toJson(QJsonDocument::Indented))
            : QString::fromUtf8(request.body);
    }
    return text;
}

RulePreview previewRule(const Workspace &workspace, const Rule &rule, const QJsonValue &payload,
                        const QString &source, const QUuid &eventId, const QDateTime &receivedAt,
                        const QDateTime &now, const QUrl &publicUrl)
{
    RulePreview preview;
    preview.triggered = rule.isTriggeredBy(source);
    preview.matched = rule.condition.matches(payload, now);
    preview.leaves = rule.condition.explain(payload, now);
    collectLeafValues(rule.conditionJson, preview.leafValues);
    // Each recipient gets a link signed for them when the message is sent; here a sample of
    // the same length stands in (an SMS counts its characters), signed with no real key.
    QString ackUrl;
    if (std::any_of(rule.actions.cbegin(), rule.actions.cend(), usesAckUrl)) {
        if (publicUrl.isEmpty()) {
            preview.ackLinkNote
                = QObject::tr("{{event.ack_url}} renders no link: no public URL is set (Settings, "
                              "Links in messages; or otbridge --public-url), so the messages "
                              "carry no acknowledgement link.");
        } else {
            AckLink::Claims claims;
            claims.eventId = eventId;
            claims.expiresAt = now.addSecs(AckLink::defaultValiditySeconds);
            ackUrl
                = AckLink::url(publicUrl, AckLink::sign(QByteArray(32, '\0'), claims, QString()));
            preview.ackLinkNote
                = QObject::tr("{{event.ack_url}} is a sample here: each recipient gets a link of "
                              "their own under %1, which acknowledges the event.")
                      .arg(publicUrl.toString());
        }
    }
    QJsonObject extras = renderExtras(eventId, source, receivedAt, ackUrl, rule);
    // The steps (README, "Notification steps"): when the messages would go. A digest is shown
    // as the digest of this one sample.
    QDateTime dueAt = now;
    const auto utcText = [](const QDateTime &time) {
        return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    };
    if (rule.delay) {
        const DelayStep::Release release = rule.delay->releaseFor(payload, extras, now, 1.0);
        if (!release.error.isEmpty())
            preview.timing = release.error;
        else if (release.skip)
            preview.timing = QObject::tr("%1: already past, not sent").arg(rule.delay->describe());
        else if (release.at <= now)
            preview.timing
                = QObject::tr("%1: already past, sent at once").arg(rule.delay->describe());
        else
            preview.timing
                = QStringLiteral("%1: %2").arg(rule.delay->describe(), utcText(release.at));
        if (release.at.isValid())
            dueAt = release.at;
    } else if (rule.digest) {
        const QString key = stepKey(rule.digest->key, payload, extras);
        preview.timing = QObject::tr("digest: window %1, key %2")
                             .arg(durationText(rule.digest->windowMs),
                                  key.isEmpty() ? QObject::tr("(empty)") : key);
        if (rule.digest->sendFirst)
            preview.timing += QObject::tr("; the first event goes at once");
        extras.insert(QStringLiteral("digest.count"), 1);
        extras.insert(QStringLiteral("digest.key"), key);
        extras.insert(QStringLiteral("digest.events"), QJsonArray {payload});
        extras.insert(QStringLiteral("digest.window"), durationText(rule.digest->windowMs));
        extras.insert(QStringLiteral("digest.opened_at"), now.toUTC().toString(Qt::ISODate));
        if (!rule.digest->sendFirst)
            dueAt = now.addMSecs(rule.digest->windowMs);
    }
    for (int i = 0; i < rule.actions.size(); ++i) {
        const RuleAction &action = rule.actions.at(i);
        if (action.kind == RuleAction::Kind::Escalate) {
            // As the router schedules it (router.cpp, withinSeconds and scaledMs): the event's
            // own minutes when it names a number, at most 366 days, else within_seconds; a
            // tier without after_seconds waits the acknowledgement time again.
            EscalationPreview &escalation = preview.escalation;
            escalation.index = i;
            escalation.withinSeconds = action.withinSeconds;
            if (!action.withinMinutesFrom.isEmpty()) {
                const QJsonValue value = valueAtPointer(payload, action.withinMinutesFrom);
                bool ok = value.isDouble();
                double minutes = value.toDouble();
                if (value.isString())
                    minutes = value.toString().toDouble(&ok);
                if (ok && minutes >= 0) {
                    escalation.withinSeconds = int(qMin(minutes * 60.0, 366.0 * 24 * 3600));
                    escalation.fromPayload = true;
                }
            }
            for (const auto &tier : action.tiers) {
                escalation.tierDelaySeconds.append(
                    tier->afterSeconds > 0 ? tier->afterSeconds : escalation.withinSeconds);
                escalation.tierActionCounts.append(int(tier->actions.size()));
            }
            continue;
        }
        ActionPreview shown;
        shown.index = i;
        shown.kind = action.kind;
        shown.channel = action.channel;
        shown.delivery = renderAction(workspace, rule, i, action, 0, eventId, payload, extras,
                                      dueAt, {}, &shown.error);
        if (rule.delay)
            shown.delivery.hold = QStringLiteral("delay");
        else if (rule.digest && !rule.digest->sendFirst)
            shown.delivery.hold = QStringLiteral("digest");
        holdForQuietHours(workspace, rule, shown.delivery);
        if (shown.delivery.hold == QLatin1String("quiet"))
            shown.when
                = QObject::tr("quiet hours: held until %1").arg(utcText(shown.delivery.dueAt));

        // Each field on its own, so a missing value is shown next to the field that uses it.
        const auto note = [&](const QString &field, const Template &templ) {
            const auto rendered = templ.render(payload, Template::MissingPolicy::Empty, extras);
            if (!rendered)
                return;
            for (const QString &name : rendered->missing) {
                if (!shown.missing[field].contains(name))
                    shown.missing[field].append(name);
            }
        };
        for (auto it = action.fields.constBegin(); it != action.fields.constEnd(); ++it)
            note(it.key(), it.value());
        for (const Template &address : action.addresses)
            note(QStringLiteral("to"), address);
        for (const Template &roles : action.rolesFrom)
            note(QStringLiteral("to"), roles);
        if (action.url)
            note(QStringLiteral("url"), *action.url);
        for (const auto &header : action.headers)
            note(QStringLiteral("headers"), header.second);
        if (action.body)
            note(QStringLiteral("body"), *action.body);

        if (shown.delivery.renderError.isEmpty()) {
            if (action.kind == RuleAction::Kind::Http)
                shown.requestText = httpRequestText(shown.delivery.request.http);
            else if (channelInfo(action.channel).preview == OpenTextChannelInfo::Preview::Sms)
                shown.sms = measureSms(shown.delivery.request.message.text);
        }
        preview.actions.append(shown);
    }
    return preview;
}

} // namespace OtBridge
