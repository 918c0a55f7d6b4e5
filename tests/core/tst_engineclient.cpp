// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"
#include "engine/engineclient.h"
#include "event/uuidv7.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace OtBridge;

// EngineClient, the window's way into the engine, on an engine whose stores are open: answers
// come as values on the asking object's thread; what the engine emits for a request comes from
// the engine's thread; Engine::stop() refuses new requests and stops an export without writing
// it.
class tst_EngineClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void queriesAnswerInTheOrderAsked();
    void recordHoldsWhatBecameOfTheEvent();
    void capturedEventsAreOnePerSourceAndBody();
    void acknowledgementIsAnnouncedFromTheEnginesThread();
    void closedOrStoppingEngineRefusesInWords();
    void exportCancelledWritesNothing();
    void stopCancelsARunningExport();
    void exportWithoutItsReceiverStillWritesAll();

private:
    QList<Event> store(int count, const QString &source, const QByteArray &body = {});
    // Stores `count` events and returns their ids: a history an export takes a while over.
    QList<QUuid> storeHistory(int count);
    // What an export stopped before its end says, to its caller and in the log (expected).
    static QString cancelledWords(const QString &path);
    // Waits for the answer to a request made with reply(); nullopt when none came in time.
    template<typename T> static std::optional<Result<T>> wait(std::optional<Result<T>> &answer)
    {
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
            return std::nullopt;
        return answer;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    QString m_storePath;
};

void tst_EngineClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_engine = std::make_unique<Engine>();
    m_storePath = m_dir->filePath(QStringLiteral("events.sqlite"));
    QVERIFY(m_engine->storage()->open({m_storePath}).ok());
}

void tst_EngineClient::cleanup()
{
    m_engine.reset();
    m_dir.reset();
}

QList<Event> tst_EngineClient::store(int count, const QString &source, const QByteArray &body)
{
    QList<Event> events;
    int answered = 0;
    const auto connection
        = connect(m_engine->store(), &EventStore::appended, this,
                  [&answered](const QList<AppendResult> &results) {
                      for (const AppendResult &result : results) {
                          if (result.status != AppendStatus::Stored)
                              qWarning("not stored: %s", qPrintable(result.error));
                          ++answered;
                      }
                  });
    for (int i = 0; i < count; ++i) {
        Event event;
        event.id = createUuidV7();
        event.source = source;
        event.receivedAt = QDateTime::currentDateTimeUtc();
        event.body = body.isEmpty() ? QByteArray(R"({"n":)") + QByteArray::number(i) + '}' : body;
        event.contentType = "application/json";
        event.peer = QStringLiteral("127.0.0.1");
        m_engine->store()->append(event);
        events.append(event);
    }
    if (!QTest::qWaitFor([&] { return answered >= count; }, 20000))
        qWarning("appends not answered in time");
    disconnect(connection);
    return events;
}

QList<QUuid> tst_EngineClient::storeHistory(int count)
{
    QList<QUuid> ids;
    for (const Event &event : store(count, QStringLiteral("a")))
        ids.append(event.id);
    return ids;
}

QString tst_EngineClient::cancelledWords(const QString &path)
{
    const QString words = QStringLiteral("the export was cancelled; %1 was not written").arg(path);
    QTest::ignoreMessage(QtInfoMsg, qPrintable(words));
    return words;
}

void tst_EngineClient::queriesAnswerInTheOrderAsked()
{
    const QList<Event> a = store(2, QStringLiteral("a"));
    const QList<Event> b = store(1, QStringLiteral("b"));
    EventQuery fromB;
    fromB.sources = {QStringLiteral("b")};
    EventQuery fromA;
    fromA.sources = {QStringLiteral("a")};
    EventQuery one;
    one.ids = {a.at(1).id};
    QObject receiver;
    std::optional<Result<QList<EventPage>>> answer;
    QThread *answeredOn = nullptr;
    m_engine->client()->queryEvents({fromB, fromA, one}, &receiver,
                                    [&](Result<QList<EventPage>> pages) {
                                        answeredOn = QThread::currentThread();
                                        answer = std::move(pages);
                                    });
    QVERIFY(!answer); // never in the call itself
    const auto pages = wait(answer);
    QVERIFY(pages && pages->ok());
    QCOMPARE(answeredOn, QThread::currentThread());
    QCOMPARE(pages->value().size(), 3);
    const auto ids = [](const EventPage &page) {
        QList<QUuid> ids;
        for (const EventSummary &summary : page.events)
            ids.append(summary.id);
        return ids;
    };
    QCOMPARE(ids(pages->value().at(0)), QList<QUuid>({b.at(0).id}));
    QCOMPARE(ids(pages->value().at(1)), QList<QUuid>({a.at(0).id, a.at(1).id}));
    QCOMPARE(ids(pages->value().at(2)), QList<QUuid>({a.at(1).id}));
}

