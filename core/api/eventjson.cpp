// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace OtBridge {

QJsonObject eventToJson(const Event &event)
{
    QJsonArray headers;
    for (const auto &[name, value] : event.headers)
        headers.append(QJsonObject {{QStringLiteral("name"), QString::fromLatin1(name)},
                                    {QStringLiteral("value"), QString::fromUtf8(value)}});

    QJsonObject object {
        {QStringLiteral("id"), event.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("source"), event.source},
        {QStringLiteral("received_at"), event.receivedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("state"), eventStateName(event.state)},
        {QStringLiteral("acknowledged"), event.state == EventState::Acknowledged},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("content_type"), QString::fromLatin1(event.contentType)},
        {QStringLiteral("peer"), event.peer},
    };
    if (!event.dedupKey.isEmpty())
        object.insert(QStringLiteral("dedup_key"), event.dedupKey);
    if (!event.rerunOf.isNull()) {
        // A re-run: the event whose request it ran through the rules again, and which run.
        object.insert(QStringLiteral("rerun_of"), event.rerunOf.toString(QUuid::WithoutBraces));
        object.insert(QStringLiteral("rerun"), event.rerunNumber);
    }

    // A JSON body is returned as JSON; anything else as base64 so no byte is lost.
    QJsonParseError error;
    const QJsonDocument body = QJsonDocument::fromJson(event.body, &error);
    if (error.error == QJsonParseError::NoError)
        object.insert(QStringLiteral("body"),
                      body.isObject() ? QJsonValue(body.object()) : QJsonValue(body.array()));
    else
        object.insert(QStringLiteral("body_base64"), QString::fromLatin1(event.body.toBase64()));
    return object;
}

QJsonObject healthToJson(const StoreHealth &store, int connections, const ClusterView &cluster)
{
    const bool healthy = store.open && store.writable;
    QJsonObject health {
        {QStringLiteral("status"), healthy ? QStringLiteral("ok") : QStringLiteral("degraded")},
        {QStringLiteral("version"), QStringLiteral(OTBRIDGE_VERSION)},
        {QStringLiteral("store"),
         QJsonObject {
             {QStringLiteral("state"),
              !store.open ? QStringLiteral("closed")
                          : (store.writable ? QStringLiteral("ok") : QStringLiteral("failing"))},
             {QStringLiteral("schema_version"), store.schemaVersion},
             {QStringLiteral("committed_events"), store.committedEvents},
             {QStringLiteral("pending_appends"), store.pendingAppends},
             {QStringLiteral("last_error"), store.lastError},
         }},
        {QStringLiteral("listener"), QJsonObject {{QStringLiteral("connections"), connections}}},
    };
    // The cluster as this node sees it; a gone node does not make this one degraded.
    if (cluster.readAt.isValid())
        health.insert(QStringLiteral("cluster"), cluster.toJson());
    return health;
}

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject deliveryToJson(const DeliveryRecord &delivery)
{
    const QStringList jobs = delivery.openTextJobId.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QJsonObject object {
        {QStringLiteral("id"), delivery.id},
        {QStringLiteral("rule"), delivery.rule},
        {QStringLiteral("action"), delivery.actionIndex + 1},
        {QStringLiteral("tier"), delivery.tier},
        {QStringLiteral("target"), delivery.target},
        {QStringLiteral("kind"),
         delivery.request.kind == DeliveryRequest::Kind::OpenText ? QStringLiteral("opentext")
                                                                  : QStringLiteral("http")},
        {QStringLiteral("state"), deliveryStateName(delivery.state)},
        {QStringLiteral("attempts"), delivery.attempts},
        {QStringLiteral("created_at"), timeOrNull(delivery.createdAt)},
        {QStringLiteral("updated_at"), timeOrNull(delivery.updatedAt)},
        {QStringLiteral("next_attempt_at"), timeOrNull(delivery.nextAttemptAt)},
        {QStringLiteral("opentext_job_id"),
         jobs.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(jobs.constFirst())},
        {QStringLiteral("opentext_state"),
         delivery.openTextState.isEmpty() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(delivery.openTextState)},
        {QStringLiteral("last_error"),
         delivery.lastError.isEmpty() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(delivery.lastError)},
    };
    if (jobs.size() > 1)
        object.insert(QStringLiteral("opentext_job_ids"), QJsonArray::fromStringList(jobs));
    // Notification steps (README, "Notification steps"), only where one applies.
    const DeliverySteps &steps = delivery.steps;
    if (!steps.hold.isEmpty()) {
        object.insert(QStringLiteral("hold"), steps.hold);
        object.insert(QStringLiteral("held_until"), timeOrNull(steps.heldUntil));
    }
    if (steps.hold == QLatin1String("digest")) {
        QJsonArray events;
        for (const QUuid &id : steps.digestEvents)
            events.append(id.toString(QUuid::WithoutBraces));
        object.insert(QStringLiteral("digest"),
                      QJsonObject {{QStringLiteral("count"), int(events.size())},
                                   {QStringLiteral("events"), events}});
    }
    if (!steps.fallback.isEmpty())
        object.insert(QStringLiteral("fallback"),
                      QJsonObject {{QStringLiteral("id"), steps.fallback},
                                   {QStringLiteral("sent"), steps.fallbackSent}});
    if (!steps.fallbackFor.isEmpty())
        object.insert(QStringLiteral("fallback_for"), steps.fallbackFor);
    return object;
}

