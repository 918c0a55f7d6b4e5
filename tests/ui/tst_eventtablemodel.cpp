// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/eventtablemodel.h"
#include "datetimetext.h"
#include "engine/engine.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace OtBridge;

namespace {

EventSummary accepted(const QString &source, qint64 size = 10)
{
    EventSummary summary;
    summary.id = QUuid::createUuid();
    summary.source = source;
    summary.receivedAt = QDateTime::currentDateTimeUtc();
    summary.bodySize = size;
    summary.peer = QStringLiteral("127.0.0.1");
    summary.httpStatus = 202;
    summary.state = QStringLiteral("received");
    return summary;
}

EventSummary rejected(int status, const QString &reason)
{
    EventSummary summary;
    summary.source = QStringLiteral("nowhere");
    summary.receivedAt = QDateTime::currentDateTimeUtc();
    summary.peer = QStringLiteral("10.0.0.9");
    summary.httpStatus = status;
    summary.state = QStringLiteral("rejected");
    summary.detail = reason;
    summary.rejected = true;
    return summary;
}

QList<EventSummary> acceptedBatch(int count, const QString &prefix = QStringLiteral("s"))
{
    QList<EventSummary> batch;
    for (int i = 0; i < count; ++i)
        batch.append(accepted(prefix + QString::number(i)));
    return batch;
}

QString cell(const EventTableModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class tst_EventTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startsEmpty();
    void appendsBatchWithOneInsert();
    void showsCellsOfAnEvent();
    void marksRejectedRows();
    void marksDuplicates();
    void updatesKnownEventsInPlace();
    void dropsOldestPastTheCap();
    void capKeepsNewestOfAnOversizedBatch();
    void prependsHistoryWithoutDuplicates();
    void historyNeverPushesOutLiveRows();
    void clears();
    void historyMayHoldRefusals();
    void refreshesKnownRowsOnly();
    void touchesRowsForAFilter();
    void showsOutcomeRulesAndEventType();
    void refreshBringsTheOutcome();
    void refusedBodiesStayBounded();
    void marksInternalTraffic();

private:
    std::unique_ptr<EventTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_EventTableModel::init()
{
    m_model = std::make_unique<EventTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_EventTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void tst_EventTableModel::startsEmpty()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(EventTableModel::ColumnCount));
    QCOMPARE(m_model->headerData(EventTableModel::SourceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Source"));
    QCOMPARE(m_model->rowForId(QUuid::createUuid()), -1);
}

void tst_EventTableModel::appendsBatchWithOneInsert()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const QList<EventSummary> first = acceptedBatch(5);
    m_model->appendBatch(first);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4);

    m_model->appendBatch(acceptedBatch(3, QStringLiteral("t")));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 5);
    QCOMPARE(inserted.at(1).at(2).toInt(), 7);
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(cell(*m_model, 6, EventTableModel::SourceColumn), QStringLiteral("t1"));
    for (int i = 0; i < first.size(); ++i)
        QCOMPARE(m_model->rowForId(first.at(i).id), i);

    m_model->appendBatch({});
    QCOMPARE(inserted.size(), 2);
}

void tst_EventTableModel::showsCellsOfAnEvent()
{
    EventSummary event = accepted(QStringLiteral("contract-review"), 2048);
    event.receivedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
    m_model->appendBatch({event});

    QCOMPARE(cell(*m_model, 0, EventTableModel::TimeColumn),
             DateTimeText::shortText(event.receivedAt));
    QCOMPARE(m_model->index(0, EventTableModel::TimeColumn).data(Qt::ToolTipRole).toString(),
             DateTimeText::isoText(event.receivedAt));
    QCOMPARE(cell(*m_model, 0, EventTableModel::SourceColumn), QStringLiteral("contract-review"));
    QCOMPARE(m_model->index(0, EventTableModel::StatusColumn).data().toInt(), 202);
    QCOMPARE(cell(*m_model, 0, EventTableModel::OutcomeColumn), QStringLiteral("received"));
    QCOMPARE(cell(*m_model, 0, EventTableModel::SizeColumn), QLocale().formattedDataSize(2048));
    QCOMPARE(cell(*m_model, 0, EventTableModel::PeerColumn), QStringLiteral("127.0.0.1"));
    QCOMPARE(cell(*m_model, 0, EventTableModel::IdColumn), event.id.toString(QUuid::WithoutBraces));
    const QModelIndex index = m_model->index(0, 0);
    QCOMPARE(index.data(EventTableModel::IdRole).toUuid(), event.id);
    QCOMPARE(index.data(EventTableModel::RejectedRole).toBool(), false);
    QVERIFY(!index.data(Qt::ForegroundRole).isValid());
}

