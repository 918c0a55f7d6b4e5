// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tester/jsoncheck.h"
#include "tester/requesthistory.h"
#include "tester/samplelibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace OtBridge;

// The tester's history file (never a secret in it), the built-in samples it offers and the
// JSON check under its body editor.
class tst_RequestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsWithoutSecrets();
    void keepsTheLastEntries();
    void skipsLinesCutShort();
    void samplesOnePerUseCaseAndSigned();
    void jsonCheckSaysWhere_data();
    void jsonCheckSaysWhere();

private:
    static HistoryEntry entry(int n);
};

HistoryEntry tst_RequestHistory::entry(int n)
{
    HistoryEntry entry;
    entry.sentAt = QDateTime::currentDateTimeUtc();
    entry.request.name = QStringLiteral("request %1").arg(n);
    entry.request.url = QStringLiteral("http://127.0.0.1:8787/hooks/test?api_key=fake-key-7777");
    entry.request.headers = {{"Content-Type", "application/json"},
                             {"Authorization", "Bearer fake-token-5555"},
                             {"X-Custom-Key", "fake-custom-6666"},
                             {"webhook-signature", "v1,c2lnbmF0dXJl"},
                             {"X-Hub-Signature-256", "sha256=abcdef"}};
    entry.request.body
        = R"({"note": "password is fake-password-8888", "n": )" + QByteArray::number(n) + "}";
    entry.request.secretHeaders = {"X-Custom-Key"};
    entry.request.secretQueryKeys = {QStringLiteral("api_key")};
    entry.request.secretValues = {QStringLiteral("fake-password-8888")};
    entry.signing = QStringLiteral("github");
    entry.count = 20;
    entry.concurrency = 4;
    entry.summary.planned = 20;
    entry.summary.completed = 20;
    entry.summary.statusCounts = {{202, 20}};
    entry.summary.p50Ms = 1.5;
    return entry;
}

void tst_RequestHistory::roundTripsWithoutSecrets()
{
    QTemporaryDir dir;
    RequestHistory history(dir.path());
    const auto written = history.append(entry(1));
    QVERIFY2(written, qPrintable(written.error()));

    QFile file(history.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    for (const char *secret : {"fake-token-5555", "fake-custom-6666", "fake-key-7777",
                               "fake-password-8888", "c2lnbmF0dXJl", "abcdef"})
        QVERIFY2(!onDisk.contains(secret), secret);
    QCOMPARE(onDisk.count('\n'), 1);

    const auto loaded = history.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), 1);
    const HistoryEntry back = loaded->first();
    QCOMPARE(back.request.name, QStringLiteral("request 1"));
    QCOMPARE(back.request.url,
             QStringLiteral("http://127.0.0.1:8787/hooks/test?api_key=[redacted]"));
    QCOMPARE(headerValue(back.request.headers, "content-type"), QByteArray("application/json"));
    QCOMPARE(headerValue(back.request.headers, "authorization"), QByteArray("[redacted]"));
    QCOMPARE(headerValue(back.request.headers, "x-custom-key"), QByteArray("[redacted]"));
    QCOMPARE(headerValue(back.request.headers, "webhook-signature"), QByteArray("[redacted]"));
    QCOMPARE(back.request.body, QByteArray(R"({"note": "password is [redacted]", "n": 1})"));
    QCOMPARE(back.signing, QStringLiteral("github"));
    QCOMPARE(back.count, 20);
    QCOMPARE(back.concurrency, 4);
    QCOMPARE(back.summary.statusCounts, (QMap<int, int> {{202, 20}}));
    QCOMPARE(back.summary.p50Ms, 1.5);
    QCOMPARE(back.request.method, QByteArray("POST"));
}

void tst_RequestHistory::keepsTheLastEntries()
{
    QTemporaryDir dir;
    RequestHistory history(dir.path(), 5);
    for (int n = 1; n <= 23; ++n)
        QVERIFY(history.append(entry(n)));
    const auto loaded = history.load();
    QCOMPARE(loaded->size(), 5);
    QCOMPARE(loaded->first().request.name, QStringLiteral("request 19"));
    QCOMPARE(loaded->last().request.name, QStringLiteral("request 23"));
    QFile file(history.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().count('\n') <= 10); // trimmed as it grows

    QVERIFY(history.clear());
    QVERIFY(history.load()->isEmpty());
}

void tst_RequestHistory::skipsLinesCutShort()
{
    QTemporaryDir dir;
    RequestHistory history(dir.path());
    QVERIFY(history.append(entry(1)));
    QFile file(history.filePath());
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"sent_at\": \"2026-");
    file.close();
    QVERIFY(history.append(entry(2)));
    // The cut line is skipped; the entry after it starts on a line of its own.
    const auto loaded = history.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), 2);
    QCOMPARE(loaded->first().request.name, QStringLiteral("request 1"));
    QCOMPARE(loaded->last().request.name, QStringLiteral("request 2"));
}

void tst_RequestHistory::samplesOnePerUseCaseAndSigned()
{
    Q_INIT_RESOURCE(otbridge_defaults);
    const auto samples = SampleLibrary::builtIn();
    QVERIFY2(samples, qPrintable(samples.error()));
    QSet<int> useCases;
    QSet<RequestSigning::Kind> schemes;
    for (const Sample &sample : samples.value()) {
        QVERIFY2(JsonCheck::of(sample.body).valid, qPrintable(sample.title));
        QVERIFY(!sample.source.isEmpty());
        if (sample.signing == RequestSigning::Kind::None)
            useCases.insert(sample.useCase);
        else
            schemes.insert(sample.signing);
    }
    QCOMPARE(useCases, (QSet<int> {1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(
        schemes,
        (QSet<RequestSigning::Kind> {RequestSigning::Kind::StandardWebhooks,
                                     RequestSigning::Kind::GitHub, RequestSigning::Kind::Stripe}));
    QCOMPARE(samples->first().source, QStringLiteral("contract-review"));
}

void tst_RequestHistory::jsonCheckSaysWhere_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addRow("object") << QByteArray(R"({"a": [1, 2]})") << true << 0 << 0;
    QTest::addRow("array") << QByteArray("[1, {}]") << true << 0 << 0;
    QTest::addRow("empty") << QByteArray("  ") << false << 0 << 0;
    QTest::addRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << false << 3 << 3;
    QTest::addRow("unterminated") << QByteArray("{\"a\": ") << false << 1 << 6;
}

void tst_RequestHistory::jsonCheckSaysWhere()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonCheck check = JsonCheck::of(body);
    QCOMPARE(check.valid, valid);
    QCOMPARE(check.message.isEmpty(), valid);
    QCOMPARE(check.line, line);
    QCOMPARE(check.column, column);
    if (line > 0)
        QVERIFY2(
            check.message.endsWith(QStringLiteral(" at line %1, column %2").arg(line).arg(column)),
            qPrintable(check.message));
}

QTEST_GUILESS_MAIN(tst_RequestHistory)
#include "tst_requesthistory.moc"
