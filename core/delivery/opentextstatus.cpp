// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opentextstatus.h"

#include "config/opentextchannelinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

#include <algorithm>
#include <optional>

namespace OtBridge {

namespace {

const QLatin1String base64Suffix("_base64");

bool containsName(const QStringList &names, const QString &value)
{
    return names.contains(value, Qt::CaseInsensitive);
}

QString indexed(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

QString joined(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// The status API sends text fields base64-encoded so that any charset survives; the
// documents seen carry UTF-8.
std::optional<QString> decodeBase64(const QJsonValue &value, const QString &path, QString *error)
{
    if (!value.isString()) {
        *error = QObject::tr("job status: %1 is not a string").arg(path);
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(),
        QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = QObject::tr("job status: %1 is not valid base64").arg(path);
        return std::nullopt;
    }
    return QString::fromUtf8(*decoded);
}

// OpenText's times are ISO-8601 ("2023-08-21T09:25:26.000Z"); anything else is left invalid
// rather than failing the whole document.
QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString firstString(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
    }
    return QString();
}

// Copies the fields not handled elsewhere into details, decoding x_base64 to x.
bool collectDetails(const QJsonObject &object, const QString &path,
                    std::initializer_list<const char *> handled, QJsonObject *details,
                    QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (std::any_of(handled.begin(), handled.end(),
                        [&key](const char *name) { return key == QLatin1String(name); }))
            continue;
        if (key.endsWith(base64Suffix) && key.size() > base64Suffix.size()) {
            const auto decoded = decodeBase64(it.value(), joined(path, key), error);
            if (!decoded)
                return false;
            details->insert(key.chopped(base64Suffix.size()), *decoded);
        } else {
            details->insert(key, it.value());
        }
    }
    return true;
}

int toInt(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toInt();
    return value.toInt();
}

bool parseAttempts(const QJsonValue &value, const QString &path, QList<OpenTextAttempt> *attempts,
                   QString *error)
{
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        OpenTextAttempt attempt;
        attempt.state = object.value(QLatin1String("state")).toString();
        attempt.firstAttempt = parseTime(object.value(QLatin1String("first_attempt")));
        attempt.deliveryTime = parseTime(object.value(QLatin1String("delivery_time")));
        attempt.gammaCode = toInt(object.value(QLatin1String("gamma_code")));
        if (!collectDetails(object, indexed(path, i),
                            {"state", "first_attempt", "delivery_time", "gamma_code"},
                            &attempt.details, error))
            return false;
        attempts->append(attempt);
    }
    return true;
}

void appendEvents(const QString &kind, const QJsonArray &array,
                  QList<OpenTextDeliveryEvent> *events)
{
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        OpenTextDeliveryEvent event;
        event.kind = kind;
        event.time
            = parseTime(QJsonValue(firstString(object, {"event_time", "time", "timestamp"})));
        event.status = firstString(object, {"status", "state", "event"});
        events->append(event);
    }
}

// Every array under "events" is a list of events named by its key. Email nests them one level
// deeper (email_delivery_events{dsn[], html_open[], pull[]}), SMS does not.
void parseEvents(const QJsonValue &value, QList<OpenTextDeliveryEvent> *events)
{
    if (value.isArray()) {
        appendEvents(QStringLiteral("events"), value.toArray(), events);
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray()) {
            appendEvents(it.key(), it.value().toArray(), events);
        } else if (it.value().isObject()) {
            const QJsonObject nested = it.value().toObject();
            for (auto inner = nested.begin(); inner != nested.end(); ++inner) {
                if (inner.value().isArray())
                    appendEvents(inner.key(), inner.value().toArray(), events);
            }
        }
    }
}

bool parseDelivery(const QJsonObject &object, const QString &path,
                   OpenTextDestinationStatus *delivery, QString *error)
{
    for (const OpenTextChannelInfo &channel : openTextChannels()) {
        const QJsonValue address = object.value(channel.addressKey);
        if (address.isString()) {
            delivery->channelKey = channel.addressKey;
            delivery->address = address.toString();
            break;
        }
    }
    if (object.contains(QLatin1String("ref_base64"))) {
        const auto ref = decodeBase64(object.value(QLatin1String("ref_base64")),
                                      joined(path, QStringLiteral("ref_base64")), error);
        if (!ref)
            return false;
        delivery->ref = *ref;
    } else {
        delivery->ref = object.value(QLatin1String("ref")).toString();
    }
    if (!parseAttempts(object.value(QLatin1String("delivery_attempts")),
                       joined(path, QStringLiteral("delivery_attempts")), &delivery->attempts,
                       error))
        return false;
    parseEvents(object.value(QLatin1String("events")), &delivery->events);

    QJsonObject rest = object;
    rest.remove(QLatin1String("ref"));
    rest.remove(QLatin1String("ref_base64"));
    if (!delivery->channelKey.isEmpty())
        rest.remove(delivery->channelKey);
    return collectDetails(rest, path, {"delivery_attempts", "events"}, &delivery->details, error);
}