QJsonObject eventStatusToJson(const Event &event, const QList<DeliveryRecord> &deliveries,
                              const std::optional<Acknowledgement> &ack,
                              const QList<EscalationRecord> &escalations)
{
    QJsonObject object = eventToJson(event);

    QJsonArray deliveryList;
    bool anyDead = false;
    bool allDelivered = !deliveries.isEmpty();
    for (const DeliveryRecord &delivery : deliveries) {
        deliveryList.append(deliveryToJson(delivery));
        anyDead = anyDead || delivery.state == DeliveryState::Dead
            || delivery.openTextState == QLatin1String("failed");
        // A held message cancelled (by an acknowledgement or a later event) is done too.
        allDelivered = allDelivered
            && (delivery.state == DeliveryState::Delivered
                || delivery.state == DeliveryState::Cancelled);
    }
    QString state = eventStateName(event.state);
    if (ack)
        state = QStringLiteral("acknowledged");
    else if (anyDead)
        state = QStringLiteral("failed");
    else if (allDelivered)
        state = QStringLiteral("delivered");
    else if (!deliveries.isEmpty())
        state = QStringLiteral("routed");
    object.insert(QStringLiteral("state"), state);
    object.insert(QStringLiteral("acknowledged"), bool(ack));
    if (ack) {
        // The summary is for people reading the API's answer; its words stay English, like the
        // rest of the API.
        QString summary = QStringLiteral("acknowledged by %1").arg(ack->by);
        if (!ack->via.isEmpty())
            summary += QStringLiteral(" via %1").arg(ack->via);
        summary += QStringLiteral(" at %1").arg(ack->at.toUTC().toString(Qt::ISODateWithMs));
        object.insert(QStringLiteral("acknowledgement"),
                      QJsonObject {{QStringLiteral("at"), timeOrNull(ack->at)},
                                   {QStringLiteral("by"), ack->by},
                                   {QStringLiteral("via"), ack->via},
                                   {QStringLiteral("note"), ack->note},
                                   {QStringLiteral("summary"), summary}});
    }
    object.insert(QStringLiteral("deliveries"), deliveryList);

    // none: no rule asked for acknowledgement; waiting: a tier is still scheduled;
    // acknowledged: stopped by an acknowledgement; exhausted: every tier fired.
    QJsonArray tiers;
    QString escalationState = QStringLiteral("none");
    int fired = 0;
    int scheduled = 0;
    QDateTime nextDue;
    for (const EscalationRecord &tier : escalations) {
        tiers.append(QJsonObject {{QStringLiteral("rule"), tier.rule},
                                  {QStringLiteral("tier"), tier.tier},
                                  {QStringLiteral("due_at"), timeOrNull(tier.dueAt)},
                                  {QStringLiteral("state"), tier.state},
                                  {QStringLiteral("fired_at"), timeOrNull(tier.firedAt)}});
        if (tier.state == QLatin1String("fired"))
            ++fired;
        if (tier.state == QLatin1String("scheduled")) {
            ++scheduled;
            if (!nextDue.isValid() || tier.dueAt < nextDue)
                nextDue = tier.dueAt;
        }
    }
    if (!escalations.isEmpty()) {
        if (ack)
            escalationState = QStringLiteral("acknowledged");
        else if (scheduled > 0)
            escalationState = QStringLiteral("waiting");
        else
            escalationState = QStringLiteral("exhausted");
    }
    object.insert(QStringLiteral("escalation"),
                  QJsonObject {{QStringLiteral("state"), escalationState},
                               {QStringLiteral("tiers_fired"), fired},
                               {QStringLiteral("next_tier_at"), timeOrNull(nextDue)},
                               {QStringLiteral("tiers"), tiers}});
    return object;
}

} // namespace OtBridge
