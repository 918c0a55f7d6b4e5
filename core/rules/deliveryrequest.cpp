// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryrequest.h"

#include "config/opentextchannelinfo.h"
#include "json/jsonreader.h"
#include "json/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSet>
#include <QStringDecoder>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace OtBridge {

namespace {

// Field names of the stored message; the values are OpenTextMessage's members of the same
// meaning. Empty texts and false flags are left out, so stored rows stay small.
struct TextField
{
    const char *key;
    QString OpenTextMessage::*member;
};

const TextField textFields[] = {
    {"message_id", &OpenTextMessage::messageId},
    {"billing_code", &OpenTextMessage::billingCode},
    {"customer_reference", &OpenTextMessage::customerReference},
    {"subject", &OpenTextMessage::subject},
    {"from_display_name", &OpenTextMessage::fromDisplayName},
    {"text", &OpenTextMessage::text},
    {"html", &OpenTextMessage::html},
    {"coversheet_from", &OpenTextMessage::coversheetFrom},
    {"coversheet_name", &OpenTextMessage::coversheetName},
    {"coversheet_subject", &OpenTextMessage::coversheetSubject},
    {"fax_mode", &OpenTextMessage::faxMode},
    {"page_orientation", &OpenTextMessage::pageOrientation},
    {"pilot_line", &OpenTextMessage::pilotLine},
    {"template_id", &OpenTextMessage::templateId},
    {"language_code", &OpenTextMessage::languageCode},
};

struct DestinationField
{
    const char *key;
    QString OpenTextDestination::*member;
};

const DestinationField destinationFields[] = {
    {"address", &OpenTextDestination::address},
    {"ref", &OpenTextDestination::ref},
    {"display_to", &OpenTextDestination::displayTo},
    {"display_cc", &OpenTextDestination::displayCc},
};

struct DocumentField
{
    const char *key;
    QString OpenTextDocument::*member;
};

const DocumentField documentFields[] = {
    {"name", &OpenTextDocument::name},
    {"type", &OpenTextDocument::type},
    {"charset", &OpenTextDocument::charset},
};

std::optional<OpenTextChannel> channelFromName(const QString &name)
{
    if (const OpenTextChannelInfo *info = channelInfo(name))
        return info->channel;
    return std::nullopt;
}

// The text of value when it is a string or absent; an error naming key otherwise.
bool readText(const QJsonObject &json, const char *key, QString *out, const QString &where,
              QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *error = QObject::tr("%1: \"%2\" must be a string").arg(where, QLatin1String(key));
        return false;
    }
    *out = value.toString();
    return true;
}

std::optional<QByteArray> fromBase64(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

// The body as text when it is UTF-8 that comes back byte for byte. QJsonDocument drops a
// U+FEFF from strings it parses, so a body holding one is kept as base64.
std::optional<QString> asText(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8,
                        QStringConverter::Flag::ConvertInitialBom
                            | QStringConverter::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError() || text.contains(QChar(0xfeff)) || text.toUtf8() != bytes)
        return std::nullopt;
    return text;
}

