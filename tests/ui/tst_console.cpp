// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/eventjson.h"
#include "console/consolepage.h"
#include "console/eventactions.h"
#include "console/eventdetailpane.h"
#include "console/eventfilterproxymodel.h"
#include "console/eventtablemodel.h"
#include "datetimetext.h"
#include "engine/engine.h"
#include "engine/engineclient.h"
#include "event/uuidv7.h"
#include "rules/opentextmessage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace OtBridge;

// The console page against an engine whose stores are open but which does not listen or
// dispatch: the tests decide every event, delivery and attempt, and play the engine's
// activity and deliveryUpdated signals themselves, so every expected row is exact.
class tst_Console : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filtersStoredHistory();
    void pagesInOlderHistory();
    void liveRowsMeetTheFilter();
    void lateDeliveryBringsARowIntoARuleFilter();
    void deliveryBeforeItsRowStillUpdatesIt();
    void pauseCountsNewRows();
    void rejectedRowsShowTheirReason();
    void detailShowsDeliveriesAndEscalation();
    void detailShowsAcknowledgementByLink();
    void replaysDeadDeliveries();
    void curlCommandsAreExact();
    void copyAsCurlFromThePage();
    void exportsSelectionAsJsonLines();
    void cancelledExportWritesNothing();
    void closingDuringExportDoesNotWait();
    void actionsHaveShortcutsAndNames();
    void internalTrafficIsHiddenByDefault();
    void statusCallbackRowShowsItsOutcome();
    void bodyIsShownAsReceived();
    void acknowledgeNeedsAnEscalation();
    void detailPaneCollapsesWithoutSelection();

private:
    QList<Event> store(QList<Event> events);
    // Stores `count` events, shows the newest page and selects every row; returns how many.
    int selectLargeHistory(int count);
    static Event makeEvent(int i, const QString &source, const QByteArray &body = {});
    static EventSummary liveSummary(const Event &event);
    void routeTo(const QUuid &eventId, const QString &rule, const QString &deliveryId,
                 const QList<EscalationRecord> &escalations = {});
    // A delivery of rule to an HTTP hook, due in a day.
    static NewDelivery hookDelivery(const QString &rule, const QString &deliveryId);
    QStringList shownIds() const;
    int proxyRowOf(const QUuid &id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ConsolePage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

const QDateTime start = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

void tst_Console::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_engine = std::make_unique<Engine>();
    const QString path = m_dir->filePath(QStringLiteral("events.sqlite"));
    QVERIFY(m_engine->storage()->open({path}).ok());
    m_page = std::make_unique<ConsolePage>(m_engine.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(900, 700);
}

void tst_Console::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_engine.reset();
    m_dir.reset();
}

Event tst_Console::makeEvent(int i, const QString &source, const QByteArray &body)
{
    Event event;
    event.id = createUuidV7();
    event.source = source;
    event.receivedAt = start.addSecs(i);
    event.headers
        = {{"Content-Type", "application/json"}, {"X-Trace", "t-" + QByteArray::number(i)}};
    event.body = body.isEmpty() ? QByteArray(R"({"n":)") + QByteArray::number(i) + '}' : body;
    event.contentType = "application/json";
    event.peer = QStringLiteral("127.0.0.1");
    return event;
}

EventSummary tst_Console::liveSummary(const Event &event)
{
    EventSummary summary;
    summary.id = event.id;
    summary.source = event.source;
    summary.receivedAt = event.receivedAt;
    summary.bodySize = event.body.size();
    summary.peer = event.peer;
    summary.httpStatus = 202;
    summary.state = QStringLiteral("received");
    return summary;
}

QList<Event> tst_Console::store(QList<Event> events)
{
    EventStore *eventStore = m_engine->store();
    int answered = 0;
    const auto connection
        = connect(eventStore, &EventStore::appended, this,
                  [&](const QList<AppendResult> &batch) { answered += int(batch.size()); });
    for (const Event &event : std::as_const(events))
        eventStore->append(event);
    if (!QTest::qWaitFor([&] { return answered >= events.size(); }, 20000))
        qWarning("appends not answered in time");
    disconnect(connection);
    return events;
}

void tst_Console::routeTo(const QUuid &eventId, const QString &rule, const QString &deliveryId,
                          const QList<EscalationRecord> &escalations)
{
    const Result<QStringList> inserted = m_engine->deliveries()->insertRouted(
        {{eventId, {hookDelivery(rule, deliveryId)}, escalations}});
    QVERIFY2(inserted, qPrintable(inserted.error()));
}

NewDelivery tst_Console::hookDelivery(const QString &rule, const QString &deliveryId)
{
    NewDelivery delivery;
    delivery.id = deliveryId;
    delivery.rule = rule;
    delivery.request.kind = DeliveryRequest::Kind::Http;
    delivery.request.target = QStringLiteral("hook");
    delivery.request.http.url = QUrl(QStringLiteral("http://127.0.0.1:9/in"));
    delivery.request.http.headers = {{"Content-Type", "application/json"}};
    delivery.request.http.body = R"({"ok":true})";
    delivery.dueAt = QDateTime::currentDateTimeUtc().addDays(1);
    return delivery;
}

QStringList tst_Console::shownIds() const
{
    QStringList ids;
    const QAbstractItemModel *proxy = m_page->proxyModel();
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids.append(proxy->index(row, 0)
                       .data(EventTableModel::IdRole)
                       .toUuid()
                       .toString(QUuid::WithoutBraces));
    return ids;
}

int tst_Console::proxyRowOf(const QUuid &id) const
{
    const QAbstractItemModel *proxy = m_page->proxyModel();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(EventTableModel::IdRole).toUuid() == id)
            return row;
    }
    return -1;
}

