// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxjob.h"

namespace OtBridge {

namespace {

// OpenText documents no gamma code values; any non-zero one marks the failure here.
constexpr int errorGammaCode = 1;
constexpr int faxBaudRate = 14400;
constexpr int faxSecondsPerPage = 20;

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString base64(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64());
}

QJsonObject eventAt(const QDateTime &time, const QString &status)
{
    return {{QStringLiteral("event_time"), isoTime(time)}, {QStringLiteral("status"), status}};
}

} // namespace

bool SandboxJob::hasError() const
{
    for (const SandboxDestination &destination : destinations) {
        if (destination.fails)
            return true;
    }
    return false;
}

QStringList SandboxJob::jobState() const
{
    switch (stage) {
    case Stage::Submitted:
        return {QStringLiteral("Processing")};
    case Stage::Sent:
        return {QStringLiteral("Delivering")};
    case Stage::Complete:
        return {QStringLiteral("Complete"),
                hasError() ? QStringLiteral("Error") : QStringLiteral("Posted")};
    }
    return {};
}

QString SandboxJob::destinationState(const SandboxDestination &destination) const
{
    switch (stage) {
    case Stage::Submitted:
        return QStringLiteral("Submitted");
    case Stage::Sent:
        return QStringLiteral("Sent");
    case Stage::Complete:
        return destination.fails ? QStringLiteral("Error") : QStringLiteral("Confirmed");
    }
    return {};
}

QJsonObject SandboxJob::statusDocument() const
{
    QJsonArray deliveries;
    for (const SandboxDestination &destination : destinations) {
        const bool failed = stage == Stage::Complete && destination.fails;
        QJsonObject attempt;
        switch (stage) {
        case Stage::Submitted:
            attempt = {{QStringLiteral("state"), QStringLiteral("Submitted")},
                       {QStringLiteral("first_attempt"), QString()},
                       {QStringLiteral("delivery_time"), QString()},
                       {QStringLiteral("gamma_code"), 0}};
            break;
        case Stage::Sent:
        case Stage::Complete:
            attempt = {{QStringLiteral("state"),
                        failed ? QStringLiteral("Error") : QStringLiteral("Sent")},
                       {QStringLiteral("first_attempt"), isoTime(sentTime)},
                       {QStringLiteral("delivery_time"), isoTime(failed ? completeTime : sentTime)},
                       {QStringLiteral("gamma_code"), failed ? errorGammaCode : 0}};
            break;
        }
        if (channel == SandboxChannel::Fax) {
            const bool delivered = stage != Stage::Submitted && !failed;
            attempt.insert(QStringLiteral("delivery_sec"),
                           delivered ? faxPages * faxSecondsPerPage : 0);
            attempt.insert(QStringLiteral("pages_delivered"), delivered ? faxPages : 0);
            attempt.insert(QStringLiteral("baud_rate"), delivered ? faxBaudRate : 0);
            attempt.insert(QStringLiteral("rcsid"), delivered ? destination.address : QString());
        }

        QJsonArray events;
        if (stage == Stage::Complete)
            events.append(eventAt(completeTime,
                                  failed ? QStringLiteral("Failed") : QStringLiteral("Confirmed")));
        QJsonObject eventGroups;
        switch (channel) {
        case SandboxChannel::Email:
            eventGroups.insert(QStringLiteral("email_delivery_events"),
                               QJsonObject {{QStringLiteral("dsn"), events},
                                            {QStringLiteral("html_open"), QJsonArray()},
                                            {QStringLiteral("pull"), QJsonArray()}});
            break;
        case SandboxChannel::Sms:
            eventGroups.insert(QStringLiteral("sms_delivery_events"), events);
            break;
        case SandboxChannel::Fax:
            eventGroups.insert(QStringLiteral("fax_delivery_events"), events);
            break;
        case SandboxChannel::WhatsApp:
            eventGroups.insert(QStringLiteral("whatsapp_delivery_events"), events);
            break;
        }

        QJsonObject delivery {{QStringLiteral("ref_base64"), base64(destination.ref)},
                              {channelName(channel), destination.address},
                              {QStringLiteral("delivery_attempts"), QJsonArray {attempt}},
                              {QStringLiteral("events"), eventGroups}};
        if (channel == SandboxChannel::Email)
            delivery.insert(QStringLiteral("html_open_tracking"),
                            QJsonObject {{QStringLiteral("total_open_count"), 0},
                                         {QStringLiteral("distinct_open_count"), 0}});
        deliveries.append(delivery);
    }

    QJsonObject document {{QStringLiteral("job_id"), id},
                          {QStringLiteral("entry_time"), isoTime(entryTime)},
                          {QStringLiteral("billing_code_base64"), base64(billingCode)},
                          {QStringLiteral("job_state"), QJsonArray::fromStringList(jobState())},
                          {QStringLiteral("deliveries"), deliveries}};
    if (hasCustomerReference)
        document.insert(QStringLiteral("customer_reference_base64"), base64(customerReference));
    return document;
}

QJsonArray SandboxJob::inboxDestinations() const
{
    QJsonArray list;
    for (const SandboxDestination &destination : destinations) {
        list.append(QJsonObject {{QStringLiteral("address"), destination.address},
                                 {QStringLiteral("ref"), destination.ref},
                                 {QStringLiteral("state"), destinationState(destination)}});
    }
    return list;
}

} // namespace OtBridge
