// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tester/postmancollection.h"

#include <QFile>
#include <QTest>

using namespace OtBridge;

// Postman collection v2.1 import, on the project's own collections (tests/fixtures/postman):
// nested folders flattened, variables resolved, auth blocks turned into headers, raw,
// urlencoded and form bodies, and errors that say where.
class tst_PostmanCollection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flattensFoldersInOrder();
    void resolvesNestedVariables();
    void rawJsonBodyWithHeaders();
    void bearerAuthIsInheritedFromTheCollection();
    void noauthOverridesTheCollection();
    void basicAuthFromTheFolderAndUrlencodedBody();
    void urlObjectWithoutRaw();
    void formDataTextFields();
    void apiKeyInHeaderAndQuery();
    void unresolvedVariablesAreListed();
    void environmentWins();
    void stringRequestIsAGet();
    void scriptsAreNotRun();
    void secretsAreRedactedFromCopies();
    void refusesWithWordsThatSayWhere_data();
    void refusesWithWordsThatSayWhere();
    void refusesFilesWithWordsThatSayWhere_data();
    void refusesFilesWithWordsThatSayWhere();

private:
    static QString fixture(const QString &name)
    {
        return QStringLiteral(OTBRIDGE_FIXTURES_DIR "/postman/") + name;
    }
    PostmanCollection load(const QHash<QString, QString> &environment = {});
    const PostmanRequest *find(const PostmanCollection &collection, const QString &name);
};

PostmanCollection tst_PostmanCollection::load(const QHash<QString, QString> &environment)
{
    auto collection = PostmanCollection::load(
        fixture(QStringLiteral("webhooks.postman_collection.json")), environment);
    if (!collection)
        qFatal("%s", qPrintable(collection.error()));
    return std::move(collection).value();
}

const PostmanRequest *tst_PostmanCollection::find(const PostmanCollection &collection,
                                                  const QString &name)
{
    for (const PostmanRequest &request : collection.requests()) {
        if (request.request.name == name)
            return &request;
    }
    return nullptr;
}

void tst_PostmanCollection::flattensFoldersInOrder()
{
    const PostmanCollection collection = load();
    QCOMPARE(collection.name(), QStringLiteral("OT Bridge test webhooks"));
    QStringList names;
    QList<QStringList> folders;
    for (const PostmanRequest &request : collection.requests()) {
        names.append(request.request.name);
        folders.append(request.folders);
    }
    QCOMPARE(names,
             QStringList({QStringLiteral("Contract ready for review"),
                          QStringLiteral("Unauthenticated ping"), QStringLiteral("Get token"),
                          QStringLiteral("Upload form"), QStringLiteral("Key in a header"),
                          QStringLiteral("Key in the query"), QStringLiteral("Not yet configured"),
                          QStringLiteral("Status by URL only")}));
    QCOMPARE(folders.at(0), QStringList({QStringLiteral("Contracts"), QStringLiteral("Legal")}));
    QCOMPARE(folders.at(1), QStringList {QStringLiteral("Contracts")});
    QCOMPARE(folders.at(2), QStringList {QStringLiteral("Token endpoint")});
    QCOMPARE(folders.at(7), QStringList());
}

void tst_PostmanCollection::resolvesNestedVariables()
{
    const PostmanCollection collection = load();
    const PostmanRequest *request = find(collection, QStringLiteral("Contract ready for review"));
    QVERIFY(request);
    // {{hooks}} -> {{baseUrl}}/hooks -> http://{{host}}:{{port}}/hooks
    QCOMPARE(request->request.url, QStringLiteral("http://127.0.0.1:8787/hooks/contract-review"));
    QVERIFY(request->unresolved.isEmpty());
}

void tst_PostmanCollection::rawJsonBodyWithHeaders()
{
    const PostmanCollection collection = load();
    const TesterRequest request
        = find(collection, QStringLiteral("Contract ready for review"))->request;
    QCOMPARE(request.method, QByteArray("POST")); // "post" in the file
    QCOMPARE(request.body,
             QByteArray("{\n  \"event\": \"contract.ready_for_review\",\n  \"contract\": {\"id\": "
                        "\"C-2026-0042\"}\n}"));
    QCOMPARE(headerValue(request.headers, "Content-Type"), QByteArray("application/json"));
    QCOMPARE(headerValue(request.headers, "X-Trace"), QByteArray("trace-C-2026-0042"));
    QVERIFY(headerValue(request.headers, "X-Debug").isEmpty()); // disabled
    int contentTypes = 0;
    for (const auto &header : request.headers)
        contentTypes += header.first.compare("content-type", Qt::CaseInsensitive) == 0;
    QCOMPARE(contentTypes, 1);
}

