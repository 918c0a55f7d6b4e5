// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/eventfilterproxymodel.h"
#include "console/eventtablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace OtBridge;

namespace {

// Fixed ids, so no random hex digit can match a filter such as "401" by chance.
QUuid nextId()
{
    static int counter = 0;
    return QUuid::fromString(
        QStringLiteral("00000000-0000-7000-8000-%1").arg(++counter, 12, 10, QLatin1Char('0')));
}

EventSummary summary(const QString &source, const QString &peer, bool rejected = false)
{
    EventSummary summary;
    summary.source = source;
    summary.peer = peer;
    summary.receivedAt = QDateTime::currentDateTimeUtc();
    if (rejected) {
        summary.httpStatus = 401;
        summary.state = QStringLiteral("rejected");
        summary.detail = QStringLiteral("signature does not match");
        summary.rejected = true;
    } else {
        summary.id = nextId();
        summary.httpStatus = 202;
        summary.state = QStringLiteral("received");
    }
    return summary;
}

} // namespace

class tst_EventFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsEverythingByDefault();
    void filtersByText_data();
    void filtersByText();
    void hidesRejected();
    void filtersRowsArrivingLater();

private:
    QStringList visibleSources() const;

    std::unique_ptr<EventTableModel> m_model;
    std::unique_ptr<EventFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUuid m_approvalId;
};

void tst_EventFilterProxyModel::init()
{
    m_model = std::make_unique<EventTableModel>();
    m_proxy = std::make_unique<EventFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const EventSummary approval = summary(QStringLiteral("approvals"), QStringLiteral("10.1.1.1"));
    m_approvalId = approval.id;
    m_model->appendBatch({summary(QStringLiteral("contract-review"), QStringLiteral("10.0.0.1")),
                          approval,
                          summary(QStringLiteral("github"), QStringLiteral("10.0.0.2"), true),
                          summary(QStringLiteral("case-updates"), QStringLiteral("10.0.0.3"))});
}

void tst_EventFilterProxyModel::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

QStringList tst_EventFilterProxyModel::visibleSources() const
{
    QStringList sources;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        sources.append(m_proxy->index(row, EventTableModel::SourceColumn).data().toString());
    return sources;
}

void tst_EventFilterProxyModel::showsEverythingByDefault()
{
    QVERIFY(m_proxy->showsRejected());
    QCOMPARE(visibleSources(),
             QStringList({"contract-review", "approvals", "github", "case-updates"}));
}

void tst_EventFilterProxyModel::filtersByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sources");
    QTest::addRow("source, any case")
        << QStringLiteral("CONTRACT") << QStringList {"contract-review"};
    QTest::addRow("peer") << QStringLiteral("10.0.0.3") << QStringList {"case-updates"};
    QTest::addRow("reason") << QStringLiteral("signature") << QStringList {"github"};
    QTest::addRow("state") << QStringLiteral("rejected") << QStringList {"github"};
    QTest::addRow("http status") << QStringLiteral("401") << QStringList {"github"};
    QTest::addRow("spaces trimmed") << QStringLiteral("  approvals ") << QStringList {"approvals"};
    QTest::addRow("no match") << QStringLiteral("zzz") << QStringList {};
    QTest::addRow("empty") << QString()
                           << QStringList {"contract-review", "approvals", "github",
                                           "case-updates"};
}

void tst_EventFilterProxyModel::filtersByText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sources);
    m_proxy->setFilterText(text);
    QCOMPARE(visibleSources(), sources);
}

void tst_EventFilterProxyModel::hidesRejected()
{
    m_proxy->setShowRejected(false);
    QCOMPARE(visibleSources(), QStringList({"contract-review", "approvals", "case-updates"}));
    m_proxy->setFilterText(QStringLiteral("github"));
    QCOMPARE(visibleSources(), QStringList());
    m_proxy->setShowRejected(true);
    QCOMPARE(visibleSources(), QStringList({"github"}));

    m_proxy->setFilterText(m_approvalId.toString(QUuid::WithoutBraces));
    QCOMPARE(visibleSources(), QStringList({"approvals"}));
}

void tst_EventFilterProxyModel::filtersRowsArrivingLater()
{
    m_proxy->setFilterText(QStringLiteral("approvals"));
    m_proxy->setShowRejected(false);
    m_model->appendBatch({summary(QStringLiteral("approvals"), QStringLiteral("10.9.9.9")),
                          summary(QStringLiteral("approvals"), QStringLiteral("10.9.9.9"), true),
                          summary(QStringLiteral("other"), QStringLiteral("10.9.9.9"))});
    QCOMPARE(visibleSources(), QStringList({"approvals", "approvals"}));
    QCOMPARE(m_proxy->index(1, EventTableModel::PeerColumn).data().toString(),
             QStringLiteral("10.9.9.9"));
}

QTEST_GUILESS_MAIN(tst_EventFilterProxyModel)
#include "tst_eventfilterproxymodel.moc"
