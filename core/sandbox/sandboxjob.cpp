// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxjob.h"

#include "json/jsonwriter.h"

#include <algorithm>
#include <charconv>

namespace OtBridge {

namespace {

// OpenText documents no gamma code values; any non-zero one marks the failure here.
constexpr int errorGammaCode = 1;
constexpr int faxBaudRate = 14400;
constexpr int faxSecondsPerPage = 20;
constexpr qint64 msecsPerDay = 24 * 3600 * 1000;
constexpr qint64 julianDayOfEpoch = 2440588; // 1970-01-01
constexpr qsizetype isoTimeLength = 24; // yyyy-MM-ddTHH:mm:ss.zzzZ

void writeDigits(char *out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

// The valid time in UTC as Qt::ISODateWithMs writes it, into out; false for a year outside 1 to
// 9999, which Qt writes its own way (as nothing). The date is Qt's own (QDate), so its calendar
// is Qt's too.
bool writeIsoTime(const QDateTime &time, char *out)
{
    const qint64 msecs = time.toMSecsSinceEpoch();
    qint64 days = msecs / msecsPerDay;
    qint64 msecOfDay = msecs % msecsPerDay;
    if (msecOfDay < 0) {
        msecOfDay += msecsPerDay;
        --days;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(days + julianDayOfEpoch).getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return false;
    const int msecOfDayInt = int(msecOfDay);
    writeDigits(out, year, 4);
    out[4] = '-';
    writeDigits(out + 5, month, 2);
    out[7] = '-';
    writeDigits(out + 8, day, 2);
    out[10] = 'T';
    writeDigits(out + 11, msecOfDayInt / 3'600'000, 2);
    out[13] = ':';
    writeDigits(out + 14, msecOfDayInt / 60'000 % 60, 2);
    out[16] = ':';
    writeDigits(out + 17, msecOfDayInt / 1000 % 60, 2);
    out[19] = '.';
    writeDigits(out + 20, msecOfDayInt % 1000, 3);
    out[23] = 'Z';
    return true;
}

// The text as a JSON string, quotes included, escaped the way every other document of the
// sandbox is (JsonWriter). ASCII that needs no escape, as ids, addresses and refs mostly are,
// is copied between the quotes.
void appendQuoted(QByteArray &out, QStringView text)
{
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x80 && c != u'"' && c != u'\\';
    });
    if (plain) {
        out.append('"');
        const qsizetype start = out.size();
        out.resize(start + text.size());
        char *to = out.data() + start;
        for (const QChar c : text)
            *to++ = char(c.unicode());
        out.append('"');
        return;
    }
    JsonWriter json;
    json.value(text);
    out.append(json.take());
}

// A time as the documents quote it: "" for none, else its ISO text, without an allocation.
class QuotedTime
{
public:
    explicit QuotedTime(const QDateTime &time)
    {
        if (!time.isValid()) {
            m_text[0] = m_text[1] = '"';
            m_size = 2;
        } else if (writeIsoTime(time, m_text + 1)) {
            m_text[0] = m_text[isoTimeLength + 1] = '"';
            m_size = isoTimeLength + 2;
        } else {
            appendQuoted(m_other, sandboxIsoTime(time));
        }
    }
    QByteArrayView view() const
    {
        return m_size > 0 ? QByteArrayView(m_text, m_size) : QByteArrayView(m_other);
    }

private:
    char m_text[isoTimeLength + 2];
    qsizetype m_size = 0;
    QByteArray m_other; // a year Qt writes its own way
};

// As JsonWriter writes a number.
void appendNumber(QByteArray &out, int number)
{
    char digits[16];
    const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, number);
    out.append(digits, end.ptr - digits);
}

void appendQuotedBase64(QByteArray &out, const QString &text)
{
    // Base64 needs no escaping: its quoted form is the quotes around it.
    out.append('"').append(text.toUtf8().toBase64()).append('"');
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

// The member of a delivery's events that holds its channel's events.
const char *eventsKey(SandboxChannel channel)
{
    switch (channel) {
    case SandboxChannel::Email:
        return "email_delivery_events";
    case SandboxChannel::Sms:
        return "sms_delivery_events";
    case SandboxChannel::Fax:
        return "fax_delivery_events";
    case SandboxChannel::WhatsApp:
        return "whatsapp_delivery_events";
    }
    return "email_delivery_events";
}

} // namespace

QString sandboxIsoTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    char text[isoTimeLength];
    if (writeIsoTime(time, text))
        return QString::fromLatin1(text, isoTimeLength);
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The document's fixed parts, each written as it appears in it.
struct SandboxJob::DocumentParts
{
    struct Destination
    {
        // {"ref_base64":"…","email":"…","delivery_attempts":[{
        QByteArray head;
        QByteArray quotedAddress; // a fax's rcsid
    };

