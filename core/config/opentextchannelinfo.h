// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/opentextchannel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace OtBridge {

// Everything the core and the rule designer know of one channel: one entry per channel
// (docs/architecture.md, "An OpenText channel"). The rule format, validation, rendering, the
// submit and status paths, stored requests and the designer's editor and preview read it
// instead of keeping lists or switches of their own. The sandbox keeps its own on purpose.
struct OpenTextChannelInfo
{
    // What an address is: how it is checked and which contact of a person in the role
    // directory it takes (a fax number: none, faxes go to written addresses only).
    enum class Address { Email, Phone, Fax };
    // How the rendered message goes into the submit body (rules/opentextmessage.cpp).
    enum class Content { Email, SmsText, FaxDocuments, WhatsApp };
    // How the designer shows the rendered message.
    enum class Preview { Email, Sms, Document, Chat };

    // At least one of the fields must be given, else the words (an untranslated source
    // text of context "QObject") say what the channel needs.
    struct Requirement
    {
        QStringList anyOf;
        const char *words = nullptr;
    };

    OpenTextChannel channel = OpenTextChannel::Email;
    QString name; // the rule's "channel", stored requests: "email"
    QString addressKey; // a destination's key in submit and status documents: "email"
    const char *title = nullptr; // for people, an untranslated text of context "QObject"
    Address address = Address::Email;
    Content content = Content::Email;
    Preview preview = Preview::Email;
    QString submitPath; // relative to the messaging URL: "/outbound/emails"
    QString templateSubmitPath; // with a template_id, when it differs: WhatsApp's
    // The action fields that apply, in the editor's order: "subject", "text", "html",
    // "from_name", "template_id", "language", "template_parameters".
    QStringList fields;
    QList<Requirement> requirements;
    QStringList notEmptyWhenRendered; // must render to more than blanks ("subject")
    // Whether each recipient may get texts of their own (an acknowledgement link signed for
    // them, sent as a job of its own), unless one of noOwnTextsWith is given.
    bool ownTexts = true;
    QStringList noOwnTextsWith;

    QString statusPath() const { return submitPath + QStringLiteral("/status"); }
    QString titleText() const; // translated
    bool takes(const QString &field) const { return fields.contains(field); }
};

// The channels in the order the designer offers them: the built-in four, then any added.
const QList<OpenTextChannelInfo> &openTextChannels();
// The entry of a channel; an id nobody added gets the email entry (never in practice: ids
// come from openTextChannels()).
const OpenTextChannelInfo &channelInfo(OpenTextChannel channel);
// The channel the rule format calls name, or null.
const OpenTextChannelInfo *channelInfo(const QString &name);
// Adds a channel, or replaces the one of the same id: a test's channel, or one defined outside
// opentextchannel.cpp. Call it before anything reads the channels, from one thread.
void addOpenTextChannel(const OpenTextChannelInfo &info);

} // namespace OtBridge