bool isToken(const QByteArray &text)
{
    // RFC 9110 tchar: what a method or a header name may consist of.
    static const QByteArray extra("!#$%&'*+-.^_`|~");
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alnum
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

QJsonObject httpRequestToJson(const HttpRequestSpec &request)
{
    QJsonArray headers;
    for (const auto &[name, value] : request.headers)
        headers.append(QJsonArray {QString::fromLatin1(name), QString::fromUtf8(value)});
    QJsonObject json {{QStringLiteral("method"), QString::fromLatin1(request.method)},
                      {QStringLiteral("url"), request.url.toString(QUrl::FullyEncoded)},
                      {QStringLiteral("headers"), headers}};
    if (const std::optional<QString> text = asText(request.body))
        json.insert(QStringLiteral("body"), *text);
    else
        json.insert(QStringLiteral("body_base64"), QString::fromLatin1(request.body.toBase64()));
    return json;
}

Result<HttpRequestSpec> httpRequestFromJson(const QJsonObject &json, const QString &where)
{
    using R = Result<HttpRequestSpec>;
    HttpRequestSpec request;
    const QJsonValue method = json.value(QLatin1String("method"));
    if (!method.isUndefined()) {
        const QByteArray name = method.toString().toLatin1();
        if (!method.isString() || !isToken(name))
            return R::failure(
                QObject::tr("%1: \"method\" must be an HTTP method such as POST").arg(where));
        request.method = name;
    }
    const QJsonValue url = json.value(QLatin1String("url"));
    request.url = QUrl(url.toString(), QUrl::StrictMode);
    const QString scheme = request.url.scheme();
    // sandbox:/capture/… is the built-in sandbox, resolved only when sending (httptarget.h).
    const bool sandbox = scheme == QLatin1String("sandbox") && request.url.path().startsWith(u'/');
    if (!url.isString() || !request.url.isValid()
        || (!sandbox
            && (request.url.host().isEmpty()
                || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))))
        return R::failure(
            QObject::tr("%1: \"url\" must be an absolute http or https URL").arg(where));

    const QJsonValue headers = json.value(QLatin1String("headers"));
    if (!headers.isUndefined() && !headers.isArray())
        return R::failure(
            QObject::tr("%1: \"headers\" must be an array of [name, value] pairs").arg(where));
    const QJsonArray list = headers.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonArray pair = list.at(i).toArray();
        const QByteArray name = pair.at(0).toString().toLatin1();
        if (!list.at(i).isArray() || pair.size() != 2 || !pair.at(0).isString()
            || !pair.at(1).isString() || !isToken(name))
            return R::failure(QObject::tr("%1: header %2 must be a pair [name, value] of strings "
                                          "with a valid header name")
                                  .arg(where)
                                  .arg(i + 1));
        request.headers.append({name, pair.at(1).toString().toUtf8()});
    }

    const QJsonValue body = json.value(QLatin1String("body"));
    const QJsonValue base64 = json.value(QLatin1String("body_base64"));
    if (!body.isUndefined() && !base64.isUndefined())
        return R::failure(QObject::tr("%1: give \"body\" or \"body_base64\", not both").arg(where));
    if (!body.isUndefined()) {
        if (!body.isString())
            return R::failure(QObject::tr("%1: \"body\" must be a string").arg(where));
        request.body = body.toString().toUtf8();
    } else if (!base64.isUndefined()) {
        const std::optional<QByteArray> bytes = fromBase64(base64);
        if (!bytes)
            return R::failure(QObject::tr("%1: \"body_base64\" is not base64").arg(where));
        request.body = *bytes;
    }
    return request;
}

// One-pass reading of a stored OpenText request (DeliveryRequest::fromJsonText). Each returns
// false for anything it is not sure fromJson would read the same, and the caller then asks
// fromJson: a member twice, a null, a value of another type, a byte order mark (QJsonDocument
// drops U+FEFF from strings), a channel or base64 that does not read.
bool readFastText(JsonReader &json, QString *text)
{
    QByteArrayView utf8;
    if (json.peek() != JsonReader::Type::String || !json.readUtf8(&utf8)
        || utf8.contains(QByteArrayView("\xef\xbb\xbf")))
        return false;
    *text = QString::fromUtf8(utf8);
    return true;
}

// The object's members by name into the fields given: unknown names are skipped, as fromJson
// ignores them.
template<typename Field, typename Record>
bool readFastFields(JsonReader &json, const Field *fields, qsizetype count, Record *record,
                    const std::function<bool(QByteArrayView, JsonReader &)> &other = {})
{
    if (!json.beginObject())
        return false;
    quint32 seen = 0;
    while (json.nextMember()) {
        const QByteArrayView key = json.key();
        bool known = false;
        for (qsizetype i = 0; i < count; ++i) {
            if (key != QByteArrayView(fields[i].key))
                continue;
            if (seen & (1u << i) || !readFastText(json, &(record->*fields[i].member)))
                return false;
            seen |= 1u << i;
            known = true;
            break;
        }
        if (known)
            continue;
        if (other) {
            if (!other(key, json))
                return false;
        } else if (!json.skipValue()) {
            return false;
        }
    }
    return !json.hasError();
}

