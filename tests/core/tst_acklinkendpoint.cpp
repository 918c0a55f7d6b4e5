// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ackpage.h"
#include "event/uuidv7.h"
#include "ingest/acklinkendpoint.h"
#include "store/deliverystore.h"
#include "store/eventstore.h"
#include "storebackend.h"

#include <QTemporaryDir>
#include <QTest>

using namespace OtBridge;

// GET and POST /ack/<token> against real stores on disk: what a GET shows and leaves alone,
// what a POST records and stops, and every refusal with its status and words. The HTTP around
// it, the translations and the real escalation are tst_acklinks' (tests/integration).
class tst_AckLinkEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreBackend::addRows(); }
    void init();
    void cleanup();
    void getShowsWithoutAcknowledging();
    void postAcknowledgesOnce();
    void refusesForgedChangedAndForeignTokens();
    void expiredSaysWhen();
    void rateLimitedPerAddress();
    void offAndNotReady();
    void pageEscapesAndRunsNoScript();
    void language_data();
    void language();

private:
    QUuid storeEvent();
    QString tokenFor(const QString &recipient, int tier, const QDateTime &expiresAt) const;
    AckLinkEndpoint::Answer get(const QString &token, const QString &client = {});
    AckLinkEndpoint::Answer post(const QString &token, const QString &client = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_storage;
    EventStore *m_events = nullptr;
    DeliveryStore *m_deliveries = nullptr;
    std::unique_ptr<AckLinkEndpoint> m_endpoint;
    AckLink::Keys m_keys;
    QUuid m_event;
    QDateTime m_now;
    qint64 m_clockMs = 1000;
};

namespace {

const QString manager = QStringLiteral("priya.raman@example.com");

} // namespace

void tst_AckLinkEndpoint::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString reset = StoreBackend::reset();
    QVERIFY2(reset.isEmpty(), qPrintable(reset));
    m_storage = StoreBackend::open(StoreBackend::options(m_dir->path()));
    QVERIFY(m_storage);
    m_events = m_storage->events();
    m_deliveries = m_storage->deliveries();
    m_now = QDateTime::currentDateTimeUtc();
    m_event = storeEvent();

    // What routing and the first tier stored: the manager's email of tier 1, tier 2 waiting.
    NewDelivery email;
    email.id
        = QStringLiteral("%1.approval-overdue.t1.0").arg(m_event.toString(QUuid::WithoutBraces));
    email.rule = QStringLiteral("approval-overdue");
    email.tier = 1;
    email.dueAt = m_now;
    email.request.kind = DeliveryRequest::Kind::OpenText;
    email.request.target = QStringLiteral("opentext");
    email.request.message.channel = OpenTextChannel::Email;
    OpenTextDestination destination;
    destination.address = manager;
    destination.displayTo = QStringLiteral("Priya Raman");
    email.request.message.destinations = {destination};
    email.request.message.subject = QStringLiteral("Escalation: approval APR-3391");
    EscalationRecord tier2;
    tier2.eventId = m_event;
    tier2.rule = QStringLiteral("approval-overdue");
    tier2.tier = 2;
    tier2.dueAt = m_now.addSecs(3600);
    tier2.state = QStringLiteral("scheduled");
    QVERIFY(m_deliveries->insertRouted({{m_event, {email}, {tier2}}}));

    m_keys = AckLink::Keys::generate();
    m_endpoint = std::make_unique<AckLinkEndpoint>(m_events, m_deliveries);
    AckLinkEndpoint::Keys keys;
    keys.state = AckLinkEndpoint::Keys::State::On;
    keys.keys = m_keys;
    keys.validitySeconds = 3600;
    m_endpoint->setKeys(keys);
    m_endpoint->setRuleTitles(
        {{QStringLiteral("approval-overdue"), QStringLiteral("Approval overdue → manager")}});
}

void tst_AckLinkEndpoint::cleanup()
{
    m_endpoint.reset();
    m_deliveries = nullptr;
    m_events = nullptr;
    m_storage.reset();
    m_dir.reset();
}

