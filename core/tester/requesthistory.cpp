// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesthistory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>

namespace OtBridge {

QJsonObject HistoryEntry::toJson() const
{
    QJsonArray headers;
    for (const auto &[name, value] : request.headers)
        headers.append(QJsonArray {QString::fromUtf8(name), QString::fromUtf8(value)});
    QJsonObject json {{QStringLiteral("sent_at"), sentAt.toUTC().toString(Qt::ISODateWithMs)},
                      {QStringLiteral("name"), request.name},
                      {QStringLiteral("method"), QString::fromLatin1(request.method)},
                      {QStringLiteral("url"), request.url},
                      {QStringLiteral("headers"), headers},
                      {QStringLiteral("body"), QString::fromUtf8(request.body)},
                      {QStringLiteral("count"), count},
                      {QStringLiteral("concurrency"), concurrency},
                      {QStringLiteral("summary"), summary.toJson()}};
    if (!signing.isEmpty())
        json.insert(QStringLiteral("signing"), signing);
    return json;
}

Result<HistoryEntry> HistoryEntry::fromJson(const QJsonObject &json)
{
    HistoryEntry entry;
    entry.sentAt
        = QDateTime::fromString(json.value(QLatin1String("sent_at")).toString(), Qt::ISODateWithMs);
    entry.request.name = json.value(QLatin1String("name")).toString();
    entry.request.method = json.value(QLatin1String("method")).toString().toLatin1();
    entry.request.url = json.value(QLatin1String("url")).toString();
    if (!entry.sentAt.isValid() || entry.request.method.isEmpty() || entry.request.url.isEmpty())
        return Result<HistoryEntry>::failure(
            QObject::tr("a history entry needs sent_at, method and url"));
    for (const QJsonValue &header : json.value(QLatin1String("headers")).toArray()) {
        const QJsonArray pair = header.toArray();
        entry.request.headers.append(
            {pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8()});
    }
    entry.request.body = json.value(QLatin1String("body")).toString().toUtf8();
    entry.signing = json.value(QLatin1String("signing")).toString();
    entry.count = json.value(QLatin1String("count")).toInt(1);
    entry.concurrency = json.value(QLatin1String("concurrency")).toInt(1);
    entry.summary = LoadSummary::fromJson(json.value(QLatin1String("summary")).toObject());
    return entry;
}

RequestHistory::RequestHistory(const QString &dataDir, int limit)
    : m_path(QDir(dataDir).filePath(fileName()))
    , m_limit(limit)
{ }

Result<HistoryEntry> RequestHistory::append(const HistoryEntry &entry)
{
    HistoryEntry written = entry;
    written.request = entry.request.redacted();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return Result<HistoryEntry>::failure(
            QObject::tr("%1: cannot be written: %2").arg(m_path, file.errorString()));
    QByteArray line = QJsonDocument(written.toJson()).toJson(QJsonDocument::Compact) + '\n';
    // A line cut short by a crash must not swallow this one.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.peek(1) != "\n")
        line.prepend('\n');
    if (file.write(line) != line.size())
        return Result<HistoryEntry>::failure(
            QObject::tr("%1: cannot be written: %2").arg(m_path, file.errorString()));
    file.close();
    // Rewriting on every append would cost a full copy per request; at twice the limit it
    // costs one copy per `limit` appends.
    if (file.size() > 0 && m_limit > 0) {
        QFile reading(m_path);
        if (reading.open(QIODevice::ReadOnly)) {
            int lines = 0;
            while (!reading.atEnd() && lines <= 2 * m_limit) {
                reading.readLine();
                ++lines;
            }
            if (lines > 2 * m_limit) {
                if (auto trimmed = trim(); !trimmed)
                    return Result<HistoryEntry>::failure(trimmed.error());
            }
        }
    }
    return written;
}

Result<QList<HistoryEntry>> RequestHistory::load() const
{
    QList<HistoryEntry> entries;
    QFile file(m_path);
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly))
        return Result<QList<HistoryEntry>>::failure(
            QObject::tr("%1: cannot be read: %2").arg(m_path, file.errorString()));
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            continue; // a line cut short by a crash
        auto entry = HistoryEntry::fromJson(document.object());
        if (entry)
            entries.append(std::move(entry).value());
    }
    if (m_limit > 0 && entries.size() > m_limit)
        entries = entries.mid(entries.size() - m_limit);
    return entries;
}

Result<void> RequestHistory::clear()
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return Result<void>::failure(QObject::tr("%1: cannot be removed").arg(m_path));
    return {};
}

Result<void> RequestHistory::trim()
{
    const auto entries = load();
    if (!entries)
        return Result<void>::failure(entries.error());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<void>::failure(
            QObject::tr("%1: cannot be written: %2").arg(m_path, file.errorString()));
    for (const HistoryEntry &entry : entries.value())
        file.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n');
    if (!file.commit())
        return Result<void>::failure(
            QObject::tr("%1: cannot be written: %2").arg(m_path, file.errorString()));
    return {};
}

} // namespace OtBridge
