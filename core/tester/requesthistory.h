// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "tester/loadsummary.h"
#include "tester/testerrequest.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace OtBridge {

// One thing the tester sent: the request (redacted), how it was signed (never the secret), how
// many times and how it went.
struct HistoryEntry
{
    QDateTime sentAt;
    TesterRequest request;
    QString signing; // RequestSigning::kindName(), empty when unsigned
    int count = 1;
    int concurrency = 1;
    LoadSummary summary;

    QJsonObject toJson() const;
    static Result<HistoryEntry> fromJson(const QJsonObject &json);
};

// What the tester sent, as JSON lines in DATA_DIR/tester-history.jsonl, newest last. Every
// entry is redacted before it is written (TesterRequest::redacted: credential headers, auth
// values, signatures), so the file never holds a secret. Kept to the last `limit` entries.
class RequestHistory final
{
public:
    static QString fileName() { return QStringLiteral("tester-history.jsonl"); }

    explicit RequestHistory(const QString &dataDir, int limit = 200);

    QString filePath() const { return m_path; }
    // Redacts and appends; now and then rewrites the file to keep the last `limit` entries.
    Result<HistoryEntry> append(const HistoryEntry &entry);
    // The last `limit` entries, oldest first; lines that cannot be read are skipped.
    Result<QList<HistoryEntry>> load() const;
    Result<void> clear();

private:
    Result<void> trim();

    QString m_path;
    int m_limit;
};

} // namespace OtBridge
