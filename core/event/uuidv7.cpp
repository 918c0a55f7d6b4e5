// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uuidv7.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace OtBridge {

QUuid createUuidV7()
{
    // A 12-bit counter in rand_a keeps ids created in the same millisecond in order
    // (RFC 9562, method 1); the lock is uncontended in practice: one ingest thread.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0;

    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 sequence;
    {
        QMutexLocker locker(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0fff) { // counter exhausted: borrow the next millisecond
                ++ms;
                counter = 0;
            }
        } else {
            counter = quint16(QRandomGenerator::global()->bounded(0x0400));
        }
        lastMs = ms;
        sequence = counter;
    }

    std::array<quint8, 16> bytes;
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(ms >> (8 * (5 - i)));
    bytes[6] = quint8(0x70 | ((sequence >> 8) & 0x0f));
    bytes[7] = quint8(sequence & 0xff);
    const quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = quint8(random >> (8 * i));
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f)); // RFC 4122 variant

    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes.data()), 16));
}

} // namespace OtBridge