void tst_EventTableModel::marksRejectedRows()
{
    m_model->appendBatch({accepted(QStringLiteral("test")),
                          rejected(404, QStringLiteral("no source named 'nowhere'"))});
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex state = m_model->index(1, EventTableModel::OutcomeColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("rejected"));
    QCOMPARE(state.data(EventTableModel::RejectedRole).toBool(), true);
    QCOMPARE(m_model->index(1, EventTableModel::StatusColumn).data().toInt(), 404);
    QCOMPARE(cell(*m_model, 1, EventTableModel::DetailColumn),
             QStringLiteral("no source named 'nowhere'"));
    QCOMPARE(cell(*m_model, 1, EventTableModel::IdColumn), QString());
    QCOMPARE(cell(*m_model, 1, EventTableModel::SizeColumn), QString());

    const QVariant foreground = state.data(Qt::ForegroundRole);
    QVERIFY(foreground.canConvert<QColor>());
    const QColor color = foreground.value<QColor>();
    QVERIFY2(color.red() > color.green() * 2 && color.red() > color.blue() * 2,
             "a rejected row is drawn in red");
    QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("404")));
    QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("nowhere")));
    QVERIFY(!m_model->index(0, 0).data(Qt::ForegroundRole).isValid());
}

void tst_EventTableModel::marksDuplicates()
{
    const EventSummary original = accepted(QStringLiteral("test"));
    EventSummary duplicate = original;
    duplicate.duplicate = true;
    duplicate.httpStatus = 200;
    duplicate.detail = QStringLiteral("duplicate of an event already stored");
    m_model->appendBatch({original});
    m_model->appendBatch({duplicate});

    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(cell(*m_model, 1, EventTableModel::OutcomeColumn), QStringLiteral("duplicate"));
    QCOMPARE(m_model->index(1, 0).data(EventTableModel::DuplicateRole).toBool(), true);
    QVERIFY(m_model->index(1, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(m_model->rowForId(original.id), 0); // the stored event, not its echo
}

void tst_EventTableModel::updatesKnownEventsInPlace()
{
    const QList<EventSummary> batch = acceptedBatch(4);
    m_model->appendBatch(batch);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    EventSummary routed = batch.at(1);
    routed.state = QStringLiteral("routed");
    EventSummary delivered = batch.at(2);
    delivered.state = QStringLiteral("delivered");
    const EventSummary fresh = accepted(QStringLiteral("new"));
    EventSummary freshRouted = fresh;
    freshRouted.state = QStringLiteral("routed");
    m_model->appendBatch({routed, delivered, fresh, freshRouted});

    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(cell(*m_model, 1, EventTableModel::OutcomeColumn), QStringLiteral("routed"));
    QCOMPARE(cell(*m_model, 2, EventTableModel::OutcomeColumn), QStringLiteral("delivered"));
    QCOMPARE(cell(*m_model, 4, EventTableModel::OutcomeColumn), QStringLiteral("routed"));
    QCOMPARE(m_model->rowForId(fresh.id), 4);
}

void tst_EventTableModel::dropsOldestPastTheCap()
{
    m_model->setMaximumRows(10);
    const QList<EventSummary> first = acceptedBatch(8, QStringLiteral("a"));
    m_model->appendBatch(first);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    const QList<EventSummary> second = acceptedBatch(5, QStringLiteral("b"));
    m_model->appendBatch(second);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(cell(*m_model, 0, EventTableModel::SourceColumn), QStringLiteral("a3"));
    QCOMPARE(cell(*m_model, 9, EventTableModel::SourceColumn), QStringLiteral("b4"));

    QCOMPARE(m_model->rowForId(first.at(0).id), -1);
    QCOMPARE(m_model->rowForId(first.at(2).id), -1);
    QCOMPARE(m_model->rowForId(first.at(3).id), 0);
    QCOMPARE(m_model->rowForId(second.at(4).id), 9);

    // Many more rounds: lookups stay right however often the front moves.
    for (int round = 0; round < 20; ++round)
        m_model->appendBatch(acceptedBatch(3, QStringLiteral("r%1-").arg(round)));
    const QList<EventSummary> last = acceptedBatch(2, QStringLiteral("z"));
    m_model->appendBatch(last);
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_model->rowForId(last.at(1).id), 9);
    QCOMPARE(m_model->rowForId(last.at(0).id), 8);
    QCOMPARE(m_model->rowForId(second.at(4).id), -1);
}

void tst_EventTableModel::capKeepsNewestOfAnOversizedBatch()
{
    m_model->setMaximumRows(4);
    m_model->appendBatch(acceptedBatch(2, QStringLiteral("old")));
    const QList<EventSummary> flood = acceptedBatch(7, QStringLiteral("f"));
    m_model->appendBatch(flood);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(cell(*m_model, 0, EventTableModel::SourceColumn), QStringLiteral("f3"));
    QCOMPARE(cell(*m_model, 3, EventTableModel::SourceColumn), QStringLiteral("f6"));
    QCOMPARE(m_model->rowForId(flood.at(6).id), 3);
    QCOMPARE(m_model->rowForId(flood.at(2).id), -1);
}

void tst_EventTableModel::prependsHistoryWithoutDuplicates()
{
    const QList<EventSummary> live = acceptedBatch(2, QStringLiteral("live"));
    m_model->appendBatch(live);
    QList<EventSummary> history = acceptedBatch(3, QStringLiteral("h"));
    history.append(live.at(0)); // the store already holds the first live event
    m_model->prependHistory(history);

    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(cell(*m_model, 0, EventTableModel::SourceColumn), QStringLiteral("h0"));
    QCOMPARE(cell(*m_model, 2, EventTableModel::SourceColumn), QStringLiteral("h2"));
    QCOMPARE(cell(*m_model, 3, EventTableModel::SourceColumn), QStringLiteral("live0"));
    QCOMPARE(m_model->rowForId(history.at(0).id), 0);
    QCOMPARE(m_model->rowForId(live.at(0).id), 3);
    QCOMPARE(m_model->rowForId(live.at(1).id), 4);
}

void tst_EventTableModel::historyNeverPushesOutLiveRows()
{
    m_model->setMaximumRows(5);
    const QList<EventSummary> live = acceptedBatch(3, QStringLiteral("live"));
    m_model->appendBatch(live);
    m_model->prependHistory(acceptedBatch(4, QStringLiteral("h")));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(cell(*m_model, 0, EventTableModel::SourceColumn), QStringLiteral("h2"));
    QCOMPARE(cell(*m_model, 2, EventTableModel::SourceColumn), QStringLiteral("live0"));
    QCOMPARE(m_model->rowForId(live.at(2).id), 4);

    m_model->prependHistory(acceptedBatch(2, QStringLiteral("more")));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(cell(*m_model, 0, EventTableModel::SourceColumn), QStringLiteral("h2"));
}

void tst_EventTableModel::clears()
{
    const QList<EventSummary> batch = acceptedBatch(6);
    m_model->appendBatch(batch);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->rowForId(batch.at(0).id), -1);

    m_model->appendBatch({batch.at(0)});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowForId(batch.at(0).id), 0);
}

