// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace OtBridge {

// One try at delivering to one destination ("delivery_attempts" in the status document).
struct OpenTextAttempt
{
    QString state; // Sent, Submitted, Error, Pending, InProcess, Cancelled, Expired
    QDateTime firstAttempt;
    QDateTime deliveryTime;
    int gammaCode = 0;
    QJsonObject details; // channel-specific extras (fax: delivery_sec, pages_delivered, ...)
};

// Something the network reported afterwards ("events": sms_delivery_events, email dsn, ...).
struct OpenTextDeliveryEvent
{
    QString kind; // the key it came under, e.g. "sms_delivery_events", "dsn"
    QDateTime time;
    QString status; // e.g. "Confirmed", "Delivered", "Failed", "Bounced"
};

struct OpenTextDestinationStatus
{
    // What became of this destination, judged from its attempts and events.
    enum class State { Pending, Sent, Delivered, Failed };

    QString channelKey; // "email", "sms", "fax", "whatsapp"
    QString address;
    QString ref;
    QList<OpenTextAttempt> attempts;
    QList<OpenTextDeliveryEvent> events;
    QJsonObject details; // everything else, _base64 fields decoded under their plain name
    State state() const;
};

// A job status document, from GET …/status?job_id= or pushed by OpenText's status webhook.
struct OpenTextJobStatus
{
    QString jobId;
    QDateTime entryTime;
    QString billingCode;
    QString customerReference;
    QStringList jobStates; // a set: "Complete", "Posted", "Error", ...
    QList<OpenTextDestinationStatus> deliveries;

    bool isComplete() const; // Complete or Cancelled: nothing more will change
    bool hasError() const;
};

QString stateName(OpenTextDestinationStatus::State state); // "pending", "sent", ...
// The document's status, or the error that says why there is none. Read in one pass
// (readJobStatus()); what that pass is not sure of goes through QJsonDocument and the
// overload below, whose answers and errors are the reference.
Result<OpenTextJobStatus> parseJobStatus(const QByteArray &json);
Result<OpenTextJobStatus> parseJobStatus(const QJsonObject &json);
// The one pass behind parseJobStatus(QByteArray), without QJsonDocument: the status, the
// same in every field as through QJsonDocument, or nothing where it is not sure to be (any
// error, and JSON that it reads more strictly than QJsonDocument). For the tests that
// compare both ways.
std::optional<OpenTextJobStatus> readJobStatus(QByteArrayView json);

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::OpenTextJobStatus)
