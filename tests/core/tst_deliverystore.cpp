// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event/uuidv7.h"
#include "store/deliverystore.h"
#include "store/eventstore.h"
#include "storebackend.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

using namespace OtBridge;

class tst_DeliveryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreBackend::addRows(); }
    void init();
    void cleanup();
    void factoryPicksTheBackend();
    void routingIsIdempotent();
    void renderErrorIsStoredDead();
    void unroutedEventsOldestFirst();
    void leasesDueDeliveriesOnce();
    void routedAndLeasedAsyncWithTheWholeRequest();
    void expiredLeaseIsTakenAgain();
    void leasesOfAKilledRunAreTakenBack();
    void deferTargetMovesItsDueDeliveries();
    void eventsNoRuleListensToAreStoredRouted();
    void recordsAttemptsAndStates();
    void releaseGivesLeaseBack();
    void openCountsByTargetLeaveDeliveredOut();
    void replaysDeadDeliveries();
    void replaysTargetSince();
    void openTextJobStateFindsDelivery();
    void openTextStateRepeatedWritesNothing();
    void openTextStateNeverStepsBack();
    void outcomeNamesRequestKind();
    void openTextStatesCommitEachUnderItsSavepoint();
    void firstAcknowledgementWins();
    void dueEscalationsFire();
    void cancelledTierFiresNothing();
    void concurrentLeasesNeverOverlap();
    // Work shared by nodes on one database (issue 13): two stores are two nodes.
    void twoNodesNeverHoldTheSameDelivery();
    void leaseNotRenewedIsTakenOverAfterExpiry();
    void renewedLeaseIsNeverTaken();
    void startTakesBackOnlyGoneLeases();
    void escalationFiresOnceWithTwoNodes();
    void routingHappensOnceWithTwoNodes();
    void digestOpensOnceWithTwoNodes();
    void survivesRestart();
    void migratesVersion1File();
    void closedStoreFails();
    // Notification steps (issue 18).
    void laterEventCancelsHeldDelay();
    void acknowledgementCancelsHeldDelay();
    void fallbackSentOnceWhenDeadOrFailed();
    void digestCollectsEventsAndFiresOnce();
    void digestSendsFirstEventAtOnce();
    void digestRenderedOverOtherEventsIsRefused();

private:
    // Another node on the same database: a store of its own, leasing as nodeId.
    std::unique_ptr<Store> openNode(const QString &nodeId) const;
    // Who holds the delivery's lease, as stored; "" when nobody.
    QString leaseHolder(const QString &deliveryId) const;
    // Runs each function on a thread of its own, all started together; false when one hangs.
    static bool runTogether(const QList<std::function<void()>> &work);
    QString dbPath() const { return QDir(m_dir.path()).filePath(QStringLiteral("events.sqlite")); }
    bool openStores();
    QUuid storeEvent();
    static NewDelivery newDelivery(const QUuid &event, const QString &rule, int actionIndex,
                                   const QString &target, const QDateTime &dueAt, int tier = 0);
    // Routes one event with the given jobs; returns the ids that were new.
    QStringList route(const QUuid &event, const QList<NewDelivery> &deliveries,
                      const QList<EscalationRecord> &escalations = {});
    static EscalationRecord tier(const QUuid &event, const QString &rule, int tier,
                                 const QDateTime &dueAt);
    static DeliveryAttempt attempt(const QString &outcome, int httpStatus = 0,
                                   const QString &error = {});
    // One OpenText delivery, routed, leased and accepted as job JOB-1; empty when a step failed.
    QString submittedOpenTextDelivery();
    // The dispatcher's batched write of JOB-1's state; counts the follow-ups it ran.
    Result<DeliveryQueue::OpenTextStatesWritten>
    writeJobState(const QString &state, const QString &error, int *followUps);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_storage;
    EventStore *m_events = nullptr;
    DeliveryStore *m_store = nullptr;
    // A fixed "now" keeps due times exact; the store never reads the clock for these.
    const QDateTime m_t0 = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
};

void tst_DeliveryStore::init()
{
    QVERIFY(m_dir.isValid());
    const QString reset = StoreBackend::reset();
    QVERIFY2(reset.isEmpty(), qPrintable(reset));
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(QDir(m_dir.path()).filePath(name));
    QVERIFY(openStores());
}

void tst_DeliveryStore::cleanup()
{
    m_store = nullptr;
    m_events = nullptr;
    m_storage.reset();
}

bool tst_DeliveryStore::openStores()
{
    m_storage = StoreBackend::open(StoreBackend::options(m_dir.path()));
    if (!m_storage)
        return false;
    m_events = m_storage->events();
    m_store = m_storage->deliveries();
    return true;
}

QUuid tst_DeliveryStore::storeEvent()
{
    Event event;
    event.id = createUuidV7();
    event.source = QStringLiteral("test");
    event.receivedAt = QDateTime::currentDateTimeUtc();
    event.body = R"({"contract":{"id":"C-1"}})";
    event.contentType = "application/json";
    event.peer = QStringLiteral("127.0.0.1");
    bool stored = false;
    const QUuid id = event.id;
    auto connection
        = connect(m_events, &EventStore::appended, this, [&](const QList<AppendResult> &results) {
              for (const AppendResult &result : results)
                  stored = stored || (result.id == id && result.status == AppendStatus::Stored);
          });
    m_events->append(std::move(event));
    if (!QTest::qWaitFor([&] { return stored; }, 10000))
        qWarning("event not stored in time");
    disconnect(connection);
    return id;
}

NewDelivery tst_DeliveryStore::newDelivery(const QUuid &event, const QString &rule, int actionIndex,
                                           const QString &target, const QDateTime &dueAt, int tier)
{
    NewDelivery delivery;
    delivery.id = QStringLiteral("%1:%2:%3:%4")
                      .arg(event.toString(QUuid::WithoutBraces), rule)
                      .arg(actionIndex)
                      .arg(tier);
    delivery.rule = rule;
    delivery.actionIndex = actionIndex;
    delivery.tier = tier;
    delivery.dueAt = dueAt;
    delivery.request.kind = DeliveryRequest::Kind::Http;
    delivery.request.target = target;
    delivery.request.http.url = QUrl(QStringLiteral("https://example.test/hooks/%1").arg(rule));
    delivery.request.http.headers = {{"Content-Type", "application/json"}};
    delivery.request.http.body = R"({"contract":"C-1"})";
    return delivery;
}

QStringList tst_DeliveryStore::route(const QUuid &event, const QList<NewDelivery> &deliveries,
                                     const QList<EscalationRecord> &escalations)
{
    const auto inserted = m_store->insertRouted({{event, deliveries, escalations}});
    if (!inserted) {
        qWarning("%s", qPrintable(inserted.error()));
        return {};
    }
    return inserted.value();
}

EscalationRecord tst_DeliveryStore::tier(const QUuid &event, const QString &rule, int tier,
                                         const QDateTime &dueAt)
{
    EscalationRecord record;
    record.eventId = event;
    record.rule = rule;
    record.tier = tier;
    record.dueAt = dueAt;
    return record;
}

DeliveryAttempt tst_DeliveryStore::attempt(const QString &outcome, int httpStatus,
                                           const QString &error)
{
    DeliveryAttempt attempt;
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    attempt.durationMs = 12;
    attempt.outcome = outcome;
    attempt.httpStatus = httpStatus;
    attempt.error = error;
    attempt.response = QStringLiteral("{\"ok\":false}");
    return attempt;
}

void tst_DeliveryStore::factoryPicksTheBackend()
{
    // The factory picks the backend from the options: a PostgreSQL URL gets the PostgreSQL
    // store, whose opening says what the server answered (here: nothing listens there).
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    StoreOptions options;
    const auto url
        = DatabaseUrl::parse(QStringLiteral("postgresql://otbridge@127.0.0.1:%1/ot").arg(port));
    QVERIFY(url);
    options.database = url.value();
    options.path = QDir(m_dir.path()).filePath(QStringLiteral("not-used.sqlite"));
    const auto opened = openStore(options);
    QVERIFY(!opened);
    QVERIFY2(opened.error().startsWith(
                 QStringLiteral("cannot connect to the database %1: ").arg(url->toString())),
             qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("Connection refused")),
             qPrintable(opened.error()));
    QVERIFY(!QFile::exists(options.path)); // nothing of SQLite's was made
    QVERIFY(m_store->nextDueAt().isNull()); // the suite's own store is untouched
    QVERIFY(m_storage->isOpen());
}

void tst_DeliveryStore::routingIsIdempotent()
{
    const QUuid event = storeEvent();
    QCOMPARE(m_events->event(event)->state, EventState::Received);
    const QList<NewDelivery> jobs = {
        newDelivery(event, QStringLiteral("legal"), 1, QStringLiteral("jira"), m_t0),
        newDelivery(event, QStringLiteral("legal"), 0, QStringLiteral("servicenow"), m_t0),
    };
    const QList<EscalationRecord> tiers = {tier(event, QStringLiteral("legal"), 1, m_t0)};

    const QStringList first = route(event, jobs, tiers);
    QCOMPARE(first, QStringList({jobs[0].id, jobs[1].id}));
    // Routing again (a restart between commit and routing) adds nothing.
    QCOMPARE(route(event, jobs, tiers), QStringList());
    QCOMPARE(m_store->countByState().value(QStringLiteral("pending")), 2);
    QCOMPARE(m_store->countByState(QStringLiteral("jira")).value(QStringLiteral("pending")), 1);
    QCOMPARE(m_store->countByState(QStringLiteral("jira")).value(QStringLiteral("dead")), 0);
    QCOMPARE(m_store->escalations(event).size(), 1);
    QCOMPARE(m_events->event(event)->state, EventState::Routed);

    const QList<DeliveryRecord> records = m_store->deliveriesForEvent(event);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].actionIndex, 0); // ordered by tier, then action
    QCOMPARE(records[0].target, QStringLiteral("servicenow"));
    QCOMPARE(records[0].eventId, event);
    QCOMPARE(records[0].state, DeliveryState::Pending);
    QCOMPARE(records[0].attempts, 0);
    QCOMPARE(records[0].nextAttemptAt, m_t0);
    QCOMPARE(records[0].nextAttemptAt.timeSpec(), Qt::UTC);
    QVERIFY(records[0].createdAt.isValid());
    QCOMPARE(records[0].request.kind, DeliveryRequest::Kind::Http);
    QCOMPARE(records[0].request.target, QStringLiteral("servicenow"));
    QCOMPARE(records[0].request.http.url, QUrl(QStringLiteral("https://example.test/hooks/legal")));
    QCOMPARE(records[0].request.http.body, QByteArray(R"({"contract":"C-1"})"));
    QCOMPARE(records[1].actionIndex, 1);
    QCOMPARE(m_store->delivery(jobs[0].id)->target, QStringLiteral("jira"));
    QVERIFY(!m_store->delivery(QStringLiteral("no-such-id")));
}