namespace {
QStringList idTexts(const QList<Event> &events, const QList<int> &indexes)
{
    QStringList ids;
    for (int i : indexes)
        ids.append(events.at(i).id.toString(QUuid::WithoutBraces));
    return ids;
}
} // namespace

void tst_Console::filtersStoredHistory()
{
    // Before any choice, both menu buttons say everything is shown.
    QCOMPARE(m_page->findChild<QToolButton *>(QStringLiteral("sourceFilterButton"))->text(),
             QStringLiteral("Sources: all"));
    QCOMPARE(m_page->findChild<QToolButton *>(QStringLiteral("stateFilterButton"))->text(),
             QStringLiteral("States: all"));
    QList<Event> events;
    for (int i = 0; i < 30; ++i)
        events.append(
            makeEvent(i, i % 3 == 0 ? QStringLiteral("alpha") : QStringLiteral("beta"),
                      i == 17 ? QByteArray(R"({"note":"a needle here"})") : QByteArray()));
    events = store(events);
    routeTo(events.at(4).id, QStringLiteral("r1"), QStringLiteral("d4"));
    routeTo(events.at(5).id, QStringLiteral("r1"), QStringLiteral("d5"));
    routeTo(events.at(6).id, QStringLiteral("r2"), QStringLiteral("d6"));

    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->loadHistory();
    QVERIFY(loaded.wait());
    QCOMPARE(m_page->proxyModel()->rowCount(), 30);

    EventFilter filter;
    filter.sources = {QStringLiteral("alpha")};
    m_page->setFilter(filter);
    QVERIFY(loaded.wait());
    QCOMPARE(shownIds(), idTexts(events, {0, 3, 6, 9, 12, 15, 18, 21, 24, 27}));

    filter = {};
    filter.text = QStringLiteral("NEEDLE"); // in the body only: the store finds it
    m_page->setFilter(filter);
    QVERIFY(loaded.wait());
    QCOMPARE(shownIds(), idTexts(events, {17}));

    filter = {};
    filter.rule = QStringLiteral("r1");
    m_page->setFilter(filter);
    QVERIFY(loaded.wait());
    QCOMPARE(shownIds(), idTexts(events, {4, 5}));
    // Routed deliveries that have not been tried yet: the event reads "routed".
    QCOMPARE(m_page->proxyModel()->index(0, EventTableModel::OutcomeColumn).data().toString(),
             QStringLiteral("sending"));

    filter = {};
    filter.from = start.addSecs(10);
    filter.to = start.addSecs(13);
    m_page->setFilter(filter);
    QVERIFY(loaded.wait());
    QCOMPARE(shownIds(), idTexts(events, {10, 11, 12}));

    // The filter bar's controls say what the filter is.
    filter = {};
    filter.sources = {QStringLiteral("beta")};
    filter.states = {QStringLiteral("routed")};
    m_page->setFilter(filter);
    QVERIFY(loaded.wait());
    QCOMPARE(m_page->filter().sources, QStringList {QStringLiteral("beta")});
    QCOMPARE(m_page->filter().states, QStringList {QStringLiteral("routed")});
    QCOMPARE(m_page->findChild<QToolButton *>(QStringLiteral("sourceFilterButton"))->text(),
             QStringLiteral("Sources: beta"));
    QCOMPARE(m_page->findChild<QToolButton *>(QStringLiteral("stateFilterButton"))->text(),
             QStringLiteral("States: routed"));
    QCOMPARE(shownIds(), idTexts(events, {4, 5}));
}

void tst_Console::pagesInOlderHistory()
{
    QList<Event> events;
    for (int i = 0; i < 2500; ++i)
        events.append(makeEvent(i, QStringLiteral("bulk")));
    events = store(events);

    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->loadHistory();
    QVERIFY(loaded.wait());
    EventTableModel *model = m_page->model();
    QCOMPARE(model->rowCount(), ConsolePage::historyRows);
    QCOMPARE(model->summary(0).id, events.at(1500).id);
    QCOMPARE(model->summary(999).id, events.at(2499).id);
    QVERIFY(m_page->canFetchOlder());

    m_page->fetchOlder();
    QVERIFY(m_page->isLoading());
    m_page->fetchOlder(); // one page at a time: this asks for nothing
    QVERIFY(loaded.wait());
    QCOMPARE(model->rowCount(), 2000);
    QCOMPARE(model->summary(0).id, events.at(500).id);
    m_page->fetchOlder();
    QVERIFY(loaded.wait());
    QCOMPARE(model->rowCount(), 2500);
    QVERIFY(!m_page->canFetchOlder());
    for (int row = 0; row < 2500; ++row)
        QCOMPARE(model->summary(row).id, events.at(row).id);

    // Scrolling to the top asks for older rows; the rows in view stay in view.
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    EventFilter filter;
    filter.sources = {QStringLiteral("bulk")};
    m_page->setFilter(filter);
    QVERIFY(loaded.wait());
    QCOMPARE(model->rowCount(), 1000);
    QScrollBar *scrollBar = m_page->view()->verticalScrollBar();
    // The view lays its rows out later: until then the range is 0..0 and "at the bottom" too.
    QTRY_VERIFY(scrollBar->maximum() > 0);
    QTRY_COMPARE(scrollBar->value(), scrollBar->maximum());
    scrollBar->setValue(0);
    QTRY_COMPARE(model->rowCount(), 2000);
    QTRY_COMPARE(scrollBar->value(), 1000); // the row that was on top is still on top
    QCOMPARE(m_page->view()->rowAt(0), 1000);
}