void tst_EngineClient::recordHoldsWhatBecameOfTheEvent()
{
    const Event event = store(1, QStringLiteral("a"), R"({"event":"x"})").constFirst();
    NewDelivery delivery;
    delivery.id = QStringLiteral("d1");
    delivery.rule = QStringLiteral("r1");
    delivery.request.kind = DeliveryRequest::Kind::Http;
    delivery.request.target = QStringLiteral("hook");
    delivery.request.http.url = QUrl(QStringLiteral("http://127.0.0.1:9/in"));
    delivery.dueAt = QDateTime::currentDateTimeUtc().addDays(1);
    QVERIFY(m_engine->deliveries()->insertRouted({{event.id, {delivery}, {}}}).ok());

    QObject receiver;
    std::optional<Result<EventRecord>> answer;
    m_engine->client()->eventRecord(event.id, &receiver,
                                    [&answer](Result<EventRecord> record) { answer = record; });
    const auto record = wait(answer);
    QVERIFY(record && record->ok());
    QCOMPARE(record->value().event.id, event.id);
    QCOMPARE(record->value().event.body, event.body);
    QCOMPARE(record->value().deliveries.size(), 1);
    QCOMPARE(record->value().deliveries.constFirst().id, QStringLiteral("d1"));
    QVERIFY(record->value().attempts.contains(QStringLiteral("d1")));
    QVERIFY(!record->value().acknowledgement);
    QCOMPARE(record->value().status.value(QLatin1String("state")).toString(),
             QStringLiteral("routed"));

    const QUuid missing = createUuidV7();
    answer.reset();
    m_engine->client()->eventRecord(missing, &receiver,
                                    [&answer](Result<EventRecord> record) { answer = record; });
    const auto none = wait(answer);
    QVERIFY(none && !none->ok());
    QCOMPARE(none->error(),
             QStringLiteral("there is no event %1 in the store")
                 .arg(missing.toString(QUuid::WithoutBraces)));
}

void tst_EngineClient::capturedEventsAreOnePerSourceAndBody()
{
    store(3, QStringLiteral("a"), R"({"event":"same"})");
    const Event b = store(1, QStringLiteral("b"), R"({"type":"other"})").constFirst();
    const Event a = store(1, QStringLiteral("a"), R"({"event":"same"})").constFirst();
    QObject receiver;
    std::optional<Result<QList<CapturedEvent>>> answer;
    m_engine->client()->capturedEvents(
        100, 10, &receiver, [&answer](Result<QList<CapturedEvent>> events) { answer = events; });
    const auto captured = wait(answer);
    QVERIFY(captured && captured->ok());
    QCOMPARE(captured->value().size(), 2);
    // Newest first: the newest of the four same bodies from a stands for all of them.
    QCOMPARE(captured->value().at(0).id, a.id);
    QCOMPARE(captured->value().at(0).copies, 4);
    QCOMPARE(captured->value().at(0).kind, QStringLiteral("same"));
    QCOMPARE(captured->value().at(1).id, b.id);
    QCOMPARE(captured->value().at(1).copies, 1);
    QCOMPARE(captured->value().at(1).kind, QStringLiteral("other"));
}

