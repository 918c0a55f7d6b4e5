// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QVarLengthArray>

namespace OtBridge {

// Writes compact JSON straight into bytes, for documents built on a hot path: the sandbox's
// status documents, three per message, cost a fifth of its thread through QJsonObject (each
// insert a sorted search and a copy) and QJsonDocument. Keys come in the order written.
//
//     JsonWriter json;
//     json.beginObject().key("job_id").value(id).key("job_state").beginArray();
//     ...
//     const QByteArray document = json.take();
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    // The next member's name; ASCII, written as it is (no escaping).
    JsonWriter &key(QLatin1StringView name);
    JsonWriter &value(QStringView text);
    JsonWriter &value(QLatin1StringView text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    // Each text a string of the array.
    JsonWriter &values(const QStringList &texts);

    // Room for this many bytes, so a document of about that size is written without growing.
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }
    // The document written so far; the writer is empty afterwards.
    QByteArray take();

private:
    void separate();
    void quoted(QByteArrayView utf8);

    QByteArray m_out;
    // Per open container: whether it has a member yet (a comma goes before the next one).
    QVarLengthArray<bool, 8> m_filled;
    bool m_afterKey = false;
};

} // namespace OtBridge
