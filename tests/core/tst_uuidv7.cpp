// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event/uuidv7.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace OtBridge;

class tst_UuidV7 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layout();
    void sortsByCreation();
};

void tst_UuidV7::layout()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QUuid id = createUuidV7();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(id.toRfc4122().at(6) >> 4, 7); // QUuid::version() in Qt 6.4 predates v7
    QCOMPARE(id.variant(), QUuid::DCE);
    const QByteArray bytes = id.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | quint8(bytes[i]);
    QVERIFY(ms >= before && ms <= after + 1);
}

void tst_UuidV7::sortsByCreation()
{
    QSet<QUuid> seen;
    QString previous;
    for (int i = 0; i < 20000; ++i) {
        const QUuid id = createUuidV7();
        const QString text = id.toString(QUuid::WithoutBraces);
        QVERIFY2(text > previous, qPrintable(previous + QLatin1String(" >= ") + text));
        previous = text;
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 20000);
}

QTEST_APPLESS_MAIN(tst_UuidV7)
#include "tst_uuidv7.moc"
