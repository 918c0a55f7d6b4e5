// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxjob.h"

#include "json/jsonwriter.h"

namespace OtBridge {

using namespace Qt::StringLiterals;

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

// The member that names a destination's address: the channel's name.
const char *channelKey(SandboxChannel channel)
{
    switch (channel) {
    case SandboxChannel::Email:
        return "email";
    case SandboxChannel::Sms:
        return "sms";
    case SandboxChannel::Fax:
        return "fax";
    case SandboxChannel::WhatsApp:
        return "whatsapp";
    }
    return "email";
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

QByteArray SandboxJob::statusDocument() const
{
    JsonWriter json;
    json.beginObject()
        .key("job_id"_L1)
        .value(id)
        .key("entry_time"_L1)
        .value(isoTime(entryTime))
        .key("billing_code_base64"_L1)
        .value(base64(billingCode))
        .key("job_state"_L1)
        .values(jobState());
    if (hasCustomerReference)
        json.key("customer_reference_base64"_L1).value(base64(customerReference));

    json.key("deliveries"_L1).beginArray();
    const QString sent = stage == Stage::Submitted ? QString() : isoTime(sentTime);
    const QString complete = stage == Stage::Complete ? isoTime(completeTime) : QString();
    for (const SandboxDestination &destination : destinations) {
        const bool failed = stage == Stage::Complete && destination.fails;
        json.beginObject()
            .key("ref_base64"_L1)
            .value(base64(destination.ref))
            .key(QLatin1StringView(channelKey(channel)))
            .value(destination.address);

        json.key("delivery_attempts"_L1).beginArray().beginObject();
        if (stage == Stage::Submitted) {
            json.key("state"_L1)
                .value("Submitted"_L1)
                .key("first_attempt"_L1)
                .value(""_L1)
                .key("delivery_time"_L1)
                .value(""_L1)
                .key("gamma_code"_L1)
                .value(0);
        } else {
            json.key("state"_L1)
                .value(failed ? "Error"_L1 : "Sent"_L1)
                .key("first_attempt"_L1)
                .value(sent)
                .key("delivery_time"_L1)
                .value(failed ? complete : sent)
                .key("gamma_code"_L1)
                .value(failed ? errorGammaCode : 0);
        }
        if (channel == SandboxChannel::Fax) {
            const bool delivered = stage != Stage::Submitted && !failed;
            json.key("delivery_sec"_L1)
                .value(delivered ? faxPages * faxSecondsPerPage : 0)
                .key("pages_delivered"_L1)
                .value(delivered ? faxPages : 0)
                .key("baud_rate"_L1)
                .value(delivered ? faxBaudRate : 0)
                .key("rcsid"_L1)
                .value(delivered ? QStringView(destination.address) : QStringView());
        }
        json.endObject().endArray();

        // The events of a complete job: its one delivery event.
        const auto events = [&] {
            json.beginArray();
            if (stage == Stage::Complete) {
                json.beginObject()
                    .key("event_time"_L1)
                    .value(complete)
                    .key("status"_L1)
                    .value(failed ? "Failed"_L1 : "Confirmed"_L1)
                    .endObject();
            }
            json.endArray();
        };
        json.key("events"_L1).beginObject();
        switch (channel) {
        case SandboxChannel::Email:
            json.key("email_delivery_events"_L1).beginObject().key("dsn"_L1);
            events();
            json.key("html_open"_L1).beginArray().endArray();
            json.key("pull"_L1).beginArray().endArray().endObject();
            break;
        case SandboxChannel::Sms:
            json.key("sms_delivery_events"_L1);
            events();
            break;
        case SandboxChannel::Fax:
            json.key("fax_delivery_events"_L1);
            events();
            break;
        case SandboxChannel::WhatsApp:
            json.key("whatsapp_delivery_events"_L1);
            events();
            break;
        }
        json.endObject();
        if (channel == SandboxChannel::Email) {
            json.key("html_open_tracking"_L1)
                .beginObject()
                .key("total_open_count"_L1)
                .value(0)
                .key("distinct_open_count"_L1)
                .value(0)
                .endObject();
        }
        json.endObject();
    }
    json.endArray().endObject();
    return json.take();
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