QUuid tst_AckLinkEndpoint::storeEvent()
{
    Event event;
    event.id = createUuidV7();
    event.source = QStringLiteral("approvals");
    event.receivedAt = m_now.addSecs(-600);
    event.body = R"({"approval":{"id":"APR-3391"}})";
    event.contentType = "application/json";
    event.peer = QStringLiteral("127.0.0.1");
    bool stored = false;
    const QUuid id = event.id;
    const auto connection
        = connect(m_events, &EventStore::appended, this, [&](const QList<AppendResult> &results) {
              for (const AppendResult &result : results)
                  stored = stored || result.id == id;
          });
    m_events->append(std::move(event));
    if (!QTest::qWaitFor([&] { return stored; }, 10000))
        qWarning("event not stored in time");
    disconnect(connection);
    return id;
}

QString tst_AckLinkEndpoint::tokenFor(const QString &recipient, int tier,
                                      const QDateTime &expiresAt) const
{
    AckLink::Claims claims;
    claims.eventId = m_event;
    claims.tier = tier;
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(expiresAt.toSecsSinceEpoch(), Qt::UTC);
    return AckLink::sign(m_keys.current, claims, recipient);
}

AckLinkEndpoint::Answer tst_AckLinkEndpoint::get(const QString &token, const QString &client)
{
    return m_endpoint->handle(false, token, "en",
                              client.isEmpty() ? QStringLiteral("192.0.2.1") : client, m_now,
                              m_clockMs);
}

AckLinkEndpoint::Answer tst_AckLinkEndpoint::post(const QString &token, const QString &client)
{
    return m_endpoint->handle(true, token, "en",
                              client.isEmpty() ? QStringLiteral("192.0.2.1") : client, m_now,
                              m_clockMs);
}

void tst_AckLinkEndpoint::getShowsWithoutAcknowledging()
{
    const QString token = tokenFor(manager, 1, m_now.addSecs(3600));
    for (int i = 0; i < 3; ++i) { // a mail scanner, a link preview, the person
        const AckLinkEndpoint::Answer answer = get(token);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.kind, AckPage::Kind::Confirm);
        QVERIFY(!answer.acknowledged);
        const QString html = QString::fromUtf8(answer.html);
        QVERIFY2(html.contains(QStringLiteral("<h1>Acknowledge this escalation?</h1>")),
                 answer.html.constData());
        QVERIFY(html.contains(QStringLiteral("<td>Approval overdue → manager</td>")));
        QVERIFY(html.contains(QStringLiteral("Escalation: approval APR-3391")));
        QVERIFY(
            html.contains(QStringLiteral("approvals · ") + m_event.toString(QUuid::WithoutBraces)));
        QVERIFY(html.contains(manager + QStringLiteral(" (escalation tier 1)")));
        QCOMPARE(html.count(QStringLiteral("<form method=\"post\">")), 1);
        QCOMPARE(html.count(QStringLiteral("<button type=\"submit\">Acknowledge</button>")), 1);
    }
    QVERIFY(!m_deliveries->acknowledgement(m_event));
    QCOMPARE(m_deliveries->escalations(m_event).value(0).state, QStringLiteral("scheduled"));
    QCOMPARE(m_events->event(m_event)->state, EventState::Routed);
}

void tst_AckLinkEndpoint::postAcknowledgesOnce()
{
    const QString token = tokenFor(manager, 1, m_now.addSecs(3600));
    const AckLinkEndpoint::Answer first = post(token);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.kind, AckPage::Kind::Acknowledged);
    QVERIFY(first.acknowledged);
    QVERIFY2(first.html.contains("Thank you. Acknowledged by priya.raman@example.com (with the "
                                 "link in a message) at "),
             first.html.constData());
    const std::optional<Acknowledgement> ack = m_deliveries->acknowledgement(m_event);
    QVERIFY(ack);
    QCOMPARE(ack->by, manager);
    QCOMPARE(ack->via, QStringLiteral("link"));
    QCOMPARE(ack->at.toMSecsSinceEpoch(), m_now.toMSecsSinceEpoch());
    // The next tier will never fire.
    QCOMPARE(m_deliveries->escalations(m_event).value(0).state, QStringLiteral("cancelled"));
    QVERIFY(m_deliveries->dueEscalations(m_now.addDays(1), 10)->isEmpty());

    // A second POST (a double click, the page reloaded) changes nothing and says so.
    m_now = m_now.addSecs(30);
    const AckLinkEndpoint::Answer second = post(token);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.kind, AckPage::Kind::AlreadyAcknowledged);
    QVERIFY(!second.acknowledged);
    QVERIFY2(second.html.contains("This event was already acknowledged by "
                                  "priya.raman@example.com (with the link in a message) at "),
             second.html.constData());
    QCOMPARE(m_deliveries->acknowledgement(m_event)->at, ack->at);
    QCOMPARE(get(token).kind, AckPage::Kind::AlreadyAcknowledged);
}