void tst_DeliveryStore::renderErrorIsStoredDead()
{
    const QUuid event = storeEvent();
    NewDelivery broken = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("jira"), m_t0);
    broken.renderError = QStringLiteral("body: no value for {{contract.owner}}");
    QCOMPARE(route(event, {broken}), QStringList({broken.id}));

    const DeliveryRecord record = *m_store->delivery(broken.id);
    QCOMPARE(record.state, DeliveryState::Dead);
    QCOMPARE(record.attempts, 0);
    QCOMPARE(record.lastError, broken.renderError);
    QVERIFY(!record.nextAttemptAt.isValid());
    QVERIFY(m_store->leaseDue(m_t0.addDays(1), 10, 60)->isEmpty());
    QCOMPARE(m_store->deadLetters({}, {}).size(), 1);
    // Never tried: sending the same broken message again cannot help, so replay leaves it.
    QCOMPARE(m_store->replay({broken.id}, m_t0).value(), 0);
    QCOMPARE(m_store->delivery(broken.id)->state, DeliveryState::Dead);
}

void tst_DeliveryStore::unroutedEventsOldestFirst()
{
    const QUuid a = storeEvent();
    const QUuid b = storeEvent();
    const QUuid c = storeEvent();
    QCOMPARE(m_store->unroutedEvents(10).value(), QList<QUuid>({a, b, c}));
    QCOMPARE(m_store->unroutedEvents(1).value(), QList<QUuid>({a}));
    // An event no rule matched is routed all the same.
    QCOMPARE(route(b, {}), QStringList());
    QCOMPARE(m_store->unroutedEvents(10).value(), QList<QUuid>({a, c}));
    QCOMPARE(m_events->event(b)->state, EventState::Routed);
    QVERIFY(m_store->insertRouted({{a, {}, {}}, {c, {}, {}}}));
    QVERIFY(m_store->unroutedEvents(10)->isEmpty());
}

// The dispatcher's way: routed, stored, leased and read back through the writer's queue, the
// request whole.
void tst_DeliveryStore::routedAndLeasedAsyncWithTheWholeRequest()
{
    const QUuid event = storeEvent();
    const NewDelivery job = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("t"), m_t0);
    QObject context;
    std::optional<Result<QStringList>> inserted;
    m_store->insertRoutedAsync({{event, {job}, {}}}, &context,
                               [&inserted](const Result<QStringList> &ids) { inserted = ids; });
    QTRY_VERIFY(inserted.has_value());
    QVERIFY2(*inserted, qPrintable(inserted->error()));
    QCOMPARE(inserted->value(), QStringList({job.id}));

    std::optional<Result<QList<DeliveryRecord>>> leased;
    m_store->leaseDueAsync(
        m_t0, 10, 30, &context,
        [&leased](const Result<QList<DeliveryRecord>> &records) { leased = records; });
    QTRY_VERIFY(leased.has_value());
    QVERIFY2(*leased, qPrintable(leased->error()));
    QCOMPARE(leased->value().size(), 1);
    const DeliveryRecord &whole = leased->value().at(0);
    QCOMPARE(whole.id, job.id);
    QVERIFY(whole.requestError.isEmpty());
    QCOMPARE(whole.request.kind, DeliveryRequest::Kind::Http);
    QCOMPARE(whole.request.http.url, job.request.http.url);
    QCOMPARE(whole.request.http.headers, job.request.http.headers);
    QCOMPARE(whole.request.http.body, job.request.http.body);
}

void tst_DeliveryStore::leasesDueDeliveriesOnce()
{
    const QUuid event = storeEvent();
    const NewDelivery later
        = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("t"), m_t0.addSecs(1));
    const NewDelivery first = newDelivery(event, QStringLiteral("r"), 1, QStringLiteral("t"), m_t0);
    const NewDelivery future
        = newDelivery(event, QStringLiteral("r"), 2, QStringLiteral("t"), m_t0.addSecs(3600));
    route(event, {later, first, future});
    QCOMPARE(m_store->nextDueAt(), m_t0);

    const auto leased = m_store->leaseDue(m_t0.addSecs(2), 10, 30);
    QVERIFY2(leased, qPrintable(leased.error()));
    QCOMPARE(leased->size(), 2);
    QCOMPARE(leased->at(0).id, first.id); // oldest due first
    QCOMPARE(leased->at(1).id, later.id);
    QCOMPARE(leased->at(0).request.target, QStringLiteral("t"));
    QCOMPARE(leased->at(0).request.http.url, first.request.http.url);
    QCOMPARE(leased->at(0).request.http.body, first.request.http.body);
    QVERIFY(leased->at(0).requestError.isEmpty());
    // Leased: not handed out again while the lease runs.
    QVERIFY(m_store->leaseDue(m_t0.addSecs(2), 10, 30)->isEmpty());
    QVERIFY(m_store->leaseDue(m_t0.addSecs(31), 10, 30)->isEmpty());
    // The earliest a leased delivery can come back is its lease's end.
    QCOMPARE(m_store->nextDueAt(), m_t0.addSecs(32));

    // No room for more in flight: nothing, not everything.
    QVERIFY(m_store->leaseDue(m_t0.addSecs(7200), 0, 30)->isEmpty());
    QVERIFY(m_store->leaseDue(m_t0.addSecs(7200), -1, 30)->isEmpty());
    // The two whose leases ran out (at t0 + 32) come back before the one due at t0 + 3600.
    const auto limited = m_store->leaseDue(m_t0.addSecs(7200), 2, 30);
    QCOMPARE(limited->size(), 2);
    QCOMPARE((QSet<QString> {limited->at(0).id, limited->at(1).id}),
             (QSet<QString> {first.id, later.id}));
}

void tst_DeliveryStore::expiredLeaseIsTakenAgain()
{
    // A dispatcher that died holding a lease: once it runs out, another takes the job.
    const QUuid event = storeEvent();
    const NewDelivery job = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("t"), m_t0);
    route(event, {job});
    QCOMPARE(m_store->leaseDue(m_t0, 10, 60)->size(), 1);
    QVERIFY(m_store->leaseDue(m_t0.addSecs(59), 10, 60)->isEmpty());
    const auto again = m_store->leaseDue(m_t0.addSecs(60), 10, 60);
    QCOMPARE(again->size(), 1);
    QCOMPARE(again->at(0).id, job.id);
    QCOMPARE(again->at(0).attempts, 0);
}

void tst_DeliveryStore::leasesOfAKilledRunAreTakenBack()
{
    // A run killed with leases held: the next run's dispatcher takes them all back at start,
    // without waiting for them to run out, and finished deliveries are left alone.
    const QUuid event = storeEvent();
    const NewDelivery job = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("t"), m_t0);
    const NewDelivery done = newDelivery(event, QStringLiteral("r"), 1, QStringLiteral("t"), m_t0);
    route(event, {job, done});
    QCOMPARE(m_store->leaseDue(m_t0, 10, 3600)->size(), 2);
    DeliveryAttempt attempt;
    attempt.number = 1;
    attempt.startedAt = m_t0;
    attempt.outcome = QStringLiteral("delivered");
    QVERIFY(m_store->recordAttempt(done.id, attempt, DeliveryState::Delivered, {}, {}).ok());
    QVERIFY(m_store->leaseDue(m_t0.addSecs(1), 10, 3600)->isEmpty());
    const auto released = m_store->releaseAllLeases();
    QVERIFY2(released, qPrintable(released.error()));
    QCOMPARE(released.value(), 1);
    const auto again = m_store->leaseDue(m_t0.addSecs(1), 10, 3600);
    QCOMPARE(again->size(), 1);
    QCOMPARE(again->at(0).id, job.id);
    QCOMPARE(m_store->delivery(done.id)->state, DeliveryState::Delivered);
}

void tst_DeliveryStore::deferTargetMovesItsDueDeliveries()
{
    // A target whose breaker is open: its due deliveries wait until it may be called again,
    // those this dispatcher leased and did not send included; one under way (leased, not
    // handed back) and other targets are left alone.
    const QUuid event = storeEvent();
    const NewDelivery sent = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("t"), m_t0);
    const NewDelivery held = newDelivery(event, QStringLiteral("r"), 1, QStringLiteral("t"), m_t0);
    const NewDelivery waiting
        = newDelivery(event, QStringLiteral("r"), 2, QStringLiteral("t"), m_t0.addSecs(1));
    const NewDelivery other = newDelivery(event, QStringLiteral("r"), 3, QStringLiteral("u"), m_t0);
    route(event, {sent, held, waiting, other});
    const auto leased = m_store->leaseDue(m_t0, 2, 300);
    QCOMPARE(leased->size(), 2); // sent and held (other is due too, but the limit is 2)
    const QDateTime until = m_t0.addSecs(60);
    const auto moved = m_store->deferTarget(QStringLiteral("t"), until, m_t0.addSecs(2), {held.id});
    QVERIFY2(moved, qPrintable(moved.error()));
    QCOMPARE(moved.value(), 2); // held and waiting
    QCOMPARE(m_store->delivery(held.id)->nextAttemptAt, until);
    QCOMPARE(m_store->delivery(waiting.id)->nextAttemptAt, until);
    QCOMPARE(m_store->delivery(sent.id)->nextAttemptAt, m_t0.addSecs(300)); // its lease's end
    QCOMPARE(m_store->delivery(other.id)->nextAttemptAt, m_t0);
    const auto due = m_store->leaseDue(m_t0.addSecs(59), 10, 300);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->at(0).id, other.id);
}

void tst_DeliveryStore::eventsNoRuleListensToAreStoredRouted()
{
    // storeEvent() uses the source "test": with no rule listening to it, nothing is left for
    // the router, and no routing write competes with ingest for the store's lock.
    m_events->setSourcesToRoute(QSet<QString> {QStringLiteral("contracts")});
    const QUuid quiet = storeEvent();
    QCOMPARE(m_events->event(quiet)->state, EventState::Routed);
    QVERIFY(m_store->unroutedEvents(10)->isEmpty());
    // A source a rule listens to waits for routing as before.
    m_events->setSourcesToRoute(QSet<QString> {QStringLiteral("test")});
    const QUuid routed = storeEvent();
    QCOMPARE(m_events->event(routed)->state, EventState::Received);
    QCOMPARE(m_store->unroutedEvents(10).value(), QList<QUuid> {routed});
}

void tst_DeliveryStore::recordsAttemptsAndStates()
{
    const QUuid event = storeEvent();
    const NewDelivery job = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("t"), m_t0);
    route(event, {job});
    QCOMPARE(m_store->leaseDue(m_t0, 10, 60)->size(), 1);

    const QDateTime retryAt = m_t0.addSecs(120);
    const auto recorded = m_store->recordAttempt(
        job.id, attempt(QStringLiteral("retry"), 503, QStringLiteral("HTTP 503")),
        DeliveryState::Retrying, retryAt, QStringLiteral("HTTP 503"));
    QVERIFY2(recorded, qPrintable(recorded.error()));
    DeliveryRecord record = *m_store->delivery(job.id);
    QCOMPARE(record.state, DeliveryState::Retrying);
    QCOMPARE(record.attempts, 1);
    QCOMPARE(record.nextAttemptAt, retryAt);
    QCOMPARE(record.lastError, QStringLiteral("HTTP 503"));
    QCOMPARE(m_store->countByState().value(QStringLiteral("retrying")), 1);
    QCOMPARE(m_store->nextDueAt(), retryAt); // the lease is gone with the attempt

    // Retrying: due at its next time, not before, whatever the old lease said.
    QVERIFY(m_store->leaseDue(retryAt.addMSecs(-1), 10, 60)->isEmpty());
    const auto retry = m_store->leaseDue(retryAt, 10, 60);
    QCOMPARE(retry->size(), 1);
    QCOMPARE(retry->at(0).state, DeliveryState::Retrying);

    QVERIFY(m_store->recordAttempt(job.id, attempt(QStringLiteral("delivered"), 201),
                                   DeliveryState::Delivered, {}, {}));
    record = *m_store->delivery(job.id);
    QCOMPARE(record.state, DeliveryState::Delivered);
    QCOMPARE(record.attempts, 2);
    QVERIFY(!record.nextAttemptAt.isValid());
    QVERIFY(record.lastError.isEmpty());
    QVERIFY(!m_store->nextDueAt().isValid());
    QVERIFY(m_store->leaseDue(m_t0.addDays(1), 10, 60)->isEmpty());

    const QList<DeliveryAttempt> history = m_store->attempts(job.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].number, 1);
    QCOMPARE(history[0].outcome, QStringLiteral("retry"));
    QCOMPARE(history[0].httpStatus, 503);
    QCOMPARE(history[0].error, QStringLiteral("HTTP 503"));
    QCOMPARE(history[0].durationMs, 12);
    QCOMPARE(history[0].response, QStringLiteral("{\"ok\":false}"));
    QCOMPARE(history[0].startedAt.timeSpec(), Qt::UTC);
    QCOMPARE(history[1].number, 2);
    QCOMPARE(history[1].httpStatus, 201);

    const auto unknown = m_store->recordAttempt(QStringLiteral("nope"), attempt({}),
                                                DeliveryState::Delivered, {}, {});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error(), QStringLiteral("no delivery nope"));
}

