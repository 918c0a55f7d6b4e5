// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/requesthead.h"

#include <QTest>

using namespace OtBridge;

class tst_RequestHead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCompleteHead();
    void absoluteFormPath_data();
    void absoluteFormPath();
    void incompleteUntilEmptyLine();
    void tooLarge();
    void malformed_data();
    void malformed();
    void connectionSemantics();
    void chunkedScanner_data();
    void chunkedScanner();
    void chunkedScannerByteByByte();
};

void tst_RequestHead::parsesCompleteHead()
{
    const QByteArray bytes
        = "POST /hooks/a%20b?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 12\r\n"
          "content-type:  application/json \r\nExpect: 100-continue\r\n\r\n{\"body\"";
    const HeadParse parse = parseRequestHead(bytes, 16384);
    QCOMPARE(parse.status, HeadParse::Complete);
    const RequestHead &head = parse.head;
    QCOMPARE(head.method, QByteArray("POST"));
    QCOMPARE(head.target, QByteArray("/hooks/a%20b?x=1"));
    QCOMPARE(head.path, QByteArray("/hooks/a%20b"));
    QCOMPARE(head.contentLength, 12);
    QCOMPARE(head.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(head.expectContinue);
    QVERIFY(head.keepAlive);
    QCOMPARE(head.size, bytes.indexOf("{"));
    QCOMPARE(head.headers.size(), 4);
}

void tst_RequestHead::absoluteFormPath_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("path");
    QTest::addRow("origin form") << QByteArray("/hooks/a?x=1") << QByteArray("/hooks/a");
    QTest::addRow("absolute form")
        << QByteArray("http://h:8080/hooks/a?x=1") << QByteArray("/hooks/a");
    QTest::addRow("https, no path") << QByteArray("https://h?x=1") << QByteArray("/");
    QTest::addRow("not a scheme") << QByteArray("/http://h/a") << QByteArray("/http://h/a");
}

void tst_RequestHead::absoluteFormPath()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, path);
    const QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: h\r\n\r\n";
    const HeadParse parse = parseRequestHead(request, 16 * 1024);
    QCOMPARE(parse.status, HeadParse::Complete);
    QCOMPARE(parse.head.target, target);
    QCOMPARE(parse.head.path, path);
}

void tst_RequestHead::incompleteUntilEmptyLine()
{
    QCOMPARE(parseRequestHead("POST / HTTP/1.1\r\nHost: h\r\n", 100).status, HeadParse::Incomplete);
    QCOMPARE(parseRequestHead("", 100).status, HeadParse::Incomplete);
}

void tst_RequestHead::tooLarge()
{
    const QByteArray head = "GET / HTTP/1.1\r\nX: " + QByteArray(200, 'a');
    QCOMPARE(parseRequestHead(head, 100).status, HeadParse::TooLarge);
    QCOMPARE(parseRequestHead(QByteArray(head + "\r\n\r\n"), 100).status, HeadParse::TooLarge);
    QCOMPARE(parseRequestHead(QByteArray(head + "\r\n\r\n"), 1000).status, HeadParse::Complete);
}

void tst_RequestHead::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::addRow("no version") << QByteArray("GET /\r\n\r\n")
                                << QStringLiteral("malformed request line");
    QTest::addRow("bad version") << QByteArray("GET / HTTP/2.0\r\n\r\n")
                                 << QStringLiteral("unsupported HTTP version HTTP/2.0");
    QTest::addRow("bad method") << QByteArray("G(T / HTTP/1.1\r\n\r\n")
                                << QStringLiteral("malformed request method");
    QTest::addRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost h\r\n\r\n")
                              << QStringLiteral("malformed header line");
    QTest::addRow("space in name") << QByteArray("GET / HTTP/1.1\r\nHo st: h\r\n\r\n")
                                   << QStringLiteral("malformed header line");
    QTest::addRow("folding") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n")
                             << QStringLiteral("obsolete header line folding is not accepted");
    QTest::addRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n")
                                     << QStringLiteral("invalid Content-Length");
    QTest::addRow("signed length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +5\r\n\r\n")
                                   << QStringLiteral("invalid Content-Length");
    QTest::addRow("two lengths") << QByteArray(
        "POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n")
                                 << QStringLiteral("conflicting Content-Length headers");
    QTest::addRow("gzip coding") << QByteArray(
        "POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
                                 << QStringLiteral("unsupported Transfer-Encoding");
    QTest::addRow("length and chunked")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n")
        << QStringLiteral("both Content-Length and Transfer-Encoding given");
}

void tst_RequestHead::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const HeadParse parse = parseRequestHead(bytes, 16384);
    QCOMPARE(parse.status, HeadParse::Malformed);
    QCOMPARE(parse.error, error);
}

void tst_RequestHead::connectionSemantics()
{
    QVERIFY(!parseRequestHead("GET / HTTP/1.0\r\n\r\n", 100).head.keepAlive);
    QVERIFY(
        parseRequestHead("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 100).head.keepAlive);
    QVERIFY(!parseRequestHead("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n", 100).head.keepAlive);
    QCOMPARE(parseRequestHead("\r\nGET / HTTP/1.1\r\n\r\n", 100).status, HeadParse::Complete);
}

void tst_RequestHead::chunkedScanner_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("payload");
    QTest::addColumn<qsizetype>("consumed");

    const QByteArray simple = "4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n";
    QTest::addRow("simple") << simple << int(ChunkedBodyScanner::Done) << qint64(9)
                            << simple.size();
    QTest::addRow("followed by next request")
        << simple + "GET / HTTP/1.1" << int(ChunkedBodyScanner::Done) << qint64(9) << simple.size();
    const QByteArray trailers = "A;name=val\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n";
    QTest::addRow("extension and trailer")
        << trailers << int(ChunkedBodyScanner::Done) << qint64(10) << trailers.size();
    QTest::addRow("partial") << QByteArray("4\r\nWi") << int(ChunkedBodyScanner::NeedMore)
                             << qint64(2) << qsizetype(5);
    QTest::addRow("bad size") << QByteArray("x\r\n") << int(ChunkedBodyScanner::Malformed)
                              << qint64(0) << qsizetype(0);
    QTest::addRow("missing CRLF after data")
        << QByteArray("2\r\nabX") << int(ChunkedBodyScanner::Malformed) << qint64(2)
        << qsizetype(5);
    QTest::addRow("absurd size") << QByteArray("ffffffffffffffff\r\n")
                                 << int(ChunkedBodyScanner::Malformed) << qint64(0)
                                 << qsizetype(15);
}

void tst_RequestHead::chunkedScanner()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(qint64, payload);
    QFETCH(qsizetype, consumed);
    ChunkedBodyScanner scanner;
    qsizetype used = -1;
    QCOMPARE(int(scanner.feed(bytes, &used)), status);
    QCOMPARE(scanner.payloadBytes(), payload);
    QCOMPARE(used, consumed);
}

void tst_RequestHead::chunkedScannerByteByByte()
{
    const QByteArray bytes = "4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n";
    ChunkedBodyScanner scanner;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        qsizetype used = 0;
        const auto status = scanner.feed(QByteArrayView(bytes).sliced(i, 1), &used);
        QCOMPARE(used, 1);
        QCOMPARE(status,
                 i + 1 == bytes.size() ? ChunkedBodyScanner::Done : ChunkedBodyScanner::NeedMore);
    }
    QCOMPARE(scanner.payloadBytes(), 9);
}

QTEST_APPLESS_MAIN(tst_RequestHead)
#include "tst_requesthead.moc"
