// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/workspace.h"
#include "event/acklink.h"
#include "rules/deliveryrequest.h"
#include "rules/opentextmessage.h"
#include "rules/router.h"
#include "rules/rulepreview.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace OtBridge;

// The signing side of acknowledgement links: tokens (their shape, what they bind, tampering,
// key rotation), the key secret's format, public URLs and validities, and routing, which puts
// each recipient's own signed link into the message sent to them.
class tst_AckLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenIsShortAndReadable();
    void tokenBindsEveryClaim();
    void everyChangedCharacterIsRefused();
    void previousKeyWhileItsLinksLive();
    void keySecretRoundTrip();
    void keySecretErrors_data();
    void keySecretErrors();
    void publicUrls_data();
    void publicUrls();
    void validities_data();
    void validities();
    void routingSignsEachRecipientsLink();
    void noPublicUrlNoLink();
    void escalationTierLinksNameTheirTier();
    void ownTextsSplitIntoJobsAndSurviveStorage();
    void designerPreviewSaysWhatTheLinkWillBe();
};

namespace {

const QUuid eventId = QUuid::fromString(QStringLiteral("0192e3c4-0000-7000-8000-000000000001"));
const QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
const QByteArray key = QByteArray(32, '\x11');

AckLink::Claims claims(int tier = 1, qint64 validSeconds = 3600)
{
    AckLink::Claims c;
    c.eventId = eventId;
    c.tier = tier;
    c.expiresAt = now.addSecs(validSeconds);
    return c;
}

AckLink::Keys keys()
{
    AckLink::Keys k;
    k.current = key;
    return k;
}

Workspace workspace()
{
    const QByteArray json = R"({"version": 1,
      "sources": [{"name": "approvals"}],
      "targets": [{"name": "opentext", "type": "opentext", "sandbox": true},
                  {"name": "teams", "type": "http", "preset": "teams",
                   "url": "sandbox:/capture/teams"}],
      "roles": [{"name": "management", "people": [
          {"name": "Helena Brandt", "email": "helena.brandt@example.com", "phone": "+15551230009"},
          {"name": "Omar Haddad", "email": "omar.haddad@example.com", "phone": "+15551230010"}]}],
      "rules": [{"name": "overdue", "title": "Approval overdue",
        "trigger": {"sources": ["approvals"]},
        "actions": [
          {"type": "opentext", "channel": "email", "to": {"roles": ["management"]},
           "subject": "Overdue {{id}}",
           "text": "Decide now.{{#event.ack_url}} Acknowledge: {{event.ack_url}}{{/event.ack_url}}"},
          {"type": "opentext", "channel": "sms", "to": {"addresses": ["+15551230002"]},
           "text": "Overdue {{id}}. {{event.ack_url}}"},
          {"type": "opentext", "channel": "email", "to": {"roles": ["management"]},
           "subject": "FYI {{id}}", "text": "No link here."},
          {"type": "http", "target": "teams",
           "fields": {"title": "Overdue {{id}}", "text": "Acknowledge: {{event.ack_url}}"}},
          {"type": "escalate", "within_seconds": 60, "tiers": [
            {"actions": [{"type": "opentext", "channel": "sms",
                          "to": {"addresses": ["+15551230002"]},
                          "text": "Still overdue: {{event.ack_url}}"}]}]}]}]})";
    auto loaded = Workspace::fromJson(json, QStringLiteral("w.json"));
    if (!loaded)
        qFatal("test workspace: %s", qPrintable(loaded.error()));
    return loaded.value();
}

Event approvalEvent()
{
    Event e;
    e.id = eventId;
    e.source = QStringLiteral("approvals");
    e.receivedAt = now;
    e.body = R"({"id": "APR-1"})";
    e.contentType = "application/json";
    return e;
}

RoutingContext context()
{
    RoutingContext c;
    c.publicUrl = QUrl(QStringLiteral("https://alerts.example.com/otbridge/"));
    c.ackKeys = keys();
    c.ackLinkValiditySeconds = 7200;
    return c;
}

// The token at the end of the first acknowledgement link in text.
QString tokenIn(const QString &text)
{
    static const QRegularExpression link(
        QStringLiteral("https://alerts\\.example\\.com/otbridge/ack/([A-Za-z0-9_-]+)"));
    return link.match(text).captured(1);
}

} // namespace

