// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/conditionoperator.h"
#include "config/opentextchannelinfo.h"

#include <QJsonValue>

#include <cmath>

// The tests' own extension points, added the way a new channel or operator is
// (docs/architecture.md, "Where to add things"): each is this one entry and nothing else.
namespace TestExtensions {

// A pager channel: phone numbers, one text, submitted to /outbound/pager.
inline constexpr auto pager = OtBridge::OpenTextChannel(100);

inline void add()
{
    using Info = OtBridge::OpenTextChannelInfo;
    Info channel;
    channel.channel = pager;
    channel.name = QStringLiteral("pager");
    channel.addressKey = QStringLiteral("pager");
    channel.title = "Pager";
    channel.address = Info::Address::Phone;
    channel.content = Info::Content::SmsText;
    channel.preview = Info::Preview::Sms;
    channel.submitPath = QStringLiteral("/outbound/pager");
    channel.fields = {QStringLiteral("text")};
    channel.requirements = {{{QStringLiteral("text")}, "a page needs a text"}};
    OtBridge::addOpenTextChannel(channel);

    // "divisible_by": a number the found number divides by without a remainder.
    OtBridge::ConditionOperator divisible;
    divisible.name = QStringLiteral("divisible_by");
    divisible.label = QStringLiteral("is divisible by");
    divisible.value = OtBridge::ConditionOperator::Value::NumberOrTime;
    OtBridge::addConditionOperator(
        divisible, [](const QJsonValue &actual, const QJsonValue &value) {
            return actual.isDouble() && value.isDouble() && value.toDouble() != 0
                && std::fmod(actual.toDouble(), value.toDouble()) == 0;
        });
}

} // namespace TestExtensions