void tst_DeliveryStore::openCountsByTargetLeaveDeliveredOut()
{
    // Targets in name order and out of it, with every open state and delivered ones.
    const QStringList targets {QStringLiteral("zeta"), QStringLiteral("alpha"),
                               QStringLiteral("mid"), QStringLiteral("done")};
    const QUuid event = storeEvent();
    QList<NewDelivery> jobs;
    for (int i = 0; i < 9; ++i)
        jobs.append(newDelivery(event, QStringLiteral("r"), i, targets.at(i % 4), m_t0));
    route(event, jobs);
    // zeta: 0 4 8; alpha: 1 5; mid: 2 6; done: 3 7.
    const auto finish = [this](const NewDelivery &job, DeliveryState state) {
        const QDateTime retryAt = state == DeliveryState::Retrying ? m_t0.addSecs(60) : QDateTime();
        QVERIFY(
            m_store->recordAttempt(job.id, attempt(QStringLiteral("x"), 500), state, retryAt, {}));
    };
    QCOMPARE(m_store->leaseDue(m_t0, 20, 60)->size(), 9);
    finish(jobs.at(4), DeliveryState::Retrying);
    finish(jobs.at(8), DeliveryState::Dead);
    finish(jobs.at(1), DeliveryState::Delivered);
    finish(jobs.at(5), DeliveryState::Dead);
    finish(jobs.at(2), DeliveryState::Retrying);
    finish(jobs.at(6), DeliveryState::Retrying);
    finish(jobs.at(3), DeliveryState::Delivered);
    finish(jobs.at(7), DeliveryState::Delivered);
    QVERIFY(m_store->release(jobs.at(0).id, m_t0));

    const auto counts = m_store->openCountsByTarget();
    QVERIFY2(counts, qPrintable(counts.error()));
    using States = QHash<QString, qint64>;
    const QHash<QString, States> expected {
        {QStringLiteral("zeta"),
         States {{QStringLiteral("pending"), 1},
                 {QStringLiteral("retrying"), 1},
                 {QStringLiteral("dead"), 1}}},
        {QStringLiteral("alpha"), States {{QStringLiteral("dead"), 1}}},
        {QStringLiteral("mid"), States {{QStringLiteral("retrying"), 2}}},
    };
    QCOMPARE(counts.value(), expected);
}

void tst_DeliveryStore::releaseGivesLeaseBack()
{
    const QUuid event = storeEvent();
    const NewDelivery job = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("t"), m_t0);
    route(event, {job});
    QCOMPARE(m_store->leaseDue(m_t0, 10, 600)->size(), 1);
    // The breaker is open: back in 5 s, without an attempt and well before the lease ends.
    QVERIFY(m_store->release(job.id, m_t0.addSecs(5)));
    QCOMPARE(m_store->nextDueAt(), m_t0.addSecs(5));
    QVERIFY(m_store->leaseDue(m_t0.addSecs(4), 10, 600)->isEmpty());
    QCOMPARE(m_store->leaseDue(m_t0.addSecs(5), 10, 600)->size(), 1);
    QCOMPARE(m_store->delivery(job.id)->attempts, 0);
    QVERIFY(m_store->attempts(job.id).isEmpty());
    QVERIFY(!m_store->release(QStringLiteral("nope"), m_t0));
}

void tst_DeliveryStore::replaysDeadDeliveries()
{
    const QUuid event = storeEvent();
    const NewDelivery dead1 = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("a"), m_t0);
    const NewDelivery dead2 = newDelivery(event, QStringLiteral("r"), 1, QStringLiteral("a"), m_t0);
    const NewDelivery done = newDelivery(event, QStringLiteral("r"), 2, QStringLiteral("a"), m_t0);
    const NewDelivery live
        = newDelivery(event, QStringLiteral("r"), 3, QStringLiteral("a"), m_t0.addSecs(3600));
    route(event, {dead1, dead2, done, live});
    QCOMPARE(m_store->leaseDue(m_t0, 10, 60)->size(), 3);
    for (const NewDelivery &job : {dead1, dead2}) {
        QVERIFY(m_store->recordAttempt(job.id, attempt(QStringLiteral("failed"), 400),
                                       DeliveryState::Dead, {}, QStringLiteral("HTTP 400")));
    }
    QVERIFY(m_store->recordAttempt(done.id, attempt(QStringLiteral("delivered"), 200),
                                   DeliveryState::Delivered, {}, {}));
    QCOMPARE(m_store->deadLetters(QStringLiteral("a"), {}).size(), 2);
    QCOMPARE(m_store->deadLetters(QStringLiteral("b"), {}).size(), 0);
    QCOMPARE(m_store->deadLetters(QStringLiteral("a"), {}, 1).size(), 1);

    // Only dead ones come back: the delivered and the live one, and unknown ids, are left alone.
    const QDateTime now = m_t0.addSecs(600);
    const auto replayed
        = m_store->replay({dead1.id, done.id, live.id, QStringLiteral("nope")}, now);
    QVERIFY2(replayed, qPrintable(replayed.error()));
    QCOMPARE(replayed.value(), 1);
    DeliveryRecord record = *m_store->delivery(dead1.id);
    QCOMPARE(record.state, DeliveryState::Pending);
    QCOMPARE(record.attempts, 0);
    QCOMPARE(record.nextAttemptAt, now);
    QVERIFY(record.lastError.isEmpty());
    QCOMPARE(m_store->delivery(done.id)->state, DeliveryState::Delivered);
    QCOMPARE(m_store->delivery(live.id)->nextAttemptAt, m_t0.addSecs(3600));
    QCOMPARE(m_store->delivery(dead2.id)->state, DeliveryState::Dead);
    QCOMPARE(m_store->deadLetters({}, {}).size(), 1);

    // A fresh round of attempts; the history keeps the first one and numbers on.
    const auto leased = m_store->leaseDue(now, 10, 60);
    QCOMPARE(leased->size(), 1);
    QCOMPARE(leased->at(0).id, dead1.id);
    QVERIFY(m_store->recordAttempt(dead1.id, attempt(QStringLiteral("retry"), 502),
                                   DeliveryState::Retrying, now.addSecs(30),
                                   QStringLiteral("HTTP 502")));
    record = *m_store->delivery(dead1.id);
    QCOMPARE(record.attempts, 1);
    const QList<DeliveryAttempt> history = m_store->attempts(dead1.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].number, 1);
    QCOMPARE(history[0].httpStatus, 400);
    QCOMPARE(history[1].number, 2);
    QCOMPARE(history[1].httpStatus, 502);
}

void tst_DeliveryStore::replaysTargetSince()
{
    const QUuid event = storeEvent();
    const NewDelivery oldA = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("a"), m_t0);
    const NewDelivery newA = newDelivery(event, QStringLiteral("r"), 1, QStringLiteral("a"), m_t0);
    const NewDelivery newB = newDelivery(event, QStringLiteral("r"), 2, QStringLiteral("b"), m_t0);
    route(event, {oldA, newA, newB});
    QCOMPARE(m_store->leaseDue(m_t0, 10, 60)->size(), 3);
    const auto kill = [this](const QString &id) {
        return m_store
            ->recordAttempt(id, attempt(QStringLiteral("failed"), 500), DeliveryState::Dead, {},
                            QStringLiteral("HTTP 500 after 8 attempts"))
            .ok();
    };
    QVERIFY(kill(oldA.id));
    QTest::qWait(20);
    const QDateTime since = QDateTime::currentDateTimeUtc();
    QTest::qWait(20);
    QVERIFY(kill(newA.id));
    QVERIFY(kill(newB.id));

    // Newest first; since and target narrow it.
    const QList<DeliveryRecord> allDead = m_store->deadLetters({}, {});
    QCOMPARE(allDead.size(), 3);
    QCOMPARE(allDead.last().id, oldA.id);
    QCOMPARE(m_store->deadLetters(QStringLiteral("a"), since).size(), 1);
    QCOMPARE(m_store->deadLetters(QStringLiteral("a"), since).first().id, newA.id);

    const QDateTime now = m_t0.addSecs(60);
    QCOMPARE(m_store->replayTarget(QStringLiteral("a"), since.addSecs(3600), now).value(), 0);
    QCOMPARE(m_store->replayTarget(QStringLiteral("a"), since, now).value(), 1);
    QCOMPARE(m_store->delivery(newA.id)->state, DeliveryState::Pending);
    QCOMPARE(m_store->delivery(oldA.id)->state, DeliveryState::Dead);
    QCOMPARE(m_store->delivery(newB.id)->state, DeliveryState::Dead);
    // Without a time: every dead one of the target; replaying again finds nothing more.
    QCOMPARE(m_store->replayTarget(QStringLiteral("a"), {}, now).value(), 1);
    QCOMPARE(m_store->replayTarget(QStringLiteral("a"), {}, now).value(), 0);
    QCOMPARE(m_store->countByState(QStringLiteral("a")).value(QStringLiteral("pending")), 2);
    QCOMPARE(m_store->countByState(QStringLiteral("b")).value(QStringLiteral("dead")), 1);
}

