// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/template.h"
#include "config/workspace.h"
#include "rules/actionrenderer.h"
#include "rules/router.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace OtBridge;

// Templates and routing compared against what an earlier renderer gave for the same inputs:
// tests/core/data/template-corpus.json holds the outputs of the kainjow-driven renderer of
// commit eca801e (before Template rendered on its own) for a few hundred generated templates
// (sections, inverted sections, standalone lines, CR/LF, triple braces, dotted paths, extra
// values, every escape, both missing policies) against several events, and every sample of
// resources/samples routed through the default workspace. A difference is a change of
// behaviour. With OTBRIDGE_WRITE_CORPUS=path set, the test writes what it renders there instead
// of comparing (only for a change of behaviour that is meant).
class tst_TemplateCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void templates();
    void routing();
    void receivedAtText();
    void cleanupTestCase();

private:
    QJsonObject m_expected;
    QJsonObject m_written;
    QString m_writeTo;
};

namespace {

// xorshift32: the same sequence on every platform and standard library.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_state(seed)
    { }
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    int below(int n) { return int(next() % quint32(n)); }
    template<typename T, size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

private:
    quint32 m_state;
};

const char *const names[] = {
    "s",         "n",         "f",         "t",          "b",         "nil",         "empty",
    "ws",        "obj",       "obj.s",     "obj.k.x",    "arr",       "arr.1",       "items",
    "items.0.s", "items.1.n", "matrix",    "matrix.1.0", ".",         "missing",     "missing.x",
    "event",     "event.id",  "rule.name", "role",       "role.list", "role.list.1", "html",
    "uni",       "ctl",       "sp",        "zero",       "neg",       "big",         "arr.x",
    "obj.s.x",   "items.9",   "k",         "x",          "list",      "s.",          ".s",
};

const char *const sectionNames[] = {
    "items", "arr", "obj", "t",    "b",         "nil",  "empty", "ws",       "missing", "matrix",
    ".",     "s",   "n",   "zero", "role.list", "list", "obj.k", "event.id", "sp",      "items.0",
};

const char *const texts[] = {
    "a",    " ",    "  ",    "\t", "\n", "\r\n", "\r", "x y", "ü契", "<&\"'>",
    "\n  ", "  \n", " \t\n", "😀",  "\\", "{",    "}",  "%",   "=",
};

QString variable(Random &random)
{
    const QString name = QString::fromUtf8(random.pick(names));
    switch (random.below(6)) {
    case 0:
        return QStringLiteral("{{{%1}}}").arg(name);
    case 1:
        return QStringLiteral("{{& %1}}").arg(name);
    case 2:
        return QStringLiteral("{{ %1 }}").arg(name);
    default:
        return QStringLiteral("{{%1}}").arg(name);
    }
}

QString pieces(Random &random, int depth);

QString section(Random &random, int depth)
{
    const QString name = QString::fromUtf8(random.pick(sectionNames));
    const QChar sigil = random.below(3) == 0 ? QLatin1Char('^') : QLatin1Char('#');
    // Sections alone on their lines, as people write lists, half of the time.
    const bool ownLines = random.below(2) == 0;
    const QString indent = random.below(3) == 0 ? QStringLiteral("  ") : QString();
    const QString newline = random.below(4) == 0 ? QStringLiteral("\r\n") : QStringLiteral("\n");
    QString out;
    if (ownLines)
        out += newline + indent;
    out += QStringLiteral("{{%1%2}}").arg(sigil).arg(name);
    if (ownLines)
        out += newline;
    out += pieces(random, depth + 1);
    if (ownLines)
        out += newline + indent;
    out += QStringLiteral("{{/%1}}").arg(name);
    if (ownLines)
        out += newline;
    return out;
}

