// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/workspace.h"
#include "rules/actionrenderer.h"
#include "rules/router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace OtBridge;

// routeEvent and renderEscalationTier (core/rules/router.cpp) on a workspace of their own:
// which rules yield deliveries, their deterministic ids, purity, and the escalation tiers'
// due times counted from when the event was received.
class tst_Router : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchingEnabledRulesOnly();
    void routingTwiceGivesTheSameJobs();
    void otherSourcesAndNonJsonBodies();
    void escalationTiersFromReceivedAt();
    void escalationTimeFromThePayload();
    void escalationTierRendersItsActions();

private:
    Event eventOf(const QByteArray &body, const QString &source = QStringLiteral("orders")) const;

    Workspace m_workspace;
    const QDateTime m_received
        = QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00.000Z"), Qt::ISODateWithMs);
    const QUuid m_id = QUuid::fromString(QStringLiteral("0193c2a4-7f1e-7b2c-9a40-2f0e8c6d1a55"));
};

void tst_Router::initTestCase()
{
    const QJsonObject post {
        {"type", "http"},
        {"target", "sink"},
        {"body", R"({"order": "{{order.id}}", "tier": "{{escalation.tier}}"})"}};
    const QJsonArray rules {
        QJsonObject {{"name", "big-orders"},
                     {"trigger", QJsonObject {{"sources", QJsonArray {"orders"}}}},
                     {"condition", QJsonObject {{"path", "/amount"}, {"op", "gt"}, {"value", 100}}},
                     {"actions", QJsonArray {post, post}}},
        QJsonObject {{"name", "switched-off"},
                     {"enabled", false},
                     {"trigger", QJsonObject {{"sources", QJsonArray {"orders"}}}},
                     {"actions", QJsonArray {post}}},
        QJsonObject {
            {"name", "escalating"},
            {"trigger", QJsonObject {{"sources", QJsonArray {"approvals"}}}},
            {"actions",
             QJsonArray {post,
                         QJsonObject {
                             {"type", "escalate"},
                             {"within_seconds", 60},
                             {"within_minutes_from", "/ack_minutes"},
                             {"tiers",
                              QJsonArray {QJsonObject {{"actions", QJsonArray {post}}},
                                          QJsonObject {{"after_seconds", 30},
                                                       {"actions", QJsonArray {post, post}}}}}}}}}};
    const QJsonObject workspace {
        {"version", 1},
        {"name", "router test"},
        {"sources",
         QJsonArray {QJsonObject {{"name", "orders"}, {"format", "json"}},
                     QJsonObject {{"name", "approvals"}, {"format", "json"}}}},
        {"targets",
         QJsonArray {QJsonObject {
             {"name", "sink"}, {"type", "http"}, {"url", "http://127.0.0.1:9/orders"}}}},
        {"rules", rules},
        {"roles", QJsonArray {}}};
    const auto loaded = Workspace::fromJson(QJsonDocument(workspace).toJson(), QStringLiteral("t"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    m_workspace = loaded.value();
}

Event tst_Router::eventOf(const QByteArray &body, const QString &source) const
{
    Event event;
    event.id = m_id;
    event.source = source;
    event.receivedAt = m_received;
    event.body = body;
    event.contentType = "application/json";
    return event;
}

void tst_Router::matchingEnabledRulesOnly()
{
    const RoutedEvent routed
        = routeEvent(m_workspace, eventOf(R"({"amount": 150, "order": {"id": "O-1"}})"), {},
                     m_received.addSecs(1));
    QCOMPARE(routed.eventId, m_id);
    // big-orders' two actions; switched-off is triggered by the source but not enabled.
    QCOMPARE(routed.deliveries.size(), 2);
    QCOMPARE(routed.deliveries.at(0).id, deliveryId(m_id, QStringLiteral("big-orders"), 0));
    QCOMPARE(routed.deliveries.at(0).id, m_id.toString(QUuid::WithoutBraces) + ".big-orders.0");
    QCOMPARE(routed.deliveries.at(1).id, deliveryId(m_id, QStringLiteral("big-orders"), 1));
    QCOMPARE(routed.deliveries.at(0).rule, QStringLiteral("big-orders"));
    QCOMPARE(routed.deliveries.at(0).request.http.url.toString(),
             QStringLiteral("http://127.0.0.1:9/orders"));
    QCOMPARE(QJsonDocument::fromJson(routed.deliveries.at(0).request.http.body).object(),
             QJsonObject({{"order", "O-1"}, {"tier", ""}}));
    QCOMPARE(routed.deliveries.at(0).dueAt, m_received.addSecs(1));
    QVERIFY(routed.escalations.isEmpty());

    // The condition does not hold: nothing.
    const RoutedEvent small = routeEvent(m_workspace, eventOf(R"({"amount": 50})"), {}, m_received);
    QVERIFY(small.deliveries.isEmpty());
}

void tst_Router::routingTwiceGivesTheSameJobs()
{
    const Event order = eventOf(R"({"amount": 150, "order": {"id": "O-2"}})");
    const RoutedEvent first = routeEvent(m_workspace, order, {}, m_received);
    const RoutedEvent again = routeEvent(m_workspace, order, {}, m_received);
    QCOMPARE(again.deliveries.size(), first.deliveries.size());
    for (qsizetype i = 0; i < first.deliveries.size(); ++i) {
        QCOMPARE(again.deliveries.at(i).id, first.deliveries.at(i).id);
        QCOMPARE(again.deliveries.at(i).request.toJson(), first.deliveries.at(i).request.toJson());
    }
}

void tst_Router::otherSourcesAndNonJsonBodies()
{
    QVERIFY(routeEvent(m_workspace, eventOf(R"({"amount": 150})", QStringLiteral("elsewhere")), {},
                       m_received)
                .deliveries.isEmpty());
    // Not JSON: the condition sees nothing, so "amount > 100" does not hold.
    const Event text = eventOf("amount=150");
    QCOMPARE(eventBodyJson(text), QJsonValue(QJsonValue::Null));
    QVERIFY(routeEvent(m_workspace, text, {}, m_received).deliveries.isEmpty());
}

void tst_Router::escalationTiersFromReceivedAt()
{
    RoutingContext context;
    context.delayScale = 0.5;
    // Routed a minute late (after a crash, say): the tiers still count from receivedAt.
    const RoutedEvent routed = routeEvent(
        m_workspace, eventOf(R"({"order": {"id": "A-1"}})", QStringLiteral("approvals")), context,
        m_received.addSecs(60));
    QCOMPARE(routed.deliveries.size(), 1); // the rule's own action; tiers are not rendered yet
    QCOMPARE(routed.escalations.size(), 2);
    const EscalationRecord &tier1 = routed.escalations.at(0);
    const EscalationRecord &tier2 = routed.escalations.at(1);
    QCOMPARE(tier1.eventId, m_id);
    QCOMPARE(tier1.rule, QStringLiteral("escalating"));
    QCOMPARE(tier1.tier, 1);
    QCOMPARE(tier1.state, QStringLiteral("scheduled"));
    QCOMPARE(tier1.dueAt, m_received.addSecs(30)); // 60 s × 0.5
    QCOMPARE(tier2.tier, 2);
    QCOMPARE(tier2.dueAt, m_received.addSecs(45)); // then 30 s × 0.5
}

void tst_Router::escalationTimeFromThePayload()
{
    const RoutedEvent routed
        = routeEvent(m_workspace, eventOf(R"({"ack_minutes": "2"})", QStringLiteral("approvals")),
                     {}, m_received);
    QCOMPARE(routed.escalations.size(), 2);
    QCOMPARE(routed.escalations.at(0).dueAt, m_received.addSecs(120));
    QCOMPARE(routed.escalations.at(1).dueAt, m_received.addSecs(150));
    // More than a year is a year, not an overflow that fires at once.
    const RoutedEvent huge
        = routeEvent(m_workspace, eventOf(R"({"ack_minutes": 1e12})", QStringLiteral("approvals")),
                     {}, m_received);
    QCOMPARE(huge.escalations.at(0).dueAt, m_received.addSecs(366LL * 24 * 3600));
}

void tst_Router::escalationTierRendersItsActions()
{
    const Rule *rule = m_workspace.rule(QStringLiteral("escalating"));
    QVERIFY(rule);
    const Event approval = eventOf(R"({"order": {"id": "A-2"}})", QStringLiteral("approvals"));
    const QList<NewDelivery> tier2
        = renderEscalationTier(m_workspace, *rule, 2, approval, {}, m_received.addSecs(90));
    QCOMPARE(tier2.size(), 2);
    QCOMPARE(tier2.at(0).id, m_id.toString(QUuid::WithoutBraces) + ".escalating.t2.0");
    QCOMPARE(tier2.at(1).id, deliveryId(m_id, QStringLiteral("escalating"), 1, 2));
    QCOMPARE(tier2.at(0).tier, 2);
    QCOMPARE(QJsonDocument::fromJson(tier2.at(0).request.http.body).object(),
             QJsonObject({{"order", "A-2"}, {"tier", "2"}}));
    QVERIFY(renderEscalationTier(m_workspace, *rule, 3, approval, {}, m_received).isEmpty());
    QVERIFY(renderEscalationTier(m_workspace, *rule, 0, approval, {}, m_received).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Router)
#include "tst_router.moc"