void tst_Console::liveRowsMeetTheFilter()
{
    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    EventFilter filter;
    filter.text = QStringLiteral("needle");
    m_page->setFilter(filter);
    QVERIFY(loaded.wait());
    QCOMPARE(m_page->proxyModel()->rowCount(), 0);

    const QList<Event> events
        = store({makeEvent(1, QStringLiteral("a"), R"({"x":"needle"})"),
                 makeEvent(2, QStringLiteral("a"), R"({"x":"hay"})"),
                 makeEvent(3, QStringLiteral("needle-source"), R"({"x":"hay"})")});
    EventSummary refused;
    refused.source = QStringLiteral("a");
    refused.receivedAt = start.addSecs(4);
    refused.httpStatus = 401;
    refused.state = QStringLiteral("rejected");
    refused.detail = QStringLiteral("signature mismatch");
    refused.rejected = true;
    Q_EMIT m_engine->activity(
        {liveSummary(events[0]), liveSummary(events[1]), liveSummary(events[2]), refused});
    // The source matches at once; the body only once the store has said so.
    QCOMPARE(shownIds(), idTexts(events, {2}));
    QTRY_COMPARE(shownIds(), idTexts(events, {0, 2}));
    // Once the store has answered for every live row, the hay stays out.
    QTRY_VERIFY(!m_page->isCheckingLiveRows());
    QCOMPARE(shownIds(), idTexts(events, {0, 2}));

    // A refusal is judged by its reason.
    filter.text = QStringLiteral("mismatch");
    m_page->setFilter(filter);
    QVERIFY(loaded.wait());
    QCOMPARE(m_page->proxyModel()->rowCount(), 1);
    QCOMPARE(m_page->proxyModel()->index(0, EventTableModel::DetailColumn).data().toString(),
             QStringLiteral("signature mismatch"));
}

void tst_Console::lateDeliveryBringsARowIntoARuleFilter()
{
    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    EventFilter filter;
    filter.rule = QStringLiteral("legal");
    m_page->setFilter(filter);
    QVERIFY(loaded.wait());

    const QList<Event> events
        = store({makeEvent(1, QStringLiteral("a")), makeEvent(2, QStringLiteral("a"))});
    Q_EMIT m_engine->activity({liveSummary(events[0]), liveSummary(events[1])});
    QVERIFY(m_page->isCheckingLiveRows()); // only the store knows their rules
    QTRY_VERIFY(!m_page->isCheckingLiveRows());
    QCOMPARE(m_page->proxyModel()->rowCount(), 0); // not routed yet

    routeTo(events[1].id, QStringLiteral("legal"), QStringLiteral("late-1"));
    const std::optional<DeliveryRecord> record
        = m_engine->deliveries()->delivery(QStringLiteral("late-1"));
    QVERIFY(record);
    Q_EMIT m_engine->deliveryUpdated(*record);
    QTRY_COMPARE(shownIds(), idTexts(events, {1}));
    QCOMPARE(m_page->proxyModel()->index(0, EventTableModel::OutcomeColumn).data().toString(),
             QStringLiteral("sending"));
}

void tst_Console::deliveryBeforeItsRowStillUpdatesIt()
{
    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->loadHistory();
    QVERIFY(loaded.wait());
    // A fast target can take a delivery before the listener's ~100 ms activity batch has put
    // the event's row in the console.
    const QList<Event> events = store({makeEvent(1, QStringLiteral("a"))});
    routeTo(events[0].id, QStringLiteral("legal"), QStringLiteral("fast-1"));
    const std::optional<DeliveryRecord> record
        = m_engine->deliveries()->delivery(QStringLiteral("fast-1"));
    QVERIFY(record);
    Q_EMIT m_engine->deliveryUpdated(*record);
    QTest::qWait(50);
    Q_EMIT m_engine->activity({liveSummary(events[0])});
    QTRY_COMPARE(shownIds(), idTexts(events, {0}));
    QTRY_COMPARE(m_page->proxyModel()->index(0, EventTableModel::OutcomeColumn).data().toString(),
                 QStringLiteral("sending"));
}

void tst_Console::pauseCountsNewRows()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QList<EventSummary> first;
    for (int i = 0; i < 200; ++i)
        first.append(liveSummary(makeEvent(i, QStringLiteral("a"))));
    Q_EMIT m_engine->activity(first);
    QScrollBar *scrollBar = m_page->view()->verticalScrollBar();
    QTRY_VERIFY(scrollBar->maximum() > 0);
    QTRY_COMPARE(scrollBar->value(), scrollBar->maximum()); // following the newest

    auto *pause = m_page->findChild<QAction *>(QStringLiteral("pauseScrollingAction"));
    auto *badge = m_page->findChild<QToolButton *>(QStringLiteral("newRowsBadge"));
    pause->setChecked(true);
    const int kept = scrollBar->value();
    QList<EventSummary> more;
    for (int i = 200; i < 205; ++i)
        more.append(liveSummary(makeEvent(i, QStringLiteral("a"))));
    Q_EMIT m_engine->activity(more);
    QCOMPARE(m_page->newRowCount(), 5);
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("5 new"));
    QTest::qWait(50);
    QCOMPARE(scrollBar->value(), kept);

    badge->click();
    QVERIFY(!pause->isChecked());
    QCOMPARE(m_page->newRowCount(), 0);
    QVERIFY(!badge->isVisible());
    QTRY_COMPARE(scrollBar->value(), scrollBar->maximum());
}