void tst_AckLink::tokenIsShortAndReadable()
{
    const QString token = AckLink::sign(key, claims(2), QStringLiteral("priya@example.com"));
    QCOMPARE(token.size(), AckLink::tokenLength);
    QVERIFY(token.size() <= 40); // fits an SMS beside the message
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(token).hasMatch());
    const std::optional<AckLink::Claims> read = AckLink::read(token);
    QVERIFY(read);
    QCOMPARE(read->eventId, eventId);
    QCOMPARE(read->tier, 2);
    QCOMPARE(read->expiresAt, now.addSecs(3600));
    QVERIFY(!AckLink::read(token.left(39)));
    QVERIFY(!AckLink::read(token + QLatin1Char('A')));
    QVERIFY(!AckLink::read(QString(40, QLatin1Char('*'))));
    QVERIFY(!AckLink::read(QString()));
}

void tst_AckLink::tokenBindsEveryClaim()
{
    const QString recipient = QStringLiteral("priya.raman@example.com");
    const QString token = AckLink::sign(key, claims(), recipient);
    QVERIFY(AckLink::verify(keys(), token, recipient, now, 3600));
    // Addresses are compared as people write them: case and spaces do not matter.
    QVERIFY(AckLink::verify(keys(), token, QStringLiteral(" Priya.Raman@Example.com "), now, 3600));
    QVERIFY(!AckLink::verify(keys(), token, QStringLiteral("marcus.lee@example.com"), now, 3600));
    AckLink::Keys other;
    other.current = QByteArray(32, '\x22');
    QVERIFY(!AckLink::verify(other, token, recipient, now, 3600));
    QVERIFY(!AckLink::verify(AckLink::Keys(), token, recipient, now, 3600));
    // Another tier, expiry or event gives another token.
    QVERIFY(AckLink::sign(key, claims(2), recipient) != token);
    QVERIFY(AckLink::sign(key, claims(1, 3601), recipient) != token);
    AckLink::Claims otherEvent = claims();
    otherEvent.eventId = QUuid::fromString(QStringLiteral("0192e3c4-0000-7000-8000-000000000002"));
    QVERIFY(AckLink::sign(key, otherEvent, recipient) != token);
}

void tst_AckLink::everyChangedCharacterIsRefused()
{
    const QString recipient = QStringLiteral("+15551230002");
    const QString token = AckLink::sign(key, claims(), recipient);
    for (int i = 0; i < token.size(); ++i) {
        QString changed = token;
        changed[i] = token.at(i) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY2(!AckLink::verify(keys(), changed, recipient, now, 3600),
                 qPrintable(QStringLiteral("character %1 changed, still valid").arg(i)));
    }
}

void tst_AckLink::previousKeyWhileItsLinksLive()
{
    const QString recipient = QStringLiteral("priya.raman@example.com");
    const QString oldToken = AckLink::sign(key, claims(), recipient);
    const AckLink::Keys rotated = keys().rotated(now);
    QCOMPARE(rotated.previous, key);
    QVERIFY(rotated.current != key);
    QCOMPARE(rotated.current.size(), 32);
    QCOMPARE(rotated.rotatedAt, now);
    // A link signed before the rotation still works while such links may live...
    QVERIFY(AckLink::verify(rotated, oldToken, recipient, now.addSecs(3599), 3600));
    QVERIFY(rotated.previousValidAt(now.addSecs(3599), 3600));
    // ...and no longer after: nothing the old key signed can be valid by then.
    QVERIFY(!AckLink::verify(rotated, oldToken, recipient, now.addSecs(3600), 3600));
    QVERIFY(!rotated.previousValidAt(now.addSecs(3600), 3600));
    // New links are signed with the new key.
    const QString newToken = AckLink::sign(rotated.current, claims(), recipient);
    QVERIFY(AckLink::verify(rotated, newToken, recipient, now.addDays(30), 3600));
}

void tst_AckLink::keySecretRoundTrip()
{
    const AckLink::Keys fresh = AckLink::Keys::generate();
    QCOMPARE(fresh.current.size(), 32);
    QVERIFY(AckLink::Keys::generate().current != fresh.current);
    const QString secret = fresh.toSecret();
    QCOMPARE(secret.size(), 43); // base64url of 32 bytes
    auto parsed = AckLink::Keys::parse(secret);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->current, fresh.current);
    QVERIFY(parsed->previous.isEmpty());

    const AckLink::Keys rotated = fresh.rotated(now);
    QCOMPARE(
        rotated.toSecret(),
        rotated.current.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            + QStringLiteral(" ") + secret + QStringLiteral("@2026-11-20T12:00:00Z"));
    parsed = AckLink::Keys::parse(rotated.toSecret());
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->current, rotated.current);
    QCOMPARE(parsed->previous, fresh.current);
    QCOMPARE(parsed->rotatedAt, now);
}