bool readFastMessage(JsonReader &json, OpenTextMessage *message)
{
    QSet<QByteArray> seen;
    bool hasChannel = false;
    const auto other = [&](QByteArrayView key, JsonReader &json) {
        const QByteArray name = key.toByteArray();
        if (seen.contains(name))
            return false;
        seen.insert(name);
        if (key == "channel") {
            QString channel;
            if (!readFastText(json, &channel))
                return false;
            const std::optional<OpenTextChannel> parsed = channelFromName(channel);
            if (!parsed)
                return false;
            message->channel = *parsed;
            hasChannel = true;
            return true;
        }
        if (key == "destinations") {
            if (!json.beginArray())
                return false;
            while (json.nextElement()) {
                OpenTextDestination destination;
                if (!readFastFields(json, destinationFields, std::size(destinationFields),
                                    &destination))
                    return false;
                message->destinations.append(destination);
            }
            return !json.hasError();
        }
        if (key == "attachments") {
            if (!json.beginArray())
                return false;
            while (json.nextElement()) {
                OpenTextDocument document;
                bool hasData = false;
                const auto data = [&](QByteArrayView key, JsonReader &json) {
                    if (key != "data")
                        return json.skipValue();
                    QByteArrayView base64;
                    if (hasData || json.peek() != JsonReader::Type::String
                        || !json.readUtf8(&base64))
                        return false;
                    auto decoded = QByteArray::fromBase64Encoding(
                        base64.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
                    if (!decoded)
                        return false;
                    document.data = *decoded;
                    hasData = true;
                    return true;
                };
                if (!readFastFields(json, documentFields, std::size(documentFields), &document,
                                    data)
                    || !hasData)
                    return false;
                message->attachments.append(document);
            }
            return !json.hasError();
        }
        if (key == "coversheet")
            return json.peek() == JsonReader::Type::Bool && json.readBool(&message->coversheet);
        if (key == "template_parameters") {
            if (!json.beginArray())
                return false;
            while (json.nextElement()) {
                QString name;
                QString value;
                if (!json.beginArray() || !json.nextElement() || !readFastText(json, &name)
                    || !json.nextElement() || !readFastText(json, &value) || json.nextElement()
                    || json.hasError())
                    return false;
                message->templateParameters.append({name, value});
            }
            return !json.hasError();
        }
        if (key == "own_texts") {
            if (!json.beginArray())
                return false;
            while (json.nextElement()) {
                struct OwnField
                {
                    const char *key;
                    QString OpenTextMessage::OwnTexts::*member;
                };
                static const OwnField ownFields[] = {
                    {"address", &OpenTextMessage::OwnTexts::address},
                    {"subject", &OpenTextMessage::OwnTexts::subject},
                    {"text", &OpenTextMessage::OwnTexts::text},
                    {"html", &OpenTextMessage::OwnTexts::html},
                };
                OpenTextMessage::OwnTexts texts;
                if (!readFastFields(json, ownFields, std::size(ownFields), &texts))
                    return false;
                message->ownTexts.append(texts);
            }
            return !json.hasError();
        }
        return json.skipValue();
    };
    return readFastFields(json, textFields, std::size(textFields), message, other) && hasChannel;
}

std::optional<DeliveryRequest> readFastRequest(QByteArrayView text)
{
    JsonReader json(text);
    DeliveryRequest request;
    bool hasKind = false;
    bool hasTarget = false;
    bool hasMessage = false;
    if (!json.beginObject())
        return std::nullopt;
    while (json.nextMember()) {
        const QByteArrayView key = json.key();
        if (key == "kind") {
            QString kind;
            if (hasKind || !readFastText(json, &kind) || kind != QLatin1String("opentext"))
                return std::nullopt;
            hasKind = true;
        } else if (key == "target") {
            if (hasTarget || !readFastText(json, &request.target) || request.target.isEmpty())
                return std::nullopt;
            hasTarget = true;
        } else if (key == "message") {
            if (hasMessage || !readFastMessage(json, &request.message))
                return std::nullopt;
            hasMessage = true;
        } else if (!json.skipValue()) {
            return std::nullopt;
        }
    }
    if (!json.atEnd() || !hasKind || !hasTarget || !hasMessage)
        return std::nullopt;
    request.kind = DeliveryRequest::Kind::OpenText;
    return request;
}

// The text member when it is not empty: the QJsonObject forms leave empty texts out.
void writeText(JsonWriter &json, QLatin1StringView key, const QString &text)
{
    if (!text.isEmpty())
        json.key(key).value(text);
}

// openTextMessageToJson's document, members in QJsonObject's (sorted) order.
void writeOpenTextMessage(JsonWriter &json, const OpenTextMessage &message)
{
    json.beginObject();
    if (!message.attachments.isEmpty()) {
        json.key("attachments"_L1).beginArray();
        for (const OpenTextDocument &document : message.attachments) {
            json.beginObject();
            writeText(json, "charset"_L1, document.charset);
            const QByteArray data = document.data.toBase64();
            json.key("data"_L1).value(QLatin1StringView(data));
            writeText(json, "name"_L1, document.name);
            writeText(json, "type"_L1, document.type);
            json.endObject();
        }
        json.endArray();
    }
    writeText(json, "billing_code"_L1, message.billingCode);
    json.key("channel"_L1).value(channelName(message.channel));
    if (message.coversheet)
        json.key("coversheet"_L1).value(true);
    writeText(json, "coversheet_from"_L1, message.coversheetFrom);
    writeText(json, "coversheet_name"_L1, message.coversheetName);
    writeText(json, "coversheet_subject"_L1, message.coversheetSubject);
    writeText(json, "customer_reference"_L1, message.customerReference);
    json.key("destinations"_L1).beginArray();
    for (const OpenTextDestination &destination : message.destinations) {
        json.beginObject();
        writeText(json, "address"_L1, destination.address);
        writeText(json, "display_cc"_L1, destination.displayCc);
        writeText(json, "display_to"_L1, destination.displayTo);
        writeText(json, "ref"_L1, destination.ref);
        json.endObject();
    }
    json.endArray();
    writeText(json, "fax_mode"_L1, message.faxMode);
    writeText(json, "from_display_name"_L1, message.fromDisplayName);
    writeText(json, "html"_L1, message.html);
    writeText(json, "language_code"_L1, message.languageCode);
    writeText(json, "message_id"_L1, message.messageId);
    if (!message.ownTexts.isEmpty()) {
        json.key("own_texts"_L1).beginArray();
        for (const OpenTextMessage::OwnTexts &texts : message.ownTexts) {
            json.beginObject()
                .key("address"_L1)
                .value(texts.address)
                .key("html"_L1)
                .value(texts.html)
                .key("subject"_L1)
                .value(texts.subject)
                .key("text"_L1)
                .value(texts.text)
                .endObject();
        }
        json.endArray();
    }
    writeText(json, "page_orientation"_L1, message.pageOrientation);
    writeText(json, "pilot_line"_L1, message.pilotLine);
    writeText(json, "subject"_L1, message.subject);
    writeText(json, "template_id"_L1, message.templateId);
    if (!message.templateParameters.isEmpty()) {
        json.key("template_parameters"_L1).beginArray();
        for (const auto &[name, value] : message.templateParameters)
            json.beginArray().value(name).value(value).endArray();
        json.endArray();
    }
    writeText(json, "text"_L1, message.text);
    json.endObject();
}

// httpRequestToJson's document, members in QJsonObject's (sorted) order.
void writeHttpRequest(JsonWriter &json, const HttpRequestSpec &request)
{
    json.beginObject();
    if (const std::optional<QString> text = asText(request.body)) {
        json.key("body"_L1).value(*text);
    } else {
        const QByteArray base64 = request.body.toBase64();
        json.key("body_base64"_L1).value(QLatin1StringView(base64));
    }
    json.key("headers"_L1).beginArray();
    for (const auto &[name, value] : request.headers)
        json.beginArray().value(QLatin1StringView(name)).value(QString::fromUtf8(value)).endArray();
    json.endArray();
    json.key("method"_L1).value(QLatin1StringView(request.method));
    json.key("url"_L1).value(request.url.toString(QUrl::FullyEncoded));
    json.endObject();
}

} // namespace