void tst_Console::rejectedRowsShowTheirReason()
{
    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    const QList<Event> events = store({makeEvent(1, QStringLiteral("github"))});
    m_page->loadHistory();
    QVERIFY(loaded.wait());
    QList<EventSummary> refusals;
    for (const char *reason : {"signature mismatch", "timestamp outside tolerance"}) {
        EventSummary refused;
        refused.source = QStringLiteral("github");
        refused.receivedAt = QDateTime::currentDateTimeUtc();
        refused.peer = QStringLiteral("10.0.0.9");
        refused.httpStatus = 401;
        refused.state = QStringLiteral("rejected");
        refused.detail = QString::fromLatin1(reason);
        refused.rejected = true;
        refusals.append(refused);
    }
    Q_EMIT m_engine->activity(refusals);
    QAbstractItemModel *proxy = m_page->proxyModel();
    QCOMPARE(proxy->rowCount(), 3);
    QCOMPARE(proxy->index(1, EventTableModel::OutcomeColumn).data().toString(),
             QStringLiteral("rejected"));
    QCOMPARE(proxy->index(1, EventTableModel::StatusColumn).data().toInt(), 401);
    QCOMPARE(proxy->index(1, EventTableModel::DetailColumn).data().toString(),
             QStringLiteral("signature mismatch"));
    QCOMPARE(proxy->index(2, EventTableModel::DetailColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Rejected with HTTP 401: timestamp outside tolerance"));

    m_page->view()->selectRow(1);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("overviewReason"))->text(),
             QStringLiteral("signature mismatch"));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("detailMessage"))->text(),
             QStringLiteral("This request was rejected with HTTP 401, so it was not stored: "
                            "signature mismatch. It had no body."));

    // Refusals are never stored, yet a new filter still finds them.
    EventFilter filter;
    filter.states = {QStringLiteral("rejected")};
    m_page->setFilter(filter);
    QVERIFY(loaded.wait());
    QCOMPARE(proxy->rowCount(), 2);
    filter.states = {};
    filter.sources = {QStringLiteral("github")};
    m_page->setFilter(filter);
    QVERIFY(loaded.wait());
    QCOMPARE(proxy->rowCount(), 3);
    QCOMPARE(proxy->index(0, 0).data(EventTableModel::IdRole).toUuid(), events[0].id);
}

void tst_Console::detailShowsDeliveriesAndEscalation()
{
    const QList<Event> events = store({makeEvent(1, QStringLiteral("contracts"))});
    const QUuid id = events[0].id;
    EscalationRecord tier;
    tier.eventId = id;
    tier.rule = QStringLiteral("r1");
    tier.tier = 1;
    tier.dueAt = start.addSecs(3600);
    // Routed once, as the router does: an event's routing stores nothing the second time.
    DeliveryStore *deliveries = m_engine->deliveries();
    QVERIFY(
        deliveries->insertRouted({{id,
                                   {hookDelivery(QStringLiteral("r1"), QStringLiteral("d-ok")),
                                    hookDelivery(QStringLiteral("r2"), QStringLiteral("d-dead"))},
                                   {tier}}}));
    DeliveryAttempt attempt;
    attempt.startedAt = start.addSecs(5);
    attempt.durationMs = 12;
    attempt.outcome = QStringLiteral("delivered");
    attempt.httpStatus = 200;
    attempt.response = QStringLiteral("{\"accepted\":   true}\n");
    QVERIFY(deliveries->recordAttempt(QStringLiteral("d-ok"), attempt, DeliveryState::Delivered, {},
                                      {}, {QStringLiteral("JOB-1")}));
    QVERIFY(deliveries->setOpenTextState(QStringLiteral("JOB-1"), QStringLiteral("delivered")));
    attempt.outcome = QStringLiteral("failed");
    attempt.httpStatus = 500;
    attempt.durationMs = 7;
    attempt.error = QStringLiteral("HTTP 500");
    attempt.response = QStringLiteral("boom");
    QVERIFY(deliveries->recordAttempt(QStringLiteral("d-dead"), attempt, DeliveryState::Dead, {},
                                      QStringLiteral("HTTP 500")));

    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->loadHistory();
    QVERIFY(loaded.wait());
    QCOMPARE(m_page->proxyModel()->index(0, EventTableModel::OutcomeColumn).data().toString(),
             QStringLiteral("dead"));
    QCOMPARE(m_page->proxyModel()->index(0, EventTableModel::RulesColumn).data().toString(),
             QStringLiteral("r1, r2"));
    m_page->view()->selectRow(0);
    QTreeWidget *tree = m_page->detailPane()->deliveriesView();
    QTRY_COMPARE(tree->topLevelItemCount(), 2);
    const QTreeWidgetItem *ok = tree->topLevelItem(0);
    QCOMPARE(ok->text(0), QStringLiteral("hook (rule r1, action 1)"));
    QCOMPARE(ok->text(1), QStringLiteral("delivered"));
    QCOMPARE(ok->text(4), QStringLiteral("JOB-1: delivered"));
    QCOMPARE(ok->childCount(), 1);
    QCOMPARE(ok->child(0)->text(0), QStringLiteral("attempt 1"));
    QCOMPARE(ok->child(0)->text(1), QStringLiteral("delivered"));
    QCOMPARE(ok->child(0)->text(2), DateTimeText::shortText(start.addSecs(5)));
    QCOMPARE(ok->child(0)->text(3), QStringLiteral("200"));
    QCOMPARE(ok->child(0)->text(5), QStringLiteral("12 ms; {\"accepted\": true}"));
    const QTreeWidgetItem *dead = tree->topLevelItem(1);
    QCOMPARE(dead->text(1), QStringLiteral("dead"));
    QCOMPARE(dead->text(5), QStringLiteral("HTTP 500"));
    QCOMPARE(dead->child(0)->text(5), QStringLiteral("7 ms; HTTP 500; answer: boom"));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("overviewState"))->text(),
             QStringLiteral("dead"));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("overviewRules"))->text(),
             QStringLiteral("r1, r2"));

    auto *summary = m_page->findChild<QLabel *>(QStringLiteral("escalationSummary"));
    QCOMPARE(summary->text(),
             QStringLiteral("Escalation: waiting for an acknowledgement.\n"
                            "Not acknowledged."));
    auto *tiers = m_page->findChild<QTreeWidget *>(QStringLiteral("escalationView"));
    QCOMPARE(tiers->topLevelItemCount(), 1);
    QCOMPARE(tiers->topLevelItem(0)->text(3), QStringLiteral("scheduled"));

    // Acknowledging from the console stops the escalation; the pane says who and when.
    QAction *acknowledge = m_page->findChild<QAction *>(QStringLiteral("acknowledgeAction"));
    QVERIFY(acknowledge->isEnabled());
    acknowledge->trigger();
    QTRY_VERIFY(summary->text().startsWith(
        QStringLiteral("Escalation: stopped by the acknowledgement.\nAcknowledged by ")));
    const std::optional<Acknowledgement> ack = deliveries->acknowledgement(id);
    QVERIFY(ack);
    QCOMPARE(
        summary->text(),
        QStringLiteral(
            "Escalation: stopped by the acknowledgement.\nAcknowledged by %1 in the console at %2.")
            .arg(ack->by, DateTimeText::shortText(ack->at)));
    QCOMPARE(tiers->topLevelItem(0)->text(3), QStringLiteral("cancelled"));
    // The row says so too, without a reload: the engine said the event changed.
    QTRY_COMPARE(m_page->proxyModel()->index(0, EventTableModel::OutcomeColumn).data().toString(),
                 QStringLiteral("acknowledged"));
    QTRY_COMPARE(m_page->findChild<QLabel *>(QStringLiteral("overviewState"))->text(),
                 QStringLiteral("acknowledged"));
}

