// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/curlcommand.h"
#include "httpsink.h"

#include <QProcess>
#include <QtTest>

using namespace OtBridge;

// Each command is run by a real /bin/sh and a real curl against a loopback endpoint, which must
// receive exactly the method, headers and bytes the command was made from.
class TestCurlCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesForTheShell_data();
    void quotesForTheShell();
    void runsUnchangedInAShell_data();
    void runsUnchangedInAShell();
    void leavesOutHeadersCurlComputes();
};

void TestCurlCommand::quotesForTheShell_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    QTest::addRow("plain") << "abc"
                           << "'abc'";
    QTest::addRow("single quote") << "it's"
                                  << "'it'\\''s'";
    QTest::addRow("dollar and backtick") << "$HOME `id`"
                                         << "'$HOME `id`'";
    QTest::addRow("empty") << ""
                           << "''";
}

void TestCurlCommand::quotesForTheShell()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(shellQuoted(argument), quoted);
}

void TestCurlCommand::runsUnchangedInAShell_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("json with quotes and dollars")
        << QByteArray("POST") << QByteArray(R"({"name":"O'Brien","cost":"$5 `x` !1","text":"line1
line2 \n"})");
    QTest::addRow("utf-8") << QByteArray("PUT") << QByteArray("{\"city\":\"Zürich – 東京\"}");
    QTest::addRow("binary") << QByteArray("POST") << QByteArray("\x00\x01\xff\xfe'\"\n", 8);
    QTest::addRow("no body") << QByteArray("GET") << QByteArray();
}

void TestCurlCommand::runsUnchangedInAShell()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    HttpSink sink;
    QVERIFY(sink.listen());
    const HeaderList headers
        = {{"Content-Type", "application/json"}, {"X-Note", "it's $HOME"}, {"webhook-id", "msg_1"}};
    const QString command
        = curlCommand(method, QUrl(QString::fromLatin1(sink.url("/hooks/a?b=c d"))), headers, body);
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), command + QStringLiteral(" --silent --max-time 10")});
    QVERIFY(shell.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(sink.requests().size(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 10000);
    QCOMPARE(shell.exitCode(), 0);
    const HttpSink::Request request = sink.requests().constFirst();
    QCOMPARE(request.method, method);
    QCOMPARE(request.path, QByteArray("/hooks/a?b=c%20d"));
    QCOMPARE(request.body, body);
    QCOMPARE(request.header("x-note"), QByteArray("it's $HOME"));
    QCOMPARE(request.header("webhook-id"), QByteArray("msg_1"));
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
}

void TestCurlCommand::leavesOutHeadersCurlComputes()
{
    const QString command
        = curlCommand("POST", QUrl("http://127.0.0.1:1/x"),
                      {{"Content-Length", "99"}, {"Host", "evil"}, {"A", "b"}}, "{}");
    QCOMPARE(command,
             QStringLiteral("curl -X 'POST' 'http://127.0.0.1:1/x' -H 'A: b' --data-binary '{}'"));
}

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
