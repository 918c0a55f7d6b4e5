// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event/uuidv7.h"
#include "postgresqltestserver.h"
#include "store/deliverystore.h"
#include "store/eventstore.h"
#include "store/postgresql/postgresqlnotifier.h"
#include "store/sqlerror.h"
#include "store/store.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace OtBridge;

namespace {

StoreNotification makeNotification(StoreNotification::Channel channel, const QString &kind,
                                   const QStringList &ids = {})
{
    StoreNotification notification;
    notification.channel = channel;
    notification.node = QStringLiteral("node-1");
    notification.kind = kind;
    notification.ids = ids;
    return notification;
}

StoreNotification received(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).first().value<StoreNotification>();
}

} // namespace

// PostgresqlNotifier against the suite's real server: a notification sent on one connection is
// heard on the notifier's within a bounded wait, with its payload parsed; one sent in a
// transaction only when that commits, never when it rolls back; after its backend is
// terminated the notifier connects again and hears the next one. And the payload's words:
// what it carries, where it is cut, what is refused.
class tst_PostgresqlNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void payloadRoundTrip();
    void foreignPayloadsAreRefused();
    void aNotificationFromAnotherConnectionArrives();
    void everyChannelIsHeard();
    void aNotificationArrivesOnlyOnCommit();
    void aRolledBackNotificationNeverArrives();
    void aLongListOfIdsIsCutToFit();
    void reconnectsAfterItsBackendIsTerminated();
    void aServerThatIsNotThereIsRetried();
    void theStoreAnnouncesWhatItCommits();
    void aRolledBackJobAnnouncesNothing();

private:
    // A store on the test's database, writing as node nodeId.
    std::unique_ptr<Store> openStore(const QString &nodeId) const;
    // Stores one event through store's writer; its id, or a null one when it was not stored.
    static QUuid storeEvent(Store &store);
    // What spy heard on channel, by kind.
    static QList<StoreNotification>
    heardOn(const QSignalSpy &spy, StoreNotification::Channel channel, const QString &kind);
    PostgresqlNotifierOptions options() const;
    // The sender: a connection of the test's own.
    QSqlDatabase sender();
    // Opens a transaction on the sender and notifies kind on the work channel in it.
    bool notifyInATransaction(const QString &kind);
    std::unique_ptr<PostgresqlNotifier> startNotifier();

    std::unique_ptr<PostgresqlTestDatabase> m_database;
};

void tst_PostgresqlNotifier::initTestCase()
{
    qRegisterMetaType<StoreNotification>();
    const PostgresqlTestServer server = PostgresqlTestServer::fromEnvironment();
    QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
}

void tst_PostgresqlNotifier::init()
{
    m_database = std::make_unique<PostgresqlTestDatabase>();
    QVERIFY2(m_database->errorString().isEmpty(), qPrintable(m_database->errorString()));
}

void tst_PostgresqlNotifier::cleanup()
{
    if (QSqlDatabase::contains(QStringLiteral("sender")))
        QSqlDatabase::removeDatabase(QStringLiteral("sender"));
    m_database.reset();
}

PostgresqlNotifierOptions tst_PostgresqlNotifier::options() const
{
    PostgresqlNotifierOptions options;
    options.connection.url = DatabaseUrl::parse(m_database->url()).value();
    options.connection.password = m_database->password();
    options.checkIntervalMs = 200;
    options.firstRetryMs = 50;
    options.lastRetryMs = 400;
    return options;
}

QSqlDatabase tst_PostgresqlNotifier::sender()
{
    if (QSqlDatabase::contains(QStringLiteral("sender")))
        return QSqlDatabase::database(QStringLiteral("sender"));
    return m_database->connect(QStringLiteral("sender"));
}

