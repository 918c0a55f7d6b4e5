// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opentextchannelinfo.h"

#include <QCoreApplication>

namespace OtBridge {

namespace {

using Info = OpenTextChannelInfo;

QList<Info> &channels()
{
    static QList<Info> list {
        {OpenTextChannel::Email,
         QStringLiteral("email"),
         QStringLiteral("email"),
         QT_TRANSLATE_NOOP("QObject", "Email"),
         Info::Address::Email,
         Info::Content::Email,
         Info::Preview::Email,
         QStringLiteral("/outbound/emails"),
         {},
         {QStringLiteral("subject"), QStringLiteral("text"), QStringLiteral("html"),
          QStringLiteral("from_name")},
         {{{QStringLiteral("subject")}, QT_TRANSLATE_NOOP("QObject", "an email needs a subject")},
          {{QStringLiteral("text"), QStringLiteral("html")},
           QT_TRANSLATE_NOOP("QObject", "an email needs a text or an HTML part")}},
         {QStringLiteral("subject")},
         true,
         {}},
        {OpenTextChannel::Sms,
         QStringLiteral("sms"),
         QStringLiteral("sms"),
         QT_TRANSLATE_NOOP("QObject", "SMS"),
         Info::Address::Phone,
         Info::Content::SmsText,
         Info::Preview::Sms,
         QStringLiteral("/outbound/sms"),
         {},
         {QStringLiteral("text")},
         {{{QStringLiteral("text")}, QT_TRANSLATE_NOOP("QObject", "an SMS needs a text")}},
         {},
         true,
         {}},
        // A fax sends documents, so one text for every recipient: no per-recipient links.
        {OpenTextChannel::Fax,
         QStringLiteral("fax"),
         QStringLiteral("fax"),
         QT_TRANSLATE_NOOP("QObject", "Fax"),
         Info::Address::Fax,
         Info::Content::FaxDocuments,
         Info::Preview::Document,
         QStringLiteral("/outbound/faxes"),
         {},
         {QStringLiteral("text"), QStringLiteral("html")},
         {{{QStringLiteral("text"), QStringLiteral("html")},
           QT_TRANSLATE_NOOP("QObject", "a fax needs a text or an HTML part")}},
         {},
         false,
         {}},
        // A template message has no text of its own to put a recipient's link in.
        {OpenTextChannel::WhatsApp,
         QStringLiteral("whatsapp"),
         QStringLiteral("whatsapp"),
         QT_TRANSLATE_NOOP("QObject", "WhatsApp"),
         Info::Address::Phone,
         Info::Content::WhatsApp,
         Info::Preview::Chat,
         QStringLiteral("/outbound/whatsapp"),
         QStringLiteral("/outbound/whatsapp/template_message"),
         {QStringLiteral("text"), QStringLiteral("template_id"), QStringLiteral("language"),
          QStringLiteral("template_parameters")},
         {{{QStringLiteral("text"), QStringLiteral("template_id")},
           QT_TRANSLATE_NOOP("QObject", "a WhatsApp message needs a text or a template")}},
         {},
         true,
         {QStringLiteral("template_id")}},
    };
    return list;
}

} // namespace

QString OpenTextChannelInfo::titleText() const
{
    return QCoreApplication::translate("QObject", title);
}

const QList<OpenTextChannelInfo> &openTextChannels()
{
    return channels();
}

const OpenTextChannelInfo &channelInfo(OpenTextChannel channel)
{
    const QList<Info> &list = channels();
    for (const Info &info : list) {
        if (info.channel == channel)
            return info;
    }
    return list.first();
}

const OpenTextChannelInfo *channelInfo(const QString &name)
{
    for (const Info &info : channels()) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

void addOpenTextChannel(const OpenTextChannelInfo &info)
{
    QList<Info> &list = channels();
    for (Info &known : list) {
        if (known.channel == info.channel) {
            known = info;
            return;
        }
    }
    list.append(info);
}

QString channelName(OpenTextChannel channel)
{
    return channelInfo(channel).name;
}

QString addressKey(OpenTextChannel channel)
{
    return channelInfo(channel).addressKey;
}

} // namespace OtBridge