void tst_AckLink::keySecretErrors_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("empty") << QString();
    QTest::newRow("too short") << QStringLiteral("c2hvcnQ");
    QTest::newRow("not base64url") << QStringLiteral("not a key!not a key!not a key!");
    QTest::newRow("previous without time")
        << QStringLiteral("MTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMTE "
                          "MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjI");
    QTest::newRow("three keys") << QStringLiteral("MTExMTExMTExMTExMTExMQ MTExMTExMTExMTExMTExMQ "
                                                  "MTExMTExMTExMTExMTExMQ");
}

void tst_AckLink::keySecretErrors()
{
    QFETCH(QString, secret);
    const auto parsed = AckLink::Keys::parse(secret);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error(),
             QStringLiteral("the acknowledgement link key must be a base64url key of at least 16 "
                            "bytes, optionally followed by the previous key and the time it was "
                            "replaced (\"KEY PREVIOUS@2026-12-01T10:00:00Z\"); 'otbridged "
                            "ack-key --print' makes one"));
}

void tst_AckLink::publicUrls_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::addColumn<QString>("link"); // the link for token "T" when accepted
    QTest::newRow("host") << "https://alerts.example.com" << QString()
                          << "https://alerts.example.com/ack/T";
    QTest::newRow("trailing slash")
        << " https://alerts.example.com/ " << QString() << "https://alerts.example.com/ack/T";
    QTest::newRow("path prefix") << "https://example.com/otbridge" << QString()
                                 << "https://example.com/otbridge/ack/T";
    QTest::newRow("http and port")
        << "http://10.0.0.5:8787" << QString() << "http://10.0.0.5:8787/ack/T";
    QTest::newRow("empty") << ""
                           << "'' is not a public URL for links in messages: give one such as "
                              "https://alerts.example.com"
                           << QString();
    QTest::newRow("no scheme") << "alerts.example.com"
                               << "'alerts.example.com' is not a public URL for links in "
                                  "messages: it must start with https:// (or http://)"
                               << QString();
    QTest::newRow("ftp") << "ftp://alerts.example.com"
                         << "'ftp://alerts.example.com' is not a public URL for links in "
                            "messages: it must start with https:// (or http://)"
                         << QString();
    QTest::newRow("query") << "https://alerts.example.com/?x=1"
                           << "'https://alerts.example.com/?x=1' is not a public URL for links "
                              "in messages: it must not carry a user, a query (?…) or a "
                              "fragment (#…)"
                           << QString();
    QTest::newRow("user") << "https://me@alerts.example.com"
                          << "'https://me@alerts.example.com' is not a public URL for links in "
                             "messages: it must not carry a user, a query (?…) or a fragment "
                             "(#…)"
                          << QString();
}

void tst_AckLink::publicUrls()
{
    QFETCH(QString, given);
    QFETCH(QString, error);
    QFETCH(QString, link);
    const Result<QUrl> checked = AckLink::checkPublicUrl(given);
    QCOMPARE(checked.error(), error);
    if (checked)
        QCOMPARE(AckLink::url(checked.value(), QStringLiteral("T")), link);
}

void tst_AckLink::validities_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<qint64>("seconds"); // 0: refused
    QTest::newRow("days") << "7d" << qint64(7 * 24 * 3600);
    QTest::newRow("hours") << "12h" << qint64(12 * 3600);
    QTest::newRow("minutes") << "30m" << qint64(1800);
    QTest::newRow("seconds") << "45s" << qint64(45);
    QTest::newRow("bare") << "90" << qint64(90);
    QTest::newRow("zero") << "0s" << qint64(0);
    QTest::newRow("over a year") << "367d" << qint64(0);
    QTest::newRow("negative") << "-5m" << qint64(0);
    QTest::newRow("words") << "a week" << qint64(0);
}

void tst_AckLink::validities()
{
    QFETCH(QString, given);
    QFETCH(qint64, seconds);
    const Result<qint64> parsed = AckLink::parseValidity(given);
    if (seconds == 0) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error(),
                 QStringLiteral("'%1' is not a link validity: give a time from 1s to 366d, such "
                                "as 7d, 12h, 30m or 45s")
                     .arg(given));
    } else {
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed.value(), seconds);
    }
}

