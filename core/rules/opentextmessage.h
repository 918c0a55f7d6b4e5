// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/opentextchannel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace OtBridge {

// What OpenText Notifications can send, modelled on the documented submit bodies
// (docs/opentext-notifications-api.md). submitBody() turns one into the JSON OpenText
// expects; texts here are plain Unicode, the encoding (base64 with charset) happens there.
struct OpenTextDestination
{
    QString address;
    QString ref;
    QString displayTo; // email only
    QString displayCc; // email only
};

// A file: an email attachment or a fax document. data holds the raw bytes.
struct OpenTextDocument
{
    QString name; // "contract.pdf"
    QString type; // OpenText document type: "text", "html", "pdf", "docx", ...
    QString charset; // for text types; empty otherwise
    QByteArray data;
};

struct OpenTextMessage
{
    OpenTextChannel channel = OpenTextChannel::Email;
    QList<OpenTextDestination> destinations;

    // options{} common to every channel; empty fields are left out.
    QString messageId;
    QString billingCode;
    QString customerReference;

    // Email
    QString subject;
    QString fromDisplayName;
    QString text; // text part; also the SMS text and the WhatsApp text message
    QString html; // HTML part
    QList<OpenTextDocument> attachments; // email attachments, fax documents

    // Fax
    bool coversheet = false;
    QString coversheetFrom;
    QString coversheetName;
    QString coversheetSubject;
    QString faxMode; // translation_options.fax_mode, e.g. "fine"; empty: OpenText's default
    QString pageOrientation; // translation_options.page_orientation
    QString pilotLine; // pilot_line.text

    // WhatsApp template message (used when templateId is set; otherwise text is sent)
    QString templateId;
    QString languageCode;
    QList<QPair<QString, QString>> templateParameters; // {"body[1]text", "value"}, in order

    // Texts of their own for destinations whose message differs from the others' (each
    // recipient gets an acknowledgement link signed for them), by the destination's address:
    // such a destination goes in a job of its own, with these in place of the subject, text
    // and HTML above (splitDestinations).
    struct OwnTexts
    {
        QString address;
        QString subject;
        QString text;
        QString html;
    };
    QList<OwnTexts> ownTexts;
    const OwnTexts *ownTextsFor(const QString &address) const;
};

// "/outbound/emails", "/outbound/sms", "/outbound/faxes", "/outbound/whatsapp" or
// "/outbound/whatsapp/template_message", relative to the messaging URL (…/mra/v1).
QString submitPath(const OpenTextMessage &message);
// "/outbound/{emails,sms,faxes,whatsapp}/status", relative to the messaging URL.
QString statusPath(OpenTextChannel channel);
QJsonObject submitBody(const OpenTextMessage &message);
// submitBody as the compact JSON text sent: QJsonDocument's bytes (keys sorted), written
// straight into bytes for every channel but a WhatsApp template (which goes through
// QJsonObject, whose parameter names sort and merge as that object does).
QByteArray submitBodyJson(const OpenTextMessage &message);
// The message as jobs of at most maxDestinations destinations each, in order; a destination
// with its own texts is a job of its own, with those texts.
QList<OpenTextMessage> splitDestinations(const OpenTextMessage &message, int maxDestinations);

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::OpenTextMessage)