QJsonObject openTextMessageToJson(const OpenTextMessage &message)
{
    QJsonObject json {{QStringLiteral("channel"), channelName(message.channel)}};
    QJsonArray destinations;
    for (const OpenTextDestination &destination : message.destinations) {
        QJsonObject entry;
        for (const DestinationField &field : destinationFields) {
            if (!(destination.*field.member).isEmpty())
                entry.insert(QLatin1String(field.key), destination.*field.member);
        }
        destinations.append(entry);
    }
    json.insert(QStringLiteral("destinations"), destinations);
    for (const TextField &field : textFields) {
        if (!(message.*field.member).isEmpty())
            json.insert(QLatin1String(field.key), message.*field.member);
    }
    if (!message.attachments.isEmpty()) {
        QJsonArray attachments;
        for (const OpenTextDocument &document : message.attachments) {
            QJsonObject entry;
            for (const DocumentField &field : documentFields) {
                if (!(document.*field.member).isEmpty())
                    entry.insert(QLatin1String(field.key), document.*field.member);
            }
            entry.insert(QStringLiteral("data"), QString::fromLatin1(document.data.toBase64()));
            attachments.append(entry);
        }
        json.insert(QStringLiteral("attachments"), attachments);
    }
    if (message.coversheet)
        json.insert(QStringLiteral("coversheet"), true);
    if (!message.ownTexts.isEmpty()) {
        QJsonArray own;
        for (const OpenTextMessage::OwnTexts &texts : message.ownTexts)
            own.append(QJsonObject {{QStringLiteral("address"), texts.address},
                                    {QStringLiteral("subject"), texts.subject},
                                    {QStringLiteral("text"), texts.text},
                                    {QStringLiteral("html"), texts.html}});
        json.insert(QStringLiteral("own_texts"), own);
    }
    if (!message.templateParameters.isEmpty()) {
        QJsonArray parameters;
        for (const auto &[name, value] : message.templateParameters)
            parameters.append(QJsonArray {name, value});
        json.insert(QStringLiteral("template_parameters"), parameters);
    }
    return json;
}

