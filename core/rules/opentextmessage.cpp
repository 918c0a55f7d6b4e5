// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opentextmessage.h"

#include "config/opentextchannelinfo.h"
#include "json/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QVarLengthArray>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace OtBridge {

namespace {

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertIfSet(QJsonObject &object, const QString &key, const QJsonObject &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

// OpenText decodes every "data" field as standard base64 with padding.
QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject textPart(const QString &type, const QString &name, const QString &text)
{
    return QJsonObject {
        {QStringLiteral("type"), type},
        {QStringLiteral("charset"), QStringLiteral("UTF-8")},
        {QStringLiteral("name"), name},
        {QStringLiteral("data"), base64(text.toUtf8())},
    };
}

QJsonObject documentPart(const OpenTextDocument &document)
{
    QJsonObject part;
    insertIfSet(part, QStringLiteral("type"), document.type);
    insertIfSet(part, QStringLiteral("name"), document.name);
    insertIfSet(part, QStringLiteral("charset"), document.charset);
    part.insert(QStringLiteral("data"), base64(document.data));
    return part;
}

QJsonArray documentParts(const QList<OpenTextDocument> &documents)
{
    QJsonArray parts;
    for (const OpenTextDocument &document : documents)
        parts.append(documentPart(document));
    return parts;
}

QJsonArray destinations(const OpenTextMessage &message)
{
    const QString key = addressKey(message.channel);
    QJsonArray result;
    for (const OpenTextDestination &destination : message.destinations) {
        QJsonObject object {{key, destination.address}};
        insertIfSet(object, QStringLiteral("ref"), destination.ref);
        if (channelInfo(message.channel).address == OpenTextChannelInfo::Address::Email) {
            insertIfSet(object, QStringLiteral("display_to"), destination.displayTo);
            insertIfSet(object, QStringLiteral("display_cc"), destination.displayCc);
        }
        result.append(object);
    }
    return result;
}

QJsonObject commonOptions(const OpenTextMessage &message)
{
    QJsonObject options;
    insertIfSet(options, QStringLiteral("message_id"), message.messageId);
    insertIfSet(options, QStringLiteral("billing_code"), message.billingCode);
    insertIfSet(options, QStringLiteral("customer_reference"), message.customerReference);
    return options;
}

void addEmail(const OpenTextMessage &message, QJsonObject &body, QJsonObject &options)
{
    QJsonArray parts;
    if (!message.text.isEmpty())
        parts.append(textPart(QStringLiteral("text"), QStringLiteral("body.txt"), message.text));
    if (!message.html.isEmpty())
        parts.append(textPart(QStringLiteral("html"), QStringLiteral("body.html"), message.html));
    for (const OpenTextDocument &attachment : message.attachments)
        parts.append(documentPart(attachment));
    if (!parts.isEmpty())
        body.insert(QStringLiteral("body"), parts);

    QJsonObject emailOptions;
    insertIfSet(emailOptions, QStringLiteral("subject"), message.subject);
    insertIfSet(emailOptions, QStringLiteral("from_display_name"), message.fromDisplayName);
    insertIfSet(options, QStringLiteral("email_options"), emailOptions);
}

void addFax(const OpenTextMessage &message, QJsonObject &body, QJsonObject &options)
{
    if (!message.attachments.isEmpty())
        body.insert(QStringLiteral("documents"), documentParts(message.attachments));

    if (message.coversheet) {
        QJsonObject coversheet {{QStringLiteral("enabled"), true}};
        insertIfSet(coversheet, QStringLiteral("from"), message.coversheetFrom);
        insertIfSet(coversheet, QStringLiteral("name"), message.coversheetName);
        insertIfSet(coversheet, QStringLiteral("subject"), message.coversheetSubject);
        options.insert(QStringLiteral("coversheet"), coversheet);
    }
    QJsonObject translation;
    insertIfSet(translation, QStringLiteral("fax_mode"), message.faxMode);
    insertIfSet(translation, QStringLiteral("page_orientation"), message.pageOrientation);
    insertIfSet(options, QStringLiteral("translation_options"), translation);
    if (!message.pilotLine.isEmpty())
        options.insert(QStringLiteral("pilot_line"),
                       QJsonObject {{QStringLiteral("text"), message.pilotLine}});
}

void addWhatsApp(const OpenTextMessage &message, QJsonObject &body)
{
    if (message.templateId.isEmpty()) {
        if (!message.text.isEmpty()) {
            const QJsonObject text {{QStringLiteral("text"), message.text}};
            body.insert(QStringLiteral("whatsapp_message"),
                        QJsonObject {{QStringLiteral("text_message"), text}});
        }
        return;
    }
    // QJsonObject keeps its keys sorted, so the wire order is by name whatever the order here;
    // the names carry the position ("body[1]text"), so OpenText does not depend on it.
    QJsonObject parameters;
    for (const auto &[name, value] : message.templateParameters)
        parameters.insert(name, value);
    QJsonObject whatsapp {{QStringLiteral("template_id"), message.templateId}};
    insertIfSet(whatsapp, QStringLiteral("language_code"), message.languageCode);
    if (!parameters.isEmpty())
        whatsapp.insert(QStringLiteral("parameters"), parameters);
    const QJsonObject channelTemplate {{QStringLiteral("WHATSAPP"), whatsapp}};
    const QJsonObject templateMessage {{QStringLiteral("channel_template"), channelTemplate}};
    body.insert(QStringLiteral("whatsapp_template_message"),
                QJsonObject {{QStringLiteral("template_message"), templateMessage}});
}

// A member of an object written in sorted order: its key, and whether and how to write it.
struct Member
{
    QLatin1StringView key;
    std::function<void(JsonWriter &)> write;
};

// Writes the members in the order of their keys, as QJsonObject keeps them.
void writeSorted(JsonWriter &json, QVarLengthArray<Member, 8> &members)
{
    std::sort(members.begin(), members.end(),
              [](const Member &a, const Member &b) { return a.key < b.key; });
    json.beginObject();
    for (const Member &member : members) {
        json.key(member.key);
        member.write(json);
    }
    json.endObject();
}

void addText(QVarLengthArray<Member, 8> &members, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        members.append({key, [&value](JsonWriter &json) {
                            json.value(value);
                        }});
}

void writeTextPart(JsonWriter &json, QLatin1StringView type, QLatin1StringView name,
                   const QString &text)
{
    const QByteArray data = text.toUtf8().toBase64();
    json.beginObject()
        .key("charset"_L1)
        .value("UTF-8"_L1)
        .key("data"_L1)
        .value(QLatin1StringView(data))
        .key("name"_L1)
        .value(name)
        .key("type"_L1)
        .value(type)
        .endObject();
}

void writeDocumentPart(JsonWriter &json, const OpenTextDocument &document)
{
    const QByteArray data = document.data.toBase64();
    json.beginObject();
    if (!document.charset.isEmpty())
        json.key("charset"_L1).value(document.charset);
    json.key("data"_L1).value(QLatin1StringView(data));
    if (!document.name.isEmpty())
        json.key("name"_L1).value(document.name);
    if (!document.type.isEmpty())
        json.key("type"_L1).value(document.type);
    json.endObject();
}

void writeDestinations(JsonWriter &json, const OpenTextMessage &message)
{
    const QByteArray key = addressKey(message.channel).toLatin1();
    const bool email = channelInfo(message.channel).address == OpenTextChannelInfo::Address::Email;
    json.beginArray();
    for (const OpenTextDestination &destination : message.destinations) {
        QVarLengthArray<Member, 8> members;
        members.append({QLatin1StringView(key), [&destination](JsonWriter &json) {
                            json.value(destination.address);
                        }});
        addText(members, "ref"_L1, destination.ref);
        if (email) {
            addText(members, "display_to"_L1, destination.displayTo);
            addText(members, "display_cc"_L1, destination.displayCc);
        }
        writeSorted(json, members);
    }
    json.endArray();
}

// The members of commonOptions with the channel's own.
QVarLengthArray<Member, 8> optionMembers(const OpenTextMessage &message,
                                         OpenTextChannelInfo::Content content)
{
    QVarLengthArray<Member, 8> members;
    addText(members, "message_id"_L1, message.messageId);
    addText(members, "billing_code"_L1, message.billingCode);
    addText(members, "customer_reference"_L1, message.customerReference);
    if (content == OpenTextChannelInfo::Content::Email
        && (!message.subject.isEmpty() || !message.fromDisplayName.isEmpty())) {
        members.append({"email_options"_L1, [&message](JsonWriter &json) {
                            json.beginObject();
                            if (!message.fromDisplayName.isEmpty())
                                json.key("from_display_name"_L1).value(message.fromDisplayName);
                            if (!message.subject.isEmpty())
                                json.key("subject"_L1).value(message.subject);
                            json.endObject();
                        }});
    }
    if (content == OpenTextChannelInfo::Content::FaxDocuments) {
        if (message.coversheet) {
            members.append({"coversheet"_L1, [&message](JsonWriter &json) {
                                json.beginObject().key("enabled"_L1).value(true);
                                if (!message.coversheetFrom.isEmpty())
                                    json.key("from"_L1).value(message.coversheetFrom);
                                if (!message.coversheetName.isEmpty())
                                    json.key("name"_L1).value(message.coversheetName);
                                if (!message.coversheetSubject.isEmpty())
                                    json.key("subject"_L1).value(message.coversheetSubject);
                                json.endObject();
                            }});
        }
        if (!message.faxMode.isEmpty() || !message.pageOrientation.isEmpty()) {
            members.append({"translation_options"_L1, [&message](JsonWriter &json) {
                                json.beginObject();
                                if (!message.faxMode.isEmpty())
                                    json.key("fax_mode"_L1).value(message.faxMode);
                                if (!message.pageOrientation.isEmpty())
                                    json.key("page_orientation"_L1).value(message.pageOrientation);
                                json.endObject();
                            }});
        }
        if (!message.pilotLine.isEmpty()) {
            members.append(
                {"pilot_line"_L1, [&message](JsonWriter &json) {
                     json.beginObject().key("text"_L1).value(message.pilotLine).endObject();
                 }});
        }
    }
    return members;
}

} // namespace

QByteArray submitBodyJson(const OpenTextMessage &message)
{
    const OpenTextChannelInfo::Content content = channelInfo(message.channel).content;
    if (content == OpenTextChannelInfo::Content::WhatsApp && !message.templateId.isEmpty())
        return QJsonDocument(submitBody(message)).toJson(QJsonDocument::Compact);
    QVarLengthArray<Member, 8> members;
    members.append({"destinations"_L1, [&message](JsonWriter &json) {
                        writeDestinations(json, message);
                    }});
    if (QVarLengthArray<Member, 8> options = optionMembers(message, content); !options.isEmpty()) {
        members.append({"options"_L1, [options](JsonWriter &json) mutable {
                            writeSorted(json, options);
                        }});
    }
    switch (content) {
    case OpenTextChannelInfo::Content::Email:
        if (!message.text.isEmpty() || !message.html.isEmpty() || !message.attachments.isEmpty()) {
            members.append({"body"_L1, [&message](JsonWriter &json) {
                                json.beginArray();
                                if (!message.text.isEmpty())
                                    writeTextPart(json, "text"_L1, "body.txt"_L1, message.text);
                                if (!message.html.isEmpty())
                                    writeTextPart(json, "html"_L1, "body.html"_L1, message.html);
                                for (const OpenTextDocument &attachment : message.attachments)
                                    writeDocumentPart(json, attachment);
                                json.endArray();
                            }});
        }
        break;
    case OpenTextChannelInfo::Content::SmsText:
        addText(members, "sms_text"_L1, message.text);
        break;
    case OpenTextChannelInfo::Content::FaxDocuments:
        if (!message.attachments.isEmpty()) {
            members.append({"documents"_L1, [&message](JsonWriter &json) {
                                json.beginArray();
                                for (const OpenTextDocument &attachment : message.attachments)
                                    writeDocumentPart(json, attachment);
                                json.endArray();
                            }});
        }
        break;
    case OpenTextChannelInfo::Content::WhatsApp:
        if (!message.text.isEmpty()) {
            members.append({"whatsapp_message"_L1, [&message](JsonWriter &json) {
                                json.beginObject()
                                    .key("text_message"_L1)
                                    .beginObject()
                                    .key("text"_L1)
                                    .value(message.text)
                                    .endObject()
                                    .endObject();
                            }});
        }
        break;
    }
    JsonWriter json;
    json.reserve(1024);
    writeSorted(json, members);
    return json.take();
}

QString submitPath(const OpenTextMessage &message)
{
    const OpenTextChannelInfo &info = channelInfo(message.channel);
    if (!message.templateId.isEmpty() && !info.templateSubmitPath.isEmpty())
        return info.templateSubmitPath;
    return info.submitPath;
}

QString statusPath(OpenTextChannel channel)
{
    return channelInfo(channel).statusPath();
}

QJsonObject submitBody(const OpenTextMessage &message)
{
    QJsonObject body {{QStringLiteral("destinations"), destinations(message)}};
    QJsonObject options = commonOptions(message);
    switch (channelInfo(message.channel).content) {
    case OpenTextChannelInfo::Content::Email:
        addEmail(message, body, options);
        break;
    case OpenTextChannelInfo::Content::SmsText:
        insertIfSet(body, QStringLiteral("sms_text"), message.text);
        break;
    case OpenTextChannelInfo::Content::FaxDocuments:
        addFax(message, body, options);
        break;
    case OpenTextChannelInfo::Content::WhatsApp:
        addWhatsApp(message, body);
        break;
    }
    insertIfSet(body, QStringLiteral("options"), options);
    return body;
}

const OpenTextMessage::OwnTexts *OpenTextMessage::ownTextsFor(const QString &address) const
{
    for (const OwnTexts &own : ownTexts) {
        if (own.address == address)
            return &own;
    }
    return nullptr;
}

QList<OpenTextMessage> splitDestinations(const OpenTextMessage &message, int maxDestinations)
{
    const qsizetype size = std::max(maxDestinations, 1);
    if (message.destinations.size() <= size && message.ownTexts.isEmpty())
        return {message};
    OpenTextMessage shape = message;
    shape.ownTexts.clear();
    QList<OpenTextMessage> jobs;
    QList<OpenTextDestination> shared;
    const auto flushShared = [&] {
        for (qsizetype start = 0; start < shared.size(); start += size) {
            OpenTextMessage job = shape;
            job.destinations = shared.mid(start, size);
            jobs.append(std::move(job));
        }
        shared.clear();
    };
    for (const OpenTextDestination &destination : message.destinations) {
        const OpenTextMessage::OwnTexts *own = message.ownTextsFor(destination.address);
        if (!own) {
            shared.append(destination);
            continue;
        }
        flushShared();
        OpenTextMessage job = shape;
        job.subject = own->subject;
        job.text = own->text;
        job.html = own->html;
        job.destinations = {destination};
        jobs.append(std::move(job));
    }
    flushShared();
    return jobs;
}

} // namespace OtBridge