QString pieces(Random &random, int depth)
{
    QString out;
    const int count = 1 + random.below(depth == 0 ? 7 : 4);
    for (int i = 0; i < count; ++i) {
        const int kind = random.below(10);
        if (kind < 4)
            out += QString::fromUtf8(random.pick(texts));
        else if (kind < 8 || depth >= 3)
            out += variable(random);
        else if (kind < 9)
            out += section(random, depth);
        else
            out += QStringLiteral("{{! note }}");
    }
    return out;
}

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QList<QJsonValue> events()
{
    return {
        parse(R"({"s": "str", "n": 42, "f": 1.5, "t": true, "b": false, "nil": null,
            "empty": "", "ws": " \t ", "sp": " ",
            "obj": {"s": "in obj", "k": {"x": "deep"}},
            "arr": ["a", "b"], "items": [{"s": "i0", "n": 1}, {"s": "", "n": 2.5, "k": "ik"}],
            "matrix": [[1, 2], [3]], "event": "contract.ready", "rule": "from the body",
            "html": "<a href=\"x\">&'</a>", "uni": "ü 契約 😀", "ctl": "a\u0001\u007f\nb\"\\",
            "zero": 0, "neg": -3.25, "big": 1e21, "k": "top k", "x": "top x",
            "list": ["  ", "\t", "L"]})"),
        parse(R"({"s": ["not", "a", "string"], "t": false, "b": true, "nil": "now a value",
            "obj": [], "arr": {"1": "one", "x": "ex"}, "items": {"0": {"s": "o0"}, "s": "os"},
            "empty": [], "ws": "", "matrix": [], "n": 0, "k": {"k": "kk"}, "sp": "\n",
            "list": [], "zero": null})"),
        QJsonValue(QJsonArray {QStringLiteral("first"), QJsonObject {{"s", "in array"}}, 7}),
        QJsonValue(QStringLiteral("just a string")),
    };
}

QList<QJsonObject> extras()
{
    return {
        {},
        {{QStringLiteral("event.id"), QStringLiteral("0193c2a4-7f1e-7b2c-9a40-2f0e8c6d1a55")},
         {QStringLiteral("rule.name"), QStringLiteral("r<1>")},
         {QStringLiteral("obj.s"), QStringLiteral("extra wins")},
         {QStringLiteral("items.0"), QJsonObject {{QStringLiteral("s"), QStringLiteral("X0")}}},
         {QStringLiteral("role"),
          QJsonObject {{QStringLiteral("list"), QJsonArray {QStringLiteral("r1"), 2, true}}}},
         {QStringLiteral("s."), QStringLiteral("s dot")},
         {QStringLiteral("nil"), QJsonValue::Null},
         {QStringLiteral("missing.x"), QStringLiteral("only the long name")}},
    };
}

// Written by hand: what the generator does not make (delimiters, odd tag shapes, big sections).
QStringList handWritten()
{
    return {
        QStringLiteral("{{=<% %>=}}<% s %> {{s}} <%={{ }}=%>{{s}}"),
        QStringLiteral("{{=| |=}}|#items|\n|s|\n|/items|\n|{s}|"),
        QStringLiteral("{{=[[ ]]=}}[[{s}]] [[&s]]"),
        QStringLiteral("{{#items}}\n  {{#list}}\n    [{{.}}]\n  {{/list}}\n{{/items}}\n"),
        QStringLiteral("{{#list}}{{.}}\n{{/list}}"),
        QStringLiteral("  {{#list}}  \n{{.}}\n  {{/list}}  \n"),
        QStringLiteral("{{#items}}{{#.}}{{s}}{{/.}}{{/items}}"),
        QStringLiteral("{{#matrix}}[{{#.}}{{.}}{{/.}}]{{/matrix}}"),
        QStringLiteral("{{^missing}}\n  none\n{{/missing}}\n"),
        QStringLiteral("\r\n{{#t}}\r\n{{s}}\r\n{{/t}}\r\n"),
        QStringLiteral("{{#t}}\r{{s}}\r{{/t}}\r"),
        QStringLiteral("{{#ws}}{{ws}}\n{{/ws}}x"),
        QStringLiteral("{{#sp}}{{sp}}{{/sp}}\n{{s}}"),
        QStringLiteral("{{#obj}}{{k.x}} {{s}} {{obj.s}} {{x}}{{/obj}}"),
        QStringLiteral("{{#items}}{{k}}|{{items.0.s}}|{{.}}|{{#k}}{{.}}{{/k}}\n{{/items}}"),
        QStringLiteral("{{{.}}}"),
        QStringLiteral("{{#.}}{{s}}{{/.}}"),
        QStringLiteral("{{#event.id}}{{.}}{{/event.id}}"),
        QStringLiteral("{{#role.list}}<{{.}}>{{/role.list}}"),
        QStringLiteral("{{#items.0}}{{s}}{{/items.0}}"),
        QStringLiteral("{{ s}}{{s }}{{\ts\t}}{{&s}}{{& s }}{{{ s }}}"),
        QStringLiteral("x{{! a\nmultiline comment }}y\n{{! alone }}\nz"),
        QStringLiteral("{{#b}}\n{{/b}}\n{{^b}}\n{{/b}}\nend"),
        QStringLiteral("{{s}}{{"),
        QStringLiteral("}}{{s}}}}"),
        QStringLiteral("{{#items}}{{#items}}{{n}}{{/items}}{{/items}}"),
        QStringLiteral(""),
        QStringLiteral("\n"),
        QStringLiteral("plain text only, ü 契約 😀"),
    };
}