void tst_DeliveryStore::openTextJobStateFindsDelivery()
{
    const QUuid event = storeEvent();
    NewDelivery job = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("ot"), m_t0);
    job.request.kind = DeliveryRequest::Kind::OpenText;
    const NewDelivery other
        = newDelivery(event, QStringLiteral("r"), 1, QStringLiteral("ot"), m_t0);
    route(event, {job, other});
    QCOMPARE(m_store->leaseDue(m_t0, 10, 60)->size(), 2);
    // A fan-out split into two OpenText jobs.
    QVERIFY(m_store->recordAttempt(job.id, attempt(QStringLiteral("delivered"), 200),
                                   DeliveryState::Delivered, {}, {},
                                   {QStringLiteral("JOB-1"), QStringLiteral("JOB-2")}));
    QVERIFY(m_store->recordAttempt(other.id, attempt(QStringLiteral("delivered"), 200),
                                   DeliveryState::Delivered, {}, {}, {QStringLiteral("JOB-3")}));
    DeliveryRecord record = *m_store->delivery(job.id);
    QCOMPARE(record.openTextJobId, QStringLiteral("JOB-1 JOB-2"));
    QCOMPARE(record.openTextState, QStringLiteral("pending"));

    auto found = m_store->setOpenTextState(QStringLiteral("JOB-2"), QStringLiteral("delivered"));
    QVERIFY2(found, qPrintable(found.error()));
    QVERIFY(found.value());
    QCOMPARE(found.value()->id, job.id);
    // The record a state hands back names the request's kind and target without reading the
    // request itself (DeliveryRecord::request); a read by id has it whole.
    QCOMPARE(found.value()->request.kind, DeliveryRequest::Kind::OpenText);
    QCOMPARE(found.value()->request.target, QStringLiteral("ot"));
    QVERIFY(found.value()->requestError.isEmpty());
    QCOMPARE(m_store->delivery(job.id)->request.kind, DeliveryRequest::Kind::OpenText);
    QCOMPARE(m_store->delivery(other.id)->request.http.body, QByteArray(R"({"contract":"C-1"})"));
    // One of two jobs delivered: the delivery is only as far as its slowest job.
    QCOMPARE(found.value()->openTextState, QStringLiteral("pending"));
    found = m_store->setOpenTextState(QStringLiteral("JOB-1"), QStringLiteral("delivered"));
    QCOMPARE(found.value()->openTextState, QStringLiteral("delivered"));
    QVERIFY(found.value()->lastError.isEmpty());
    found = m_store->setOpenTextState(QStringLiteral("JOB-1"), QStringLiteral("failed"),
                                      QStringLiteral("mailbox unavailable"));
    QCOMPARE(found.value()->openTextState, QStringLiteral("failed"));
    QCOMPARE(found.value()->lastError, QStringLiteral("mailbox unavailable"));
    QCOMPARE(found.value()->state, DeliveryState::Delivered);
    QCOMPARE(m_store->delivery(other.id)->openTextState, QStringLiteral("pending"));

    const auto unknown
        = m_store->setOpenTextState(QStringLiteral("JOB-X"), QStringLiteral("failed"));
    QVERIFY(unknown);
    QVERIFY(!unknown.value());
}

QString tst_DeliveryStore::submittedOpenTextDelivery()
{
    const QUuid event = storeEvent();
    NewDelivery job = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("ot"), m_t0);
    job.request.kind = DeliveryRequest::Kind::OpenText;
    route(event, {job});
    const auto leased = m_store->leaseDue(m_t0, 10, 60);
    if (!leased || leased->size() != 1
        || !m_store->recordAttempt(job.id, attempt(QStringLiteral("delivered"), 200),
                                   DeliveryState::Delivered, {}, {}, {QStringLiteral("JOB-1")}))
        return {};
    return job.id;
}

Result<DeliveryQueue::OpenTextStatesWritten>
tst_DeliveryStore::writeJobState(const QString &state, const QString &error, int *followUps)
{
    DeliveryQueue::OpenTextStateChange change;
    change.jobId = QStringLiteral("JOB-1");
    change.state = state;
    change.error = error;
    change.followUp = [followUps](WriteContext &, const DeliveryRecord &) {
        ++*followUps;
        return Result<void>();
    };
    QObject context;
    std::optional<Result<DeliveryQueue::OpenTextStatesWritten>> written;
    m_store->setOpenTextStatesAsync(
        {change}, &context, [&written](const Result<DeliveryQueue::OpenTextStatesWritten> &result) {
            written = result;
        });
    if (!QTest::qWaitFor([&written] { return written.has_value(); }, 10000))
        return Result<DeliveryQueue::OpenTextStatesWritten>::failure(
            QStringLiteral("no answer within 10 s"));
    return *written;
}

// A poll and a push race: a push that says "sent" may arrive after a poll read "delivered". The
// late report changes nothing, in the job or its delivery; a bounce after delivery still counts.
void tst_DeliveryStore::openTextStateNeverStepsBack()
{
    const QString id = submittedOpenTextDelivery();
    QVERIFY(!id.isEmpty());
    auto found = m_store->setOpenTextState(QStringLiteral("JOB-1"), QStringLiteral("delivered"));
    QVERIFY2(found, qPrintable(found.error()));
    QCOMPARE(found.value()->openTextState, QStringLiteral("delivered"));

    for (const QString &late : {QStringLiteral("sent"), QStringLiteral("pending")}) {
        found = m_store->setOpenTextState(QStringLiteral("JOB-1"), late,
                                          QStringLiteral("a late word"));
        QVERIFY2(found, qPrintable(found.error()));
        QVERIFY(found.value()); // still the job's delivery...
        QCOMPARE(found.value()->openTextState, QStringLiteral("delivered")); // ...unchanged
        QCOMPARE(m_store->delivery(id)->openTextState, QStringLiteral("delivered"));
        QVERIFY(m_store->delivery(id)->lastError.isEmpty());
    }
    // The batched write (the dispatcher's) reports nothing changed, and runs no follow-up.
    int followUps = 0;
    const auto written = writeJobState(QStringLiteral("sent"), {}, &followUps);
    QVERIFY2(written, qPrintable(written.error()));
    QVERIFY(written->updated.isEmpty());
    QCOMPARE(followUps, 0);

    // Further on is written: a bounce after delivery.
    found = m_store->setOpenTextState(QStringLiteral("JOB-1"), QStringLiteral("failed"),
                                      QStringLiteral("mailbox unavailable"));
    QCOMPARE(found.value()->openTextState, QStringLiteral("failed"));
    found = m_store->setOpenTextState(QStringLiteral("JOB-1"), QStringLiteral("delivered"));
    QCOMPARE(found.value()->openTextState, QStringLiteral("failed"));
    QCOMPARE(m_store->delivery(id)->lastError, QStringLiteral("mailbox unavailable"));
}

// The sandbox's first push ("Submitted") repeats the state a submit starts in, and OpenText may
// send a state twice: the batched write (the dispatcher's) leaves such a state alone, reports
// nothing and runs no follow-up again; a change, or the same state with an error, is written.
void tst_DeliveryStore::openTextStateRepeatedWritesNothing()
{
    const QString id = submittedOpenTextDelivery();
    QVERIFY(!id.isEmpty());
    const QDateTime submitted = m_store->delivery(id)->updatedAt;

    int followUps = 0;
    const auto write = [&](const QString &state, const QString &error = {}) {
        return writeJobState(state, error, &followUps);
    };

    auto written = write(QStringLiteral("pending"));
    QVERIFY2(written, qPrintable(written.error()));
    QVERIFY(written->updated.isEmpty());
    QVERIFY(written->errors.isEmpty());
    QCOMPARE(followUps, 0);
    QCOMPARE(m_store->delivery(id)->updatedAt, submitted);

    written = write(QStringLiteral("sent"));
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written->updated.size(), 1);
    QCOMPARE(written->updated.constFirst().openTextState, QStringLiteral("sent"));
    QCOMPARE(followUps, 1);
    written = write(QStringLiteral("sent"));
    QVERIFY2(written, qPrintable(written.error()));
    QVERIFY(written->updated.isEmpty());
    QCOMPARE(followUps, 1);

    written = write(QStringLiteral("sent"), QStringLiteral("slow mailbox"));
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written->updated.size(), 1);
    QCOMPARE(written->updated.constFirst().lastError, QStringLiteral("slow mailbox"));
    QCOMPARE(followUps, 2);
    QCOMPARE(m_store->delivery(id)->openTextState, QStringLiteral("sent"));

    // The one-state call of the API still names the delivery of a repeated state.
    const auto found = m_store->setOpenTextState(QStringLiteral("JOB-1"), QStringLiteral("sent"));
    QVERIFY(found && found.value());
    QCOMPARE(found.value()->id, id);
}

// The record an attempt hands back names its request's kind from the stored request's first
// bytes (DeliveryRequest::toJson writes "kind" first), and from the database's JSON when a
// request was written some other way.
void tst_DeliveryStore::outcomeNamesRequestKind()
{
    const QUuid event = storeEvent();
    NewDelivery openText = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("ot"), m_t0);
    openText.request.kind = DeliveryRequest::Kind::OpenText;
    const NewDelivery http
        = newDelivery(event, QStringLiteral("r"), 1, QStringLiteral("hook"), m_t0);
    const NewDelivery reordered
        = newDelivery(event, QStringLiteral("r"), 2, QStringLiteral("other"), m_t0);
    route(event, {openText, http, reordered});
    QCOMPARE(m_store->leaseDue(m_t0, 10, 60)->size(), 3);
    {
        QSqlDatabase db
            = StoreBackend::connect(QStringLiteral("reorder"), StoreBackend::options(m_dir.path()));
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.prepare(QStringLiteral("UPDATE deliveries SET request = ? WHERE id = ?")));
        query.addBindValue(QStringLiteral(
            R"({"target":"other","kind":"opentext","message":{"channel":"email"}})"));
        query.addBindValue(reordered.id);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reorder"));

    QObject context;
    const auto recorded = [&](const QString &id) {
        std::optional<Result<DeliveryRecord>> record;
        m_store->recordAttemptAsync(
            id, attempt(QStringLiteral("delivered"), 200), DeliveryState::Delivered, {}, {}, {}, {},
            &context, [&record](const Result<DeliveryRecord> &result) { record = result; });
        if (!QTest::qWaitFor([&record] { return record.has_value(); }, 10000))
            return Result<DeliveryRecord>::failure(QStringLiteral("no answer within 10 s"));
        return *record;
    };
    const auto kinds = {std::pair {openText.id, DeliveryRequest::Kind::OpenText},
                        std::pair {http.id, DeliveryRequest::Kind::Http},
                        std::pair {reordered.id, DeliveryRequest::Kind::OpenText}};
    for (const auto &[id, kind] : kinds) {
        const Result<DeliveryRecord> record = recorded(id);
        QVERIFY2(record, qPrintable(record.error()));
        QCOMPARE(record->id, id);
        QCOMPARE(record->request.kind, kind);
        QCOMPARE(record->state, DeliveryState::Delivered);
        // What the attempt's update hands back is the delivery as stored after it.
        const DeliveryRecord stored = *m_store->delivery(id);
        QCOMPARE(record->attempts, 1);
        QCOMPARE(record->attempts, stored.attempts);
        QCOMPARE(record->eventId, stored.eventId);
        QCOMPARE(record->rule, stored.rule);
        QCOMPARE(record->actionIndex, stored.actionIndex);
        QCOMPARE(record->target, stored.target);
        QCOMPARE(record->createdAt, stored.createdAt);
        QCOMPARE(record->updatedAt, stored.updatedAt);
        QCOMPARE(record->nextAttemptAt, stored.nextAttemptAt);
        QCOMPARE(record->lastError, stored.lastError);
        QCOMPARE(m_store->attempts(id).size(), 1);
        QCOMPARE(m_store->attempts(id).first().number, 1);
    }
    // A delivery that is not there: said, and nothing written.
    const Result<DeliveryRecord> missing = recorded(QStringLiteral("no-such-delivery"));
    QVERIFY(!missing);
    QCOMPARE(missing.error(), QStringLiteral("no delivery no-such-delivery"));
    QVERIFY(m_store->attempts(QStringLiteral("no-such-delivery")).isEmpty());
}