void tst_Console::detailShowsAcknowledgementByLink()
{
    // The manager clicked the link in the escalation: the recipient the link was signed for,
    // and how, as the listener's /ack/ stores it.
    const QList<Event> events = store({makeEvent(1, QStringLiteral("approvals"))});
    const QUuid id = events[0].id;
    EscalationRecord tier;
    tier.eventId = id;
    tier.rule = QStringLiteral("approval-overdue");
    tier.tier = 2;
    tier.dueAt = start.addSecs(3600);
    routeTo(id, QStringLiteral("approval-overdue"), QStringLiteral("d-1"), {tier});
    const Acknowledgement ack {
        start.addSecs(90), QStringLiteral("priya.raman@example.com"), {}, QStringLiteral("link")};
    QVERIFY(m_engine->deliveries()->acknowledge(id, ack));

    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->loadHistory();
    QVERIFY(loaded.wait());
    QCOMPARE(m_page->proxyModel()->index(0, EventTableModel::OutcomeColumn).data().toString(),
             QStringLiteral("acknowledged"));
    m_page->view()->selectRow(0);
    auto *summary = m_page->findChild<QLabel *>(QStringLiteral("escalationSummary"));
    QTRY_COMPARE(summary->text(),
                 QStringLiteral("Escalation: stopped by the acknowledgement.\n"
                                "Acknowledged by priya.raman@example.com via link at %1.")
                     .arg(DateTimeText::shortText(start.addSecs(90))));
    auto *tiers = m_page->findChild<QTreeWidget *>(QStringLiteral("escalationView"));
    QCOMPARE(tiers->topLevelItem(0)->text(3), QStringLiteral("cancelled"));
}

void tst_Console::replaysDeadDeliveries()
{
    const QList<Event> events = store({makeEvent(1, QStringLiteral("contracts"))});
    const QUuid id = events[0].id;
    routeTo(id, QStringLiteral("r2"), QStringLiteral("d-dead"));
    DeliveryAttempt attempt;
    attempt.outcome = QStringLiteral("failed");
    attempt.httpStatus = 503;
    QVERIFY(m_engine->deliveries()->recordAttempt(
        QStringLiteral("d-dead"), attempt, DeliveryState::Dead, {}, QStringLiteral("HTTP 503")));
    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->loadHistory();
    QVERIFY(loaded.wait());
    m_page->view()->selectRow(0);
    QAction *replay = m_page->findChild<QAction *>(QStringLiteral("replayAction"));
    QTRY_VERIFY(replay->isEnabled());

    QSignalSpy replayed(m_page.get(), &ConsolePage::replayFinished);
    replay->trigger();
    QVERIFY(replayed.wait());
    QCOMPARE(replayed.constFirst().at(0).toInt(), 1);
    QCOMPARE(replayed.constFirst().at(1).toString(), QString());
    QCOMPARE(m_engine->deliveries()->delivery(QStringLiteral("d-dead"))->state,
             DeliveryState::Pending);
    QTreeWidget *tree = m_page->detailPane()->deliveriesView();
    QTRY_COMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("pending"));
    QVERIFY(!replay->isEnabled()); // nothing dead left to send
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("consoleStatus"))
                ->text()
                .endsWith(QStringLiteral("Replayed 1 dead deliveries.")));

    // The row's state follows the delivery as the engine reports it.
    QTRY_COMPARE(m_page->proxyModel()->index(0, EventTableModel::OutcomeColumn).data().toString(),
                 QStringLiteral("dead"));
    Q_EMIT m_engine->deliveryUpdated(*m_engine->deliveries()->delivery(QStringLiteral("d-dead")));
    QTRY_COMPARE(m_page->proxyModel()->index(0, EventTableModel::OutcomeColumn).data().toString(),
                 QStringLiteral("sending"));
}

