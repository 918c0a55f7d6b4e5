// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxchannel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace OtBridge {

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
    // Compact JSON, written directly (JsonWriter): three per message under a burst.
    QByteArray statusDocument() const;
    // The inbox's [{address, ref, state}].
    QJsonArray inboxDestinations() const;
};

} // namespace OtBridge