void tst_DeliveryStore::openTextStatesCommitEachUnderItsSavepoint()
{
    // A burst of pushed job states in one write: each under a savepoint of its own, so the one
    // whose follow-up fails is taken back alone and reported, and the others commit.
    const QUuid event = storeEvent();
    NewDelivery first = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("ot"), m_t0);
    NewDelivery second = newDelivery(event, QStringLiteral("r"), 1, QStringLiteral("ot"), m_t0);
    first.request.kind = DeliveryRequest::Kind::OpenText;
    second.request.kind = DeliveryRequest::Kind::OpenText;
    route(event, {first, second});
    QCOMPARE(m_store->leaseDue(m_t0, 10, 60)->size(), 2);
    QVERIFY(m_store->recordAttempt(first.id, attempt(QStringLiteral("delivered"), 200),
                                   DeliveryState::Delivered, {}, {}, {QStringLiteral("JOB-1")}));
    QVERIFY(m_store->recordAttempt(second.id, attempt(QStringLiteral("delivered"), 200),
                                   DeliveryState::Delivered, {}, {}, {QStringLiteral("JOB-2")}));

    QList<DeliveryQueue::OpenTextStateChange> changes;
    changes.append({QStringLiteral("JOB-1"), QStringLiteral("delivered"), {}, {}});
    changes.append({QStringLiteral("JOB-2"), QStringLiteral("failed"), QStringLiteral("bounced"),
                    [](WriteContext &, const DeliveryRecord &) {
                        return Result<void>::failure(QStringLiteral("follow-up refused"));
                    }});
    changes.append({QStringLiteral("JOB-X"), QStringLiteral("delivered"), {}, {}});
    std::optional<Result<DeliveryQueue::OpenTextStatesWritten>> written;
    m_store->setOpenTextStatesAsync(
        changes, this,
        [&written](const Result<DeliveryQueue::OpenTextStatesWritten> &r) { written = r; });
    QTRY_VERIFY(written.has_value());
    QVERIFY2(*written, qPrintable(written->error()));
    QCOMPARE(written->value().updated.size(), 1);
    QCOMPARE(written->value().updated.constFirst().id, first.id);
    QCOMPARE(written->value().errors, QStringList {QStringLiteral("follow-up refused")});
    QCOMPARE(m_store->delivery(first.id)->openTextState, QStringLiteral("delivered"));
    QCOMPARE(m_store->delivery(second.id)->openTextState, QStringLiteral("pending"));
}

void tst_DeliveryStore::firstAcknowledgementWins()
{
    const QUuid event = storeEvent();
    route(event, {},
          {tier(event, QStringLiteral("approval"), 1, m_t0.addSecs(60)),
           tier(event, QStringLiteral("approval"), 2, m_t0.addSecs(120))});
    QCOMPARE(m_store->nextEscalationAt(), m_t0.addSecs(60));

    Acknowledgement ack;
    ack.at = m_t0.addSecs(30);
    ack.by = QStringLiteral("api");
    ack.note = QStringLiteral("on it");
    ack.via = QStringLiteral("link");
    const auto first = m_store->acknowledge(event, ack);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->by, QStringLiteral("api"));
    QCOMPARE(first->at, m_t0.addSecs(30));

    Acknowledgement late;
    late.at = m_t0.addSecs(40);
    late.by = QStringLiteral("console");
    const auto second = m_store->acknowledge(event, late);
    QVERIFY(second);
    QCOMPARE(second->by, QStringLiteral("api"));
    QCOMPARE(second->note, QStringLiteral("on it"));
    QCOMPARE(second->at, m_t0.addSecs(30));
    QCOMPARE(second->via, QStringLiteral("link"));
    QCOMPARE(m_store->acknowledgement(event)->by, QStringLiteral("api"));
    QCOMPARE(m_store->acknowledgement(event)->via, QStringLiteral("link"));

    for (const EscalationRecord &record : m_store->escalations(event))
        QCOMPARE(record.state, QStringLiteral("cancelled"));
    QCOMPARE(m_store->escalations(event).size(), 2);
    QVERIFY(m_store->dueEscalations(m_t0.addDays(1), 10)->isEmpty());
    QVERIFY(!m_store->nextEscalationAt().isValid());
    QCOMPARE(m_events->event(event)->state, EventState::Acknowledged);

    const QUuid unknown = createUuidV7();
    const auto refused = m_store->acknowledge(unknown, ack);
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             QStringLiteral("no event %1").arg(unknown.toString(QUuid::WithoutBraces)));
    QVERIFY(!m_store->acknowledgement(unknown));
}

void tst_DeliveryStore::dueEscalationsFire()
{
    const QUuid a = storeEvent();
    const QUuid b = storeEvent();
    route(a, {},
          {tier(a, QStringLiteral("r"), 1, m_t0.addSecs(60)),
           tier(a, QStringLiteral("r"), 2, m_t0.addSecs(600))});
    route(b, {}, {tier(b, QStringLiteral("r"), 1, m_t0.addSecs(30))});

    const auto due = m_store->dueEscalations(m_t0.addSecs(90), 10);
    QVERIFY2(due, qPrintable(due.error()));
    QCOMPARE(due->size(), 2);
    QCOMPARE(due->at(0).eventId, b); // oldest first
    QCOMPARE(due->at(1).eventId, a);
    QCOMPARE(due->at(1).tier, 1);
    QCOMPARE(due->at(1).state, QStringLiteral("scheduled"));
    QCOMPARE(m_store->dueEscalations(m_t0.addSecs(90), 1)->size(), 1);

    const QDateTime now = m_t0.addSecs(90);
    const NewDelivery page
        = newDelivery(a, QStringLiteral("r"), 0, QStringLiteral("pagerduty"), now, 1);
    const auto fired = m_store->fireEscalation(due->at(1), {page}, now);
    QVERIFY2(fired, qPrintable(fired.error()));
    QCOMPARE(fired.value(), QStringList({page.id}));
    const DeliveryRecord record = *m_store->delivery(page.id);
    QCOMPARE(record.tier, 1);
    QCOMPARE(record.state, DeliveryState::Pending);
    QCOMPARE(record.nextAttemptAt, now);
    // Firing the same tier again (a second node, or a retry) sends nothing more.
    QCOMPARE(m_store->fireEscalation(due->at(1), {page}, now).value(), QStringList());

    const QList<EscalationRecord> tiers = m_store->escalations(a);
    QCOMPARE(tiers.size(), 2);
    QCOMPARE(tiers[0].state, QStringLiteral("fired"));
    QCOMPARE(tiers[0].firedAt, now);
    QCOMPARE(tiers[1].state, QStringLiteral("scheduled"));
    QCOMPARE(m_store->nextEscalationAt(), m_t0.addSecs(30)); // b's tier is still waiting
    const auto left = m_store->dueEscalations(now, 10);
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->at(0).eventId, b);
}

void tst_DeliveryStore::cancelledTierFiresNothing()
{
    const QUuid event = storeEvent();
    route(event, {}, {tier(event, QStringLiteral("r"), 1, m_t0)});
    const auto due = m_store->dueEscalations(m_t0, 10);
    QCOMPARE(due->size(), 1);
    // Acknowledged between reading the due tier and firing it.
    QVERIFY(m_store->acknowledge(event,
                                 {m_t0, QStringLiteral("console"), {}, QStringLiteral("console")}));
    const NewDelivery page
        = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("sms"), m_t0, 1);
    const auto fired = m_store->fireEscalation(due->at(0), {page}, m_t0);
    QVERIFY2(fired, qPrintable(fired.error()));
    QVERIFY(fired->isEmpty());
    QVERIFY(!m_store->delivery(page.id));
    QCOMPARE(m_store->escalations(event).first().state, QStringLiteral("cancelled"));
    QVERIFY(!m_store->escalations(event).first().firedAt.isValid());
}

void tst_DeliveryStore::concurrentLeasesNeverOverlap()
{
    constexpr int jobs = 300;
    const QUuid event = storeEvent();
    QList<NewDelivery> deliveries;
    for (int i = 0; i < jobs; ++i)
        deliveries.append(
            newDelivery(event, QStringLiteral("r"), i, QStringLiteral("t"), m_t0.addMSecs(i)));
    QCOMPARE(route(event, deliveries).size(), jobs);

    // Two dispatchers on their own threads of one store (each with its own read connection),
    // leasing small batches and recording every job they got, while events are appended from a
    // third. (A backend with several nodes on one database runs the same test across them.)
    QList<QStringList> taken(2);
    QList<QString> errors(2);
    QList<QThread *> threads;
    std::atomic<int> ready {0};
    for (int t = 0; t < 2; ++t) {
        threads.append(QThread::create([this, t, &taken, &errors, &ready] {
            // Open this thread's connection, then start together: otherwise the first thread
            // may be done before the second has its connection.
            m_store->nextDueAt();
            ++ready;
            while (ready.load() < 2)
                QThread::yieldCurrentThread();
            for (;;) {
                const auto leased = m_store->leaseDue(m_t0.addSecs(10), 7, 60);
                if (!leased) {
                    errors[t] = leased.error();
                    return;
                }
                if (leased->isEmpty())
                    return;
                for (const DeliveryRecord &record : leased.value()) {
                    taken[t].append(record.id);
                    const auto ok = m_store->recordAttempt(
                        record.id, attempt(QStringLiteral("delivered"), 200),
                        DeliveryState::Delivered, {}, {});
                    if (!ok) {
                        errors[t] = ok.error();
                        return;
                    }
                }
            }
        }));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (int i = 0; i < 50; ++i)
        m_events->append(Event {createUuidV7(),
                                QStringLiteral("load"),
                                QDateTime::currentDateTimeUtc(),
                                {},
                                "{}",
                                "application/json",
                                {},
                                QStringLiteral("127.0.0.1"),
                                EventState::Received,
                                {},
                                0});
    bool finished = true;
    for (QThread *thread : std::as_const(threads)) {
        finished = thread->wait(60000) && finished;
        delete thread;
    }
    QVERIFY(finished);
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));

    const QSet<QString> first(taken[0].cbegin(), taken[0].cend());
    const QSet<QString> second(taken[1].cbegin(), taken[1].cend());
    QCOMPARE(first.size(), taken[0].size());
    QCOMPARE(second.size(), taken[1].size());
    QVERIFY(!first.intersects(second));
    QCOMPARE(first.size() + second.size(), jobs);
    // How the jobs split between the threads is SQLite's lock scheduling, not a promise of the
    // store: only that each job went to exactly one of them is.
    QCOMPARE(m_store->countByState().value(QStringLiteral("delivered")), jobs);
    for (const NewDelivery &delivery : std::as_const(deliveries))
        QCOMPARE(m_store->attempts(delivery.id).size(), 1);
}

std::unique_ptr<Store> tst_DeliveryStore::openNode(const QString &nodeId) const
{
    StoreOptions options = StoreBackend::options(m_dir.path());
    options.nodeId = nodeId;
    return StoreBackend::open(options);
}

QString tst_DeliveryStore::leaseHolder(const QString &deliveryId) const
{
    const QString name = QStringLiteral("holder");
    QString holder = QStringLiteral("(not read)");
    {
        QSqlDatabase db = StoreBackend::connect(name, StoreBackend::options(m_dir.path()));
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT lease_holder, lease_until FROM deliveries "
                                     "WHERE id = ?"));
        query.addBindValue(deliveryId);
        if (query.exec() && query.next())
            holder = query.value(1).isNull() ? QString() : query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return holder;
}

