// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QRandomGenerator>

// What the suites of the project's JSON scanners (the listener's check, JsonReader, the status
// document's reader) compare with Qt's parser: the documents the project ships, and random
// mutations of documents.

namespace JsonCorpus {

// Every JSON document under the project's resources/ and tests/fixtures/ (webhook samples,
// workspaces, OpenText fixtures, Postman collections).
inline QList<QByteArray> shippedDocuments(const QString &sourceDir)
{
    QList<QByteArray> documents;
    for (const char *dir : {"resources", "tests/fixtures"}) {
        QDirIterator files(sourceDir + QLatin1Char('/') + QLatin1String(dir),
                           {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                documents.append(file.readAll());
        }
    }
    return documents;
}

// document with one to three bytes replaced, inserted or removed; a new byte is one of
// interesting (its first size bytes) three times in four, else any byte.
inline QByteArray mutated(QByteArray document, QRandomGenerator &random, const char *interesting,
                          int size)
{
    const int changes = 1 + random.bounded(3);
    for (int change = 0; change < changes && !document.isEmpty(); ++change) {
        const qsizetype at = random.bounded(int(document.size()));
        const char byte = random.bounded(4) == 0 ? char(random.bounded(256))
                                                 : interesting[random.bounded(size)];
        switch (random.bounded(3)) {
        case 0:
            document[at] = byte;
            break;
        case 1:
            document.insert(at, byte);
            break;
        default:
            document.remove(at, 1);
            break;
        }
    }
    return document;
}

} // namespace JsonCorpus