void tst_EventTableModel::historyMayHoldRefusals()
{
    m_model->appendBatch(acceptedBatch(1, QStringLiteral("live")));
    const EventSummary stored = accepted(QStringLiteral("h"));
    QCOMPARE(m_model->prependHistory({rejected(401, QStringLiteral("signature mismatch")), stored,
                                      rejected(401, QStringLiteral("signature mismatch"))}),
             3);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(cell(*m_model, 0, EventTableModel::DetailColumn),
             QStringLiteral("signature mismatch"));
    QCOMPARE(cell(*m_model, 2, EventTableModel::DetailColumn),
             QStringLiteral("signature mismatch"));
    QCOMPARE(m_model->rowForId(stored.id), 1);
    QCOMPARE(cell(*m_model, 3, EventTableModel::SourceColumn), QStringLiteral("live0"));
}

void tst_EventTableModel::refreshesKnownRowsOnly()
{
    const QList<EventSummary> batch = acceptedBatch(3);
    m_model->appendBatch(batch);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    EventSummary delivered = batch.at(1);
    delivered.state = QStringLiteral("delivered");
    EventSummary unknown = accepted(QStringLiteral("elsewhere"));
    unknown.state = QStringLiteral("failed");
    EventSummary same = batch.at(2);
    m_model->refreshRows({delivered, unknown, same});
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 1);
    QCOMPARE(cell(*m_model, 1, EventTableModel::OutcomeColumn), QStringLiteral("delivered"));
    QCOMPARE(cell(*m_model, 1, EventTableModel::SourceColumn), QStringLiteral("s1"));
}

void tst_EventTableModel::touchesRowsForAFilter()
{
    const QList<EventSummary> batch = acceptedBatch(4);
    m_model->appendBatch(batch);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->touchRows({batch.at(3).id, QUuid::createUuid(), batch.at(0).id});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(1).at(1).toModelIndex().column(), EventTableModel::ColumnCount - 1);
}