bool tst_DeliveryStore::runTogether(const QList<std::function<void()>> &work)
{
    std::atomic<int> ready {0};
    QList<QThread *> threads;
    for (const std::function<void()> &job : work) {
        threads.append(QThread::create([&ready, job, count = int(work.size())] {
            ++ready;
            while (ready.load() < count)
                QThread::yieldCurrentThread();
            job();
        }));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    bool finished = true;
    for (QThread *thread : std::as_const(threads)) {
        finished = thread->wait(60000) && finished;
        delete thread;
    }
    return finished;
}

void tst_DeliveryStore::twoNodesNeverHoldTheSameDelivery()
{
    // Two nodes' dispatchers leasing and recording at once: on PostgreSQL two writers in two
    // transactions at a time, each passing over the rows the other is leasing (SKIP LOCKED);
    // on SQLite two writers taking turns at the file's lock.
    constexpr int jobs = 200;
    const QUuid event = storeEvent();
    QList<NewDelivery> deliveries;
    for (int i = 0; i < jobs; ++i)
        deliveries.append(
            newDelivery(event, QStringLiteral("r"), i, QStringLiteral("t"), m_t0.addMSecs(i)));
    QCOMPARE(route(event, deliveries).size(), jobs);
    const std::unique_ptr<Store> nodeA = openNode(QStringLiteral("node-a"));
    const std::unique_ptr<Store> nodeB = openNode(QStringLiteral("node-b"));
    QVERIFY(nodeA && nodeB);
    const QList<DeliveryStore *> nodes {nodeA->deliveries(), nodeB->deliveries()};

    QList<QStringList> taken(2);
    QList<QString> errors(2);
    QList<std::function<void()>> work;
    for (int t = 0; t < 2; ++t) {
        work.append([&, t] {
            for (;;) {
                const auto leased = nodes[t]->leaseDue(m_t0.addSecs(10), 5, 30);
                if (!leased) {
                    errors[t] = leased.error();
                    return;
                }
                if (leased->isEmpty())
                    return;
                for (const DeliveryRecord &record : leased.value()) {
                    taken[t].append(record.id);
                    const auto ok = nodes[t]->recordAttempt(
                        record.id, attempt(QStringLiteral("delivered"), 200),
                        DeliveryState::Delivered, {}, {});
                    if (!ok) {
                        errors[t] = ok.error();
                        return;
                    }
                }
            }
        });
    }
    QVERIFY(runTogether(work));
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
    const QSet<QString> first(taken[0].cbegin(), taken[0].cend());
    const QSet<QString> second(taken[1].cbegin(), taken[1].cend());
    QCOMPARE(first.size(), taken[0].size());
    QCOMPARE(second.size(), taken[1].size());
    QVERIFY(!first.intersects(second));
    QCOMPARE(first.size() + second.size(), jobs);
    for (const NewDelivery &delivery : std::as_const(deliveries)) {
        QCOMPARE(m_store->attempts(delivery.id).size(), 1);
        QCOMPARE(leaseHolder(delivery.id), QString()); // the attempt ended the lease
    }
}

void tst_DeliveryStore::leaseNotRenewedIsTakenOverAfterExpiry()
{
    // Node A leases a delivery and stops (killed): nobody renews the lease, and once it runs
    // out node B takes it. A, come back, cannot renew what is B's now.
    const QUuid event = storeEvent();
    const NewDelivery job = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("t"), m_t0);
    route(event, {job});
    const std::unique_ptr<Store> nodeA = openNode(QStringLiteral("node-a"));
    const std::unique_ptr<Store> nodeB = openNode(QStringLiteral("node-b"));
    QVERIFY(nodeA && nodeB);
    DeliveryStore &a = *nodeA->deliveries();
    DeliveryStore &b = *nodeB->deliveries();

    QCOMPARE(a.leaseDue(m_t0, 10, 30)->size(), 1);
    QCOMPARE(leaseHolder(job.id), QStringLiteral("node-a"));
    QVERIFY(b.leaseDue(m_t0.addSecs(29), 10, 30)->isEmpty());
    const auto taken = b.leaseDue(m_t0.addSecs(30), 10, 30);
    QVERIFY2(taken, qPrintable(taken.error()));
    QCOMPARE(taken->size(), 1);
    QCOMPARE(taken->at(0).id, job.id);
    QCOMPARE(leaseHolder(job.id), QStringLiteral("node-b"));
    QCOMPARE(a.renewLeases({job.id}, m_t0.addSecs(31), 30).value(), 0);
    QCOMPARE(b.renewLeases({job.id}, m_t0.addSecs(31), 30).value(), 1);
    QCOMPARE(m_store->delivery(job.id)->nextAttemptAt, m_t0.addSecs(61));
    QVERIFY(a.leaseDue(m_t0.addSecs(60), 10, 30)->isEmpty());
}

void tst_DeliveryStore::renewedLeaseIsNeverTaken()
{
    // Node A works on a delivery for minutes (a slow target), renewing its lease every 20 s:
    // node B, asking just before each renewed lease would end, never gets it.
    const QUuid event = storeEvent();
    const NewDelivery job = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("t"), m_t0);
    route(event, {job});
    const std::unique_ptr<Store> nodeA = openNode(QStringLiteral("node-a"));
    const std::unique_ptr<Store> nodeB = openNode(QStringLiteral("node-b"));
    QVERIFY(nodeA && nodeB);
    DeliveryStore &a = *nodeA->deliveries();
    DeliveryStore &b = *nodeB->deliveries();

    QCOMPARE(a.leaseDue(m_t0, 10, 30)->size(), 1);
    for (int k = 1; k <= 10; ++k) {
        const QDateTime at = m_t0.addSecs(20 * k);
        QCOMPARE(a.renewLeases({job.id}, at, 30).value(), 1);
        QVERIFY(b.leaseDue(at.addSecs(29), 10, 30)->isEmpty());
        QCOMPARE(leaseHolder(job.id), QStringLiteral("node-a"));
    }
    // B renewing A's lease changes nothing.
    QCOMPARE(b.renewLeases({job.id}, m_t0.addSecs(1000), 30).value(), 0);
    QCOMPARE(m_store->delivery(job.id)->nextAttemptAt, m_t0.addSecs(230));
    // A records its attempt: the lease ends, and nothing is left to take.
    QVERIFY(a.recordAttempt(job.id, attempt(QStringLiteral("delivered"), 200),
                            DeliveryState::Delivered, {}, {}));
    QCOMPARE(a.renewLeases({job.id}, m_t0.addSecs(240), 30).value(), 0);
    QVERIFY(b.leaseDue(m_t0.addSecs(3600), 10, 30)->isEmpty());
}

void tst_DeliveryStore::startTakesBackOnlyGoneLeases()
{
    // Node A holds two leases: one that ran out 90 s ago (A stopped renewing it) and one live.
    // Node B starts and takes back leases of runs that are gone. On a database nodes share
    // that is the one that ran out, never A's live one; a SQLite file has one process, so any
    // lease left at a start is a dead run's, and it takes back both.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QUuid event = storeEvent();
    const NewDelivery gone
        = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("t"), now.addSecs(-300));
    const NewDelivery live
        = newDelivery(event, QStringLiteral("r"), 1, QStringLiteral("t"), now.addSecs(-200));
    route(event, {gone, live});
    const std::unique_ptr<Store> nodeA = openNode(QStringLiteral("node-a"));
    QVERIFY(nodeA);
    DeliveryStore &a = *nodeA->deliveries();
    QCOMPARE(a.leaseDue(now.addSecs(-120), 1, 30)->constFirst().id, gone.id);
    QCOMPARE(a.leaseDue(now, 1, 30)->constFirst().id, live.id);

    const std::unique_ptr<Store> nodeB = openNode(QStringLiteral("node-b"));
    QVERIFY(nodeB);
    DeliveryStore &b = *nodeB->deliveries();
    const auto released = b.releaseAllLeases();
    QVERIFY2(released, qPrintable(released.error()));
    if (StoreBackend::isPostgresql()) {
        QCOMPARE(released.value(), 1);
        QCOMPARE(leaseHolder(gone.id), QString());
        QCOMPARE(leaseHolder(live.id), QStringLiteral("node-a"));
        // Taken back: due at the moment it was released.
        const auto due = b.leaseDue(QDateTime::currentDateTimeUtc(), 10, 30);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->constFirst().id, gone.id);
        // A, restarted with the same node id, takes back its own lease at once.
        nodeA->close();
        const std::unique_ptr<Store> restarted = openNode(QStringLiteral("node-a"));
        QVERIFY(restarted);
        QCOMPARE(restarted->deliveries()->releaseAllLeases().value(), 1);
        QCOMPARE(leaseHolder(live.id), QString());
        QCOMPARE(leaseHolder(gone.id), QStringLiteral("node-b"));
    } else {
        QCOMPARE(released.value(), 2);
        QCOMPARE(b.leaseDue(QDateTime::currentDateTimeUtc(), 10, 30)->size(), 2);
    }
}

void tst_DeliveryStore::escalationFiresOnceWithTwoNodes()
{
    // Both nodes see the same tier come due and fire it at the same moment: one fires it, with
    // its page and its escalation.fired event in the same transaction; the other fires nothing.
    const std::unique_ptr<Store> nodeA = openNode(QStringLiteral("node-a"));
    const std::unique_ptr<Store> nodeB = openNode(QStringLiteral("node-b"));
    QVERIFY(nodeA && nodeB);
    const QList<DeliveryStore *> nodes {nodeA->deliveries(), nodeB->deliveries()};
    for (int round = 0; round < 5; ++round) {
        const QUuid event = storeEvent();
        route(event, {}, {tier(event, QStringLiteral("r"), 1, m_t0)});
        const auto due = nodes[0]->dueEscalations(m_t0, 10);
        QVERIFY2(due, qPrintable(due.error()));
        QCOMPARE(due->size(), 1);
        const EscalationRecord firing = due->constFirst();
        const NewDelivery page
            = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("pagerduty"), m_t0, 1);
        QList<bool> fired {false, false};
        QList<QUuid> notices {createUuidV7(), createUuidV7()};
        QList<QString> errors(2);
        QList<std::function<void()>> work;
        for (int t = 0; t < 2; ++t) {
            work.append([&, t] {
                Event notice;
                notice.id = notices[t];
                notice.source = QStringLiteral("escalation.fired");
                notice.receivedAt = m_t0;
                notice.body = "{}";
                notice.contentType = "application/json";
                notice.state = EventState::Routed;
                bool firedHere = false;
                const auto inserted = nodes[t]->fireEscalation(firing, {page}, m_t0, &firedHere,
                                                               std::optional<Event>(notice));
                if (!inserted)
                    errors[t] = inserted.error();
                fired[t] = firedHere;
            });
        }
        QVERIFY(runTogether(work));
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QVERIFY2(fired[0] != fired[1], fired[0] ? "both fired" : "neither fired");
        const int winner = fired[0] ? 0 : 1;
        QCOMPARE(m_store->deliveriesForEvent(event).size(), 1);
        QCOMPARE(m_store->escalations(event).constFirst().state, QStringLiteral("fired"));
        QVERIFY(m_events->event(notices[winner]));
        QVERIFY(!m_events->event(notices[1 - winner]));
    }
}

