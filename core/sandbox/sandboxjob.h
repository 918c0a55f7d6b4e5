// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxchannel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace OtBridge {

// QDateTime::toString(Qt::ISODateWithMs) of the time in UTC ("2026-11-20T09:14:03.042Z"), empty
// for an invalid time: written digit by digit, as Qt's own goes through QString::asprintf twice
// and was a twentieth of the sandbox thread's time.
QString sandboxIsoTime(const QDateTime &time);

struct SandboxDestination
{
    QString address;
    QString ref;
    bool fails = false; // the address matches the sandbox's error pattern
};

// One accepted submit, moving Submitted -> Sent -> Complete as the sandbox's timers fire.
struct SandboxJob
{
    enum class Stage { Submitted, Sent, Complete };

    QString id;
    SandboxChannel channel = SandboxChannel::Email;
    QString submitId; // X-MRA-SubmitId, if the client sent one
    QDateTime entryTime;
    QDateTime sentTime;
    QDateTime completeTime;
    QString billingCode;
    QString customerReference;
    bool hasCustomerReference = false;
    QList<SandboxDestination> destinations;
    int faxPages = 0; // all documents together
    Stage stage = Stage::Submitted;

    bool hasError() const;
    // "Processing", then "Delivering", then "Complete" with "Posted" or "Error".
    QStringList jobState() const;
    // What the inbox shows per destination: Submitted, Sent, Confirmed or Error.
    QString destinationState(const SandboxDestination &destination) const;
    // The document GET …/status answers and the status webhook receives, in OpenText's schema.
    // Compact JSON, three per message under a burst: what the three share comes from
    // keepDocumentParts() where it was called, only the stage's parts are written each time.
    QByteArray statusDocument() const;
    // The inbox's [{address, ref, state}].
    QJsonArray inboxDestinations() const;

    // Writes the parts of statusDocument() that stay the same over the job's life (its id,
    // entry time, billing code, customer reference and destinations, quoted and in base64)
    // once, and keeps them: call it when those fields are set, and change them no more.
    void keepDocumentParts();

    struct DocumentParts;
    // Shared by the job's copies (the sandbox pushes a snapshot of the job); null: none kept.
    std::shared_ptr<const DocumentParts> documentParts;
};

} // namespace OtBridge
