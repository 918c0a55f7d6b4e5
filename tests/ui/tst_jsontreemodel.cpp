// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace OtBridge;

namespace {

QJsonDocument parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document;
}

const char *nestedJson = R"({
    "document": {"id": "C-1", "owner": {"name": "Ada", "roles": ["legal", "finance"]}},
    "a/b": {"m~n": 1, "~/": true},
    "count": 3.5,
    "missing": null,
    "list": [{"x": 1}, [2, 3], "four"]
})";

// Finds the child of parent whose key cell reads key.
QModelIndex child(const JsonTreeModel &model, const QModelIndex &parent, const QString &key)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, JsonTreeModel::KeyColumn, parent);
        if (index.data().toString() == key)
            return index;
    }
    return {};
}

QString cell(const QModelIndex &index, JsonTreeModel::Column column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

class tst_JsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emptyDocumentHasNoRows();
    void showsNestedStructure();
    void showsTopLevelArray();
    void pointers_data();
    void pointers();
    void escapesPointerTokens_data();
    void escapesPointerTokens();
    void resetsOnNewDocument();

private:
    std::unique_ptr<JsonTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_JsonTreeModel::init()
{
    m_model = std::make_unique<JsonTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_JsonTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void tst_JsonTreeModel::emptyDocumentHasNoRows()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(JsonTreeModel::ColumnCount));
    QCOMPARE(m_model->pointer({}), QString());
    QCOMPARE(m_model->headerData(JsonTreeModel::TypeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Type"));
}

void tst_JsonTreeModel::showsNestedStructure()
{
    m_model->setDocument(parse(nestedJson));
    QCOMPARE(m_model->rowCount(), 5);

    const QModelIndex document = child(*m_model, {}, QStringLiteral("document"));
    QVERIFY(document.isValid());
    QCOMPARE(cell(document, JsonTreeModel::TypeColumn), QStringLiteral("object"));
    QCOMPARE(cell(document, JsonTreeModel::ValueColumn), QStringLiteral("{2}"));
    QCOMPARE(m_model->rowCount(document), 2);

    const QModelIndex owner = child(*m_model, document, QStringLiteral("owner"));
    const QModelIndex roles = child(*m_model, owner, QStringLiteral("roles"));
    QCOMPARE(m_model->parent(roles), owner);
    QCOMPARE(m_model->parent(owner), document);
    QCOMPARE(m_model->parent(document), QModelIndex());
    QCOMPARE(cell(roles, JsonTreeModel::TypeColumn), QStringLiteral("array"));
    QCOMPARE(m_model->rowCount(roles), 2);
    const QModelIndex finance = m_model->index(1, JsonTreeModel::KeyColumn, roles);
    QCOMPARE(finance.data().toString(), QStringLiteral("[1]"));
    QCOMPARE(cell(finance, JsonTreeModel::ValueColumn), QStringLiteral("finance"));
    QCOMPARE(cell(finance, JsonTreeModel::TypeColumn), QStringLiteral("string"));
    QCOMPARE(m_model->rowCount(finance), 0);

    const QModelIndex count = child(*m_model, {}, QStringLiteral("count"));
    QCOMPARE(cell(count, JsonTreeModel::ValueColumn), QStringLiteral("3.5"));
    QCOMPARE(cell(count, JsonTreeModel::TypeColumn), QStringLiteral("number"));
    const QModelIndex missing = child(*m_model, {}, QStringLiteral("missing"));
    QCOMPARE(cell(missing, JsonTreeModel::ValueColumn), QStringLiteral("null"));
    QCOMPARE(cell(missing, JsonTreeModel::TypeColumn), QStringLiteral("null"));
    const QModelIndex flag
        = child(*m_model, child(*m_model, {}, QStringLiteral("a/b")), QStringLiteral("~/"));
    QCOMPARE(cell(flag, JsonTreeModel::ValueColumn), QStringLiteral("true"));
    QCOMPARE(cell(flag, JsonTreeModel::TypeColumn), QStringLiteral("boolean"));
    QCOMPARE(flag.data(JsonTreeModel::JsonValueRole).value<QJsonValue>(), QJsonValue(true));

    const QModelIndex list = child(*m_model, {}, QStringLiteral("list"));
    QCOMPARE(cell(list, JsonTreeModel::ValueColumn), QStringLiteral("[3]"));
    const QModelIndex inner = m_model->index(1, 0, list);
    QCOMPARE(m_model->rowCount(inner), 2);
    QCOMPARE(cell(m_model->index(0, 0, inner), JsonTreeModel::ValueColumn), QStringLiteral("2"));
}

void tst_JsonTreeModel::showsTopLevelArray()
{
    m_model->setDocument(parse(R"([1, {"a": "b"}])"));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("[0]"));
    const QModelIndex object = m_model->index(1, 0);
    QCOMPARE(m_model->pointer(object), QStringLiteral("/1"));
    QCOMPARE(m_model->pointer(m_model->index(0, 0, object)), QStringLiteral("/1/a"));
}

void tst_JsonTreeModel::pointers_data()
{
    QTest::addColumn<QStringList>("path"); // keys as shown in the key column, from the root
    QTest::addColumn<QString>("pointer");

    QTest::addRow("top-level member") << QStringList {"count"} << QStringLiteral("/count");
    QTest::addRow("nested member")
        << QStringList {"document", "owner", "name"} << QStringLiteral("/document/owner/name");
    QTest::addRow("array element") << QStringList {"document", "owner", "roles", "[0]"}
                                   << QStringLiteral("/document/owner/roles/0");
    QTest::addRow("member of array element")
        << QStringList {"list", "[0]", "x"} << QStringLiteral("/list/0/x");
    QTest::addRow("slash in key") << QStringList {"a/b"} << QStringLiteral("/a~1b");
    QTest::addRow("tilde in key") << QStringList {"a/b", "m~n"} << QStringLiteral("/a~1b/m~0n");
    QTest::addRow("tilde then slash") << QStringList {"a/b", "~/"} << QStringLiteral("/a~1b/~0~1");
}

void tst_JsonTreeModel::pointers()
{
    QFETCH(QStringList, path);
    QFETCH(QString, pointer);
    m_model->setDocument(parse(nestedJson));

    QModelIndex index;
    for (const QString &key : path) {
        index = child(*m_model, index, key);
        QVERIFY2(index.isValid(), qPrintable(key));
    }
    QCOMPARE(m_model->pointer(index), pointer);
    QCOMPARE(index.data(JsonTreeModel::PointerRole).toString(), pointer);
    QCOMPARE(m_model->pointer(index.siblingAtColumn(JsonTreeModel::TypeColumn)), pointer);
    QCOMPARE(m_model->indexForPointer(pointer), index);
}

void tst_JsonTreeModel::escapesPointerTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("escaped");
    QTest::addRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::addRow("slash") << QStringLiteral("a/b") << QStringLiteral("a~1b");
    QTest::addRow("tilde") << QStringLiteral("m~n") << QStringLiteral("m~0n");
    // "~1" literally must not turn into "/" when read back: the tilde is escaped first.
    QTest::addRow("tilde one") << QStringLiteral("~1") << QStringLiteral("~01");
    QTest::addRow("empty") << QString() << QString();
}

void tst_JsonTreeModel::escapesPointerTokens()
{
    QFETCH(QString, token);
    QFETCH(QString, escaped);
    QCOMPARE(JsonTreeModel::escapePointerToken(token), escaped);
}

void tst_JsonTreeModel::resetsOnNewDocument()
{
    m_model->setDocument(parse(nestedJson));
    m_model->setDocument(parse(R"({"only": 1})"));
    QCOMPARE(m_model->rowCount(), 1);
    m_model->setDocument({});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->indexForPointer(QStringLiteral("/only")), QModelIndex());
}

QTEST_GUILESS_MAIN(tst_JsonTreeModel)
#include "tst_jsontreemodel.moc"
