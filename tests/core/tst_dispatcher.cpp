// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/workspace.h"
#include "delivery/dispatcher.h"
#include "delivery/opentextclient.h"
#include "event/uuidv7.h"
#include "httpsink.h"
#include "store/deliverystore.h"
#include "store/eventstore.h"
#include "storebackend.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OtBridge;

// The dispatcher (core/delivery/dispatcher.cpp) on its own: a real event store and delivery
// store in a temporary SQLite file, and a real HTTP endpoint on loopback (HttpSink) as the
// target. Each test appends an event and follows its delivery through the store: routed,
// attempted on the target's schedule, delivered or dead (with delivery.dead raised), held
// while a secret is being read, failed when it cannot be.
class tst_Dispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreBackend::addRows(); }
    void init();
    void cleanup();
    void deliversAndRecordsTheAttempt();
    void retriesOnTheScheduleThenDies();
    void permanentFailureIsNotRetried();
    void waitsForItsSecret();
    void unreadableSecretFailsTheDelivery();
    // Two nodes on one database (issue 13).
    void slowCallKeepsItsLeaseFromAnotherNode();
    void deliveriesOfAStoppedNodeAreTakenOver();

private:
    // A workspace with source "orders", the sink as HTTP target and one rule posting every
    // order to it; auth: the target's "auth" object (empty: none).
    Workspace workspace(const QJsonArray &schedule, const QJsonObject &auth = {}) const;
    void start(const Workspace &workspace, const QHash<QString, QString> &secrets = {},
               const QHash<QString, QString> &secretErrors = {});
    QUuid append(const QByteArray &body);
    // A dispatcher of its own on store (a node), with short leases: 1 s, renewed every 300 ms.
    std::unique_ptr<Dispatcher> node(Store &store, const Workspace &workspace,
                                     OpenTextClient *openText) const;
    std::optional<DeliveryRecord> deliveryOf(const QUuid &event) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_storage;
    EventStore *m_events = nullptr;
    DeliveryStore *m_deliveries = nullptr;
    std::unique_ptr<OpenTextClient> m_openText;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<HttpSink> m_sink;
};

void tst_Dispatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString reset = StoreBackend::reset();
    QVERIFY2(reset.isEmpty(), qPrintable(reset));
    m_storage = StoreBackend::open(StoreBackend::options(m_dir->path()));
    QVERIFY(m_storage);
    m_events = m_storage->events();
    m_deliveries = m_storage->deliveries();
    m_openText = std::make_unique<OpenTextClient>();
    m_sink = std::make_unique<HttpSink>();
    QVERIFY(m_sink->listen());
}

void tst_Dispatcher::cleanup()
{
    if (m_dispatcher) {
        m_dispatcher->stop();
        m_events->waitForWrites();
        m_dispatcher.reset();
    }
    m_openText.reset();
    m_deliveries = nullptr;
    m_events = nullptr;
    m_storage.reset();
    m_sink.reset();
    m_dir.reset();
}

Workspace tst_Dispatcher::workspace(const QJsonArray &schedule, const QJsonObject &auth) const
{
    QJsonObject target {{"name", "sink"},
                        {"type", "http"},
                        {"url", QString::fromLatin1(m_sink->url("/orders"))},
                        {"delivery", QJsonObject {{"retry_schedule", schedule}}}};
    if (!auth.isEmpty())
        target.insert("auth", auth);
    const QJsonObject rule {
        {"name", "orders-to-sink"},
        {"trigger", QJsonObject {{"sources", QJsonArray {"orders"}}}},
        {"actions",
         QJsonArray {QJsonObject {
             {"type", "http"}, {"target", "sink"}, {"body", R"({"order": "{{order.id}}"})"}}}}};
    const QJsonObject json {
        {"version", 1},
        {"name", "dispatcher test"},
        {"sources", QJsonArray {QJsonObject {{"name", "orders"}, {"format", "json"}}}},
        {"targets", QJsonArray {target}},
        {"rules", QJsonArray {rule}},
        {"roles", QJsonArray {}}};
    const auto loaded = Workspace::fromJson(QJsonDocument(json).toJson(), QStringLiteral("t"));
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error()));
    return loaded.value();
}

void tst_Dispatcher::start(const Workspace &workspace, const QHash<QString, QString> &secrets,
                           const QHash<QString, QString> &secretErrors)
{
    m_dispatcher = std::make_unique<Dispatcher>(m_events, m_deliveries, m_openText.get());
    m_dispatcher->setDelayScale(0.01); // a schedule of seconds runs in tens of milliseconds
    m_dispatcher->setWorkspace(workspace);
    m_dispatcher->setSecrets(secrets, secretErrors);
    connect(m_events, &EventStore::appended, m_dispatcher.get(), &Dispatcher::onAppended);
    m_dispatcher->start();
}