    // {"job_id":"…","entry_time":"…","billing_code_base64":"…","job_state":
    QByteArray head;
    // ,"customer_reference_base64":"…" or nothing
    QByteArray customerReference;
    QList<Destination> destinations;
    qsizetype bytes = 0; // all of the above
};

namespace {

std::shared_ptr<const SandboxJob::DocumentParts> partsOf(const SandboxJob &job)
{
    // Base64 takes four bytes for three, quoting and escaping a few more.
    const auto room = [](const QString &text) {
        return text.size() * 2 + 8;
    };
    auto parts = std::make_shared<SandboxJob::DocumentParts>();
    QByteArray &head = parts->head;
    head.reserve(96 + room(job.id) + room(job.billingCode));
    head.append("{\"job_id\":");
    appendQuoted(head, job.id);
    head.append(",\"entry_time\":").append(QuotedTime(job.entryTime).view());
    head.append(",\"billing_code_base64\":");
    appendQuotedBase64(head, job.billingCode);
    head.append(",\"job_state\":");
    if (job.hasCustomerReference) {
        parts->customerReference.reserve(32 + room(job.customerReference));
        parts->customerReference.append(",\"customer_reference_base64\":");
        appendQuotedBase64(parts->customerReference, job.customerReference);
    }
    parts->bytes = head.size() + parts->customerReference.size();
    const char *addressKey = channelKey(job.channel);
    parts->destinations.reserve(job.destinations.size());
    for (const SandboxDestination &destination : job.destinations) {
        SandboxJob::DocumentParts::Destination part;
        part.quotedAddress.reserve(room(destination.address));
        appendQuoted(part.quotedAddress, destination.address);
        part.head.reserve(64 + room(destination.ref) + part.quotedAddress.size());
        part.head.append("{\"ref_base64\":");
        appendQuotedBase64(part.head, destination.ref);
        part.head.append(",\"").append(addressKey).append("\":").append(part.quotedAddress);
        part.head.append(",\"delivery_attempts\":[{");
        parts->bytes += part.head.size() + part.quotedAddress.size();
        parts->destinations.append(std::move(part));
    }
    return parts;
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

void SandboxJob::keepDocumentParts()
{
    documentParts = partsOf(*this);
}

QByteArray SandboxJob::statusDocument() const
{
    // Kept parts for other destinations than these would be a caller's mistake: written afresh.
    const std::shared_ptr<const DocumentParts> parts
        = documentParts && documentParts->destinations.size() == destinations.size()
        ? documentParts
        : partsOf(*this);
    // The stage's times, quoted; empty quotes where the stage has none yet.
    const QuotedTime sentText(stage == Stage::Submitted ? QDateTime() : sentTime);
    const QuotedTime completeText(stage == Stage::Complete ? completeTime : QDateTime());
    const QByteArrayView sent = sentText.view();
    const QByteArrayView complete = completeText.view();

    // What a destination adds beside its fixed parts, at most: the attempt, the fax's figures,
    // its events and the email's open tracking.
    constexpr qsizetype perDestination = 400;
    QByteArray out;
    out.reserve(parts->bytes + 64
                + destinations.size() * (perDestination + 2 * sent.size() + 2 * complete.size()));
    out.append(parts->head);
    switch (stage) {
    case Stage::Submitted:
        out.append("[\"Processing\"]");
        break;
    case Stage::Sent:
        out.append("[\"Delivering\"]");
        break;
    case Stage::Complete:
        out.append(hasError() ? "[\"Complete\",\"Error\"]" : "[\"Complete\",\"Posted\"]");
        break;
    }
    out.append(parts->customerReference);
    out.append(",\"deliveries\":[");
    for (qsizetype i = 0; i < destinations.size(); ++i) {
        const SandboxDestination &destination = destinations.at(i);
        const DocumentParts::Destination &part = parts->destinations.at(i);
        const bool failed = stage == Stage::Complete && destination.fails;
        if (i > 0)
            out.append(',');
        out.append(part.head);
        if (stage == Stage::Submitted) {
            out.append("\"state\":\"Submitted\",\"first_attempt\":\"\",\"delivery_time\":\"\","
                       "\"gamma_code\":0");
        } else {
            out.append(failed ? "\"state\":\"Error\",\"first_attempt\":"
                              : "\"state\":\"Sent\",\"first_attempt\":");
            out.append(sent).append(",\"delivery_time\":").append(failed ? complete : sent);
            out.append(",\"gamma_code\":");
            appendNumber(out, failed ? errorGammaCode : 0);
        }
        if (channel == SandboxChannel::Fax) {
            const bool delivered = stage != Stage::Submitted && !failed;
            out.append(",\"delivery_sec\":");
            appendNumber(out, delivered ? faxPages * faxSecondsPerPage : 0);
            out.append(",\"pages_delivered\":");
            appendNumber(out, delivered ? faxPages : 0);
            out.append(",\"baud_rate\":");
            appendNumber(out, delivered ? faxBaudRate : 0);
            out.append(",\"rcsid\":")
                .append(delivered ? QByteArrayView(part.quotedAddress) : "\"\"");
        }
        out.append("}],\"events\":{\"").append(eventsKey(channel)).append("\":");
        if (channel == SandboxChannel::Email)
            out.append("{\"dsn\":");
        // The events of a complete job: its one delivery event.
        if (stage == Stage::Complete) {
            out.append("[{\"event_time\":")
                .append(complete)
                .append(failed ? ",\"status\":\"Failed\"}]" : ",\"status\":\"Confirmed\"}]");
        } else {
            out.append("[]");
        }
        if (channel == SandboxChannel::Email) {
            out.append(",\"html_open\":[],\"pull\":[]}},\"html_open_tracking\":"
                       "{\"total_open_count\":0,\"distinct_open_count\":0}}");
        } else {
            out.append("}}");
        }
    }
    out.append("]}");
    return out;
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