std::unique_ptr<PostgresqlNotifier> tst_PostgresqlNotifier::startNotifier()
{
    auto notifier = std::make_unique<PostgresqlNotifier>(options());
    QSignalSpy listening(notifier.get(), &PostgresqlNotifier::listening);
    notifier->start();
    // Connecting happens in start(); listening is said there.
    if (listening.isEmpty() && !listening.wait(10'000))
        return nullptr;
    return notifier;
}

void tst_PostgresqlNotifier::payloadRoundTrip()
{
    StoreNotification notification = makeNotification(
        StoreNotification::Channel::Activity, QStringLiteral("events"),
        {QStringLiteral("0193a1b2-0000-7000-8000-000000000001"), QStringLiteral("x\"y")});
    QCOMPARE(notification.payload(),
             QStringLiteral(R"({"ids":["0193a1b2-0000-7000-8000-000000000001","x\"y"],)"
                            R"("kind":"events","node":"node-1"})"));
    const Result<StoreNotification> parsed
        = StoreNotification::parse(QStringLiteral("otbridge_activity"), notification.payload());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QVERIFY(parsed.value() == notification);
    QCOMPARE(StoreNotification::channelName(StoreNotification::Channel::Work),
             QStringLiteral("otbridge_work"));
    QCOMPARE(StoreNotification::channelName(StoreNotification::Channel::Workspace),
             QStringLiteral("otbridge_workspace"));
    QCOMPARE(StoreNotification::channelNamed(QStringLiteral("otbridge_workspace")),
             StoreNotification::Channel::Workspace);
}

void tst_PostgresqlNotifier::foreignPayloadsAreRefused()
{
    const Result<StoreNotification> unknown
        = StoreNotification::parse(QStringLiteral("pgbouncer"), QStringLiteral("{}"));
    QCOMPARE(unknown.error(),
             QStringLiteral("a notification on channel pgbouncer, which OT Bridge does not use"));
    const Result<StoreNotification> notJson
        = StoreNotification::parse(QStringLiteral("otbridge_work"), QStringLiteral("wake up"));
    QCOMPARE(notJson.error(),
             QStringLiteral("a notification on channel otbridge_work that is not OT Bridge's: "
                            "wake up"));
    const Result<StoreNotification> noKind = StoreNotification::parse(
        QStringLiteral("otbridge_work"), QStringLiteral(R"({"node":"n"})"));
    QVERIFY(!noKind.ok());
}