void tst_PostmanCollection::bearerAuthIsInheritedFromTheCollection()
{
    const PostmanCollection collection = load();
    const PostmanRequest *request = find(collection, QStringLiteral("Contract ready for review"));
    QCOMPARE(request->authType, QStringLiteral("bearer"));
    QCOMPARE(headerValue(request->request.headers, "Authorization"),
             QByteArray("Bearer fake-bearer-token-0000"));
    QVERIFY(request->request.secretValues.contains(QStringLiteral("fake-bearer-token-0000")));
    QCOMPARE(request->request.secretHeaders, QList<QByteArray> {"Authorization"});
}

void tst_PostmanCollection::noauthOverridesTheCollection()
{
    const PostmanCollection collection = load();
    const PostmanRequest *request = find(collection, QStringLiteral("Unauthenticated ping"));
    QVERIFY(request->authType.isEmpty());
    QVERIFY(headerValue(request->request.headers, "Authorization").isEmpty());
    QCOMPARE(request->request.method, QByteArray("GET"));
    QCOMPARE(request->request.url, QStringLiteral("http://127.0.0.1:8787/health"));
    QVERIFY(request->request.body.isEmpty());
}

void tst_PostmanCollection::basicAuthFromTheFolderAndUrlencodedBody()
{
    const PostmanCollection collection = load();
    const PostmanRequest *request = find(collection, QStringLiteral("Get token"));
    QCOMPARE(request->authType, QStringLiteral("basic"));
    QCOMPARE(headerValue(request->request.headers, "Authorization"),
             "Basic " + QByteArray("demo-client:fake-password-1111").toBase64());
    QVERIFY(request->request.secretValues.contains(QStringLiteral("fake-password-1111")));
    QCOMPARE(request->request.body, QByteArray("grant_type=client_credentials&scope=read%20write"));
    QCOMPARE(headerValue(request->request.headers, "Content-Type"),
             QByteArray("application/x-www-form-urlencoded"));
}

void tst_PostmanCollection::urlObjectWithoutRaw()
{
    const PostmanCollection collection = load();
    const PostmanRequest *request = find(collection, QStringLiteral("Get token"));
    // Path variable :tenant filled, the disabled query item left out.
    QCOMPARE(request->request.url,
             QStringLiteral("http://127.0.0.1:8787/tenants/acme/oauth2/token?verbose=1"));
}

void tst_PostmanCollection::formDataTextFields()
{
    const PostmanCollection collection = load();
    const PostmanRequest *request = find(collection, QStringLiteral("Upload form"));
    const QByteArray contentType = headerValue(request->request.headers, "Content-Type");
    QVERIFY2(contentType.startsWith("multipart/form-data; boundary="), contentType.constData());
    const QByteArray boundary = contentType.mid(contentType.indexOf('=') + 1);
    QCOMPARE(request->request.body,
             "--" + boundary
                 + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nQuarterly "
                   "C-2026-0042\r\n--"
                 + boundary + "--\r\n");
    QCOMPARE(request->warnings,
             QStringList {QStringLiteral("form field 'attachment' is a file and was left out")});
    // Inherits the folder's basic auth.
    QCOMPARE(request->authType, QStringLiteral("basic"));
}

