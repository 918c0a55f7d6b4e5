// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/secretstore.h"

#include <QStringList>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace OtBridge;

// SecretStore against the real Secret Service of the test session (CI runs the tests under
// dbus-run-session with an unlocked gnome-keyring). Without one answering, these tests fail:
// a keychain that silently does nothing is exactly what they are here to catch.
class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void environmentVariableName_data();
    void environmentVariableName();
    void storesReadsOverwritesDeletes();
    void readingWhatWasNeverStoredSaysSo();
    void removingWhatIsNotThereIsNoError();
    void environmentWinsOverKeychain();
    void destroyedContextGetsNoCallback();

private:
    // A key no earlier run and no other test in this run used.
    QString uniqueKey(const QString &name);
    Result<QString> read(const QString &key);
    Result<void> write(const QString &key, const QString &secret);
    Result<void> remove(const QString &key);

    SecretStore m_store;
    QString m_prefix;
    QStringList m_keys;
};

namespace {
constexpr int keychainTimeoutMs = 10000;
} // namespace

void tst_SecretStore::initTestCase()
{
    m_prefix = QStringLiteral("otbridge-tests/%1/")
                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    // Fails here, with the store's own words, when no Secret Service answers.
    const QString key = uniqueKey(QStringLiteral("probe"));
    const Result<void> written = write(key, QStringLiteral("probe"));
    QVERIFY2(written.ok(),
             qPrintable(QStringLiteral("the test session has no working Secret "
                                       "Service: %1")
                            .arg(written.error())));
}

void tst_SecretStore::cleanupTestCase()
{
    for (const QString &key : std::as_const(m_keys))
        (void)remove(key);
}

QString tst_SecretStore::uniqueKey(const QString &name)
{
    const QString key = m_prefix + name;
    m_keys.append(key);
    return key;
}

Result<QString> tst_SecretStore::read(const QString &key)
{
    std::optional<Result<QString>> result;
    m_store.read(key, this, [&result](const Result<QString> &secret) { result = secret; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, keychainTimeoutMs))
        return Result<QString>::failure(QStringLiteral("test: no answer from the keychain"));
    return *result;
}

Result<void> tst_SecretStore::write(const QString &key, const QString &secret)
{
    std::optional<Result<void>> result;
    m_store.write(key, secret, this, [&result](const Result<void> &done) { result = done; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, keychainTimeoutMs))
        return Result<void>::failure(QStringLiteral("test: no answer from the keychain"));
    return *result;
}

Result<void> tst_SecretStore::remove(const QString &key)
{
    std::optional<Result<void>> result;
    m_store.remove(key, this, [&result](const Result<void> &done) { result = done; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, keychainTimeoutMs))
        return Result<void>::failure(QStringLiteral("test: no answer from the keychain"));
    return *result;
}

void tst_SecretStore::environmentVariableName_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("variable");
    QTest::addRow("slash and dash") << QStringLiteral("opentext/client-secret")
                                    << QStringLiteral("OTBRIDGE_SECRET_OPENTEXT_CLIENT_SECRET");
    QTest::addRow("digits kept") << QStringLiteral("opentext/eu2")
                                 << QStringLiteral("OTBRIDGE_SECRET_OPENTEXT_EU2");
    QTest::addRow("dots and spaces")
        << QStringLiteral("a.b c") << QStringLiteral("OTBRIDGE_SECRET_A_B_C");
    QTest::addRow("non-ASCII") << QStringLiteral("clé") << QStringLiteral("OTBRIDGE_SECRET_CL_");
}

void tst_SecretStore::environmentVariableName()
{
    QFETCH(QString, key);
    QFETCH(QString, variable);
    QCOMPARE(SecretStore::environmentVariable(key), variable);
}

void tst_SecretStore::storesReadsOverwritesDeletes()
{
    const QString key = uniqueKey(QStringLiteral("opentext/client-secret"));
    const QString first = QStringLiteral("first s3cret with ünïcode and \"quotes\"");
    Result<void> written = write(key, first);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    Result<QString> secret = read(key);
    QVERIFY2(secret.ok(), qPrintable(secret.error()));
    QCOMPARE(secret.value(), first);

    const QString second = QStringLiteral("second-secret");
    written = write(key, second);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    secret = read(key);
    QVERIFY2(secret.ok(), qPrintable(secret.error()));
    QCOMPARE(secret.value(), second);

    const Result<void> removed = remove(key);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    secret = read(key);
    QVERIFY(!secret.ok());
    QCOMPARE(secret.error(),
             QStringLiteral("no secret stored under \"%1\" in the keychain").arg(key));
    QCOMPARE(secret.error(), SecretStore::notFoundError(key));
}

void tst_SecretStore::readingWhatWasNeverStoredSaysSo()
{
    const QString key = uniqueKey(QStringLiteral("never-stored"));
    const Result<QString> secret = read(key);
    QVERIFY(!secret.ok());
    QCOMPARE(secret.error(), SecretStore::notFoundError(key));
}

void tst_SecretStore::removingWhatIsNotThereIsNoError()
{
    const Result<void> removed = remove(uniqueKey(QStringLiteral("not-there")));
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
}

void tst_SecretStore::environmentWinsOverKeychain()
{
    const QString key = uniqueKey(QStringLiteral("opentext/env-secret"));
    const QByteArray variable = SecretStore::environmentVariable(key).toLatin1();
    QVERIFY(variable.startsWith("OTBRIDGE_SECRET_OTBRIDGE_TESTS_"));
    QVERIFY(variable.endsWith("_OPENTEXT_ENV_SECRET"));

    const Result<void> written = write(key, QStringLiteral("from-keychain"));
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QVERIFY(qputenv(variable.constData(), "from-environment"));
    Result<QString> secret = read(key);
    qunsetenv(variable.constData());
    QVERIFY2(secret.ok(), qPrintable(secret.error()));
    QCOMPARE(secret.value(), QStringLiteral("from-environment"));

    // Unset, the keychain answers again.
    secret = read(key);
    QVERIFY2(secret.ok(), qPrintable(secret.error()));
    QCOMPARE(secret.value(), QStringLiteral("from-keychain"));

    // Set to nothing is still set: an operator may mean an empty password.
    QVERIFY(qputenv(variable.constData(), QByteArray()));
    secret = read(key);
    qunsetenv(variable.constData());
    QVERIFY2(secret.ok(), qPrintable(secret.error()));
    QCOMPARE(secret.value(), QString());

    // Even a key the keychain does not have.
    const QString missing = uniqueKey(QStringLiteral("env-only"));
    const QByteArray missingVariable = SecretStore::environmentVariable(missing).toLatin1();
    QVERIFY(qputenv(missingVariable.constData(), "only-here"));
    secret = read(missing);
    qunsetenv(missingVariable.constData());
    QVERIFY2(secret.ok(), qPrintable(secret.error()));
    QCOMPARE(secret.value(), QStringLiteral("only-here"));
}

void tst_SecretStore::destroyedContextGetsNoCallback()
{
    const QString key = uniqueKey(QStringLiteral("context"));
    const Result<void> written = write(key, QStringLiteral("x"));
    QVERIFY2(written.ok(), qPrintable(written.error()));

    bool called = false;
    auto context = std::make_unique<QObject>();
    m_store.read(key, context.get(), [&called](const Result<QString> &) { called = true; });
    context.reset();
    // A later request on the same queue finishing proves the first one finished too.
    const Result<QString> after = read(key);
    QVERIFY2(after.ok(), qPrintable(after.error()));
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