QStringList parseJobStates(const QJsonValue &value)
{
    // A set by the contract, but a lone string has been seen in pushed documents.
    if (value.isString())
        return {value.toString()};
    QStringList states;
    for (const QJsonValue &state : value.toArray()) {
        if (state.isString())
            states.append(state.toString());
    }
    return states;
}

} // namespace

OpenTextDestinationStatus::State OpenTextDestinationStatus::state() const
{
    static const QStringList failedEvents {
        QStringLiteral("Failed"),        QStringLiteral("Bounced"), QStringLiteral("Rejected"),
        QStringLiteral("Undeliverable"), QStringLiteral("Error"),   QStringLiteral("Expired")};
    static const QStringList failedAttempts {QStringLiteral("Error"), QStringLiteral("Cancelled"),
                                             QStringLiteral("Expired")};
    static const QStringList deliveredEvents {QStringLiteral("Confirmed"),
                                              QStringLiteral("Delivered"), QStringLiteral("Read"),
                                              QStringLiteral("Opened")};

    const QString lastAttempt = attempts.isEmpty() ? QString() : attempts.constLast().state;
    const auto eventSays = [this](const QStringList &statuses) {
        return std::any_of(events.cbegin(), events.cend(), [&statuses](const auto &event) {
            return containsName(statuses, event.status);
        });
    };
    if (eventSays(failedEvents) || containsName(failedAttempts, lastAttempt))
        return State::Failed;
    if (eventSays(deliveredEvents))
        return State::Delivered;
    if (lastAttempt.compare(QLatin1String("Sent"), Qt::CaseInsensitive) == 0)
        return State::Sent;
    return State::Pending;
}

bool OpenTextJobStatus::isComplete() const
{
    return containsName(jobStates, QStringLiteral("Complete"))
        || containsName(jobStates, QStringLiteral("Cancelled"));
}

bool OpenTextJobStatus::hasError() const
{
    if (containsName(jobStates, QStringLiteral("Error")))
        return true;
    return std::any_of(deliveries.cbegin(), deliveries.cend(), [](const auto &delivery) {
        return delivery.state() == OpenTextDestinationStatus::State::Failed;
    });
}

QString stateName(OpenTextDestinationStatus::State state)
{
    switch (state) {
    case OpenTextDestinationStatus::State::Pending:
        return QStringLiteral("pending");
    case OpenTextDestinationStatus::State::Sent:
        return QStringLiteral("sent");
    case OpenTextDestinationStatus::State::Delivered:
        return QStringLiteral("delivered");
    case OpenTextDestinationStatus::State::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

Result<OpenTextJobStatus> parseJobStatus(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<OpenTextJobStatus>::failure(
            QObject::tr("job status: not valid JSON: %1 at offset %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return Result<OpenTextJobStatus>::failure(QObject::tr("job status: not a JSON object"));
    return parseJobStatus(document.object());
}

Result<OpenTextJobStatus> parseJobStatus(const QJsonObject &json)
{
    using Failure = Result<OpenTextJobStatus>;
    OpenTextJobStatus status;
    QString error;

    const QJsonValue jobId = json.value(QLatin1String("job_id"));
    if (jobId.isUndefined() || jobId.isNull())
        return Failure::failure(QObject::tr("job status: job_id is missing"));
    if (!jobId.isString())
        return Failure::failure(QObject::tr("job status: job_id is not a string"));
    status.jobId = jobId.toString();
    if (status.jobId.isEmpty())
        return Failure::failure(QObject::tr("job status: job_id is empty"));

    status.entryTime = parseTime(json.value(QLatin1String("entry_time")));

    const struct
    {
        const char *encoded;
        const char *plain;
        QString *target;
    } texts[] = {
        {"billing_code_base64", "billing_code", &status.billingCode},
        {"customer_reference_base64", "customer_reference", &status.customerReference},
    };
    for (const auto &text : texts) {
        if (json.contains(QLatin1String(text.encoded))) {
            const auto decoded = decodeBase64(json.value(QLatin1String(text.encoded)),
                                              QString::fromLatin1(text.encoded), &error);
            if (!decoded)
                return Failure::failure(error);
            *text.target = *decoded;
        } else {
            *text.target = json.value(QLatin1String(text.plain)).toString();
        }
    }

    status.jobStates = parseJobStates(json.value(QLatin1String("job_state")));

    const QJsonArray deliveries = json.value(QLatin1String("deliveries")).toArray();
    for (qsizetype i = 0; i < deliveries.size(); ++i) {
        OpenTextDestinationStatus delivery;
        if (!parseDelivery(deliveries.at(i).toObject(), indexed(QStringLiteral("deliveries"), i),
                           &delivery, &error))
            return Failure::failure(error);
        status.deliveries.append(delivery);
    }
    return status;
}

} // namespace OtBridge