void tst_DeliveryStore::routingHappensOnceWithTwoNodes()
{
    // The node that stored an event routes it while another, sweeping for events a gone node
    // left, routes it too (and, its rules changed, would store other deliveries): the first
    // transaction to mark it routed stores its deliveries; the other stores nothing.
    const std::unique_ptr<Store> nodeA = openNode(QStringLiteral("node-a"));
    const std::unique_ptr<Store> nodeB = openNode(QStringLiteral("node-b"));
    QVERIFY(nodeA && nodeB);
    const QList<DeliveryStore *> nodes {nodeA->deliveries(), nodeB->deliveries()};
    for (int round = 0; round < 5; ++round) {
        const QUuid event = storeEvent();
        const QList<NewDelivery> jobs {
            newDelivery(event, QStringLiteral("rule-a"), 0, QStringLiteral("t"), m_t0),
            newDelivery(event, QStringLiteral("rule-b"), 0, QStringLiteral("t"), m_t0)};
        QList<QStringList> inserted(2);
        QList<QString> errors(2);
        QList<std::function<void()>> work;
        for (int t = 0; t < 2; ++t) {
            work.append([&, t] {
                const auto routed = nodes[t]->insertRouted(
                    {{event, {jobs[t]}, {tier(event, QStringLiteral("rule-a"), 1, m_t0)}}});
                if (routed)
                    inserted[t] = routed.value();
                else
                    errors[t] = routed.error();
            });
        }
        QVERIFY(runTogether(work));
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QCOMPARE(inserted[0].size() + inserted[1].size(), 1);
        const int winner = inserted[0].isEmpty() ? 1 : 0;
        const QList<DeliveryRecord> stored = m_store->deliveriesForEvent(event);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().id, jobs[winner].id);
        QCOMPARE(m_store->escalations(event).size(), 1);
        QVERIFY(m_store->unroutedEvents(10)->isEmpty());
        QCOMPARE(m_events->event(event)->state, EventState::Routed);
    }
}

void tst_DeliveryStore::digestOpensOnceWithTwoNodes()
{
    // Two events of one digest window, routed by two nodes at the same moment: one window
    // holds both (on PostgreSQL the second node waits for the first one's window).
    const std::unique_ptr<Store> nodeA = openNode(QStringLiteral("node-a"));
    const std::unique_ptr<Store> nodeB = openNode(QStringLiteral("node-b"));
    QVERIFY(nodeA && nodeB);
    const QList<DeliveryStore *> nodes {nodeA->deliveries(), nodeB->deliveries()};
    const QDateTime closes = m_t0.addSecs(600);
    for (int round = 0; round < 5; ++round) {
        const QString key = QStringLiteral("supplier-%1").arg(round);
        const QList<QUuid> events {storeEvent(), storeEvent()};
        QList<QString> errors(2);
        QList<std::function<void()>> work;
        for (int t = 0; t < 2; ++t) {
            work.append([&, t] {
                DeliveryQueue::RoutedEvent routed {events[t], {}, {}};
                routed.digests = {{QStringLiteral("digest"), key, m_t0, closes, {}}};
                if (const auto ok = nodes[t]->insertRouted({routed}); !ok)
                    errors[t] = ok.error();
            });
        }
        QVERIFY(runTogether(work));
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        const auto due = m_store->dueDigests(closes, 100);
        QVERIFY2(due, qPrintable(due.error()));
        QList<DigestRecord> windows;
        for (const DigestRecord &digest : due.value()) {
            if (digest.key == key)
                windows.append(digest);
        }
        QCOMPARE(windows.size(), 1);
        const QList<QUuid> held = windows.constFirst().events;
        QCOMPARE(QSet<QUuid>(held.cbegin(), held.cend()),
                 QSet<QUuid>(events.cbegin(), events.cend()));
    }
}

void tst_DeliveryStore::survivesRestart()
{
    const QUuid event = storeEvent();
    const NewDelivery inFlight
        = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("t"), m_t0);
    const NewDelivery retrying
        = newDelivery(event, QStringLiteral("r"), 1, QStringLiteral("t"), m_t0);
    route(event, {inFlight, retrying}, {tier(event, QStringLiteral("r"), 1, m_t0.addSecs(300))});
    QCOMPARE(m_store->leaseDue(m_t0, 10, 60)->size(), 2);
    QVERIFY(m_store->recordAttempt(retrying.id, attempt(QStringLiteral("retry"), 429),
                                   DeliveryState::Retrying, m_t0.addSecs(30),
                                   QStringLiteral("HTTP 429")));
    const QUuid unrouted = storeEvent();

    // The process goes away with inFlight leased and its attempt never recorded.
    cleanup();
    QVERIFY(openStores());

    QCOMPARE(m_store->unroutedEvents(10).value(), QList<QUuid>({unrouted}));
    QCOMPARE(m_store->deliveriesForEvent(event).size(), 2);
    const DeliveryRecord record = *m_store->delivery(retrying.id);
    QCOMPARE(record.state, DeliveryState::Retrying);
    QCOMPARE(record.attempts, 1);
    QCOMPARE(record.lastError, QStringLiteral("HTTP 429"));
    QCOMPARE(m_store->attempts(retrying.id).size(), 1);
    QCOMPARE(m_store->escalations(event).size(), 1);
    // The lease outlives the restart; once it runs out the job is sent again.
    const auto atThirty = m_store->leaseDue(m_t0.addSecs(30), 10, 60);
    QCOMPARE(atThirty->size(), 1);
    QCOMPARE(atThirty->at(0).id, retrying.id);
    const auto atSixty = m_store->leaseDue(m_t0.addSecs(60), 10, 60);
    QCOMPARE(atSixty->size(), 1);
    QCOMPARE(atSixty->at(0).id, inFlight.id);
    QCOMPARE(route(event, {inFlight, retrying}), QStringList());
}

void tst_DeliveryStore::migratesVersion1File()
{
    STORE_REQUIRE_SQLITE(
        "SQLite's schema version 1 as it shipped; tst_postgresqlschema upgrades an "
        "older PostgreSQL database");
    cleanup();
    QFile::remove(dbPath());
    QFile::remove(dbPath() + QStringLiteral("-wal"));
    QFile::remove(dbPath() + QStringLiteral("-shm"));
    const QUuid old = createUuidV7();
    {
        // The schema version 1 shipped, with an event stored then.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
            " source TEXT NOT NULL, received_at INTEGER NOT NULL, headers TEXT NOT NULL,"
            " body BLOB NOT NULL, content_type TEXT NOT NULL DEFAULT '', dedup_key TEXT,"
            " peer TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'received',"
            " UNIQUE (source, dedup_key))")));
        QVERIFY(
            query.exec(QStringLiteral("CREATE INDEX events_received_at ON events (received_at)")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO events (id, source, received_at, "
                                             "headers, body) VALUES (?, 'old', 1, '[]', '{}')")));
        query.bindValue(0, old.toString(QUuid::WithoutBraces));
        QVERIFY(query.exec());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=1")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    QVERIFY(openStores());
    QVERIFY(m_events->event(old));
    // Events from before deliveries existed are not routed now, long after they arrived.
    QVERIFY(m_store->unroutedEvents(10)->isEmpty());
    QCOMPARE(m_events->event(old)->state, EventState::Received);
    const QUuid fresh = storeEvent();
    QCOMPARE(m_store->unroutedEvents(10).value(), QList<QUuid>({fresh}));
    const NewDelivery job = newDelivery(fresh, QStringLiteral("r"), 0, QStringLiteral("t"), m_t0);
    QCOMPARE(route(fresh, {job}), QStringList({job.id}));
    QVERIFY(m_store->acknowledge(old, {m_t0, QStringLiteral("api"), {}, {}}));
    QCOMPARE(m_store->acknowledgement(old)->via, QString());
}

void tst_DeliveryStore::closedStoreFails()
{
    const QUuid event = storeEvent();
    m_storage->close();
    QVERIFY(!m_storage->isOpen());
    const auto refused = m_store->insertRouted({{event, {}, {}}});
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("the delivery store is not open"));
    QVERIFY(!m_store->leaseDue(m_t0, 1, 1));
    QVERIFY(m_store->deliveriesForEvent(event).isEmpty());
    QVERIFY(!m_store->nextDueAt().isValid());
    // Reopening works, with fresh connections.
    QVERIFY(m_storage->open(StoreBackend::options(m_dir.path())));
    QCOMPARE(m_store->unroutedEvents(10).value(), QList<QUuid>({event}));
}

namespace {

NewDelivery held(NewDelivery delivery, const QString &kind, const QString &key)
{
    delivery.hold = kind;
    delivery.holdKey = key;
    return delivery;
}

} // namespace

void tst_DeliveryStore::laterEventCancelsHeldDelay()
{
    const QUuid first = storeEvent();
    const QUuid other = storeEvent();
    const QDateTime release = m_t0.addSecs(3600);
    const NewDelivery reminder
        = held(newDelivery(first, QStringLiteral("remind"), 0, QStringLiteral("ot"), release),
               QStringLiteral("delay"), QStringLiteral("C-1"));
    const NewDelivery otherKey
        = held(newDelivery(other, QStringLiteral("remind"), 0, QStringLiteral("ot"), release),
               QStringLiteral("delay"), QStringLiteral("C-2"));
    QCOMPARE(route(first, {reminder}).size(), 1);
    QCOMPARE(route(other, {otherKey}).size(), 1);
    // Held: not due before its time.
    QCOMPARE(m_store->leaseDue(m_t0, 10, 60)->size(), 0);
    QList<DeliveryRecord> records = m_store->deliveriesForEvent(first);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().steps.hold, QStringLiteral("delay"));
    QCOMPARE(records.first().steps.heldUntil, release);

    // The approval arrives: a later event cancels the reminder of its key, and only that.
    const QUuid approval = storeEvent();
    DeliveryQueue::RoutedEvent routed {approval, {}, {}};
    routed.cancels = {{QStringLiteral("remind"), QStringLiteral("C-1")}};
    QVERIFY(m_store->insertRouted({routed}));
    QCOMPARE(m_store->delivery(reminder.id)->state, DeliveryState::Cancelled);
    QCOMPARE(m_store->delivery(reminder.id)->lastError,
             QStringLiteral("cancelled by event %1").arg(approval.toString(QUuid::WithoutBraces)));
    QCOMPARE(m_store->delivery(otherKey.id)->state, DeliveryState::Pending);
    const auto due = m_store->leaseDue(release, 10, 60);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().id, otherKey.id);
    // Once sent, a held message is no longer cancelled.
    QVERIFY(m_store->recordAttempt(otherKey.id, attempt(QStringLiteral("delivered"), 200),
                                   DeliveryState::Delivered, {}, {}));
    routed.cancels = {{QStringLiteral("remind"), QStringLiteral("C-2")}};
    QVERIFY(m_store->insertRouted({routed}));
    QCOMPARE(m_store->delivery(otherKey.id)->state, DeliveryState::Delivered);
}