void tst_Console::curlCommandsAreExact()
{
    Event event = makeEvent(1, QStringLiteral("contract-review"), R"({"owner":"O'Brien"})");
    event.headers = {{"Content-Type", "application/json"},
                     {"Authorization", "[redacted]"},
                     {"Content-Length", "20"},
                     {"webhook-id", "msg_1"}};
    QCOMPARE(eventCurlCommand(event, QUrl(QStringLiteral("http://127.0.0.1:8787"))),
             QStringLiteral("curl -X 'POST' 'http://127.0.0.1:8787/hooks/contract-review' "
                            "-H 'Content-Type: application/json' -H 'Authorization: [redacted]' "
                            "-H 'webhook-id: msg_1' "
                            "--data-binary '{\"owner\":\"O'\\''Brien\"}'"));

    DeliveryRecord http;
    http.request.kind = DeliveryRequest::Kind::Http;
    http.request.http.method = "PUT";
    http.request.http.url = QUrl(QStringLiteral("https://desk.example/api/now/table/incident"));
    http.request.http.headers = {{"Content-Type", "application/json"}, {"Idempotency-Key", "k1"}};
    http.request.http.body = R"({"short_description":"failed"})";
    QCOMPARE(deliveryCurlCommand(http, {}),
             QStringLiteral("curl -X 'PUT' 'https://desk.example/api/now/table/incident' "
                            "-H 'Content-Type: application/json' -H 'Idempotency-Key: k1' "
                            "--data-binary '{\"short_description\":\"failed\"}'"));

    DeliveryRecord openText;
    openText.request.kind = DeliveryRequest::Kind::OpenText;
    openText.request.message.channel = OpenTextChannel::Sms;
    openText.request.message.destinations = {{QStringLiteral("+15550100"), {}, {}, {}}};
    openText.request.message.text = QStringLiteral("Contract ready");
    const QString body = QString::fromUtf8(
        QJsonDocument(submitBody(openText.request.message)).toJson(QJsonDocument::Compact));
    QVERIFY(body.contains(QStringLiteral("Contract ready")));
    QCOMPARE(deliveryCurlCommand(openText, QUrl(QStringLiteral("https://ot.example/mra/v1/"))),
             QStringLiteral("curl -X 'POST' 'https://ot.example/mra/v1/outbound/sms' "
                            "-H 'Content-Type: application/json' --data-binary '%1'")
                 .arg(body));
}

void tst_Console::copyAsCurlFromThePage()
{
    const QList<Event> events
        = store({makeEvent(1, QStringLiteral("contracts"), R"({"id":"C-1"})")});
    routeTo(events[0].id, QStringLiteral("r1"), QStringLiteral("d1"));
    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->loadHistory();
    QVERIFY(loaded.wait());
    QAction *copy = m_page->findChild<QAction *>(QStringLiteral("copyCurlAction"));
    QVERIFY(!copy->isEnabled());
    m_page->view()->selectRow(0);
    QTRY_VERIFY(copy->isEnabled());
    copy->trigger();
    const QString eventCommand
        = QStringLiteral("curl -X 'POST' '/hooks/contracts' -H 'Content-Type: application/json' "
                         "-H 'X-Trace: t-1' --data-binary '{\"id\":\"C-1\"}'");
    // This engine does not listen, so the command has no host; a running one puts its URL.
    QCOMPARE(eventCurlCommand(events[0], m_engine->url()), eventCommand);
    QCOMPARE(QApplication::clipboard()->text(), eventCommand);

    // With the delivery selected in the Deliveries tab, the delivery's request.
    auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QTreeWidget *tree = m_page->detailPane()->deliveriesView();
    tabs->setCurrentWidget(tree);
    tree->setCurrentItem(tree->topLevelItem(0));
    QCOMPARE(m_page->copyAsCurl(),
             QStringLiteral("curl -X 'POST' 'http://127.0.0.1:9/in' "
                            "-H 'Content-Type: application/json' --data-binary '{\"ok\":true}'"));
    QCOMPARE(QApplication::clipboard()->text(), m_page->copyAsCurl());
}

void tst_Console::exportsSelectionAsJsonLines()
{
    const QList<Event> events = store({makeEvent(1, QStringLiteral("a"), R"({"n":1})"),
                                       makeEvent(2, QStringLiteral("b"), R"({"n":2})"),
                                       makeEvent(3, QStringLiteral("c"), R"({"n":3})")});
    routeTo(events[2].id, QStringLiteral("r1"), QStringLiteral("d3"));
    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->loadHistory();
    QVERIFY(loaded.wait());
    EventSummary refused;
    refused.source = QStringLiteral("x");
    refused.receivedAt = QDateTime::currentDateTimeUtc();
    refused.httpStatus = 404;
    refused.state = QStringLiteral("rejected");
    refused.detail = QStringLiteral("unknown source 'x'");
    refused.rejected = true;
    Q_EMIT m_engine->activity({refused});
    QCOMPARE(m_page->proxyModel()->rowCount(), 4);

    QTableView *view = m_page->view();
    QAction *exportAction = m_page->findChild<QAction *>(QStringLiteral("exportAction"));
    QVERIFY(!exportAction->isEnabled());
    view->selectionModel()->select(m_page->proxyModel()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(m_page->proxyModel()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(m_page->proxyModel()->index(3, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(exportAction->isEnabled());

    const QString path = m_dir->filePath(QStringLiteral("export.jsonl"));
    QSignalSpy finished(m_page.get(), &ConsolePage::exportFinished);
    m_page->exportSelection(path);
    QVERIFY(finished.wait());
    QCOMPARE(finished.constFirst().at(0).toInt(), 2); // the refusal was never stored
    QCOMPARE(finished.constFirst().at(1).toString(), QString());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(2), QByteArray());
    DeliveryStore *deliveries = m_engine->deliveries();
    for (int k = 0; k < 2; ++k) {
        const Event &event = events.at(k == 0 ? 0 : 2);
        const QByteArray expected
            = QJsonDocument(eventStatusToJson(*m_engine->store()->event(event.id),
                                              deliveries->deliveriesForEvent(event.id),
                                              deliveries->acknowledgement(event.id),
                                              deliveries->escalations(event.id)))
                  .toJson(QJsonDocument::Compact);
        QCOMPARE(lines.at(k), expected);
    }
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(second.value(QLatin1String("id")).toString(),
             events[2].id.toString(QUuid::WithoutBraces));
    QCOMPARE(second.value(QLatin1String("state")).toString(), QStringLiteral("routed"));
    QCOMPARE(second.value(QLatin1String("deliveries")).toArray().size(), 1);
    QCOMPARE(second.value(QLatin1String("body")).toObject().value(QLatin1String("n")).toInt(), 3);

    // A path that cannot be written says so in words.
    m_page->exportSelection(m_dir->filePath(QStringLiteral("no/such/dir/export.jsonl")));
    QVERIFY(finished.wait());
    QCOMPARE(finished.at(1).at(0).toInt(), 0);
    QVERIFY(finished.at(1).at(1).toString().startsWith(QStringLiteral("cannot write ")));
}

int tst_Console::selectLargeHistory(int count)
{
    QList<Event> events;
    for (int i = 0; i < count; ++i)
        events.append(makeEvent(i, QStringLiteral("bulk"), QByteArray(2048, 'x')));
    store(events);
    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->loadHistory();
    if (!loaded.wait(20000))
        return 0;
    m_page->view()->selectAll();
    return m_page->proxyModel()->rowCount();
}

namespace {
QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}
} // namespace

void tst_Console::cancelledExportWritesNothing()
{
    QCOMPARE(selectLargeHistory(ConsolePage::historyRows), ConsolePage::historyRows);
    const QString path = m_dir->filePath(QStringLiteral("export.jsonl"));
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier export\n");
    }
    auto *exportAction = m_page->findChild<QAction *>(QStringLiteral("exportAction"));
    QSignalSpy finished(m_page.get(), &ConsolePage::exportFinished);
    m_page->exportSelection(path);
    // While it runs, the same action stops it.
    QVERIFY(m_page->isExporting());
    QCOMPARE(exportAction->text(), QStringLiteral("Cancel export"));
    QVERIFY(exportAction->isEnabled());
    exportAction->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constFirst().at(0).toInt(), 0);
    QCOMPARE(finished.constFirst().at(1).toString(),
             QStringLiteral("the export was cancelled; %1 was not written").arg(path));
    QVERIFY(!m_page->isExporting());
    QCOMPARE(exportAction->text(), QStringLiteral("Export…"));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("consoleStatus"))
                ->text()
                .endsWith(QStringLiteral("Export cancelled; %1 was not written.").arg(path)));
    // The earlier file is as it was, and no half-written one lies beside it.
    QCOMPARE(fileContent(path), QByteArray("an earlier export\n"));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("export.jsonl*")}, QDir::Files),
             QStringList {QStringLiteral("export.jsonl")});

    // The same selection exported to its end afterwards: every row, one line each.
    m_page->exportSelection(path);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(1).at(0).toInt(), ConsolePage::historyRows);
    QCOMPARE(fileContent(path).count('\n'), ConsolePage::historyRows);
}