std::unique_ptr<Dispatcher> tst_Dispatcher::node(Store &store, const Workspace &workspace,
                                                 OpenTextClient *openText) const
{
    auto dispatcher = std::make_unique<Dispatcher>(store.events(), store.deliveries(), openText);
    dispatcher->setDelayScale(0.01);
    dispatcher->setLeaseTiming(1, 300);
    dispatcher->setWorkspace(workspace);
    connect(store.events(), &EventStore::appended, dispatcher.get(), &Dispatcher::onAppended);
    return dispatcher;
}

QUuid tst_Dispatcher::append(const QByteArray &body)
{
    Event event;
    event.id = createUuidV7();
    event.source = QStringLiteral("orders");
    event.receivedAt = QDateTime::currentDateTimeUtc();
    event.body = body;
    event.contentType = "application/json";
    event.peer = QStringLiteral("127.0.0.1");
    m_events->append(event);
    return event.id;
}

std::optional<DeliveryRecord> tst_Dispatcher::deliveryOf(const QUuid &event) const
{
    const QList<DeliveryRecord> deliveries = m_deliveries->deliveriesForEvent(event);
    if (deliveries.size() != 1)
        return std::nullopt;
    return deliveries.first();
}

void tst_Dispatcher::deliversAndRecordsTheAttempt()
{
    start(workspace({0, 1}));
    QSignalSpy recorded(m_dispatcher.get(), &Dispatcher::attemptRecorded);
    const QUuid event = append(R"({"order": {"id": "O-1"}})");
    QTRY_VERIFY_WITH_TIMEOUT(
        deliveryOf(event) && deliveryOf(event)->state == DeliveryState::Delivered, 10000);
    QCOMPARE(m_sink->count(), 1);
    const HttpSink::Request &request = m_sink->requests().first();
    QCOMPARE(request.path, QByteArray("/orders"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object(), QJsonObject({{"order", "O-1"}}));
    const DeliveryRecord delivery = *deliveryOf(event);
    // The Idempotency-Key is the delivery id, the same on every retry.
    QCOMPARE(request.header("Idempotency-Key"), delivery.id.toUtf8());
    QCOMPARE(delivery.attempts, 1);
    const QList<DeliveryAttempt> attempts = m_deliveries->attempts(delivery.id);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().outcome, QStringLiteral("delivered"));
    QCOMPARE(attempts.first().httpStatus, 200);
    QTRY_COMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().at(0).value<DeliveryRecord>().id, delivery.id);
}

void tst_Dispatcher::retriesOnTheScheduleThenDies()
{
    m_sink->script({{503, {}, R"({"error": "down"})"}, {503, {}, "{}"}, {503, {}, "{}"}});
    start(workspace({0, 1, 1}));
    const QUuid event = append(R"({"order": {"id": "O-2"}})");
    QTRY_VERIFY_WITH_TIMEOUT(deliveryOf(event) && deliveryOf(event)->state == DeliveryState::Dead,
                             10000);
    QCOMPARE(m_sink->count(), 3); // three attempts, the schedule's length
    // 1 s × 0.01 between attempts, not at once.
    QVERIFY(m_sink->requests().at(1).atMs - m_sink->requests().at(0).atMs >= 8);
    const DeliveryRecord dead = *deliveryOf(event);
    QCOMPARE(dead.attempts, 3);
    QVERIFY2(dead.lastError.startsWith(QLatin1String("gave up after attempt 3: ")),
             qPrintable(dead.lastError));
    const QList<DeliveryAttempt> attempts = m_deliveries->attempts(dead.id);
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(0).outcome, QStringLiteral("retry"));
    QCOMPARE(attempts.at(2).outcome, QStringLiteral("failed"));
    // delivery.dead was stored with the outcome, for rules to route.
    QTRY_VERIFY([this] {
        for (const EventSummary &summary : m_events->recent(20)) {
            if (summary.source == QLatin1String("delivery.dead"))
                return true;
        }
        return false;
    }());
}

void tst_Dispatcher::permanentFailureIsNotRetried()
{
    m_sink->script({{400, {}, R"({"error": "bad order"})"}});
    start(workspace({0, 1, 1}));
    const QUuid event = append(R"({"order": {"id": "O-3"}})");
    QTRY_VERIFY_WITH_TIMEOUT(deliveryOf(event) && deliveryOf(event)->state == DeliveryState::Dead,
                             10000);
    QCOMPARE(m_sink->count(), 1);
    const DeliveryRecord dead = *deliveryOf(event);
    QCOMPARE(dead.attempts, 1);
    const QList<DeliveryAttempt> attempts = m_deliveries->attempts(dead.id);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().httpStatus, 400);
    QCOMPARE(attempts.first().outcome, QStringLiteral("failed"));
}