void tst_AckLink::routingSignsEachRecipientsLink()
{
    const RoutedEvent routed
        = routeEvent(workspace(), approvalEvent(), context(), now);
    QCOMPARE(routed.deliveries.size(), 4);

    // An email to a role of two: one rendering per recipient, each with a link signed for them.
    const OpenTextMessage &email = routed.deliveries.at(0).request.message;
    QVERIFY2(routed.deliveries.at(0).renderError.isEmpty(),
             qPrintable(routed.deliveries.at(0).renderError));
    QCOMPARE(email.destinations.size(), 2);
    QCOMPARE(email.ownTexts.size(), 2);
    QStringList tokens;
    for (const OpenTextDestination &destination : email.destinations) {
        const OpenTextMessage::OwnTexts *own = email.ownTextsFor(destination.address);
        QVERIFY(own);
        QCOMPARE(own->subject, QStringLiteral("Overdue APR-1"));
        QVERIFY2(own->text.startsWith(
                     QStringLiteral("Decide now. Acknowledge: https://alerts.example.com/otbridge/"
                                    "ack/")),
                 qPrintable(own->text));
        const QString token = tokenIn(own->text);
        QCOMPARE(token.size(), AckLink::tokenLength);
        QVERIFY(AckLink::verify(keys(), token, destination.address, now, 7200));
        const auto read = AckLink::read(token);
        QCOMPARE(read->eventId, eventId);
        QCOMPARE(read->tier, 0);
        QCOMPARE(read->expiresAt, now.addSecs(7200));
        tokens.append(token);
    }
    QVERIFY(tokens.at(0) != tokens.at(1));
    QVERIFY(!AckLink::verify(keys(), tokens.at(0), email.destinations.at(1).address, now, 7200));

    // A single recipient needs no split: the message itself carries the link.
    const OpenTextMessage &sms = routed.deliveries.at(1).request.message;
    QCOMPARE(sms.destinations.size(), 1);
    QVERIFY(sms.ownTexts.isEmpty());
    QVERIFY(AckLink::verify(keys(), tokenIn(sms.text), QStringLiteral("+15551230002"), now, 7200));

    // A message without {{event.ack_url}} is not split.
    const OpenTextMessage &fyi = routed.deliveries.at(2).request.message;
    QCOMPARE(fyi.destinations.size(), 2);
    QVERIFY(fyi.ownTexts.isEmpty());

    // An HTTP target acknowledges as itself.
    const QByteArray teams = routed.deliveries.at(3).request.http.body;
    const QString teamsToken = tokenIn(QString::fromUtf8(teams));
    QVERIFY2(AckLink::verify(keys(), teamsToken, QStringLiteral("teams"), now, 7200),
             teams.constData());
}

void tst_AckLink::noPublicUrlNoLink()
{
    RoutingContext withoutUrl = context();
    withoutUrl.publicUrl = QUrl();
    RoutingContext withoutKey = context();
    withoutKey.ackKeys = AckLink::Keys();
    for (const RoutingContext &c : {withoutUrl, withoutKey}) {
        const RoutedEvent routed = routeEvent(workspace(), approvalEvent(), c, now);
        const OpenTextMessage &email = routed.deliveries.at(0).request.message;
        // The section around the link renders nothing: no useless "Acknowledge:" line.
        QCOMPARE(email.text, QStringLiteral("Decide now."));
        QVERIFY(email.ownTexts.isEmpty());
        QCOMPARE(routed.deliveries.at(1).request.message.text, QStringLiteral("Overdue APR-1. "));
    }
}

void tst_AckLink::escalationTierLinksNameTheirTier()
{
    const Workspace w = workspace();
    const QDateTime fired = now.addSecs(60);
    const QList<NewDelivery> tier = renderEscalationTier(w, *w.rule(QStringLiteral("overdue")), 1,
                                                         approvalEvent(), context(), fired);
    QCOMPARE(tier.size(), 1);
    const QString token = tokenIn(tier.at(0).request.message.text);
    QVERIFY(AckLink::verify(keys(), token, QStringLiteral("+15551230002"), now, 7200));
    QCOMPARE(AckLink::read(token)->tier, 1);
    // Valid from when the tier fired, not from when the event came.
    QCOMPARE(AckLink::read(token)->expiresAt, fired.addSecs(7200));
}