void tst_PostmanCollection::apiKeyInHeaderAndQuery()
{
    const PostmanCollection collection = load();
    const PostmanRequest *header = find(collection, QStringLiteral("Key in a header"));
    QCOMPARE(header->authType, QStringLiteral("apikey"));
    QCOMPARE(header->request.method, QByteArray("PUT"));
    QCOMPARE(headerValue(header->request.headers, "X-Api-Key"), QByteArray("fake-api-key-2222"));
    QVERIFY(headerValue(header->request.headers, "Authorization").isEmpty());
    QCOMPARE(header->request.secretHeaders, QList<QByteArray> {"X-Api-Key"});
    QCOMPARE(header->request.body, QByteArray("plain text"));
    QCOMPARE(headerValue(header->request.headers, "Content-Type"), QByteArray("text/plain"));

    const PostmanRequest *query = find(collection, QStringLiteral("Key in the query"));
    QCOMPARE(query->request.url,
             QStringLiteral("http://127.0.0.1:8787/keys/query?page=2&api_key=fake-api-key-3333"));
    QCOMPARE(query->request.secretQueryKeys, QStringList {QStringLiteral("api_key")});
    QVERIFY(headerValue(query->request.headers, "Authorization").isEmpty());
}

void tst_PostmanCollection::unresolvedVariablesAreListed()
{
    const PostmanCollection collection = load();
    const PostmanRequest *request = find(collection, QStringLiteral("Not yet configured"));
    QCOMPARE(request->request.url, QStringLiteral("http://127.0.0.1:8787/keys/{{missing}}"));
    QCOMPARE(request->unresolved, QStringList {QStringLiteral("missing")});
    QCOMPARE(request->request.method, QByteArray("DELETE"));
}

