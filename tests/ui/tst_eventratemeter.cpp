// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventratemeter.h"

#include <QTest>

using namespace OtBridge;

class tst_EventRateMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idleIsZero();
    void averagesOverTheWindow();
    void youngMeterDividesByElapsedTime();
    void forgetsBatchesOutsideTheWindow();
};

void tst_EventRateMeter::idleIsZero()
{
    EventRateMeter meter;
    QCOMPARE(meter.ratePerSecond(0), 0.0);
    meter.add(0, 10);
    QCOMPARE(meter.ratePerSecond(20), 0.0);
}

void tst_EventRateMeter::averagesOverTheWindow()
{
    EventRateMeter meter(5000);
    // 100 events every 100 ms for six seconds: 1000 events/s.
    for (qint64 t = 0; t <= 6000; t += 100)
        meter.add(100, t);
    QCOMPARE(meter.ratePerSecond(6000), 1000.0);
}

void tst_EventRateMeter::youngMeterDividesByElapsedTime()
{
    EventRateMeter meter(5000);
    meter.add(50, 1000);
    QCOMPARE(meter.ratePerSecond(1000), 50.0); // never less than a second
    meter.add(50, 2000);
    QCOMPARE(meter.ratePerSecond(3000), 50.0); // 100 events over two seconds
}

void tst_EventRateMeter::forgetsBatchesOutsideTheWindow()
{
    EventRateMeter meter(5000);
    meter.add(500, 0);
    meter.add(10, 4000);
    QCOMPARE(meter.ratePerSecond(5000), 2.0);
    QCOMPARE(meter.ratePerSecond(9500), 0.0);
    meter.reset();
    meter.add(3, 20000);
    QCOMPARE(meter.ratePerSecond(20000), 3.0);
}

QTEST_GUILESS_MAIN(tst_EventRateMeter)
#include "tst_eventratemeter.moc"