void tst_AckLinkEndpoint::refusesForgedChangedAndForeignTokens()
{
    const QString token = tokenFor(manager, 1, m_now.addSecs(3600));
    QString changed = token;
    changed[20] = token.at(20) == QLatin1Char('x') ? QLatin1Char('y') : QLatin1Char('x');
    AckLink::Claims otherEvent;
    otherEvent.eventId = createUuidV7();
    otherEvent.tier = 1;
    otherEvent.expiresAt = QDateTime::fromSecsSinceEpoch(m_now.toSecsSinceEpoch() + 60, Qt::UTC);
    const QStringList refused {
        changed,
        token.left(39),
        QStringLiteral("not-a-token"),
        // Signed by us, but for someone this tier was not sent to, or for another tier.
        tokenFor(QStringLiteral("mallory@example.com"), 1, m_now.addSecs(3600)),
        tokenFor(manager, 2, m_now.addSecs(3600)),
        // Signed by us, naming an event that does not exist: exactly as forged.
        AckLink::sign(m_keys.current, otherEvent, manager),
        // Signed with another key.
        AckLink::sign(AckLink::Keys::generate().current,
                      *AckLink::read(tokenFor(manager, 1, m_now.addSecs(3600))), manager),
    };
    QByteArray firstPage;
    for (const QString &bad : refused) {
        for (const bool isPost : {false, true}) {
            const AckLinkEndpoint::Answer answer = isPost ? post(bad) : get(bad);
            QCOMPARE(answer.status, 403);
            QCOMPARE(answer.kind, AckPage::Kind::Invalid);
            QCOMPARE(answer.detail, QStringLiteral("acknowledgement link: not a valid link"));
            // Nothing about any event: the same page for every refusal.
            if (firstPage.isEmpty())
                firstPage = answer.html;
            QCOMPARE(answer.html, firstPage);
        }
    }
    QVERIFY(firstPage.contains("<h1>This link is not valid</h1>"));
    QVERIFY(!firstPage.contains(m_event.toString(QUuid::WithoutBraces).toLatin1()));
    QVERIFY(!firstPage.contains("approval"));
    QVERIFY(!m_deliveries->acknowledgement(m_event));
}

void tst_AckLinkEndpoint::expiredSaysWhen()
{
    const QDateTime expiry = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    m_now = expiry.addSecs(1);
    const QString token = tokenFor(manager, 1, expiry);
    for (const bool isPost : {false, true}) {
        const AckLinkEndpoint::Answer answer = isPost ? post(token) : get(token);
        QCOMPARE(answer.status, 410);
        QCOMPARE(answer.kind, AckPage::Kind::Expired);
        QVERIFY2(answer.html.contains("<h1>This link has expired</h1>"), answer.html.constData());
        QVERIFY(answer.html.contains("It was valid until 20 November 2026, 12:00 UTC."));
    }
    QVERIFY(!m_deliveries->acknowledgement(m_event));
    // Up to the second it expires, it works.
    m_now = expiry.addSecs(-1);
    QCOMPARE(get(token).status, 200);
}

