// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opentextmessage.h"

#include "config/opentextchannelinfo.h"

#include <QJsonArray>

#include <algorithm>

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

} // namespace

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