void tst_EventTableModel::showsOutcomeRulesAndEventType()
{
    EventSummary event = accepted(QStringLiteral("contracts"));
    event.outcome = QStringLiteral("failing");
    event.rules = {QStringLiteral("legal-review"), QStringLiteral("notify-owner")};
    event.eventType = QStringLiteral("contract.ready");
    EventSummary status = accepted(Engine::statusSourceName());
    status.outcome = QStringLiteral("no rule");
    EventSummary rerun = accepted(QStringLiteral("contracts"));
    rerun.outcome = QStringLiteral("waiting");
    rerun.rerunOf = event.id;
    rerun.rerunNumber = 2;
    rerun.escalates = true;
    m_model->appendBatch({event, status, rerun});

    QCOMPARE(cell(*m_model, 0, EventTableModel::OutcomeColumn), QStringLiteral("failing"));
    QCOMPARE(cell(*m_model, 0, EventTableModel::RulesColumn),
             QStringLiteral("legal-review, notify-owner"));
    QCOMPARE(cell(*m_model, 0, EventTableModel::EventTypeColumn), QStringLiteral("contract.ready"));
    QCOMPARE(m_model->index(0, 0).data(EventTableModel::OutcomeRole).toString(),
             QStringLiteral("failing"));
    QCOMPARE(m_model->index(0, 0).data(EventTableModel::EscalatesRole).toBool(), false);
    // A status callback has no type of its own in the payload: it says what it is.
    QCOMPARE(cell(*m_model, 1, EventTableModel::EventTypeColumn), QStringLiteral("job status"));
    QCOMPARE(cell(*m_model, 1, EventTableModel::OutcomeColumn), QStringLiteral("no rule"));
    QCOMPARE(cell(*m_model, 2, EventTableModel::OutcomeColumn),
             QStringLiteral("awaiting acknowledgement"));
    QCOMPARE(cell(*m_model, 2, EventTableModel::DetailColumn),
             QStringLiteral("re-run 2 of %1").arg(event.id.toString(QUuid::WithoutBraces)));
    QCOMPARE(m_model->index(2, 0).data(EventTableModel::EscalatesRole).toBool(), true);
    QCOMPARE(m_model->headerData(EventTableModel::OutcomeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Outcome"));
    QCOMPARE(m_model->headerData(EventTableModel::RulesColumn, Qt::Horizontal).toString(),
             QStringLiteral("Matched rules"));
}

void tst_EventTableModel::refreshBringsTheOutcome()
{
    EventSummary event = accepted(QStringLiteral("contracts"));
    event.outcome = QStringLiteral("received");
    m_model->appendBatch({event});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    EventSummary routed = event;
    routed.state = QStringLiteral("routed");
    routed.outcome = QStringLiteral("pending");
    routed.rules = {QStringLiteral("legal-review")};
    routed.eventType = QStringLiteral("contract.ready");
    m_model->refreshRows({routed});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(*m_model, 0, EventTableModel::OutcomeColumn), QStringLiteral("sending"));
    QCOMPARE(cell(*m_model, 0, EventTableModel::RulesColumn), QStringLiteral("legal-review"));
    QCOMPARE(cell(*m_model, 0, EventTableModel::EventTypeColumn), QStringLiteral("contract.ready"));
    // The same word again changes nothing.
    m_model->refreshRows({routed});
    QCOMPARE(changed.size(), 1);
    EventSummary acknowledged = routed;
    acknowledged.outcome = QStringLiteral("acknowledged");
    m_model->refreshRows({acknowledged});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(cell(*m_model, 0, EventTableModel::OutcomeColumn), QStringLiteral("acknowledged"));
}

void tst_EventTableModel::refusedBodiesStayBounded()
{
    // Each refusal keeps up to 64 KiB; only the newest maximumKeptBodies keep theirs, so a
    // flood of refused requests cannot hold more than 16 MiB of bodies.
    const int extra = 10;
    QList<EventSummary> batch;
    for (int i = 0; i < EventTableModel::maximumKeptBodies + extra; ++i) {
        EventSummary refused = rejected(401, QStringLiteral("signature mismatch"));
        refused.body = QByteArray(1024, 'a' + char(i % 26));
        batch.append(refused);
    }
    m_model->appendBatch(batch.mid(0, 100));
    m_model->appendBatch(batch.mid(100));
    QCOMPARE(m_model->rowCount(), EventTableModel::maximumKeptBodies + extra);
    for (int row = 0; row < extra; ++row) {
        QVERIFY(m_model->summary(row).body.isEmpty());
        QVERIFY(m_model->summary(row).bodyTruncated);
    }
    for (int row = extra; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->summary(row).body, batch.at(row).body);
}

void tst_EventTableModel::marksInternalTraffic()
{
    m_model->appendBatch({accepted(Engine::statusSourceName()),
                          accepted(QStringLiteral("delivery.dead")),
                          accepted(QStringLiteral("contracts"))});
    QCOMPARE(m_model->index(0, 0).data(EventTableModel::InternalRole).toBool(), true);
    QCOMPARE(m_model->index(1, 0).data(EventTableModel::InternalRole).toBool(), true);
    QCOMPARE(m_model->index(2, 0).data(EventTableModel::InternalRole).toBool(), false);
}

QTEST_GUILESS_MAIN(tst_EventTableModel)
#include "tst_eventtablemodel.moc"