void tst_AckLinkEndpoint::rateLimitedPerAddress()
{
    const QString bad = QStringLiteral("not-a-token");
    for (int i = 0; i < AckLinkEndpoint::burst; ++i)
        QCOMPARE(get(bad, QStringLiteral("203.0.113.7")).status, 403);
    const AckLinkEndpoint::Answer limited = get(bad, QStringLiteral("203.0.113.7"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.kind, AckPage::Kind::TooManyRequests);
    const auto retryAfter = std::find_if(limited.headers.cbegin(), limited.headers.cend(),
                                         [](const auto &h) { return h.first == "Retry-After"; });
    QVERIFY(retryAfter != limited.headers.cend());
    QCOMPARE(retryAfter->second, QByteArray("2")); // 30 a minute: one every 2 s
    QVERIFY(limited.html.contains("Try again in 2 seconds."));
    // A valid link from the same address is limited too: the limit is the address's.
    QCOMPARE(get(tokenFor(manager, 1, m_now.addSecs(3600)), QStringLiteral("203.0.113.7")).status,
             429);
    // Another address is not.
    QCOMPARE(get(bad, QStringLiteral("203.0.113.8")).status, 403);
    // Two seconds on, one more.
    m_clockMs += 2000;
    QCOMPARE(get(bad, QStringLiteral("203.0.113.7")).status, 403);
    QCOMPARE(get(bad, QStringLiteral("203.0.113.7")).status, 429);
}

void tst_AckLinkEndpoint::offAndNotReady()
{
    const QString token = tokenFor(manager, 1, m_now.addSecs(3600));
    AckLinkEndpoint::Keys keys;
    keys.state = AckLinkEndpoint::Keys::State::Off;
    m_endpoint->setKeys(keys);
    AckLinkEndpoint::Answer answer = post(token);
    QCOMPARE(answer.status, 404);
    QVERIFY(answer.html.contains("<h1>Acknowledgement links are switched off</h1>"));
    keys.state = AckLinkEndpoint::Keys::State::Reading;
    m_endpoint->setKeys(keys);
    answer = post(token);
    QCOMPARE(answer.status, 503);
    QVERIFY(answer.headers.contains(qMakePair(QByteArray("Retry-After"), QByteArray("1"))));
    QVERIFY(!m_deliveries->acknowledgement(m_event));
}

void tst_AckLinkEndpoint::pageEscapesAndRunsNoScript()
{
    AckPage page;
    page.kind = AckPage::Kind::Confirm;
    page.ruleTitle = QStringLiteral("<script>alert(1)</script>");
    page.ruleName = QStringLiteral("r");
    page.subject = QStringLiteral("\"quoted\" & <b>bold</b>");
    page.recipient = QStringLiteral("a@example.com");
    page.since = m_now;
    page.expiresAt = m_now;
    const QString html = QString::fromUtf8(ackPageHtml(page, QStringLiteral("en")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QVERIFY(html.contains(QStringLiteral("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>")));
    QVERIFY(html.contains(QStringLiteral("&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;")));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
    // Nothing is loaded from anywhere.
    QVERIFY(!html.contains(QStringLiteral("src=")));
    QVERIFY(!html.contains(QStringLiteral("href=")));

    const AckLinkEndpoint::Answer answer = get(tokenFor(manager, 1, m_now.addSecs(3600)));
    for (const auto &[name, value] : QList<QPair<QByteArray, QByteArray>> {
             {"Content-Type", "text/html; charset=utf-8"},
             {"Cache-Control", "no-store"},
             {"Referrer-Policy", "no-referrer"},
             {"Content-Security-Policy",
              "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
              "frame-ancestors 'none'; base-uri 'none'"}})
        QVERIFY2(answer.headers.contains(qMakePair(name, value)), name.constData());
}

void tst_AckLinkEndpoint::language_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QString>("language");
    QTest::newRow("none") << QByteArray() << "en";
    QTest::newRow("german") << QByteArray("de-DE,de;q=0.9,en;q=0.8") << "de";
    QTest::newRow("french region") << QByteArray("fr-CA") << "fr";
    QTest::newRow("q decides") << QByteArray("de;q=0.5, fr;q=0.8, en;q=0.1") << "fr";
    QTest::newRow("first among equals") << QByteArray("fr, de") << "fr";
    QTest::newRow("unknown only") << QByteArray("ja, zh;q=0.9") << "en";
    QTest::newRow("unknown first") << QByteArray("it, de;q=0.7") << "de";
    QTest::newRow("refused") << QByteArray("de;q=0, en") << "en";
    QTest::newRow("case") << QByteArray("DE-at") << "de";
}

void tst_AckLinkEndpoint::language()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, language);
    QCOMPARE(ackPageLanguage(acceptLanguage), language);
}

QTEST_GUILESS_MAIN(tst_AckLinkEndpoint)
#include "tst_acklinkendpoint.moc"
