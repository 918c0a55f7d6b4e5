// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opentextstatus.h"

#include "config/opentextchannelinfo.h"
#include "json/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <utility>

namespace OtBridge {

using namespace Qt::StringLiterals;

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
QDateTime parseTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QDateTime parseTime(const QJsonValue &value)
{
    return parseTime(value.toString());
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

// From here on: the one pass (readJobStatus()).

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

// Whether a member's name (UTF-8, as JsonReader gives it) is the ASCII name: a comparison
// the compiler makes of a few instructions.
template<qsizetype N> bool is(QByteArrayView key, const char (&name)[N])
{
    return key.size() == N - 1 && memcmp(key.data(), name, N - 1) == 0;
}

bool is(QByteArrayView key, QLatin1StringView name)
{
    return key.size() == name.size() && memcmp(key.data(), name.data(), name.size()) == 0;
}

// parseTime() for the one pass: the form the sandbox writes and OpenText's example shows,
// "2026-03-02T08:15:44.000Z", read here, and "" (the sandbox's time not yet known); everything
// else, and any field out of its everyday range (24:00, a 60th second, 30 February), goes to
// QDateTime::fromString(), whose result this is in every case (tst_opentextstatus compares
// both on the edges). fromString() costs ~3000 instructions a time, five times a document.
QDateTime readTime(QByteArrayView text)
{
    if (text.isEmpty())
        return QDateTime();
    const char *p = text.data();
    const auto isDigits = [p] {
        for (const int at : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22}) {
            if (uchar(p[at] - '0') > 9)
                return false;
        }
        return true;
    };
    if (text.size() != 24 || p[4] != '-' || p[7] != '-' || p[10] != 'T' || p[13] != ':'
        || p[16] != ':' || p[19] != '.' || p[23] != 'Z' || !isDigits()) {
        return parseTime(QString::fromUtf8(text));
    }
    const auto two = [p](int at) {
        return (p[at] - '0') * 10 + (p[at + 1] - '0');
    };
    const int year = two(0) * 100 + two(2);
    const int month = two(5);
    const int day = two(8);
    const int hour = two(11);
    const int minute = two(14);
    const int second = two(17);
    const int msec = two(20) * 10 + (p[22] - '0');
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1
        || day > monthDays[month - 1] + (month == 2 && leap) || hour > 23 || minute > 59
        || second > 59) {
        return parseTime(QString::fromUtf8(text));
    }
    // The days since 1970-01-01, counted in years that begin in March (so that a leap day
    // ends its year): 719468 of them lie before that day.
    const int marchYear = month <= 2 ? year - 1 : year;
    const int marchMonth = month <= 2 ? month + 9 : month - 3;
    const qint64 days = qint64(marchYear) * 365 + marchYear / 4 - marchYear / 100 + marchYear / 400
        + (153 * marchMonth + 2) / 5 + day - 1 - 719468;
    const qint64 msecs = ((days * 24 + hour) * 60 + minute) * 60'000 + second * 1000 + msec;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// Each byte's value as a base64 digit of the standard alphabet, or -1.
constexpr std::array<qint8, 256> base64Values = [] {
    std::array<qint8, 256> values {};
    for (int c = 0; c < 256; ++c)
        values[c] = -1;
    for (int value = 0; value < 64; ++value)
        values[uchar("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[value])]
            = qint8(value);
    return values;
}();

// QByteArray::fromBase64Encoding()'s decoding of the usual form, base64 of the standard
// alphabet padded to a multiple of four, without its allocations; false for anything else,
// which goes to fromBase64Encoding() itself (empty, unpadded, another character: it has rules
// of its own for those).
bool decodeUsualBase64(QByteArrayView text, QVarLengthArray<char, 192> *bytes)
{
    if (text.isEmpty() || text.size() % 4 != 0)
        return false;
    const qsizetype padding = text.endsWith("==") ? 2 : text.endsWith('=') ? 1 : 0;
    const qsizetype digits = text.size() - padding;
    bytes->reserve(text.size() / 4 * 3);
    quint32 bits = 0;
    int count = 0;
    for (qsizetype i = 0; i < digits; ++i) {
        const int value = base64Values[uchar(text.at(i))];
        if (value < 0)
            return false;
        bits = bits << 6 | quint32(value);
        count += 6;
        if (count >= 8) {
            count -= 8;
            bytes->append(char(bits >> count));
            bits &= (1u << count) - 1;
        }
    }
    return true;
}

// The words that come again and again, shared rather than allocated each time (a QString
// literal's text is static).
QString sharedText(QByteArrayView utf8)
{
    struct Word
    {
        QLatin1StringView bytes;
        QString text;
    };
    static const Word common[] = {
        {"Submitted"_L1, u"Submitted"_s},
        {"Sent"_L1, u"Sent"_s},
        {"Error"_L1, u"Error"_s},
        {"Pending"_L1, u"Pending"_s},
        {"InProcess"_L1, u"InProcess"_s},
        {"Cancelled"_L1, u"Cancelled"_s},
        {"Expired"_L1, u"Expired"_s},
        {"Processing"_L1, u"Processing"_s},
        {"Delivering"_L1, u"Delivering"_s},
        {"Complete"_L1, u"Complete"_s},
        {"Posted"_L1, u"Posted"_s},
        {"Confirmed"_L1, u"Confirmed"_s},
        {"Delivered"_L1, u"Delivered"_s},
        {"Failed"_L1, u"Failed"_s},
        {"Read"_L1, u"Read"_s},
        {"Opened"_L1, u"Opened"_s},
        {"Bounced"_L1, u"Bounced"_s},
        {"Rejected"_L1, u"Rejected"_s},
        {"events"_L1, u"events"_s},
        {"dsn"_L1, u"dsn"_s},
        {"html_open"_L1, u"html_open"_s},
        {"sms_delivery_events"_L1, u"sms_delivery_events"_s},
        {"fax_delivery_events"_L1, u"fax_delivery_events"_s},
        {"whatsapp_delivery_events"_L1, u"whatsapp_delivery_events"_s},
    };
    for (const Word &word : common) {
        if (word.bytes.size() == utf8.size()
            && memcmp(word.bytes.data(), utf8.data(), utf8.size()) == 0)
            return word.text;
    }
    return QString::fromUtf8(utf8);
}

// The members of one object that go into its details as they are (not x_base64, decoded):
// their names and values as written, gathered while the object is read, then made into a
// QJsonObject at its end. A QJsonObject costs thousands of instructions per member, and the
// documents bring the same ones again and again (the sandbox: every email destination's
// html_open_tracking, every fax attempt's counts): the last few are kept, per thread, by
// what they were made of.
class Details
{
public:
    // Takes the member at hand: its name, and its value as written (skipped, not built).
    bool add(JsonReader &json)
    {
        QByteArrayView raw;
        append(json.key());
        if (!json.skipValue(&raw))
            return false;
        append(raw);
        return true;
    }

    // The details: the members added, the last of a name winning as in QJsonObject; x_base64's
    // decoded text then replaces a plain x (its name sorts first: QJsonObject's iteration saw
    // it first, parseJobStatus(QJsonObject) inserted it first).
    QJsonObject take(const QVarLengthArray<std::pair<QString, QString>, 2> &decoded)
    {
        QJsonObject details = m_written.isEmpty() ? QJsonObject() : cached();
        for (const auto &[name, text] : decoded)
            details.insert(name, text);
        return details;
    }

private:
    struct Entry
    {
        QByteArray written;
        QJsonObject details;
    };
    static constexpr int cacheSize = 8;
    // Longer ones are made each time: they are rare, and would hold memory.
    static constexpr qsizetype cacheableSize = 1024;

    void append(QByteArrayView bytes)
    {
        const qsizetype size = bytes.size();
        m_written.append(reinterpret_cast<const char *>(&size), sizeof size);
        m_written.append(bytes.data(), bytes.size());
    }

    QJsonObject made() const
    {
        QJsonObject details;
        const char *p = m_written.constData();
        const char *end = p + m_written.size();
        const auto next = [&p] {
            qsizetype size;
            memcpy(&size, p, sizeof size);
            const QByteArrayView bytes(p + sizeof size, size);
            p += sizeof size + size;
            return bytes;
        };
        while (p != end) {
            const QString name = QString::fromUtf8(next());
            // Bytes the document's reader accepted: read alone, the same value.
            JsonReader value(next());
            details.insert(name, value.readValue());
        }
        return details;
    }

    QJsonObject cached() const
    {
        if (m_written.size() > cacheableSize)
            return made();
        static thread_local Entry cache[cacheSize];
        static thread_local int next = 0;
        const QByteArrayView written(m_written.constData(), m_written.size());
        for (const Entry &entry : cache) {
            if (entry.written == written)
                return entry.details;
        }
        Entry &entry = cache[next];
        next = (next + 1) % cacheSize;
        entry.written = written.toByteArray();
        entry.details = made();
        return entry.details;
    }

    QVarLengthArray<char, 256> m_written; // per member: name, value, each its size first
};

// Reads a status document in one pass with JsonReader, straight into OpenTextJobStatus: what
// QJsonDocument::fromJson and parseJobStatus(QJsonObject) make of it, without building the
// document first. Where the two ways could part it gives up instead (read() returns nothing)
// and leaves the document to them: JSON that JsonReader refuses (invalid, or one of the corners
// QJsonDocument is lenient about), whatever parseJobStatus(QJsonObject) refuses (its error
// words are its own), an event list's name beyond ASCII (QJsonObject's order of those is not
// worth copying) and a channel whose address key could be mistaken for another member.
//
// What QJsonObject does that the reading copies: a duplicate member's last value is the one
// that counts (each member read again replaces what the earlier one gave); members come in
// the order of their names (the event lists are sorted so); x_base64, decoded, wins over a
// plain x in details (x sorts first, so its value was replaced).
class StatusReader
{
public:
    explicit StatusReader(QByteArrayView json)
        : m_json(json)
        , m_channels(openTextChannels())
    { }

    std::optional<OpenTextJobStatus> read();

private:
    // A member's last value, when it must be a string: its text, or nothing when it was not a
    // string or not valid base64 (the old path names the error then).
    using Decoded = std::optional<QString>;
    using DecodedDetails = QVarLengthArray<std::pair<QString, QString>, 2>;

    // What a value gives as QJsonValue::toString(): its text, or a null string.
    bool text(QString *text);
    // What parseTime() makes of the value; *isString, when given: whether it is a string.
    bool time(QDateTime *time, bool *isString = nullptr);
    bool base64(Decoded *decoded);
    // One member of an object with details: x_base64 decoded into decoded, the others into
    // details as they are.
    bool detail(Details *details, DecodedDetails *decoded);
    // An array of objects each read by item into a T (an entry that is no object is a T as
    // it is made), as parseJobStatus reads deliveries and their attempts; anything but an array
    // is skipped, and leaves *list empty.
    template<typename T> bool objectList(QList<T> *list, bool (StatusReader::*item)(T *));
    bool deliveries(QList<OpenTextDestinationStatus> *deliveries)
    {
        return objectList(deliveries, &StatusReader::delivery);
    }
    bool delivery(OpenTextDestinationStatus *delivery);
    bool attempts(QList<OpenTextAttempt> *attempts)
    {
        return objectList(attempts, &StatusReader::attempt);
    }
    bool attempt(OpenTextAttempt *attempt);
    bool events(QList<OpenTextDeliveryEvent> *events);
    // The array at hand, its entries events of the list named name (UTF-8).
    bool eventList(QByteArrayView name, QList<OpenTextDeliveryEvent> *events);
    bool event(OpenTextDeliveryEvent *event);
    // The index of the channel whose address key names the member, or -1.
    qsizetype channelOf(QByteArrayView key) const;
    bool channelsAreDistinct() const;

    JsonReader m_json;
    const QList<OpenTextChannelInfo> &m_channels;
};

bool StatusReader::text(QString *text)
{
    if (m_json.peek() != JsonReader::Type::String) {
        *text = QString();
        return m_json.skipValue();
    }
    QByteArrayView utf8;
    if (!m_json.readUtf8(&utf8))
        return false;
    *text = sharedText(utf8);
    return true;
}

bool StatusReader::time(QDateTime *time, bool *isString)
{
    const bool string = m_json.peek() == JsonReader::Type::String;
    if (isString)
        *isString = string;
    if (!string) {
        *time = QDateTime();
        return m_json.skipValue();
    }
    QByteArrayView utf8;
    if (!m_json.readUtf8(&utf8))
        return false;
    *time = readTime(utf8);
    return true;
}

bool StatusReader::base64(Decoded *decoded)
{
    *decoded = std::nullopt;
    if (m_json.peek() != JsonReader::Type::String)
        return m_json.skipValue();
    QByteArrayView utf8;
    if (!m_json.readUtf8(&utf8))
        return false;
    // Beyond ASCII is beyond base64's alphabet, whatever QString::toLatin1() makes of it.
    if (!isAscii(utf8))
        return true;
    QVarLengthArray<char, 192> usual;
    if (decodeUsualBase64(utf8, &usual)) {
        *decoded = QString::fromUtf8(QByteArrayView(usual.constData(), usual.size()));
        return true;
    }
    const auto bytes = QByteArray::fromBase64Encoding(
        QByteArray::fromRawData(utf8.data(), utf8.size()),
        QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (bytes)
        *decoded = QString::fromUtf8(*bytes);
    return true;
}

bool StatusReader::detail(Details *details, DecodedDetails *decoded)
{
    const QByteArrayView key = m_json.key();
    if (!key.endsWith(QByteArrayView(base64Suffix.data(), base64Suffix.size()))
        || key.size() == base64Suffix.size()) {
        return details->add(m_json);
    }
    const QString name = QString::fromUtf8(key.chopped(base64Suffix.size()));
    Decoded text;
    if (!base64(&text) || !text)
        return false;
    const auto same = std::find_if(decoded->begin(), decoded->end(),
                                   [&name](const auto &entry) { return entry.first == name; });
    if (same != decoded->end())
        same->second = *text;
    else
        decoded->append({name, *text});
    return true;
}

qsizetype StatusReader::channelOf(QByteArrayView key) const
{
    if (!isAscii(key)) {
        const QString name = QString::fromUtf8(key);
        for (qsizetype i = 0; i < m_channels.size(); ++i) {
            if (m_channels.at(i).addressKey == name)
                return i;
        }
        return -1;
    }
    for (qsizetype i = 0; i < m_channels.size(); ++i) {
        const QString &name = m_channels.at(i).addressKey;
        if (name.size() == key.size() && name == QLatin1StringView(key))
            return i;
    }
    return -1;
}

// A channel's address key that is also one of the members read otherwise, or one that would
// be decoded as x_base64, would need the old path's order of steps: left to it.
bool StatusReader::channelsAreDistinct() const
{
    return std::none_of(m_channels.cbegin(), m_channels.cend(), [](const auto &channel) {
        const QString &key = channel.addressKey;
        return key == QLatin1String("ref") || key == QLatin1String("ref_base64")
            || key == QLatin1String("delivery_attempts") || key == QLatin1String("events")
            || key.endsWith(base64Suffix);
    });
}

std::optional<OpenTextJobStatus> StatusReader::read()
{
    if (!channelsAreDistinct() || m_json.peek() != JsonReader::Type::Object)
        return std::nullopt;
    OpenTextJobStatus status;
    enum class JobId { Missing, Null, NotText, Text } jobId = JobId::Missing;
    struct EncodedText
    {
        QString plain;
        bool encoded = false;
        Decoded decoded;
    } billingCode, customerReference;

    m_json.beginObject();
    while (m_json.nextMember()) {
        const QByteArrayView key = m_json.key();
        bool sure = true;
        if (is(key, "job_id")) {
            const JsonReader::Type type = m_json.peek();
            if (type == JsonReader::Type::String) {
                jobId = JobId::Text;
                sure = m_json.readString(&status.jobId);
            } else {
                jobId = type == JsonReader::Type::Null ? JobId::Null : JobId::NotText;
                sure = m_json.skipValue();
            }
        } else if (is(key, "entry_time")) {
            sure = time(&status.entryTime);
        } else if (is(key, "billing_code_base64")) {
            billingCode.encoded = true;
            sure = base64(&billingCode.decoded);
        } else if (is(key, "billing_code")) {
            sure = text(&billingCode.plain);
        } else if (is(key, "customer_reference_base64")) {
            customerReference.encoded = true;
            sure = base64(&customerReference.decoded);
        } else if (is(key, "customer_reference")) {
            sure = text(&customerReference.plain);
        } else if (is(key, "job_state")) {
            status.jobStates.clear();
            const JsonReader::Type type = m_json.peek();
            if (type == JsonReader::Type::String) {
                QString state;
                sure = text(&state);
                status.jobStates.append(state);
            } else if (type == JsonReader::Type::Array) {
                m_json.beginArray();
                while (m_json.nextElement()) {
                    if (m_json.peek() != JsonReader::Type::String) {
                        m_json.skipValue();
                        continue;
                    }
                    QString state;
                    if (text(&state))
                        status.jobStates.append(state);
                }
            } else {
                sure = m_json.skipValue();
            }
        } else if (is(key, "deliveries")) {
            sure = deliveries(&status.deliveries);
        } else {
            sure = m_json.skipValue();
        }
        if (!sure)
            return std::nullopt;
    }
    if (!m_json.atEnd())
        return std::nullopt;

    // Whatever parseJobStatus(QJsonObject) refuses, it names.
    if (jobId != JobId::Text || status.jobId.isEmpty())
        return std::nullopt;
    for (auto [field, target] : {std::pair(&billingCode, &status.billingCode),
                                 std::pair(&customerReference, &status.customerReference)}) {
        if (!field->encoded)
            *target = field->plain;
        else if (field->decoded)
            *target = *field->decoded;
        else
            return std::nullopt;
    }
    return status;
}

template<typename T> bool StatusReader::objectList(QList<T> *list, bool (StatusReader::*item)(T *))
{
    list->clear();
    if (m_json.peek() != JsonReader::Type::Array)
        return m_json.skipValue();
    m_json.beginArray();
    while (m_json.nextElement()) {
        T entry;
        if (m_json.peek() == JsonReader::Type::Object) {
            if (!(this->*item)(&entry))
                return false;
        } else if (!m_json.skipValue()) {
            return false;
        }
        list->append(std::move(entry));
    }
    return !m_json.hasError();
}

bool StatusReader::delivery(OpenTextDestinationStatus *delivery)
{
    // Each channel's address member, its last value: its text when it is a string, else its
    // bytes.
    struct Address
    {
        bool present = false;
        bool isString = false;
        QString text;
        QByteArrayView raw;
    };
    QVarLengthArray<Address, 8> addresses(m_channels.size());
    bool refEncoded = false;
    Decoded refDecoded;
    QString ref;
    Details details;
    DecodedDetails decoded;

    m_json.beginObject();
    while (m_json.nextMember()) {
        const QByteArrayView key = m_json.key();
        bool sure = true;
        if (is(key, "ref_base64")) {
            refEncoded = true;
            sure = base64(&refDecoded);
        } else if (is(key, "ref")) {
            sure = text(&ref);
        } else if (is(key, "delivery_attempts")) {
            sure = attempts(&delivery->attempts);
        } else if (is(key, "events")) {
            sure = events(&delivery->events);
        } else if (const qsizetype channel = channelOf(key); channel >= 0) {
            Address &address = addresses[channel];
            address.present = true;
            address.isString = m_json.peek() == JsonReader::Type::String;
            sure = address.isString ? m_json.readString(&address.text)
                                    : m_json.skipValue(&address.raw);
        } else {
            sure = detail(&details, &decoded);
        }
        if (!sure)
            return false;
    }
    if (m_json.hasError())
        return false;

    delivery->details = details.take(decoded);
    // The first channel whose address is a string names the destination; the others' members
    // stay in details, unless an x_base64 member's text took their place.
    bool named = false;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const Address &address = addresses.at(i);
        if (!address.present)
            continue;
        const QString &key = m_channels.at(i).addressKey;
        if (!named && address.isString) {
            named = true;
            delivery->channelKey = key;
            delivery->address = address.text;
        } else if (std::none_of(decoded.cbegin(), decoded.cend(),
                                [&key](const auto &entry) { return entry.first == key; })) {
            delivery->details.insert(key,
                                     address.isString ? QJsonValue(address.text)
                                                      : JsonReader(address.raw).readValue());
        }
    }
    if (refEncoded) {
        if (!refDecoded)
            return false;
        delivery->ref = *refDecoded;
    } else {
        delivery->ref = ref;
    }
    return true;
}

bool StatusReader::attempt(OpenTextAttempt *attempt)
{
    QJsonValue gammaCode(QJsonValue::Undefined);
    Details details;
    DecodedDetails decoded;

    m_json.beginObject();
    while (m_json.nextMember()) {
        const QByteArrayView key = m_json.key();
        bool sure = true;
        if (is(key, "state")) {
            sure = text(&attempt->state);
        } else if (is(key, "first_attempt")) {
            sure = time(&attempt->firstAttempt);
        } else if (is(key, "delivery_time")) {
            sure = time(&attempt->deliveryTime);
        } else if (is(key, "gamma_code")) {
            gammaCode = m_json.readValue();
            sure = !m_json.hasError();
        } else {
            sure = detail(&details, &decoded);
        }
        if (!sure)
            return false;
    }
    if (m_json.hasError())
        return false;
    attempt->gammaCode = toInt(gammaCode);
    attempt->details = details.take(decoded);
    return true;
}

bool StatusReader::events(QList<OpenTextDeliveryEvent> *events)
{
    events->clear();
    const JsonReader::Type type = m_json.peek();
    if (type == JsonReader::Type::Array)
        return eventList("events", events);
    if (type != JsonReader::Type::Object)
        return m_json.skipValue();

    // The lists by the name they come under, one level deep or two (email's), in the order of
    // their names as QJsonObject iterates them: each level's members are gathered (a later
    // duplicate replacing the earlier one), then sorted (their names are ASCII: byte order is
    // QJsonObject's order).
    struct Named
    {
        QByteArray name; // the document's own bytes, unless it had escapes
        bool counts = false; // an array (its events), or an object of arrays (their events)
        QList<OpenTextDeliveryEvent> events;
    };
    using Level = QVarLengthArray<Named, 4>;
    // The name of the member at hand, kept beyond the next key: the document's bytes are.
    const auto name = [this] {
        const QByteArrayView key = m_json.key();
        return m_json.keyHadEscapes() ? key.toByteArray()
                                      : QByteArray::fromRawData(key.data(), key.size());
    };
    const auto add = [](Level *level, Named named) {
        const auto same = std::find_if(level->begin(), level->end(),
                                       [&named](const Named &n) { return n.name == named.name; });
        if (same != level->end())
            level->erase(same);
        level->append(std::move(named));
    };
    const auto flatten = [](Level *level, QList<OpenTextDeliveryEvent> *events) {
        std::sort(level->begin(), level->end(),
                  [](const Named &a, const Named &b) { return a.name < b.name; });
        for (Named &each : *level) {
            if (each.counts)
                events->append(std::move(each.events));
        }
    };
    // The member at hand into level: its events when it is an array; any other value
    // contributes nothing, but replaces an earlier member of the same name all the same.
    const auto list = [this, &name, &add](Level *level) {
        if (!isAscii(m_json.key()))
            return false;
        Named named {name(), false, {}};
        if (m_json.peek() == JsonReader::Type::Array) {
            named.counts = true;
            if (!eventList(named.name, &named.events))
                return false;
        } else if (!m_json.skipValue()) {
            return false;
        }
        add(level, std::move(named));
        return true;
    };

    Level outer;
    m_json.beginObject();
    while (m_json.nextMember()) {
        if (m_json.peek() != JsonReader::Type::Object) {
            if (!list(&outer))
                return false;
            continue;
        }
        if (!isAscii(m_json.key()))
            return false;
        Named named {name(), true, {}};
        Level inner;
        m_json.beginObject();
        while (m_json.nextMember()) {
            if (!list(&inner))
                return false;
        }
        if (m_json.hasError())
            return false;
        flatten(&inner, &named.events);
        add(&outer, std::move(named));
    }
    if (m_json.hasError())
        return false;
    flatten(&outer, events);
    return true;
}

bool StatusReader::eventList(QByteArrayView name, QList<OpenTextDeliveryEvent> *events)
{
    QString kind;
    m_json.beginArray();
    while (m_json.nextElement()) {
        if (kind.isNull())
            kind = sharedText(name);
        OpenTextDeliveryEvent event;
        event.kind = kind;
        if (m_json.peek() == JsonReader::Type::Object) {
            if (!this->event(&event))
                return false;
        } else if (!m_json.skipValue()) {
            return false;
        }
        events->append(std::move(event));
    }
    return !m_json.hasError();
}

bool StatusReader::event(OpenTextDeliveryEvent *event)
{
    // firstString(): the first of the names whose last value is a string.
    const QLatin1StringView timeNames[] = {"event_time"_L1, "time"_L1, "timestamp"_L1};
    const QLatin1StringView statusNames[] = {"status"_L1, "state"_L1, "event"_L1};
    QDateTime times[3];
    QString statuses[3];
    bool timeIsString[3] = {};
    bool statusIsString[3] = {};

    m_json.beginObject();
    while (m_json.nextMember()) {
        const QByteArrayView key = m_json.key();
        int index = 0;
        while (index < 3 && !is(key, timeNames[index]))
            ++index;
        if (index < 3) {
            if (!time(&times[index], &timeIsString[index]))
                return false;
            continue;
        }
        index = 0;
        while (index < 3 && !is(key, statusNames[index]))
            ++index;
        if (index < 3) {
            statusIsString[index] = m_json.peek() == JsonReader::Type::String;
            if (!text(&statuses[index]))
                return false;
        } else if (!m_json.skipValue()) {
            return false;
        }
    }
    if (m_json.hasError())
        return false;
    for (int i = 0; i < 3; ++i) {
        if (timeIsString[i]) {
            event->time = times[i];
            break;
        }
    }
    for (int i = 0; i < 3; ++i) {
        if (statusIsString[i]) {
            event->status = statuses[i];
            break;
        }
    }
    return true;
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

std::optional<OpenTextJobStatus> readJobStatus(QByteArrayView json)
{
    return StatusReader(json).read();
}

Result<OpenTextJobStatus> parseJobStatus(const QByteArray &json)
{
    // The one pass answers for the documents OpenText and the sandbox send; the rest, errors
    // included, QJsonDocument and parseJobStatus(QJsonObject) answer as they always have.
    if (std::optional<OpenTextJobStatus> status = readJobStatus(json))
        return std::move(*status);
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