QJsonValue result(const Result<Template::Rendered> &rendered)
{
    if (!rendered)
        return QJsonObject {{QStringLiteral("error"), rendered.error()}};
    QJsonArray out {rendered->text};
    for (const QString &name : rendered->missing)
        out.append(name);
    return out;
}

QString escapeName(Template::Escape escape)
{
    switch (escape) {
    case Template::Escape::Plain:
        return QStringLiteral("plain");
    case Template::Escape::Html:
        return QStringLiteral("html");
    case Template::Escape::JsonString:
        return QStringLiteral("json");
    case Template::Escape::Url:
        break;
    }
    return QStringLiteral("url");
}

QJsonObject deliveryJson(const NewDelivery &delivery)
{
    return {{QStringLiteral("id"), delivery.id},
            {QStringLiteral("rule"), delivery.rule},
            {QStringLiteral("action"), delivery.actionIndex},
            {QStringLiteral("tier"), delivery.tier},
            {QStringLiteral("due"), delivery.dueAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("error"), delivery.renderError},
            {QStringLiteral("hold"), delivery.hold},
            {QStringLiteral("holdKey"), delivery.holdKey},
            {QStringLiteral("request"), delivery.request.toJson()}};
}

QJsonObject routedJson(const RoutedEvent &routed)
{
    QJsonArray deliveries;
    for (const NewDelivery &delivery : routed.deliveries)
        deliveries.append(deliveryJson(delivery));
    QJsonArray escalations;
    for (const EscalationRecord &record : routed.escalations)
        escalations.append(QStringLiteral("%1 %2 %3")
                               .arg(record.rule)
                               .arg(record.tier)
                               .arg(record.dueAt.toString(Qt::ISODateWithMs)));
    QJsonArray cancels;
    for (const StepCancel &cancel : routed.cancels)
        cancels.append(QString(cancel.rule + QLatin1Char(' ') + cancel.key));
    QJsonArray digests;
    for (const DigestEntry &digest : routed.digests) {
        QJsonArray first;
        for (const NewDelivery &delivery : digest.first)
            first.append(deliveryJson(delivery));
        digests.append(QJsonObject {{QStringLiteral("rule"), digest.rule},
                                    {QStringLiteral("key"), digest.key},
                                    {QStringLiteral("first"), first}});
    }
    QJsonArray fallbacks;
    for (const FallbackEntry &fallback : routed.fallbacks)
        fallbacks.append(QJsonArray {fallback.originalId, deliveryJson(fallback.fallback)});
    return {{QStringLiteral("deliveries"), deliveries},
            {QStringLiteral("escalations"), escalations},
            {QStringLiteral("cancels"), cancels},
            {QStringLiteral("digests"), digests},
            {QStringLiteral("fallbacks"), fallbacks}};
}

} // namespace