void tst_EngineClient::acknowledgementIsAnnouncedFromTheEnginesThread()
{
    const Event event = store(1, QStringLiteral("a")).constFirst();
    QThread *announcedOn = nullptr;
    QList<QUuid> announced;
    connect(
        m_engine.get(), &Engine::eventsChanged, this,
        [&](const QList<QUuid> &ids) {
            announcedOn = QThread::currentThread();
            announced += ids;
        },
        Qt::DirectConnection);
    QObject receiver;
    std::optional<Result<Acknowledgement>> answer;
    m_engine->client()->acknowledge(event.id, QStringLiteral("sam"), &receiver,
                                    [&answer](Result<Acknowledgement> ack) { answer = ack; });
    const auto ack = wait(answer);
    QVERIFY(ack && ack->ok());
    QCOMPARE(ack->value().by, QStringLiteral("sam"));
    QCOMPARE(ack->value().via, QStringLiteral("console"));
    // Stored on a pool thread, announced from the engine's: slots that touch the engine's
    // members (and the dispatcher it wakes) never run beside it.
    QTRY_COMPARE(announced, QList<QUuid>({event.id}));
    QCOMPARE(announcedOn, m_engine->thread());
    QCOMPARE(m_engine->deliveries()->acknowledgement(event.id)->by, QStringLiteral("sam"));
}

void tst_EngineClient::closedOrStoppingEngineRefusesInWords()
{
    QObject receiver;
    std::optional<Result<QList<EventPage>>> answer;
    const auto ask = [&] {
        answer.reset();
        m_engine->client()->queryEvents(
            {EventQuery()}, &receiver,
            [&answer](Result<QList<EventPage>> pages) { answer = std::move(pages); });
        return wait(answer);
    };
    m_engine->stop();
    const auto stopped = ask();
    QVERIFY(stopped && !stopped->ok());
    QCOMPARE(stopped->error(), QStringLiteral("the engine is stopping"));

    // An engine that takes requests but whose store is not open says that.
    m_engine = std::make_unique<Engine>();
    const auto closed = ask();
    QVERIFY(closed && !closed->ok());
    QCOMPARE(closed->error(), QStringLiteral("the event store is closed"));
}

void tst_EngineClient::exportCancelledWritesNothing()
{
    const QList<QUuid> ids = storeHistory(2000);
    const QString path = m_dir->filePath(QStringLiteral("export.jsonl"));
    const QString cancelled = cancelledWords(path);
    QObject receiver;
    std::optional<Result<int>> answer;
    QFuture<void> job = m_engine->client()->exportEvents(
        ids, path, &receiver, [&answer](Result<int> written) { answer = written; });
    job.cancel();
    const auto written = wait(answer);
    QVERIFY(written && !written->ok());
    QCOMPARE(written->error(), cancelled);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("export.jsonl*")}, QDir::Files),
             QStringList());
}

void tst_EngineClient::stopCancelsARunningExport()
{
    const QList<QUuid> ids = storeHistory(2000);
    const QString path = m_dir->filePath(QStringLiteral("export.jsonl"));
    const QString cancelled = cancelledWords(path);
    QObject receiver;
    std::optional<Result<int>> answer;
    m_engine->client()->exportEvents(ids, path, &receiver,
                                     [&answer](Result<int> written) { answer = written; });
    // Stops at the next event, and only then are the stores closed.
    m_engine->stop();
    QVERIFY(!m_engine->store()->isOpen());
    QVERIFY(!QFile::exists(path));
    const auto written = wait(answer); // the receiver lives on: it hears why
    QVERIFY(written && !written->ok());
    QCOMPARE(written->error(), cancelled);
}

void tst_EngineClient::exportWithoutItsReceiverStillWritesAll()
{
    // Only cancelling stops an export: a receiver that goes just drops the answer (the console
    // cancels its export as it goes).
    const QList<QUuid> ids = storeHistory(50);
    const QString path = m_dir->filePath(QStringLiteral("export.jsonl"));
    auto receiver = std::make_unique<QObject>();
    bool answered = false;
    m_engine->client()->exportEvents(ids, path, receiver.get(),
                                     [&answered](Result<int>) { answered = true; });
    receiver.reset();
    QVERIFY(m_engine->client()->waitForDone(20000));
    QCoreApplication::sendPostedEvents();
    QVERIFY(!answered);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 50);
}

QTEST_GUILESS_MAIN(tst_EngineClient)
#include "tst_engineclient.moc"