Result<OpenTextMessage> openTextMessageFromJson(const QJsonObject &json)
{
    using R = Result<OpenTextMessage>;
    const QString where = QObject::tr("message");
    OpenTextMessage message;
    const QString channel = json.value(QLatin1String("channel")).toString();
    const std::optional<OpenTextChannel> parsed = channelFromName(channel);
    if (!parsed)
        return R::failure(QObject::tr("%1: \"channel\" must be email, sms, fax or whatsapp, not "
                                      "'%2'")
                              .arg(where, channel));
    message.channel = *parsed;

    QString error;
    const QJsonValue destinations = json.value(QLatin1String("destinations"));
    if (!destinations.isUndefined() && !destinations.isArray())
        return R::failure(
            QObject::tr("%1: \"destinations\" must be an array of objects").arg(where));
    const QJsonArray list = destinations.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString place = QObject::tr("%1: destination %2").arg(where).arg(i + 1);
        if (!list.at(i).isObject())
            return R::failure(QObject::tr("%1 must be an object").arg(place));
        const QJsonObject entry = list.at(i).toObject();
        OpenTextDestination destination;
        for (const DestinationField &field : destinationFields) {
            if (!readText(entry, field.key, &(destination.*field.member), place, &error))
                return R::failure(error);
        }
        message.destinations.append(destination);
    }

    for (const TextField &field : textFields) {
        if (!readText(json, field.key, &(message.*field.member), where, &error))
            return R::failure(error);
    }

    const QJsonValue attachments = json.value(QLatin1String("attachments"));
    if (!attachments.isUndefined() && !attachments.isArray())
        return R::failure(
            QObject::tr("%1: \"attachments\" must be an array of objects").arg(where));
    const QJsonArray documents = attachments.toArray();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString place = QObject::tr("%1: attachment %2").arg(where).arg(i + 1);
        if (!documents.at(i).isObject())
            return R::failure(QObject::tr("%1 must be an object").arg(place));
        const QJsonObject entry = documents.at(i).toObject();
        OpenTextDocument document;
        for (const DocumentField &field : documentFields) {
            if (!readText(entry, field.key, &(document.*field.member), place, &error))
                return R::failure(error);
        }
        const std::optional<QByteArray> data = fromBase64(entry.value(QLatin1String("data")));
        if (!data)
            return R::failure(
                QObject::tr("%1: \"data\" must be the file's bytes in base64").arg(place));
        document.data = *data;
        message.attachments.append(document);
    }

    const QJsonValue coversheet = json.value(QLatin1String("coversheet"));
    if (!coversheet.isUndefined() && !coversheet.isBool())
        return R::failure(QObject::tr("%1: \"coversheet\" must be true or false").arg(where));
    message.coversheet = coversheet.toBool(false);

    const QJsonValue parameters = json.value(QLatin1String("template_parameters"));
    if (!parameters.isUndefined() && !parameters.isArray())
        return R::failure(QObject::tr("%1: \"template_parameters\" must be an array of [name, "
                                      "value] pairs")
                              .arg(where));
    const QJsonArray pairs = parameters.toArray();
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QJsonArray pair = pairs.at(i).toArray();
        if (!pairs.at(i).isArray() || pair.size() != 2 || !pair.at(0).isString()
            || !pair.at(1).isString())
            return R::failure(QObject::tr("%1: template parameter %2 must be a pair [name, value] "
                                          "of strings")
                                  .arg(where)
                                  .arg(i + 1));
        message.templateParameters.append({pair.at(0).toString(), pair.at(1).toString()});
    }

    const QJsonValue own = json.value(QLatin1String("own_texts"));
    if (!own.isUndefined() && !own.isArray())
        return R::failure(QObject::tr("%1: \"own_texts\" must be an array of objects").arg(where));
    const QJsonArray ownList = own.toArray();
    for (qsizetype i = 0; i < ownList.size(); ++i) {
        const QString place = QObject::tr("%1: own texts %2").arg(where).arg(i + 1);
        if (!ownList.at(i).isObject())
            return R::failure(QObject::tr("%1 must be an object").arg(place));
        const QJsonObject entry = ownList.at(i).toObject();
        OpenTextMessage::OwnTexts texts;
        if (!readText(entry, "address", &texts.address, place, &error)
            || !readText(entry, "subject", &texts.subject, place, &error)
            || !readText(entry, "text", &texts.text, place, &error)
            || !readText(entry, "html", &texts.html, place, &error))
            return R::failure(error);
        message.ownTexts.append(texts);
    }
    return message;
}