void tst_PostmanCollection::environmentWins()
{
    QFile file(fixture(QStringLiteral("local.postman_environment.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto environment
        = PostmanCollection::environmentFromJson(file.readAll(), QStringLiteral("local"));
    QVERIFY2(environment, qPrintable(environment.error()));
    QCOMPARE(environment->size(), 2); // the disabled value is left out

    const PostmanCollection collection = load(environment.value());
    QCOMPARE(find(collection, QStringLiteral("Contract ready for review"))->request.url,
             QStringLiteral("http://127.0.0.1:9911/hooks/contract-review"));
    const PostmanRequest *request = find(collection, QStringLiteral("Not yet configured"));
    QCOMPARE(request->request.url, QStringLiteral("http://127.0.0.1:9911/keys/now-known"));
    QVERIFY(request->unresolved.isEmpty());
}

void tst_PostmanCollection::stringRequestIsAGet()
{
    const PostmanCollection collection = load();
    const PostmanRequest *request = find(collection, QStringLiteral("Status by URL only"));
    QCOMPARE(request->request.method, QByteArray("GET"));
    QCOMPARE(request->request.url,
             QStringLiteral("http://127.0.0.1:8787/api/v1/events/C-2026-0042"));
}

void tst_PostmanCollection::scriptsAreNotRun()
{
    const PostmanCollection collection = load();
    QCOMPARE(collection.warnings(),
             QStringList {QStringLiteral("1 part(s) of the collection carry scripts; scripts are "
                                         "not run")});
}

void tst_PostmanCollection::secretsAreRedactedFromCopies()
{
    const PostmanCollection collection = load();
    for (const PostmanRequest &imported : collection.requests()) {
        const TesterRequest copy = imported.request.redacted();
        QByteArray written = copy.url.toUtf8() + copy.body;
        for (const auto &[name, value] : copy.headers)
            written += name + ": " + value + "\n";
        for (const QByteArray &secret :
             {QByteArray("fake-bearer-token-0000"), QByteArray("fake-password-1111"),
              QByteArray("fake-api-key-2222"), QByteArray("fake-api-key-3333"),
              QByteArray("demo-client:fake-password-1111").toBase64()})
            QVERIFY2(!written.contains(secret), qPrintable(imported.request.name));
        QVERIFY(copy.secretValues.isEmpty());
    }
    const TesterRequest query = find(collection, QStringLiteral("Key in the query"))->request;
    QCOMPARE(query.redacted().url,
             QStringLiteral("http://127.0.0.1:8787/keys/query?page=2&api_key=[redacted]"));
    const TesterRequest bearer
        = find(collection, QStringLiteral("Contract ready for review"))->request.redacted();
    QCOMPARE(headerValue(bearer.headers, "Authorization"), QByteArray("[redacted]"));
    QCOMPARE(headerValue(bearer.headers, "X-Trace"), QByteArray("trace-C-2026-0042"));
}

void tst_PostmanCollection::refusesWithWordsThatSayWhere_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray v21 = R"("info": {"name": "n", "schema":
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"})";
    QTest::addRow("not json") << QByteArray("{\"info\": ") << QStringLiteral("c.json: not JSON: ");
    QTest::addRow("array") << QByteArray("[]")
                           << QStringLiteral("c.json: not a Postman collection: the top level is "
                                             "not an object");
    QTest::addRow("v1") << QByteArray(R"({"id": "x", "name": "old", "requests": []})")
                        << QStringLiteral("c.json: a Postman collection v1; export it again as "
                                          "Collection v2.1");
    QTest::addRow("environment") << QByteArray(R"({"name": "env", "values": []})")
                                 << QStringLiteral(
                                        "c.json: a Postman environment, not a collection");
    QTest::addRow("no schema") << QByteArray(R"({"info": {"name": "n"}, "item": []})")
                               << QStringLiteral("c.json: not a Postman collection v2.1: "
                                                 "\"info.schema\" is missing");
    QTest::addRow("item not array")
        << "{" + v21 + R"(, "item": {}})" << QStringLiteral("c.json: \"item\" must be an array");
    QTest::addRow("item not object")
        << "{" + v21 + R"(, "item": [{"name": "F", "item": [7]}]})"
        << QStringLiteral("c.json › 'F', item 1: must be an object (a request or a folder)");
    QTest::addRow("neither request nor item")
        << "{" + v21 + R"(, "item": [{"name": "F", "item": [{"name": "R"}]}]})"
        << QStringLiteral("c.json › 'F' › 'R': has neither \"request\" nor \"item\"");
    QTest::addRow("no url") << "{" + v21 + R"(, "item": [{"name": "R", "request": {}}]})"
                            << QStringLiteral("c.json › 'R': the request has no \"url\"");
    QTest::addRow("method not string")
        << "{" + v21 + R"(, "item": [{"name": "R", "request": {"method": 1, "url": "x"}}]})"
        << QStringLiteral("c.json › 'R': \"method\" must be a string");
    QTest::addRow("header without key") << "{" + v21
            + R"(, "item": [{"name": "R", "request": {"url": "x", "header": [{"value": "v"}]}}]})"
                                        << QStringLiteral("c.json › 'R': header 1 has no \"key\"");
    QTest::addRow("auth not object") << "{" + v21 + R"(, "auth": "basic", "item": []})"
                                     << QStringLiteral("c.json: \"auth\" must be an object");
    QTest::addRow("body not object")
        << "{" + v21 + R"(, "item": [{"name": "R", "request": {"url": "x", "body": "raw"}}]})"
        << QStringLiteral("c.json › 'R': \"body\" must be an object");
    QTest::addRow("variables not array") << "{" + v21 + R"(, "variable": {"a": 1}, "item": []})"
                                         << QStringLiteral("c.json: \"variable\" must be an array");
}

void tst_PostmanCollection::refusesWithWordsThatSayWhere()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto collection = PostmanCollection::fromJson(json, QStringLiteral("c.json"));
    QVERIFY(!collection);
    QVERIFY2(collection.error().startsWith(error), qPrintable(collection.error()));
}

void tst_PostmanCollection::refusesFilesWithWordsThatSayWhere_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::addRow("v2.0") << QStringLiteral("v2.0.postman_collection.json")
                          << QStringLiteral("v2.0.postman_collection.json: \"info.schema\" is "
                                            "https://schema.getpostman.com/json/collection/v2.0.0/"
                                            "collection.json; only Postman collections v2.1 are "
                                            "imported (in Postman: Export, Collection v2.1)");
    QTest::addRow("malformed")
        << QStringLiteral("malformed.postman_collection.json")
        << QStringLiteral("malformed.postman_collection.json › 'Outer' › 'Inner' › 'Bad url': "
                          "\"url\" must be a string or an object");
    QTest::addRow("missing") << QStringLiteral("nothing-here.json")
                             << QStringLiteral(OTBRIDGE_FIXTURES_DIR
                                               "/postman/nothing-here.json: cannot be read: ");
}

void tst_PostmanCollection::refusesFilesWithWordsThatSayWhere()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    const auto collection = PostmanCollection::load(fixture(file));
    QVERIFY(!collection);
    QVERIFY2(collection.error().startsWith(error), qPrintable(collection.error()));
}

QTEST_GUILESS_MAIN(tst_PostmanCollection)
#include "tst_postmancollection.moc"