void tst_TemplateCorpus::initTestCase()
{
    m_writeTo = qEnvironmentVariable("OTBRIDGE_WRITE_CORPUS");
    if (!m_writeTo.isEmpty())
        return;
    QFile file(QStringLiteral(OTBRIDGE_TEMPLATE_CORPUS));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QJsonParseError error;
    m_expected = QJsonDocument::fromJson(file.readAll(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(!m_expected.isEmpty());
}

void tst_TemplateCorpus::templates()
{
    QStringList sources = handWritten();
    Random random(20261207);
    for (int i = 0; i < 300; ++i)
        sources.append(pieces(random, 0));
    const QList<QJsonValue> bodies = events();
    const QList<QJsonObject> extraValues = extras();
    const Template::Escape escapes[] = {Template::Escape::Plain, Template::Escape::Html,
                                        Template::Escape::JsonString, Template::Escape::Url};

    QJsonArray cases;
    const QJsonArray expected = m_expected.value(QLatin1String("templates")).toArray();
    if (m_writeTo.isEmpty())
        QCOMPARE(expected.size(), sources.size());
    int compared = 0;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const Template::Escape escape = escapes[i % 4];
        QJsonObject written {{QStringLiteral("source"), sources.at(i)},
                             {QStringLiteral("escape"), escapeName(escape)}};
        const auto compiled = Template::compile(sources.at(i), escape, QStringLiteral("t"));
        if (!compiled) {
            written.insert(QStringLiteral("compile"), compiled.error());
        } else {
            QJsonArray renders;
            QJsonArray variables;
            for (const QString &name : compiled->variables())
                variables.append(name);
            written.insert(QStringLiteral("variables"), variables);
            for (const QJsonValue &body : bodies) {
                for (const QJsonObject &extra : extraValues)
                    renders.append(
                        result(compiled->render(body, Template::MissingPolicy::Empty, extra)));
            }
            // Fail on the first event with extras: the first missing name stops it.
            renders.append(result(compiled->render(
                bodies.constFirst(), Template::MissingPolicy::Fail, extraValues.constLast())));
            written.insert(QStringLiteral("renders"), renders);
        }
        cases.append(written);
        if (m_writeTo.isEmpty()) {
            const QJsonObject want = expected.at(i).toObject();
            if (want != written) {
                qWarning("expected: %s",
                         QJsonDocument(want).toJson(QJsonDocument::Compact).constData());
                qWarning("actual:   %s",
                         QJsonDocument(written).toJson(QJsonDocument::Compact).constData());
            }
            QCOMPARE(written, want);
            ++compared;
        }
    }
    m_written.insert(QStringLiteral("templates"), cases);
    if (m_writeTo.isEmpty())
        QCOMPARE(compared, expected.size());
}

void tst_TemplateCorpus::routing()
{
    const Workspace workspace = Workspace::builtInDefault();
    QVERIFY(!workspace.rules().isEmpty());
    QFile index(QStringLiteral(OTBRIDGE_SAMPLES_DIR "/index.json"));
    QVERIFY2(index.open(QIODevice::ReadOnly), qPrintable(index.errorString()));
    const QJsonArray samples = QJsonDocument::fromJson(index.readAll())
                                   .object()
                                   .value(QLatin1String("samples"))
                                   .toArray();
    QVERIFY(samples.size() >= 7);
    QList<QByteArray> bodies;
    for (const QJsonValue &sample : samples) {
        QFile file(QStringLiteral(OTBRIDGE_SAMPLES_DIR "/")
                   + sample.toObject().value(QLatin1String("file")).toString());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        bodies.append(file.readAll());
    }
    // What the engine's internal events carry, for the rules they trigger.
    bodies.append(R"({"event": "opentext.delivery.failed", "job_id": "J-1",
        "destination": "dana@example.com", "error": "550 <unknown> & gone", "tier": 2,
        "rule": "approval-overdue", "delivery": {"id": "D-1", "rule": "contract-review",
        "target": "opentext", "attempts": 5, "last_error": "timeout \"x\""},
        "original_event": {"id": "E-1", "source": "contract-review"}})");
    bodies.append("not json");
    // The reminder's cancel_when.
    bodies.append(R"({"event": "contract.reviewed", "contract": {"id": "CTR-2026-0418"}})");
    // Every source and internal event a rule of the workspace listens to.
    QStringList sources;
    for (const Rule &rule : workspace.rules()) {
        for (const QString &source : rule.sources + rule.events) {
            if (!sources.contains(source))
                sources.append(source);
        }
    }

    const QDateTime received
        = QDateTime::fromString(QStringLiteral("2026-11-20T09:14:05.123Z"), Qt::ISODateWithMs);
    RoutingContext withAck;
    withAck.publicUrl = QUrl(QStringLiteral("https://bridge.example.com"));
    withAck.ackKeys.current = QByteArray(32, 'k');
    // Routed when it arrives, with and without acknowledgement links, and 20 days later (past
    // the delay steps' times).
    const QList<QPair<RoutingContext, QDateTime>> runs {{RoutingContext(), received.addSecs(2)},
                                                        {withAck, received.addSecs(2)},
                                                        {RoutingContext(), received.addDays(20)}};
    const auto eventOf = [&received](const QString &source, const QByteArray &body, int n) {
        Event event;
        event.id = QUuid::fromString(
            QStringLiteral("0193c2a4-7f1e-7b2c-9a40-2f0e8c6d1a%1").arg(n, 2, 10, QLatin1Char('0')));
        event.source = source;
        event.receivedAt = received.addMSecs(n);
        event.body = body;
        event.contentType = "application/json";
        return event;
    };

    QJsonArray cases;
    for (const auto &[context, now] : runs) {
        for (int s = 0; s < sources.size(); ++s) {
            // An internal event's rules have no condition: its own body, one that is not
            // JSON and one sample are enough for them.
            const bool internal = sources.at(s).contains(QLatin1Char('.'));
            for (int b = internal ? samples.size() - 1 : 0; b < bodies.size(); ++b) {
                const Event event = eventOf(sources.at(s), bodies.at(b), b);
                cases.append(routedJson(routeEvent(workspace, event, context, now)));
                for (const Rule &rule : workspace.rules()) {
                    if (!rule.isTriggeredBy(event.source))
                        continue;
                    const RuleAction *escalate = rule.escalation();
                    for (int tier = 1; escalate && tier <= escalate->tiers.size(); ++tier) {
                        QJsonArray deliveries;
                        for (const NewDelivery &delivery :
                             renderEscalationTier(workspace, rule, tier, event, context, now))
                            deliveries.append(deliveryJson(delivery));
                        cases.append(deliveries);
                    }
                    if (rule.digest) {
                        DigestRecord digest;
                        digest.id = 7;
                        digest.rule = rule.name;
                        digest.key = QStringLiteral("legal procurement");
                        digest.openedAt = received;
                        const QList<Event> events {event, eventOf(event.source, bodies.at(6), 9),
                                                   eventOf(event.source, bodies.at(b), 10)};
                        QJsonArray deliveries;
                        for (const NewDelivery &delivery :
                             renderDigest(workspace, rule, digest, events, context, now))
                            deliveries.append(deliveryJson(delivery));
                        cases.append(deliveries);
                    }
                }
            }
        }
    }
    m_written.insert(QStringLiteral("routing"), cases);
    if (!m_writeTo.isEmpty())
        return;
    const QJsonArray expected = m_expected.value(QLatin1String("routing")).toArray();
    QCOMPARE(cases.size(), expected.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (cases.at(i) != expected.at(i)) {
            qWarning("expected: %s",
                     QJsonDocument(QJsonArray {expected.at(i)})
                         .toJson(QJsonDocument::Compact)
                         .constData());
            qWarning(
                "actual:   %s",
                QJsonDocument(QJsonArray {cases.at(i)}).toJson(QJsonDocument::Compact).constData());
        }
        QCOMPARE(cases.at(i), expected.at(i));
    }
}