QJsonObject DeliveryRequest::toJson() const
{
    QJsonObject json {{QStringLiteral("target"), target}};
    if (kind == Kind::OpenText) {
        json.insert(QStringLiteral("kind"), QStringLiteral("opentext"));
        json.insert(QStringLiteral("message"), openTextMessageToJson(message));
    } else {
        json.insert(QStringLiteral("kind"), QStringLiteral("http"));
        json.insert(QStringLiteral("request"), httpRequestToJson(http));
    }
    return json;
}

QByteArray DeliveryRequest::toJsonText() const
{
    JsonWriter json;
    json.reserve(1024);
    json.beginObject();
    if (kind == Kind::OpenText) {
        json.key("kind"_L1).value("opentext"_L1).key("message"_L1);
        writeOpenTextMessage(json, message);
    } else {
        json.key("kind"_L1).value("http"_L1).key("request"_L1);
        writeHttpRequest(json, http);
    }
    json.key("target"_L1).value(target);
    json.endObject();
    return json.take();
}

Result<DeliveryRequest> DeliveryRequest::fromJsonText(QByteArrayView json)
{
    if (std::optional<DeliveryRequest> request = readFastRequest(json))
        return std::move(*request);
    return fromJson(QJsonDocument::fromJson(json.toByteArray()).object());
}

Result<DeliveryRequest> DeliveryRequest::fromJson(const QJsonObject &json)
{
    using R = Result<DeliveryRequest>;
    DeliveryRequest request;
    const QJsonValue target = json.value(QLatin1String("target"));
    if (!target.isString() || target.toString().isEmpty())
        return R::failure(QObject::tr("stored request: \"target\" must name the workspace target"));
    request.target = target.toString();
    const QString kind = json.value(QLatin1String("kind")).toString();
    const QString where = QObject::tr("stored request for target '%1'").arg(request.target);
    if (kind == QLatin1String("opentext")) {
        request.kind = Kind::OpenText;
        const QJsonValue message = json.value(QLatin1String("message"));
        if (!message.isObject())
            return R::failure(QObject::tr("%1: \"message\" must be an object").arg(where));
        auto parsed = openTextMessageFromJson(message.toObject());
        if (!parsed)
            return R::failure(QStringLiteral("%1: %2").arg(where, parsed.error()));
        request.message = std::move(parsed).value();
    } else if (kind == QLatin1String("http")) {
        request.kind = Kind::Http;
        const QJsonValue http = json.value(QLatin1String("request"));
        if (!http.isObject())
            return R::failure(QObject::tr("%1: \"request\" must be an object").arg(where));
        auto parsed = httpRequestFromJson(http.toObject(), QObject::tr("%1: request").arg(where));
        if (!parsed)
            return R::failure(parsed.error());
        request.http = std::move(parsed).value();
    } else {
        return R::failure(QObject::tr("%1: \"kind\" must be \"opentext\" or \"http\", not '%2'")
                              .arg(where, kind));
    }
    return request;
}

} // namespace OtBridge
