// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/eventfilterproxymodel.h"
#include "console/eventtablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
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
    void filtersBySourceStateAndTime();
    void ruleAndBodyTextWaitForTheStore();
    void staysCorrectWhileRowsArrive_data();
    void staysCorrectWhileRowsArrive();

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

void tst_EventFilterProxyModel::filtersBySourceStateAndTime()
{
    EventFilter filter;
    filter.sources = {QStringLiteral("github"), QStringLiteral("approvals")};
    m_proxy->setFilter(filter);
    QCOMPARE(visibleSources(), QStringList({"approvals", "github"}));
    filter.states = {QStringLiteral("rejected")};
    m_proxy->setFilter(filter);
    QCOMPARE(visibleSources(), QStringList({"github"}));
    filter.states = {QStringLiteral("received")};
    m_proxy->setFilter(filter);
    QCOMPARE(visibleSources(), QStringList({"approvals"}));

    // A duplicate answers to "duplicate", never to its first event's state.
    EventSummary duplicate = summary(QStringLiteral("approvals"), QStringLiteral("10.1.1.1"));
    duplicate.id = m_approvalId;
    duplicate.duplicate = true;
    m_model->appendBatch({duplicate});
    QCOMPARE(visibleSources(), QStringList({"approvals"}));
    filter.states = {QStringLiteral("duplicate")};
    m_proxy->setFilter(filter);
    QCOMPARE(visibleSources(), QStringList({"approvals"}));
    QVERIFY(m_proxy->index(0, 0).data(EventTableModel::DuplicateRole).toBool());

    filter = {};
    filter.from = QDateTime::currentDateTimeUtc().addSecs(3600);
    m_proxy->setFilter(filter);
    QCOMPARE(visibleSources(), QStringList());
    filter.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
    filter.to = QDateTime::currentDateTimeUtc().addSecs(3600);
    m_proxy->setFilter(filter);
    QCOMPARE(m_proxy->rowCount(), 5);
}

void tst_EventFilterProxyModel::ruleAndBodyTextWaitForTheStore()
{
    EventFilter filter;
    filter.rule = QStringLiteral("legal");
    m_proxy->setFilter(filter);
    QCOMPARE(visibleSources(), QStringList()); // nothing confirmed; refusals never routed
    m_proxy->addStoreMatches({m_approvalId});
    QCOMPARE(visibleSources(), QStringList({"approvals"}));

    // Another rule forgets what the store said about the first.
    filter.rule = QStringLiteral("finance");
    m_proxy->setFilter(filter);
    QCOMPARE(visibleSources(), QStringList());

    // Text: what the row holds matches at once, the body only once confirmed; a refusal by its
    // reason.
    filter = {};
    filter.text = QStringLiteral("mismatch");
    m_proxy->setFilter(filter);
    QCOMPARE(visibleSources(), QStringList());
    const EventSummary refused = [] {
        EventSummary row = summary(QStringLiteral("stripe"), QStringLiteral("10.0.0.7"), true);
        row.detail = QStringLiteral("signature mismatch");
        return row;
    }();
    m_model->appendBatch({refused});
    QCOMPARE(visibleSources(), QStringList({"stripe"}));
    m_proxy->addStoreMatches({m_approvalId});
    QCOMPARE(visibleSources(), QStringList({"approvals", "stripe"}));
    filter.text = QStringLiteral("10.0.0.1");
    m_proxy->setFilter(filter);
    QCOMPARE(visibleSources(), QStringList({"contract-review"}));
}

void tst_EventFilterProxyModel::staysCorrectWhileRowsArrive_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("cap");
    QTest::addColumn<bool>("tester");
    // QAbstractItemModelTester walks every row on every signal, which is quadratic: it checks
    // the same sequence of inserts, drops and late confirmations at a scale it can finish.
    QTest::addRow("6k rows, every signal checked by the tester") << 6000 << 3600 << true;
    QTest::addRow("100k rows") << 100000 << 60000 << false;
}

// The console's load: rows arriving in batches of 500 under a filter, the oldest dropped past the
// cap, the store confirming some rows late; the rows shown are exactly those the filter accepts.
// Time per batch is printed, not asserted.
void tst_EventFilterProxyModel::staysCorrectWhileRowsArrive()
{
    QFETCH(int, total);
    QFETCH(int, cap);
    QFETCH(bool, tester);
    m_tester.reset();
    m_model->clear();
    m_model->setMaximumRows(cap);
    if (tester) {
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    EventFilter filter;
    filter.sources = {QStringLiteral("alpha"), QStringLiteral("beta")};
    filter.text = QStringLiteral("needle");
    m_proxy->setFilter(filter);

    constexpr int batchSize = 500;
    QList<QUuid> confirmed;
    QElapsedTimer timer;
    qint64 slowestNs = 0;
    qint64 totalNs = 0;
    for (int first = 0; first < total; first += batchSize) {
        QList<EventSummary> batch;
        for (int i = first; i < first + batchSize; ++i) {
            const QString source = i % 4 == 0 ? QStringLiteral("alpha")
                : i % 4 == 1                  ? QStringLiteral("beta")
                                              : QStringLiteral("gamma");
            // Every 10th has "needle" in its peer (matches here), every 7th in its body
            // (matches once the store says so).
            EventSummary row = summary(source,
                                       i % 10 == 0 ? QStringLiteral("needle-%1").arg(i)
                                                   : QStringLiteral("10.0.0.1"));
            if (i % 1000 == 999)
                row = summary(source, QStringLiteral("10.0.0.1"), true);
            batch.append(row);
            if (i % 7 == 0 && !row.rejected)
                confirmed.append(row.id);
        }
        timer.start();
        m_model->appendBatch(batch);
        m_proxy->addStoreMatches(confirmed);
        const qint64 ns = timer.nsecsElapsed();
        slowestNs = std::max(slowestNs, ns);
        totalNs += ns;
        confirmed.clear();
    }
    QCOMPARE(m_model->rowCount(), cap);

    int expected = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const EventSummary &summary = m_model->summary(row);
        const bool source
            = summary.source == QLatin1String("alpha") || summary.source == QLatin1String("beta");
        const bool text = !summary.rejected
            && (summary.peer.contains(QLatin1String("needle"))
                || m_proxy->isStoreMatch(summary.id));
        if (source && text)
            ++expected;
    }
    QCOMPARE(m_proxy->rowCount(), expected);
    // The newest `cap`: alpha or beta (i % 4 < 2) and (i % 10 == 0 or i % 7 == 0), never a
    // refusal (i % 1000 == 999).
    int byHand = 0;
    for (int i = total - cap; i < total; ++i) {
        if (i % 4 < 2 && i % 1000 != 999 && (i % 10 == 0 || i % 7 == 0))
            ++byHand;
    }
    QCOMPARE(m_proxy->rowCount(), byHand);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString source = m_proxy->index(row, EventTableModel::SourceColumn).data().toString();
        QVERIFY(source == QLatin1String("alpha") || source == QLatin1String("beta"));
    }
    qInfo("%d rows in batches of %d under a filter: %.2f ms per batch on average, slowest "
          "%.2f ms",
          total, batchSize, totalNs / 1e6 / (total / batchSize), slowestNs / 1e6);
}

QTEST_GUILESS_MAIN(tst_EventFilterProxyModel)
#include "tst_eventfilterproxymodel.moc"