void tst_TemplateCorpus::receivedAtText()
{
    // {{event.received_at}} is the time in UTC as Qt writes ISO 8601 with milliseconds, for
    // any time and zone it is given in (renderExtras writes the common years itself).
    Rule rule;
    rule.name = QStringLiteral("r");
    const QList<QTimeZone> zones {QTimeZone::utc(), QTimeZone(19800), QTimeZone(-36000),
                                  QTimeZone("Europe/Berlin")};
    Random random(4242);
    QList<QDateTime> times {QDateTime(), QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)};
    const qint64 from = QDateTime(QDate(900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(10100, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 2000; ++i) {
        const qint64 at
            = from + qint64((quint64(random.next()) << 32 | random.next()) % quint64(to - from));
        times.append(QDateTime::fromMSecsSinceEpoch(at, zones.at(i % zones.size())));
    }
    times.append(QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC));
    times.append(QDateTime(QDate(999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
    times.append(QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
    times.append(QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::LocalTime));
    for (const QDateTime &time : std::as_const(times)) {
        const QString expected = time.toUTC().toString(Qt::ISODateWithMs);
        QCOMPARE(renderExtras({}, {}, time, {}, rule).value(QLatin1String("event.received_at")),
                 QJsonValue(expected));
    }
}

void tst_TemplateCorpus::cleanupTestCase()
{
    if (m_writeTo.isEmpty())
        return;
    // One case a line: compact, and a change shows as the lines of the cases it touches.
    QFile file(m_writeTo);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    const QStringList parts {QStringLiteral("templates"), QStringLiteral("routing")};
    file.write("{\n");
    for (const QString &part : parts) {
        file.write("\"" + part.toUtf8() + "\": [\n");
        const QJsonArray cases = m_written.value(part).toArray();
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonDocument line = cases.at(i).isArray()
                ? QJsonDocument(cases.at(i).toArray())
                : QJsonDocument(cases.at(i).toObject());
            file.write(line.toJson(QJsonDocument::Compact));
            file.write(i + 1 < cases.size() ? ",\n" : "\n");
        }
        file.write(part == parts.constLast() ? "]\n" : "],\n");
    }
    file.write("}\n");
}

QTEST_GUILESS_MAIN(tst_TemplateCorpus)
#include "tst_templatecorpus.moc"