void tst_Console::closingDuringExportDoesNotWait()
{
    QCOMPARE(selectLargeHistory(ConsolePage::historyRows), ConsolePage::historyRows);
    const QString path = m_dir->filePath(QStringLiteral("closed.jsonl"));
    m_page->exportSelection(path);
    QVERIFY(m_page->isExporting());
    // The page goes at once; its export stops without writing, and the log says so.
    QTest::ignoreMessage(
        QtInfoMsg,
        qPrintable(QStringLiteral("the export was cancelled; %1 was not written").arg(path)));
    QElapsedTimer closing;
    closing.start();
    m_tester.reset();
    m_page.reset();
    const qint64 closedMs = closing.elapsed();
    QVERIFY(m_engine->client()->waitForDone(20000));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("closed.jsonl*")}, QDir::Files),
             QStringList());
    // The file's absence is the proof that closing did not wait for the export; this generous
    // bound only catches a wait for something else.
    QVERIFY2(closedMs < 2000, qPrintable(QString::number(closedMs)));
    // The engine takes new requests from the next page as before.
    ConsolePage page(m_engine.get());
    QSignalSpy loaded(&page, &ConsolePage::historyLoaded);
    page.loadHistory();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page.proxyModel()->rowCount(), ConsolePage::historyRows);
}

void tst_Console::actionsHaveShortcutsAndNames()
{
    const QList<QPair<const char *, QKeySequence>> actions = {
        {"acknowledgeAction", QKeySequence(Qt::CTRL | Qt::Key_K)},
        {"replayAction", QKeySequence(Qt::CTRL | Qt::Key_R)},
        {"copyCurlAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        {"rerunAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)},
        {"exportAction", QKeySequence(Qt::CTRL | Qt::Key_E)},
    };
    for (const auto &[name, shortcut] : actions) {
        auto *action = m_page->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QCOMPARE(action->shortcut(), shortcut);
        QVERIFY(!action->text().isEmpty());
    }
    for (const char *name : {"sourceFilterButton", "stateFilterButton", "ruleFilter",
                             "consoleFilter", "timeFilter", "eventTable", "newRowsBadge"}) {
        auto *widget = m_page->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
}