void tst_PostgresqlNotifier::aNotificationFromAnotherConnectionArrives()
{
    const auto notifier = startNotifier();
    QVERIFY(notifier);
    QVERIFY(notifier->isListening());
    QVERIFY(notifier->backendPid() > 0);
    QSignalSpy heard(notifier.get(), &PostgresqlNotifier::notificationReceived);

    const StoreNotification sent
        = makeNotification(StoreNotification::Channel::Work, QStringLiteral("due"),
                           {QStringLiteral("e1.rule.0"), QStringLiteral("e2.rule.0")});
    QElapsedTimer timer;
    timer.start();
    const Result<void> notified = PostgresqlNotifier::notify(sender(), sent);
    QVERIFY2(notified.ok(), qPrintable(notified.error()));
    QVERIFY(heard.wait(5'000));
    QCOMPARE(heard.size(), 1);
    QVERIFY(received(heard, 0) == sent);
    QVERIFY2(timer.elapsed() < 5'000, qPrintable(QString::number(timer.elapsed())));
}

void tst_PostgresqlNotifier::everyChannelIsHeard()
{
    const auto notifier = startNotifier();
    QVERIFY(notifier);
    QSignalSpy heard(notifier.get(), &PostgresqlNotifier::notificationReceived);
    for (const StoreNotification::Channel channel : StoreNotification::channels())
        QVERIFY(PostgresqlNotifier::notify(sender(), makeNotification(channel, QStringLiteral("k")))
                    .ok());
    // A channel it does not listen on is not heard.
    QVERIFY(execSql(sender(), QStringLiteral("NOTIFY otbridge_other, 'x'")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 3, 5'000);
    // From one connection, in the order sent.
    QCOMPARE(received(heard, 0).channel, StoreNotification::Channel::Work);
    QCOMPARE(received(heard, 1).channel, StoreNotification::Channel::Workspace);
    QCOMPARE(received(heard, 2).channel, StoreNotification::Channel::Activity);
}

bool tst_PostgresqlNotifier::notifyInATransaction(const QString &kind)
{
    QSqlDatabase writer = sender();
    return writer.transaction()
        && PostgresqlNotifier::notify(writer,
                                      makeNotification(StoreNotification::Channel::Work, kind))
               .ok();
}

void tst_PostgresqlNotifier::aNotificationArrivesOnlyOnCommit()
{
    const auto notifier = startNotifier();
    QVERIFY(notifier);
    QSignalSpy heard(notifier.get(), &PostgresqlNotifier::notificationReceived);
    QVERIFY(notifyInATransaction(QStringLiteral("due")));
    QSqlDatabase writer = sender();
    // A marker from another connection, committed at once, arrives while the transaction is
    // open; the transaction's notification does not.
    {
        QSqlDatabase other = m_database->connect(QStringLiteral("marker"));
        QVERIFY(
            PostgresqlNotifier::notify(
                other, makeNotification(StoreNotification::Channel::Work, QStringLiteral("marker")))
                .ok());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("marker"));
    QVERIFY(heard.wait(5'000));
    QCOMPARE(heard.size(), 1);
    QCOMPARE(received(heard, 0).kind, QStringLiteral("marker"));

    QVERIFY(writer.commit());
    QVERIFY(heard.wait(5'000));
    QCOMPARE(heard.size(), 2);
    QCOMPARE(received(heard, 1).kind, QStringLiteral("due"));
}

void tst_PostgresqlNotifier::aRolledBackNotificationNeverArrives()
{
    const auto notifier = startNotifier();
    QVERIFY(notifier);
    QSignalSpy heard(notifier.get(), &PostgresqlNotifier::notificationReceived);
    QVERIFY(notifyInATransaction(QStringLiteral("rolled-back")));
    QSqlDatabase writer = sender();
    QVERIFY(writer.rollback());
    // Sent after the rollback on the same connection: notifications arrive in commit order, so
    // once this one is heard, the rolled-back one would have been heard before it.
    QVERIFY(PostgresqlNotifier::notify(
                writer, makeNotification(StoreNotification::Channel::Work, QStringLiteral("after")))
                .ok());
    QVERIFY(heard.wait(5'000));
    QCOMPARE(heard.size(), 1);
    QCOMPARE(received(heard, 0).kind, QStringLiteral("after"));
}

void tst_PostgresqlNotifier::aLongListOfIdsIsCutToFit()
{
    QStringList ids;
    for (int i = 0; i < 1'000; ++i)
        ids.append(QStringLiteral("0193a1b2-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
    const StoreNotification many
        = makeNotification(StoreNotification::Channel::Activity, QStringLiteral("events"), ids);
    const QString payload = many.payload();
    QVERIFY2(payload.toUtf8().size() <= StoreNotification::maxPayloadBytes,
             qPrintable(QString::number(payload.toUtf8().size())));
    const Result<StoreNotification> parsed
        = StoreNotification::parse(QStringLiteral("otbridge_activity"), payload);
    QVERIFY(parsed.ok());
    QVERIFY(!parsed->complete);
    QVERIFY(parsed->ids.size() > 100);
    QVERIFY(parsed->ids.size() < ids.size());
    QCOMPARE(parsed->ids, ids.mid(0, parsed->ids.size()));

    // The server takes it (it refuses a payload of 8000 bytes or more).
    const auto notifier = startNotifier();
    QVERIFY(notifier);
    QSignalSpy heard(notifier.get(), &PostgresqlNotifier::notificationReceived);
    const Result<void> notified = PostgresqlNotifier::notify(sender(), many);
    QVERIFY2(notified.ok(), qPrintable(notified.error()));
    QVERIFY(heard.wait(5'000));
    QVERIFY(received(heard, 0) == parsed.value());

    // Few ids: complete.
    QVERIFY(StoreNotification::parse(QStringLiteral("otbridge_activity"),
                                     makeNotification(StoreNotification::Channel::Activity,
                                                      QStringLiteral("events"), ids.mid(0, 3))
                                         .payload())
                ->complete);
}

void tst_PostgresqlNotifier::reconnectsAfterItsBackendIsTerminated()
{
    const auto notifier = startNotifier();
    QVERIFY(notifier);
    QSignalSpy heard(notifier.get(), &PostgresqlNotifier::notificationReceived);
    QSignalSpy lost(notifier.get(), &PostgresqlNotifier::connectionLost);
    QSignalSpy listening(notifier.get(), &PostgresqlNotifier::listening);
    const int before = notifier->backendPid();

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^the connection that listens for the "
                                                           "cluster's notifications dropped: ")));
    {
        QSqlQuery terminate(sender());
        QVERIFY(terminate.prepare(QStringLiteral("SELECT pg_terminate_backend(?)")));
        terminate.addBindValue(before);
        QVERIFY(terminate.exec() && terminate.next());
        QVERIFY(terminate.value(0).toBool());
    }
    QVERIFY(lost.wait(10'000));
    QVERIFY(!lost.first().first().toString().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(listening.size(), 1, 10'000);
    QVERIFY(notifier->isListening());
    QVERIFY(notifier->backendPid() > 0);
    QVERIFY(notifier->backendPid() != before);

    QVERIFY(
        PostgresqlNotifier::notify(
            sender(), makeNotification(StoreNotification::Channel::Work, QStringLiteral("after")))
            .ok());
    QVERIFY(heard.wait(5'000));
    QCOMPARE(received(heard, 0).kind, QStringLiteral("after"));
}

void tst_PostgresqlNotifier::aServerThatIsNotThereIsRetried()
{
    PostgresqlNotifierOptions unreachable = options();
    // A port nothing listens on: the first retry after 50 ms, then 100, 200, 400, 400, …
    QTcpServer placeholder;
    QVERIFY(placeholder.listen(QHostAddress::LocalHost));
    unreachable.connection.url.host = QStringLiteral("127.0.0.1");
    unreachable.connection.url.port = placeholder.serverPort();
    placeholder.close();
    PostgresqlNotifier notifier(unreachable);
    QSignalSpy lost(&notifier, &PostgresqlNotifier::connectionLost);
    QSignalSpy listening(&notifier, &PostgresqlNotifier::listening);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^not listening for the cluster's "
                                                           "notifications: cannot connect to the "
                                                           "database postgresql://")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^not listening")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^not listening")));
    QElapsedTimer timer;
    timer.start();
    notifier.start();
    QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 3, 10'000);
    // 50 + 100 ms of waiting at least between the first and the third attempt.
    QVERIFY2(timer.elapsed() >= 150, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(lost.first().first().toString().startsWith(
        QStringLiteral("cannot connect to the database postgresql://")));
    QVERIFY(listening.isEmpty());
    QVERIFY(!notifier.isListening());
    notifier.stop();
    const qsizetype attempts = lost.size();
    // Stopped: no attempt any more.
    QTest::qWait(600); // nothing to wait on: proving that nothing happens takes time
    QCOMPARE(lost.size(), attempts);
}

std::unique_ptr<Store> tst_PostgresqlNotifier::openStore(const QString &nodeId) const
{
    StoreOptions options;
    options.database = DatabaseUrl::parse(m_database->url()).value();
    options.password = m_database->password();
    options.nodeId = nodeId;
    Result<std::unique_ptr<Store>> opened = OtBridge::openStore(options);
    if (!opened) {
        qWarning("cannot open the store: %s", qPrintable(opened.error()));
        return nullptr;
    }
    return std::move(opened).value();
}

QUuid tst_PostgresqlNotifier::storeEvent(Store &store)
{
    Event event;
    event.id = createUuidV7();
    event.source = QStringLiteral("orders");
    event.receivedAt = QDateTime::currentDateTimeUtc();
    event.body = R"({"order":1})";
    event.contentType = "application/json";
    event.peer = QStringLiteral("127.0.0.1");
    const QUuid id = event.id;
    QSignalSpy appended(store.events(), &EventStore::appended);
    store.events()->append(std::move(event));
    if (!QTest::qWaitFor([&] { return !appended.isEmpty(); }, 10'000))
        return {};
    const auto results = appended.first().first().value<QList<AppendResult>>();
    return results.size() == 1 && results.first().status == AppendStatus::Stored ? id : QUuid();
}

QList<StoreNotification> tst_PostgresqlNotifier::heardOn(const QSignalSpy &spy,
                                                         StoreNotification::Channel channel,
                                                         const QString &kind)
{
    QList<StoreNotification> found;
    for (qsizetype i = 0; i < spy.size(); ++i) {
        const StoreNotification notification = received(spy, i);
        if (notification.channel == channel && notification.kind == kind)
            found.append(notification);
    }
    return found;
}

void tst_PostgresqlNotifier::theStoreAnnouncesWhatItCommits()
{
    // What a node's writer commits reaches the others and the consoles attached to the
    // cluster: events stored, events routed with deliveries due (work for any node),
    // deliveries' outcomes, acknowledgements, replays; each named by the writing node.
    const auto store = openStore(QStringLiteral("node-a"));
    QVERIFY(store);
    const auto notifier = startNotifier();
    QVERIFY(notifier);
    QSignalSpy heard(notifier.get(), &PostgresqlNotifier::notificationReceived);
    const auto activity = StoreNotification::Channel::Activity;
    const auto work = StoreNotification::Channel::Work;

    const QUuid event = storeEvent(*store);
    QVERIFY(!event.isNull());
    const QString eventText = event.toString(QUuid::WithoutBraces);
    QTRY_COMPARE_WITH_TIMEOUT(heardOn(heard, activity, StoreNotification::eventsStored()).size(), 1,
                              5'000);
    const StoreNotification stored
        = heardOn(heard, activity, StoreNotification::eventsStored()).first();
    QCOMPARE(stored.node, QStringLiteral("node-a"));
    QCOMPARE(stored.ids, QStringList {eventText});
    // Storing an event is no work for another node: the one that stored it routes it.
    QVERIFY(heardOn(heard, work, StoreNotification::workDue()).isEmpty());

    NewDelivery delivery;
    delivery.id = eventText + QStringLiteral(":notify:0:0");
    delivery.rule = QStringLiteral("notify");
    delivery.dueAt = QDateTime::currentDateTimeUtc();
    delivery.request.kind = DeliveryRequest::Kind::Http;
    delivery.request.target = QStringLiteral("desk");
    delivery.request.http.url = QUrl(QStringLiteral("https://example.test/hook"));
    delivery.request.http.body = R"({"order":1})";
    RoutedEvent routed;
    routed.eventId = event;
    routed.deliveries = {delivery};
    QVERIFY(store->deliveries()->insertRouted({routed}));
    QTRY_COMPARE_WITH_TIMEOUT(heardOn(heard, work, StoreNotification::workDue()).size(), 1, 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(heardOn(heard, activity, StoreNotification::eventsChanged()).size(),
                              1, 5'000);
    QCOMPARE(heardOn(heard, activity, StoreNotification::eventsChanged()).first().ids,
             QStringList {eventText});
    // Routed once: a second pass stores nothing and says nothing.
    QVERIFY(store->deliveries()->insertRouted({routed}));

    DeliveryAttempt attempt;
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    attempt.outcome = QStringLiteral("permanent");
    attempt.httpStatus = 400;
    QVERIFY(store->deliveries()->recordAttempt(delivery.id, attempt, DeliveryState::Dead, {},
                                               QStringLiteral("HTTP 400"), {}));
    QTRY_COMPARE_WITH_TIMEOUT(
        heardOn(heard, activity, StoreNotification::deliveriesChanged()).size(), 1, 5'000);
    QCOMPARE(heardOn(heard, activity, StoreNotification::deliveriesChanged()).first().ids,
             QStringList {delivery.id});

    QCOMPARE(store->deliveries()->replay({delivery.id}, QDateTime::currentDateTimeUtc()).value(),
             1);
    QTRY_COMPARE_WITH_TIMEOUT(
        heardOn(heard, activity, StoreNotification::deliveriesChanged()).size(), 2, 5'000);
    // Routing, the delivery's death (a fallback step waiting on it may be due now), the replay.
    QCOMPARE(heardOn(heard, work, StoreNotification::workDue()).size(), 3);

    Acknowledgement ack;
    ack.at = QDateTime::currentDateTimeUtc();
    ack.by = QStringLiteral("console");
    QVERIFY(store->deliveries()->acknowledge(event, ack));
    QTRY_COMPARE_WITH_TIMEOUT(heardOn(heard, activity, StoreNotification::eventsChanged()).size(),
                              2, 5'000);
    QCOMPARE(heardOn(heard, activity, StoreNotification::eventsChanged()).last().ids,
             QStringList {eventText});
    // A second acknowledgement changes nothing, and says nothing: a marker sent after it
    // arrives with nothing before it.
    QVERIFY(store->deliveries()->acknowledge(event, ack));
    {
        QSqlDatabase other = m_database->connect(QStringLiteral("marker"));
        QVERIFY(PostgresqlNotifier::notify(other, makeNotification(work, QStringLiteral("marker")))
                    .ok());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("marker"));
    QTRY_COMPARE_WITH_TIMEOUT(heardOn(heard, work, QStringLiteral("marker")).size(), 1, 5'000);
    QCOMPARE(heardOn(heard, activity, StoreNotification::eventsChanged()).size(), 2);
    for (qsizetype i = 0; i < heard.size(); ++i) {
        if (received(heard, i).kind != QLatin1String("marker"))
            QCOMPARE(received(heard, i).node, QStringLiteral("node-a"));
    }
}

void tst_PostgresqlNotifier::aRolledBackJobAnnouncesNothing()
{
    // A job's announcements go with its writes: one whose follow-up fails (its savepoint rolled
    // back) is never heard of, while the events of the same transaction are.
    const auto store = openStore(QStringLiteral("node-b"));
    QVERIFY(store);
    const QUuid event = storeEvent(*store);
    QVERIFY(!event.isNull());
    NewDelivery delivery;
    delivery.id = event.toString(QUuid::WithoutBraces) + QStringLiteral(":page:0:0");
    delivery.rule = QStringLiteral("page");
    delivery.dueAt = QDateTime::currentDateTimeUtc();
    delivery.request.kind = DeliveryRequest::Kind::Http;
    delivery.request.target = QStringLiteral("desk");
    delivery.request.http.url = QUrl(QStringLiteral("https://example.test/hook"));
    RoutedEvent routed;
    routed.eventId = event;
    routed.deliveries = {delivery};
    QVERIFY(store->deliveries()->insertRouted({routed}));

    const auto notifier = startNotifier();
    QVERIFY(notifier);
    QSignalSpy heard(notifier.get(), &PostgresqlNotifier::notificationReceived);
    DeliveryAttempt attempt;
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    attempt.outcome = QStringLiteral("permanent");
    QString error;
    bool done = false;
    store->deliveries()->recordAttemptAsync(
        delivery.id, attempt, DeliveryState::Dead, {}, QStringLiteral("HTTP 400"), {},
        [](WriteContext &, const DeliveryRecord &) {
            return Result<void>::failure(QStringLiteral("the follow-up failed"));
        },
        this,
        [&](const Result<DeliveryRecord> &recorded) {
            error = recorded ? QString() : recorded.error();
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
    QCOMPARE(error, QStringLiteral("the follow-up failed"));
    // An event stored after it is heard, and nothing else before it.
    const QUuid later = storeEvent(*store);
    QVERIFY(!later.isNull());
    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 5'000);
    QCOMPARE(received(heard, 0).kind, StoreNotification::eventsStored());
    QCOMPARE(received(heard, 0).ids, QStringList {later.toString(QUuid::WithoutBraces)});
    QCOMPARE(store->deliveries()->delivery(delivery.id)->state, DeliveryState::Pending);
}

QTEST_GUILESS_MAIN(tst_PostgresqlNotifier)
#include "tst_postgresqlnotifier.moc"
