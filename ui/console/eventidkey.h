// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QUuid>

namespace OtBridge {

// An event id as a hash key. Qt 6.4's qHash(QUuid) XORs the id's words into 32 bits, so ids that
// differ only in a few bytes (a counter, ids made in the same millisecond) collide in runs, and
// erasing from a QHash of 100k of them took seconds per batch (measured with perf in
// tst_eventfilterproxymodel). Hashing all 16 bytes keeps every lookup and erase short.
struct EventIdKey
{
    QUuid id;

    friend bool operator==(const EventIdKey &a, const EventIdKey &b) noexcept
    {
        return a.id == b.id;
    }
    friend size_t qHash(const EventIdKey &key, size_t seed = 0) noexcept
    {
        static_assert(sizeof(QUuid) == 16);
        return qHashBits(&key.id, sizeof(QUuid), seed);
    }
};

} // namespace OtBridge
