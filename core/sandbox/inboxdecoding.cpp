// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxdecoding.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>

namespace OtBridge {

namespace {

constexpr int faxLinesPerPage = 60;

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QByteArray decodedData(const QJsonObject &part)
{
    return QByteArray::fromBase64(text(part, "data").toLatin1());
}

QString decodedText(const QByteArray &bytes, const QString &charset)
{
    if (charset.isEmpty())
        return QString::fromUtf8(bytes);
    QStringDecoder decoder(charset.toLatin1().constData());
    if (!decoder.isValid())
        return QString::fromUtf8(bytes);
    return decoder.decode(bytes);
}

bool isTextType(const QString &type)
{
    const QString lower = type.toLower();
    return lower.isEmpty() || lower == QLatin1String("text") || lower == QLatin1String("txt")
        || lower == QLatin1String("plain") || lower == QLatin1String("text/plain");
}

bool isHtmlType(const QString &type)
{
    const QString lower = type.toLower();
    return lower == QLatin1String("html") || lower == QLatin1String("htm")
        || lower == QLatin1String("text/html");
}

// The first text part and the first HTML part are the message; every other part, a second
// text part included, is an attachment.
QJsonObject decodedEmail(const QJsonObject &request)
{
    const QJsonObject emailOptions = request.value(QLatin1String("options"))
                                         .toObject()
                                         .value(QLatin1String("email_options"))
                                         .toObject();
    QJsonObject email {
        {QStringLiteral("subject"), text(emailOptions, "subject")},
        {QStringLiteral("from_display_name"), text(emailOptions, "from_display_name")}};
    QString plain;
    QString html;
    bool havePlain = false;
    bool haveHtml = false;
    QJsonArray attachments;
    const QJsonArray parts = request.value(QLatin1String("body")).toArray();
    for (const QJsonValue &value : parts) {
        const QJsonObject part = value.toObject();
        const QString type = text(part, "type");
        const QByteArray bytes = decodedData(part);
        if (!havePlain && isTextType(type)) {
            plain = decodedText(bytes, text(part, "charset"));
            havePlain = true;
        } else if (!haveHtml && isHtmlType(type)) {
            html = decodedText(bytes, text(part, "charset"));
            haveHtml = true;
        } else {
            attachments.append(QJsonObject {{QStringLiteral("name"), text(part, "name")},
                                            {QStringLiteral("type"), type},
                                            {QStringLiteral("bytes"), bytes.size()}});
        }
    }
    email.insert(QStringLiteral("text"), plain);
    email.insert(QStringLiteral("html"), html);
    email.insert(QStringLiteral("attachments"), attachments);
    return email;
}

QJsonObject decodedSms(const QJsonObject &request)
{
    const QString message = text(request, "sms_text");
    const SmsSize size = measureSms(message);
    return {
        {QStringLiteral("text"), message},
        {QStringLiteral("encoding"), size.gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2")},
        {QStringLiteral("length"), size.length},
        {QStringLiteral("segments"), size.segments}};
}

QJsonObject decodedFax(const QJsonObject &request)
{
    QJsonArray documents;
    for (const QJsonValue &value : request.value(QLatin1String("documents")).toArray()) {
        const QJsonObject document = value.toObject();
        const QByteArray bytes = decodedData(document);
        const QString type = text(document, "type");
        const QString name = text(document, "name");
        documents.append(QJsonObject {{QStringLiteral("name"), name},
                                      {QStringLiteral("type"), type},
                                      {QStringLiteral("pages"), faxPageCount(bytes, type, name)},
                                      {QStringLiteral("bytes"), bytes.size()}});
    }
    return {{QStringLiteral("documents"), documents},
            {QStringLiteral("coversheet"),
             request.value(QLatin1String("options"))
                 .toObject()
                 .value(QLatin1String("coversheet"))
                 .toObject()}};
}

QJsonObject decodedWhatsApp(const QJsonObject &request)
{
    const QJsonObject templated = request.value(QLatin1String("whatsapp_template_message"))
                                      .toObject()
                                      .value(QLatin1String("template_message"))
                                      .toObject()
                                      .value(QLatin1String("channel_template"))
                                      .toObject()
                                      .value(QLatin1String("WHATSAPP"))
                                      .toObject();
    const QJsonObject message = request.value(QLatin1String("whatsapp_message")).toObject();
    if (message.isEmpty() && !templated.isEmpty()) {
        return {{QStringLiteral("kind"), QStringLiteral("template_message")},
                {QStringLiteral("template_id"), text(templated, "template_id")},
                {QStringLiteral("language_code"), text(templated, "language_code")},
                {QStringLiteral("parameters"),
                 templated.value(QLatin1String("parameters")).toObject()}};
    }
    if (message.isEmpty())
        return {};
    const QString kind = message.begin().key();
    QJsonObject decoded = message.begin().value().toObject();
    decoded.insert(QStringLiteral("kind"), kind);
    return decoded; // text_message gives {"kind", "text"}: the text a UI shows
}

} // namespace

QJsonObject decodedSubmit(SandboxChannel channel, const QJsonObject &request)
{
    switch (channel) {
    case SandboxChannel::Email:
        return decodedEmail(request);
    case SandboxChannel::Sms:
        return decodedSms(request);
    case SandboxChannel::Fax:
        return decodedFax(request);
    case SandboxChannel::WhatsApp:
        return decodedWhatsApp(request);
    }
    return {};
}

int faxPageCount(const QByteArray &content, const QString &type, const QString &name)
{
    const QString lowerType = type.toLower();
    const bool pdf = lowerType.contains(QLatin1String("pdf"))
        || name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) || content.startsWith("%PDF");
    if (pdf) {
        // "/Type /Page" but not "/Type /Pages", the page tree's root.
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
        int pages = 0;
        QRegularExpressionMatchIterator it = page.globalMatch(QString::fromLatin1(content));
        while (it.hasNext()) {
            it.next();
            ++pages;
        }
        return qMax(1, pages);
    }
    if (isTextType(type) || name.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)) {
        qsizetype lines = content.count('\n');
        if (!content.isEmpty() && !content.endsWith('\n'))
            ++lines;
        return qMax<int>(1, int((lines + faxLinesPerPage - 1) / faxLinesPerPage));
    }
    return 1;
}

} // namespace OtBridge