void tst_AckLink::ownTextsSplitIntoJobsAndSurviveStorage()
{
    const RoutedEvent routed
        = routeEvent(workspace(), approvalEvent(), context(), now);
    const OpenTextMessage email = routed.deliveries.at(0).request.message;

    // Stored and read back (retries and replays send the same bytes), the texts stay.
    const QJsonObject stored = openTextMessageToJson(email);
    const auto read
        = openTextMessageFromJson(QJsonDocument::fromJson(QJsonDocument(stored).toJson()).object());
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->destinations.size(), 2);
    QCOMPARE(read->ownTexts.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(read->ownTexts.at(i).address, email.ownTexts.at(i).address);
        QCOMPARE(read->ownTexts.at(i).text, email.ownTexts.at(i).text);
        QCOMPARE(read->ownTexts.at(i).subject, email.ownTexts.at(i).subject);
    }

    // Each recipient is a job of their own, with their own text.
    const QList<OpenTextMessage> jobs = splitDestinations(read.value(), 10);
    QCOMPARE(jobs.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(jobs.at(i).destinations.size(), 1);
        const QString address = email.destinations.at(i).address;
        QCOMPARE(jobs.at(i).destinations.at(0).address, address);
        QVERIFY(jobs.at(i).ownTexts.isEmpty());
        QCOMPARE(jobs.at(i).text, email.ownTextsFor(address)->text);
        QCOMPARE(jobs.at(i).subject, QStringLiteral("Overdue APR-1"));
        // What OpenText gets is that text and that address alone.
        const QByteArray body = QJsonDocument(submitBody(jobs.at(i))).toJson();
        QVERIFY(body.contains(address.toUtf8()));
        QVERIFY(!body.contains(email.destinations.at(1 - i).address.toUtf8()));
    }

    // Destinations without texts of their own still share jobs, as many as fit.
    OpenTextMessage mixed = read.value();
    OpenTextDestination plain;
    plain.address = QStringLiteral("a@example.com");
    mixed.destinations.append(plain);
    plain.address = QStringLiteral("b@example.com");
    mixed.destinations.append(plain);
    const QList<OpenTextMessage> mixedJobs = splitDestinations(mixed, 10);
    QCOMPARE(mixedJobs.size(), 3);
    QCOMPARE(mixedJobs.at(2).destinations.size(), 2);
    QCOMPARE(mixedJobs.at(2).text, email.text);
}

void tst_AckLink::designerPreviewSaysWhatTheLinkWillBe()
{
    const Workspace w = workspace();
    const Rule &rule = *w.rule(QStringLiteral("overdue"));
    const QJsonValue payload = QJsonDocument::fromJson(R"({"id": "APR-1"})").object();

    // No public URL: no link, as routing would render it, and the preview says why.
    const RulePreview without
        = previewRule(w, rule, payload, QStringLiteral("approvals"), eventId, now, now);
    QCOMPARE(without.ackLinkNote,
             QStringLiteral("{{event.ack_url}} renders no link: no public URL is set (Settings, "
                            "Links in messages; or otbridge --public-url), so the messages carry "
                            "no acknowledgement link."));
    QCOMPARE(without.actions.at(0).delivery.request.message.text, QStringLiteral("Decide now."));

    // With one: a sample of the real length, so the SMS counts right.
    const RulePreview with
        = previewRule(w, rule, payload, QStringLiteral("approvals"), eventId, now, now,
                      QUrl(QStringLiteral("https://alerts.example.com/otbridge")));
    QCOMPARE(with.ackLinkNote,
             QStringLiteral("{{event.ack_url}} is a sample here: each recipient gets a link of "
                            "their own under https://alerts.example.com/otbridge, which "
                            "acknowledges the event."));
    const QString sms = with.actions.at(1).delivery.request.message.text;
    QVERIFY2(QRegularExpression(QStringLiteral("^Overdue APR-1\\. https://alerts\\.example\\.com/"
                                               "otbridge/ack/[A-Za-z0-9_-]{40}$"))
                 .match(sms)
                 .hasMatch(),
             qPrintable(sms));
    QCOMPARE(with.actions.at(1).sms.length, int(sms.size()));

    // A rule without the placeholder has nothing to say about it.
    auto rules = Workspace::fromJson(R"({"version": 1, "sources": [{"name": "approvals"}],
        "targets": [{"name": "opentext", "type": "opentext", "sandbox": true}],
        "rules": [{"name": "r", "trigger": {"sources": ["approvals"]}, "actions": [
          {"type": "opentext", "channel": "sms", "to": {"addresses": ["+15551230002"]},
           "text": "hello"}]}]})",
                                     QStringLiteral("p.json"));
    QVERIFY2(rules, qPrintable(rules.error()));
    QVERIFY(previewRule(rules.value(), *rules->rule(QStringLiteral("r")), payload,
                        QStringLiteral("approvals"), eventId, now, now)
                .ackLinkNote.isEmpty());
}

QTEST_GUILESS_MAIN(tst_AckLink)
#include "tst_acklink.moc"