void tst_DeliveryStore::acknowledgementCancelsHeldDelay()
{
    const QUuid event = storeEvent();
    const NewDelivery reminder = held(
        newDelivery(event, QStringLiteral("remind"), 0, QStringLiteral("ot"), m_t0.addSecs(60)),
        QStringLiteral("delay"), QStringLiteral("C-1"));
    // Quiet hours postpone; an acknowledgement does not cancel them.
    const NewDelivery quiet = held(
        newDelivery(event, QStringLiteral("remind"), 1, QStringLiteral("ot"), m_t0.addSecs(60)),
        QStringLiteral("quiet"), {});
    route(event, {reminder, quiet});
    QVERIFY(m_store->acknowledge(event, {m_t0, QStringLiteral("api"), {}, QStringLiteral("api")}));
    QCOMPARE(m_store->delivery(reminder.id)->state, DeliveryState::Cancelled);
    QCOMPARE(m_store->delivery(reminder.id)->lastError,
             QStringLiteral("cancelled by the acknowledgement"));
    QVERIFY(!m_store->delivery(reminder.id)->nextAttemptAt.isValid());
    QCOMPARE(m_store->delivery(quiet.id)->state, DeliveryState::Pending);
    QCOMPARE(m_store->leaseDue(m_t0.addSecs(60), 10, 60)->size(), 1);
}

void tst_DeliveryStore::fallbackSentOnceWhenDeadOrFailed()
{
    const QUuid event = storeEvent();
    const NewDelivery email
        = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("ot"), m_t0);
    const NewDelivery mail2
        = newDelivery(event, QStringLiteral("r"), 1, QStringLiteral("ot"), m_t0);
    NewDelivery sms = newDelivery(event, QStringLiteral("r"), 0, QStringLiteral("sms"), m_t0);
    sms.id = email.id + QStringLiteral(".fallback");
    NewDelivery sms2 = newDelivery(event, QStringLiteral("r"), 1, QStringLiteral("sms"), m_t0);
    sms2.id = mail2.id + QStringLiteral(".fallback");
    DeliveryQueue::RoutedEvent routed {event, {email, mail2}, {}};
    routed.fallbacks = {{email.id, sms}, {mail2.id, sms2}};
    QCOMPARE(m_store->insertRouted({routed}).value(), (QStringList {email.id, mail2.id}));
    // Routing again (after a crash) arms nothing twice.
    QVERIFY(m_store->insertRouted({routed}));
    QVERIFY(!m_store->delivery(sms.id));

    QCOMPARE(m_store->leaseDue(m_t0, 10, 60)->size(), 2);
    QVERIFY(m_store->recordAttempt(email.id, attempt(QStringLiteral("delivered"), 202),
                                   DeliveryState::Delivered, {}, {}, {QStringLiteral("JOB-1")}));
    QVERIFY(!m_store->delivery(sms.id)); // accepted is not failed
    // OpenText reports the destination failed, pushed and then polled: one fallback.
    QVERIFY(m_store->setOpenTextState(QStringLiteral("JOB-1"), QStringLiteral("failed")));
    QVERIFY(m_store->setOpenTextState(QStringLiteral("JOB-1"), QStringLiteral("failed")));
    const std::optional<DeliveryRecord> sent = m_store->delivery(sms.id);
    QVERIFY(sent);
    QCOMPARE(sent->state, DeliveryState::Pending);
    QCOMPARE(sent->eventId, event);
    QCOMPARE(sent->target, QStringLiteral("sms"));

    // The other dies: its fallback is sent too, once, even if the original is replayed and
    // dies again.
    QVERIFY(m_store->recordAttempt(mail2.id, attempt(QStringLiteral("failed"), 400),
                                   DeliveryState::Dead, {}, QStringLiteral("refused")));
    QVERIFY(m_store->delivery(sms2.id));
    QCOMPARE(m_store->replay({mail2.id}, m_t0).value(), 1);
    // The fallbacks are due when they were released (the store's own clock): long before this.
    QCOMPARE(m_store->leaseDue(m_t0.addYears(10), 10, 60)->size(), 3);
    QVERIFY(m_store->recordAttempt(mail2.id, attempt(QStringLiteral("failed"), 400),
                                   DeliveryState::Dead, {}, QStringLiteral("refused")));
    QCOMPARE(m_store->deliveriesForEvent(event).size(), 4);

    // Linked both ways for the status API and the console.
    QHash<QString, DeliveryRecord> byId;
    for (const DeliveryRecord &record : m_store->deliveriesForEvent(event))
        byId.insert(record.id, record);
    QCOMPARE(byId.value(email.id).steps.fallback, sms.id);
    QVERIFY(byId.value(email.id).steps.fallbackSent);
    QCOMPARE(byId.value(sms.id).steps.fallbackFor, email.id);
    QCOMPARE(byId.value(sms2.id).steps.fallbackFor, mail2.id);
}

void tst_DeliveryStore::digestCollectsEventsAndFiresOnce()
{
    const QDateTime closes = m_t0.addSecs(600);
    QList<QUuid> events;
    for (int i = 0; i < 5; ++i) {
        const QUuid event = storeEvent();
        events.append(event);
        DeliveryQueue::RoutedEvent routed {event, {}, {}};
        // Each routed a little later, each naming its own window's end: the first opens it.
        routed.digests = {{QStringLiteral("digest"),
                           QStringLiteral("supplier-88"),
                           m_t0.addSecs(i),
                           closes.addSecs(i),
                           {}}};
        QVERIFY(m_store->insertRouted({routed}));
        QVERIFY(m_store->insertRouted({routed})); // routed again: not in the digest twice
    }
    // Another key has a window of its own.
    const QUuid otherKey = storeEvent();
    DeliveryQueue::RoutedEvent other {otherKey, {}, {}};
    other.digests
        = {{QStringLiteral("digest"), QStringLiteral("supplier-99"), m_t0, closes.addSecs(30), {}}};
    QVERIFY(m_store->insertRouted({other}));

    QCOMPARE(m_store->nextDigestAt(), closes);
    QCOMPARE(m_store->dueDigests(closes.addMSecs(-1), 10)->size(), 0);
    const auto due = m_store->dueDigests(closes, 10);
    QVERIFY2(due, qPrintable(due.error()));
    QCOMPARE(due->size(), 1);
    const DigestRecord digest = due->first();
    QCOMPARE(digest.key, QStringLiteral("supplier-88"));
    QCOMPARE(digest.events, events);
    QCOMPARE(digest.openedAt, m_t0);

    NewDelivery message = held(
        newDelivery(events.first(), QStringLiteral("digest"), 0, QStringLiteral("ot"), closes),
        QStringLiteral("digest"), QString::number(digest.id));
    bool fired = false;
    const auto inserted = m_store->fireDigest(digest, {message}, closes, &fired);
    QVERIFY2(inserted, qPrintable(inserted.error()));
    QVERIFY(fired);
    QCOMPARE(inserted.value(), QStringList {message.id});
    QVERIFY(!m_store->fireDigest(digest, {message}, closes, &fired).value().size());
    QVERIFY(!fired);
    QCOMPARE(m_store->dueDigests(closes.addSecs(10), 10)->size(), 0);

    // A later event of that key opens a new window; none of the five is in it.
    const QUuid late = storeEvent();
    DeliveryQueue::RoutedEvent lateRouted {late, {}, {}};
    lateRouted.digests = {{QStringLiteral("digest"),
                           QStringLiteral("supplier-88"),
                           closes.addSecs(5),
                           closes.addSecs(605),
                           {}}};
    QVERIFY(m_store->insertRouted({lateRouted}));
    const auto next = m_store->dueDigests(closes.addSecs(605), 10);
    QCOMPARE(next->size(), 2);
    QCOMPARE(next->at(1).events, QList<QUuid> {late});

    // The status API's view of the digest's message.
    const QList<DeliveryRecord> records = m_store->deliveriesForEvent(events.first());
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().steps.hold, QStringLiteral("digest"));
    QCOMPARE(records.first().steps.digestEvents, events);
    QCOMPARE(records.first().steps.heldUntil, closes);
}

void tst_DeliveryStore::digestSendsFirstEventAtOnce()
{
    const QDateTime closes = m_t0.addSecs(600);
    const QUuid first = storeEvent();
    const QUuid second = storeEvent();
    const NewDelivery firstMessage
        = newDelivery(first, QStringLiteral("digest"), 0, QStringLiteral("ot"), m_t0);
    const NewDelivery secondMessage
        = newDelivery(second, QStringLiteral("digest"), 0, QStringLiteral("ot"), m_t0);
    DeliveryQueue::RoutedEvent a {first, {}, {}};
    a.digests = {{QStringLiteral("digest"), QStringLiteral("k"), m_t0, closes, {firstMessage}}};
    DeliveryQueue::RoutedEvent b {second, {}, {}};
    b.digests = {{QStringLiteral("digest"), QStringLiteral("k"), m_t0, closes, {secondMessage}}};
    QCOMPARE(m_store->insertRouted({a, b}).value(), QStringList {firstMessage.id});
    QCOMPARE(m_store->leaseDue(m_t0, 10, 60)->size(), 1);
    const auto due = m_store->dueDigests(closes, 10);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().events, QList<QUuid> {second}); // the rest, not the first again

    // A window whose first event went alone and nothing followed sends nothing more.
    const QUuid alone = storeEvent();
    DeliveryQueue::RoutedEvent c {alone, {}, {}};
    c.digests = {{QStringLiteral("digest"),
                  QStringLiteral("alone"),
                  m_t0,
                  closes,
                  {newDelivery(alone, QStringLiteral("digest"), 0, QStringLiteral("ot"), m_t0)}}};
    QVERIFY(m_store->insertRouted({c}));
    const auto both = m_store->dueDigests(closes, 10);
    QCOMPARE(both->size(), 2);
    const DigestRecord empty = both->at(1);
    QVERIFY(empty.events.isEmpty());
    bool fired = false;
    QCOMPARE(m_store->fireDigest(empty, {}, closes, &fired).value(), QStringList());
    QVERIFY(fired);
    QCOMPARE(m_store->dueDigests(closes, 10)->size(), 1);
}

void tst_DeliveryStore::digestRenderedOverOtherEventsIsRefused()
{
    const QDateTime closes = m_t0.addSecs(600);
    const QUuid first = storeEvent();
    DeliveryQueue::RoutedEvent a {first, {}, {}};
    a.digests = {{QStringLiteral("digest"), QStringLiteral("k"), m_t0, closes, {}}};
    QVERIFY(m_store->insertRouted({a}));
    const DigestRecord read = m_store->dueDigests(closes, 10)->first();
    // Routed before the window's end, committed after the dispatcher read the digest.
    const QUuid joined = storeEvent();
    DeliveryQueue::RoutedEvent b {joined, {}, {}};
    b.digests = {{QStringLiteral("digest"),
                  QStringLiteral("k"),
                  closes.addMSecs(-1),
                  closes.addSecs(600),
                  {}}};
    QVERIFY(m_store->insertRouted({b}));
    const NewDelivery message
        = held(newDelivery(first, QStringLiteral("digest"), 0, QStringLiteral("ot"), closes),
               QStringLiteral("digest"), QString::number(read.id));
    bool fired = true;
    const auto refused = m_store->fireDigest(read, {message}, closes, &fired);
    QVERIFY(!refused);
    QVERIFY(!fired);
    QCOMPARE(refused.error(),
             QStringLiteral("cannot send digest %1 of rule 'digest': it holds 2 events, not the 1 "
                            "it was rendered over")
                 .arg(read.id));
    QVERIFY(!m_store->delivery(message.id));
    // Read again, it fires with both.
    const DigestRecord again = m_store->dueDigests(closes, 10)->first();
    QCOMPARE(again.events, (QList<QUuid> {first, joined}));
    QVERIFY(m_store->fireDigest(again, {message}, closes, &fired));
    QVERIFY(fired);
}

QTEST_GUILESS_MAIN(tst_DeliveryStore)
#include "tst_deliverystore.moc"