void tst_Dispatcher::waitsForItsSecret()
{
    const QJsonObject bearer {{"type", "bearer"}, {"secret", "sink/token"}};
    start(workspace({0, 1}, bearer)); // the secret is still being read
    const QUuid event = append(R"({"order": {"id": "O-4"}})");
    QTRY_VERIFY_WITH_TIMEOUT(deliveryOf(event).has_value(), 10000);
    // Routed, and held without spending an attempt.
    QCOMPARE(deliveryOf(event)->attempts, 0);
    QCOMPARE(m_sink->count(), 0);
    m_dispatcher->setSecrets({{QStringLiteral("sink/token"), QStringLiteral("t0k3n")}});
    m_dispatcher->wake();
    QTRY_VERIFY_WITH_TIMEOUT(deliveryOf(event)->state == DeliveryState::Delivered, 10000);
    QCOMPARE(m_sink->count(), 1);
    QCOMPARE(m_sink->requests().first().header("Authorization"), QByteArray("Bearer t0k3n"));
    QCOMPARE(deliveryOf(event)->attempts, 1);
}

void tst_Dispatcher::unreadableSecretFailsTheDelivery()
{
    const QJsonObject bearer {{"type", "bearer"}, {"secret", "sink/token"}};
    start(workspace({0, 1}, bearer), {},
          {{QStringLiteral("sink/token"), QStringLiteral("locked")}});
    const QUuid event = append(R"({"order": {"id": "O-5"}})");
    QTRY_VERIFY_WITH_TIMEOUT(deliveryOf(event) && deliveryOf(event)->state == DeliveryState::Dead,
                             10000);
    QCOMPARE(m_sink->count(), 0); // nothing was sent without its credentials
    QVERIFY2(deliveryOf(event)->lastError.contains(
                 QLatin1String("the secret \"sink/token\" of target 'sink' could not be read: "
                               "locked")),
             qPrintable(deliveryOf(event)->lastError));
}

void tst_Dispatcher::slowCallKeepsItsLeaseFromAnotherNode()
{
    // The target takes 3 s to answer, three times the lease: the node under way renews its lease
    // every 300 ms, so the other node, looking every second, never finds the delivery due, and
    // the target is called once.
    m_sink->script({{200, {}, "{}", 3000}});
    StoreOptions options = StoreBackend::options(m_dir->path());
    options.nodeId = QStringLiteral("node-b");
    const std::unique_ptr<Store> otherStore = StoreBackend::open(options);
    QVERIFY(otherStore);
    OpenTextClient otherOpenText;
    const Workspace orders = workspace({0, 1});
    const std::unique_ptr<Dispatcher> first = node(*m_storage, orders, m_openText.get());
    const std::unique_ptr<Dispatcher> second = node(*otherStore, orders, &otherOpenText);
    first->start();
    second->start();
    const QUuid event = append(R"({"order": {"id": "O-slow"}})");
    QTRY_VERIFY_WITH_TIMEOUT(
        deliveryOf(event) && deliveryOf(event)->state == DeliveryState::Delivered, 15000);
    QCOMPARE(m_sink->count(), 1);
    QCOMPARE(m_deliveries->attempts(deliveryOf(event)->id).size(), 1);
    first->stop();
    second->stop();
    m_events->waitForWrites();
    otherStore->events()->waitForWrites();
}

void tst_Dispatcher::deliveriesOfAStoppedNodeAreTakenOver()
{
    // Node A sends and stops in the middle of the call (as if killed: its lease stays, nothing
    // is recorded). Node B sends it again once A's lease of 1 s runs out, with the same
    // Idempotency-Key, and records the delivery.
    m_sink->script({{200, {}, "{}", 5000}});
    const Workspace orders = workspace({0, 1});
    const std::unique_ptr<Dispatcher> first = node(*m_storage, orders, m_openText.get());
    first->start();
    const QUuid event = append(R"({"order": {"id": "O-taken"}})");
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 1, 10000);
    first->stop();
    QElapsedTimer sinceStop;
    sinceStop.start();

    StoreOptions options = StoreBackend::options(m_dir->path());
    options.nodeId = QStringLiteral("node-b");
    const std::unique_ptr<Store> otherStore = StoreBackend::open(options);
    QVERIFY(otherStore);
    OpenTextClient otherOpenText;
    const std::unique_ptr<Dispatcher> second = node(*otherStore, orders, &otherOpenText);
    second->start();
    // A's lease is live when B starts: B does not take it back at start (on SQLite, one
    // process to a file, it does, and sends at once).
    QTRY_VERIFY_WITH_TIMEOUT(
        deliveryOf(event) && deliveryOf(event)->state == DeliveryState::Delivered, 15000);
    const qint64 takenAfterMs = sinceStop.elapsed();
    qInfo("taken over %lld ms after the first node stopped", takenAfterMs);
    QVERIFY2(takenAfterMs < 5000, qPrintable(QString::number(takenAfterMs)));
    QCOMPARE(m_sink->count(), 2);
    QCOMPARE(m_sink->requests().at(1).header("Idempotency-Key"),
             m_sink->requests().at(0).header("Idempotency-Key"));
    QCOMPARE(m_deliveries->attempts(deliveryOf(event)->id).size(), 1);
    second->stop();
    otherStore->events()->waitForWrites();
}

QTEST_GUILESS_MAIN(tst_Dispatcher)
#include "tst_dispatcher.moc"
