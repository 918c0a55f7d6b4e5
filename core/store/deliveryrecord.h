// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/deliveryrequest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace OtBridge {

// pending: not tried yet, or replayed; retrying: failed at least once, another attempt is
// scheduled; delivered: the target took it; dead: permanent failure or out of attempts.
// cancelled: held by a delay step and cancelled before it went (an acknowledgement, or a later
// event matching the step's cancel_when); never sent.
enum class DeliveryState { Pending, Retrying, Delivered, Dead, Cancelled };
// "pending", "retrying", "delivered", "dead", "cancelled"
QString deliveryStateName(DeliveryState state);
std::optional<DeliveryState> deliveryStateFromName(const QString &name);
// Every state's name, in the order above.
QStringList deliveryStateNames();

// How a delivery came to be, for the status API and the console (DeliveryStore reads it with
// an event's deliveries; empty for a plain one).
struct DeliverySteps
{
    QString hold; // as NewDelivery::hold
    QDateTime heldUntil; // when it was (or is) due to go
    QList<QUuid> digestEvents; // a digest's events, in the order they came
    QString fallbackFor; // a fallback: the delivery that failed
    QString fallback; // the fallback this delivery has armed or sent; empty: none
    bool fallbackSent = false;
};

struct DeliveryAttempt
{
    // Written: the attempt of the current round (the store numbers the history itself).
    // Read back: the place in the delivery's whole history, 1, 2, …, which goes on counting
    // after a replay, while DeliveryRecord::attempts starts again at 0.
    int number = 0;
    QDateTime startedAt;
    qint64 durationMs = 0;
    QString outcome; // "delivered", "retry", "failed"
    int httpStatus = 0;
    QString error;
    QString response; // the first bytes of the answer, for the console
};

struct DeliveryRecord
{
    QString id;
    QUuid eventId;
    QString rule;
    int actionIndex = 0;
    int tier = 0;
    QString target;
    DeliveryState state = DeliveryState::Pending;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime nextAttemptAt; // invalid once delivered or dead
    QString lastError;
    QString openTextJobId; // the job id; several, space-separated, when a fan-out was split
    QString openTextState; // "pending", "sent", "delivered", "failed"; empty before a job
    // What to send. Read whole where it is sent or shown (leases, an event's deliveries, one
    // delivery by id); the record a write hands back after an attempt or an OpenText state
    // carries only its kind and target (parsing it there was a tenth of the writer's time).
    DeliveryRequest request;
    // Why the stored request could not be read (a file from a newer version, a damaged row);
    // the dispatcher then fails the delivery with it rather than send something else.
    QString requestError;
    DeliverySteps steps = {}; // filled by DeliveryStore::deliveriesForEvent only
};

struct Acknowledgement
{
    QDateTime at;
    QString by; // who: "api", "console", a user name, the recipient of an acknowledgement link
    QString note;
    QString via; // how: "api", "console", "link"; empty for acknowledgements stored before
};

} // namespace OtBridge