void tst_Console::internalTrafficIsHiddenByDefault()
{
    const QList<Event> events = store({makeEvent(1, QStringLiteral("contracts")),
                                       makeEvent(2, Engine::statusSourceName()),
                                       makeEvent(3, QStringLiteral("delivery.dead"))});
    auto *internal = m_page->findChild<QAction *>(QStringLiteral("showInternalAction"));
    QVERIFY(internal);
    QVERIFY(!internal->isChecked());
    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->loadHistory();
    QVERIFY(loaded.wait());
    QCOMPARE(shownIds(), idTexts(events, {0})); // the store left them out (SQL)

    // Live rows too: a status callback arriving now stays hidden.
    const QList<Event> live = store({makeEvent(4, Engine::statusSourceName())});
    Q_EMIT m_engine->activity({liveSummary(live[0])});
    QCOMPARE(shownIds(), idTexts(events, {0}));

    internal->trigger();
    QVERIFY(loaded.wait());
    QCOMPARE(shownIds(), idTexts(events + live, {0, 1, 2, 3}));
    QVERIFY(m_page->filter().showInternal);

    // A source chosen by name is shown whatever the toggle says.
    internal->trigger();
    QVERIFY(loaded.wait());
    QCOMPARE(shownIds(), idTexts(events, {0}));
    EventFilter filter;
    filter.sources = {Engine::statusSourceName()};
    m_page->setFilter(filter);
    QVERIFY(loaded.wait());
    QCOMPARE(shownIds(), idTexts(events + live, {1, 3}));
}

void tst_Console::statusCallbackRowShowsItsOutcome()
{
    m_page->findChild<QAction *>(QStringLiteral("showInternalAction"))->trigger();
    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    QVERIFY(loaded.wait());
    const QList<Event> events = store(
        {makeEvent(1, Engine::statusSourceName(), R"({"job_id":"J-1","state":"Complete"})")});
    Q_EMIT m_engine->activity({liveSummary(events[0])});
    const QModelIndex outcome = m_page->proxyModel()->index(0, EventTableModel::OutcomeColumn);
    QCOMPARE(outcome.data().toString(), QStringLiteral("received"));
    QCOMPARE(m_page->proxyModel()->index(0, EventTableModel::EventTypeColumn).data().toString(),
             QStringLiteral("job status"));
    // The rules ran over it (none listens to it) and the engine says so: the row follows,
    // with no reload.
    QVERIFY(m_engine->deliveries()->insertRouted({{events[0].id, {}, {}}}));
    Q_EMIT m_engine->eventsChanged({events[0].id});
    QTRY_COMPARE(m_page->proxyModel()->index(0, EventTableModel::OutcomeColumn).data().toString(),
                 QStringLiteral("no rule"));
}

void tst_Console::bodyIsShownAsReceived()
{
    // Members out of order, tabs, spaces before a colon, an escape and a number as written:
    // the left view holds these bytes exactly, the right one indents them without sorting.
    const QByteArray body = "{\"zeta\": 1.50,\n\t\"alpha\" :[ 2, 3 ],  \"mid\":\"x\\u00e9 {[,:]}\","
                            "\"empty\":{ }}";
    const QList<Event> events = store({makeEvent(1, QStringLiteral("contracts"), body)});
    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->loadHistory();
    QVERIFY(loaded.wait());
    m_page->view()->selectRow(0);
    QTRY_VERIFY(!m_page->detailPane()->bodyView()->toPlainText().isEmpty());
    QCOMPARE(m_page->detailPane()->bodyView()->toPlainText().toUtf8(), body);
    QCOMPARE(m_page->detailPane()->prettyBodyView()->toPlainText(),
             QStringLiteral("{\n"
                            "  \"zeta\": 1.50,\n"
                            "  \"alpha\": [\n"
                            "    2,\n"
                            "    3\n"
                            "  ],\n"
                            "  \"mid\": \"x\\u00e9 {[,:]}\",\n"
                            "  \"empty\": {}\n"
                            "}"));
    // The store kept the bytes too.
    QCOMPARE(m_engine->store()->event(events[0].id)->body, body);
}

void tst_Console::acknowledgeNeedsAnEscalation()
{
    const QList<Event> events = store(
        {makeEvent(1, QStringLiteral("contracts")), makeEvent(2, QStringLiteral("approvals"))});
    routeTo(events[0].id, QStringLiteral("notify"), QStringLiteral("d-plain"));
    EscalationRecord tier;
    tier.eventId = events[1].id;
    tier.rule = QStringLiteral("approval-overdue");
    tier.tier = 1;
    tier.dueAt = start.addSecs(3600);
    routeTo(events[1].id, QStringLiteral("approval-overdue"), QStringLiteral("d-esc"), {tier});
    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->loadHistory();
    QVERIFY(loaded.wait());
    QAction *acknowledge = m_page->findChild<QAction *>(QStringLiteral("acknowledgeAction"));
    m_page->view()->selectRow(proxyRowOf(events[0].id));
    QTRY_COMPARE(m_page->detailPane()->deliveriesView()->topLevelItemCount(), 1);
    QVERIFY(!acknowledge->isEnabled());
    QCOMPARE(acknowledge->toolTip(),
             QStringLiteral("No rule escalates this event, so there is nothing to acknowledge"));
    m_page->view()->selectRow(proxyRowOf(events[1].id));
    QTRY_VERIFY(acknowledge->isEnabled());
}

void tst_Console::detailPaneCollapsesWithoutSelection()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    store({makeEvent(1, QStringLiteral("contracts"))});
    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->loadHistory();
    QVERIFY(loaded.wait());
    // Nothing selected: the table has the height.
    QVERIFY(!m_page->detailPane()->isVisible());
    m_page->view()->selectRow(0);
    QVERIFY(m_page->detailPane()->isVisible());
    QTRY_VERIFY2(m_page->view()->height() > m_page->detailPane()->height(),
                 qPrintable(QStringLiteral("table %1 px, detail %2 px")
                                .arg(m_page->view()->height())
                                .arg(m_page->detailPane()->height())));
    m_page->findChild<QAction *>(QStringLiteral("clearViewAction"))->trigger();
    QTRY_VERIFY(!m_page->detailPane()->isVisible());
}

QTEST_MAIN(tst_Console)
#include "tst_console.moc"
