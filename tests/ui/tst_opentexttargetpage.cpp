// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/secretstore.h"
#include "config/workspace.h"
#include "engine/engine.h"
#include "sandboxprocess.h"
#include "targets/opentexttargetpage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace OtBridge;

// The OpenText target page against a real engine, the session's real Secret Service (CI runs
// the tests under dbus-run-session with an unlocked gnome-keyring) and a real otbridge-sandbox
// process for Test connection.
class tst_OpenTextTargetPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void showsTheBuiltInSandbox();
    void savesTargetToFileAndSecretToKeychain();
    void savesBasicAuthForARegion();
    void invalidInputDisablesSave_data();
    void invalidInputDisablesSave();
    void builtInWorkspaceIsSavedToTheDefaultLocation();
    void keepsWhatOtherPagesSaved();
    void testConnectionAgainstSandbox();
    void testConnectionToTheBuiltInSandbox();
    void closingDuringATestIsSafe();

private:
    // An engine running the workspace at path (empty: the built-in one) and a page on it.
    void start(const QString &workspacePath = {});
    QString writeDefaultWorkspace();
    QString uniqueKey(const QString &name);
    void choose(const char *combo, const QVariant &data);
    void fillOAuth2(const QUrl &base, const QString &clientId, const QString &secret,
                    const QString &secretRef);
    std::optional<Result<QString>> readSecret(const QString &key);
    template<typename T> T *find(const char *name) const
    {
        T *child = m_page->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no %s called %s", T::staticMetaObject.className(), name);
        return child;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<OpenTextTargetPage> m_page;
    SecretStore m_secrets;
    QString m_prefix;
    QStringList m_keys;
};

namespace {

constexpr int sandboxChoice = -1; // the service combo's data for each choice
constexpr int customChoice = -2;
constexpr int europe = 1; // OpenTextTarget::regions()
constexpr int testTimeoutMs = 15000;

// The workspace file's OpenText target (the default workspace also has HTTP targets).
QJsonObject openTextTarget(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray targets = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QLatin1String("targets"))
                                   .toArray();
    QJsonObject found;
    int count = 0;
    for (const QJsonValue &target : targets) {
        if (target.toObject().value(QLatin1String("type")).toString()
            == QLatin1String("opentext")) {
            found = target.toObject();
            ++count;
        }
    }
    return count == 1 ? found : QJsonObject();
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void tst_OpenTextTargetPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_opentexttargetpage"));
    QVERIFY2(!SandboxProcess::binary().isEmpty(), "OTBRIDGE_SANDBOX_BINARY is not set");
    m_prefix = QStringLiteral("otbridge-tests/%1/")
                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void tst_OpenTextTargetPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_OpenTextTargetPage::cleanup()
{
    m_page.reset();
    m_engine.reset();
    m_dir.reset();
}

void tst_OpenTextTargetPage::cleanupTestCase()
{
    for (const QString &key : std::as_const(m_keys)) {
        bool done = false;
        m_secrets.remove(key, this, [&done](const Result<void> &) { done = true; });
        if (!QTest::qWaitFor([&done] { return done; }, 5000))
            qWarning("the keychain did not answer removing a test secret");
    }
}

void tst_OpenTextTargetPage::start(const QString &workspacePath)
{
    m_engine = std::make_unique<Engine>();
    EngineOptions options;
    options.dataDir = m_dir->path();
    options.workspacePath = workspacePath;
    const Result<QUrl> started = m_engine->start(options);
    QVERIFY2(started.ok(), qPrintable(started.error()));
    m_page = std::make_unique<OpenTextTargetPage>(m_engine.get());
    m_page->resize(800, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

QString tst_OpenTextTargetPage::writeDefaultWorkspace()
{
    const QString path = m_dir->filePath(QStringLiteral("workspace.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(Workspace::builtInDefault().toJson());
    return path;
}

QString tst_OpenTextTargetPage::uniqueKey(const QString &name)
{
    m_keys.append(m_prefix + name);
    return m_keys.constLast();
}

void tst_OpenTextTargetPage::choose(const char *combo, const QVariant &data)
{
    auto *box = find<QComboBox>(combo);
    QVERIFY(box);
    const int index = box->findData(data);
    QVERIFY2(index >= 0, combo);
    box->setCurrentIndex(index);
}

void tst_OpenTextTargetPage::fillOAuth2(const QUrl &base, const QString &clientId,
                                        const QString &secret, const QString &secretRef)
{
    choose("serviceCombo", customChoice);
    choose("authCombo", int(OpenTextTarget::Auth::OAuth2));
    find<QLineEdit>("messagingUrlEdit")
        ->setText(base.resolved(QUrl(QStringLiteral("/mra/v1"))).toString());
    find<QLineEdit>("authUrlEdit")->setText(base.toString());
    find<QLineEdit>("tenantIdEdit")->setText(QStringLiteral("t"));
    find<QLineEdit>("clientIdEdit")->setText(clientId);
    find<QLineEdit>("clientSecretEdit")->setText(secret);
    find<QLineEdit>("secretRefEdit")->setText(secretRef);
}

std::optional<Result<QString>> tst_OpenTextTargetPage::readSecret(const QString &key)
{
    std::optional<Result<QString>> result;
    m_secrets.read(key, this, [&result](const Result<QString> &secret) { result = secret; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 10000); // empty: no answer
    return result;
}

void tst_OpenTextTargetPage::showsTheBuiltInSandbox()
{
    start();
    QCOMPARE(find<QComboBox>("serviceCombo")->currentData().toInt(), sandboxChoice);
    auto *note = find<QLabel>("sandboxNote");
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("nothing leaves the machine")));
    QVERIFY(note->text().contains(QStringLiteral("offline")));
    for (const char *field : {"messagingUrlEdit", "clientIdEdit", "clientSecretEdit"})
        QVERIFY2(!find<QLineEdit>(field)->isEnabled(), field);
    QVERIFY(!find<QComboBox>("authCombo")->isEnabled());
    QVERIFY(!find<QSpinBox>("timeoutSpin")->isEnabled());
    QVERIFY(find<QPushButton>("saveButton")->isEnabled());
    QVERIFY(find<QPushButton>("testConnectionButton")->isEnabled());
    QVERIFY(m_page->problems().isEmpty());

    // Leaving the sandbox enables the fields and says what they still need.
    choose("serviceCombo", customChoice);
    QVERIFY(!note->isVisible());
    QVERIFY(find<QLineEdit>("messagingUrlEdit")->isEnabled());
    QVERIFY(!find<QPushButton>("saveButton")->isEnabled());
    QVERIFY(!m_page->problems().isEmpty());
    QVERIFY(find<QLineEdit>("clientSecretEdit")->echoMode() == QLineEdit::Password);
    QVERIFY(!find<QLineEdit>("clientSecretEdit")->accessibleName().isEmpty());
    QCOMPARE(find<QLineEdit>("secretRefEdit")->text(), QStringLiteral("opentext/opentext"));
}

void tst_OpenTextTargetPage::savesTargetToFileAndSecretToKeychain()
{
    const QString path = writeDefaultWorkspace();
    QVERIFY(!path.isEmpty());
    start(path);
    const QString secret = QStringLiteral("s3cret-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString key = uniqueKey(QStringLiteral("opentext/client-secret"));
    fillOAuth2(QUrl(QStringLiteral("https://otb.example.com")), QStringLiteral("otb-client"),
               secret, key);
    find<QSpinBox>("maxDestinationsSpin")->setValue(25);
    find<QSpinBox>("timeoutSpin")->setValue(12);
    QVERIFY2(m_page->problems().isEmpty(), qPrintable(m_page->problems().join(u'\n')));
    auto *save = find<QPushButton>("saveButton");
    QVERIFY(save->isEnabled());

    QSignalSpy saved(m_page.get(), &OpenTextTargetPage::saved);
    QSignalSpy failed(m_page.get(), &OpenTextTargetPage::saveFailed);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() > 0, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(saved.first().first().toString(), path);
    QVERIFY(find<QLabel>("saveResult")->text().contains(QDir::toNativeSeparators(path)));
    // The running engine switched to it. (The sandbox stays up: the default workspace's HTTP
    // targets capture into it.)
    QVERIFY2(find<QLabel>("saveResult")->text().contains(QStringLiteral("OT Bridge uses it now")),
             qPrintable(find<QLabel>("saveResult")->text()));
    QVERIFY(!m_engine->workspace().openTextTarget()->sandbox);
    QCOMPARE(m_engine->workspace().openTextTarget()->secretRef, key);

    const QJsonObject target = openTextTarget(path);
    QCOMPARE(target.value(QLatin1String("name")).toString(), QStringLiteral("opentext"));
    QVERIFY(!target.contains(QLatin1String("sandbox")));
    QCOMPARE(target.value(QLatin1String("secret_ref")).toString(), key);
    QCOMPARE(target.value(QLatin1String("auth")).toString(), QStringLiteral("oauth2"));
    QCOMPARE(target.value(QLatin1String("client_id")).toString(), QStringLiteral("otb-client"));
    QCOMPARE(target.value(QLatin1String("tenant_id")).toString(), QStringLiteral("t"));
    QCOMPARE(target.value(QLatin1String("messaging_url")).toString(),
             QStringLiteral("https://otb.example.com/mra/v1"));
    QCOMPARE(target.value(QLatin1String("max_destinations_per_job")).toInt(), 25);
    QCOMPARE(target.value(QLatin1String("timeout_ms")).toInt(), 12000);
    const QByteArray contents = fileContents(path);
    QVERIFY(!contents.contains(secret.toUtf8()));
    QVERIFY(!contents.contains("s3cret"));
    // The rest of the workspace is still there, and the file loads again.
    const Result<Workspace> reloaded = Workspace::load(path);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.error()));
    QVERIFY(reloaded->source(QStringLiteral("contract-review")));

    const std::optional<Result<QString>> stored = readSecret(key);
    QVERIFY(stored.has_value());
    QVERIFY2(stored->ok(), qPrintable(stored->error()));
    QCOMPARE(stored->value(), secret);

    // A new window on the saved workspace finds the secret in the keychain again.
    m_page.reset();
    m_engine.reset();
    start(path);
    QCOMPARE(find<QComboBox>("serviceCombo")->currentData().toInt(), customChoice);
    QCOMPARE(find<QLineEdit>("clientIdEdit")->text(), QStringLiteral("otb-client"));
    QTRY_COMPARE(find<QLineEdit>("clientSecretEdit")->text(), secret);
    QVERIFY(find<QPushButton>("saveButton")->isEnabled());
}

void tst_OpenTextTargetPage::savesBasicAuthForARegion()
{
    const QString path = writeDefaultWorkspace();
    start(path);
    choose("serviceCombo", europe);
    choose("authCombo", int(OpenTextTarget::Auth::Basic));
    const OpenTextTarget::Region region = OpenTextTarget::regions().at(europe);
    // A region fixes the addresses.
    QCOMPARE(find<QLineEdit>("messagingUrlEdit")->text(), region.messagingUrl.toString());
    QVERIFY(find<QLineEdit>("messagingUrlEdit")->isReadOnly());
    QVERIFY(!find<QLineEdit>("tenantIdEdit")->isVisible());
    find<QLineEdit>("userEdit")->setText(QStringLiteral("ops-user"));
    const QString password = QStringLiteral("pa55-") + QUuid::createUuid().toString(QUuid::Id128);
    find<QLineEdit>("passwordEdit")->setText(password);
    QCOMPARE(find<QLineEdit>("passwordEdit")->echoMode(), QLineEdit::Password);
    const QString key = uniqueKey(QStringLiteral("opentext/password"));
    find<QLineEdit>("secretRefEdit")->setText(key);

    QSignalSpy saved(m_page.get(), &OpenTextTargetPage::saved);
    QSignalSpy failed(m_page.get(), &OpenTextTargetPage::saveFailed);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() > 0, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

    const QJsonObject target = openTextTarget(path);
    QCOMPARE(target.value(QLatin1String("auth")).toString(), QStringLiteral("basic"));
    QCOMPARE(target.value(QLatin1String("user")).toString(), QStringLiteral("ops-user"));
    QCOMPARE(target.value(QLatin1String("messaging_url")).toString(),
             region.messagingUrl.toString());
    QCOMPARE(target.value(QLatin1String("secret_ref")).toString(), key);
    QVERIFY(!target.contains(QLatin1String("client_id")));
    QVERIFY(!fileContents(path).contains(password.toUtf8()));
    const std::optional<Result<QString>> stored = readSecret(key);
    QVERIFY(stored.has_value() && stored->ok());
    QCOMPARE(stored->value(), password);
}

void tst_OpenTextTargetPage::invalidInputDisablesSave_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("words");
    QTest::addRow("no messaging URL") << "messagingUrlEdit"
                                      << ""
                                      << "messagingUrlError"
                                      << "Enter the messaging URL, such as https://";
    QTest::addRow("not http") << "messagingUrlEdit"
                              << "ftp://files.example.com/mra"
                              << "messagingUrlError"
                              << "\"ftp://files.example.com/mra\" is not an http or https address";
    QTest::addRow("no host") << "authUrlEdit"
                             << "https://"
                             << "authUrlError"
                             << "is not an http or https address";
    QTest::addRow("no tenant") << "tenantIdEdit"
                               << "  "
                               << "tenantIdError"
                               << "Enter the tenant ID OpenText gave you";
    QTest::addRow("no client id") << "clientIdEdit"
                                  << ""
                                  << "clientIdError"
                                  << "Enter the client ID";
    QTest::addRow("no secret") << "clientSecretEdit"
                               << ""
                               << "clientSecretError"
                               << "Enter the client secret";
    QTest::addRow("no keychain entry") << "secretRefEdit"
                                       << ""
                                       << "secretRefError"
                                       << "Name the keychain entry";
}

void tst_OpenTextTargetPage::invalidInputDisablesSave()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorLabel);
    QFETCH(QString, words);
    start();
    fillOAuth2(QUrl(QStringLiteral("https://otb.example.com")), QStringLiteral("c"),
               QStringLiteral("s"), uniqueKey(QStringLiteral("never-saved")));
    auto *save = find<QPushButton>("saveButton");
    auto *edit = find<QLineEdit>(qPrintable(field));
    auto *error = find<QLabel>(qPrintable(errorLabel));
    QVERIFY(save->isEnabled());
    QVERIFY(error->isHidden());
    const QString good = edit->text();

    edit->setText(value);
    QVERIFY(!save->isEnabled());
    QVERIFY(!find<QPushButton>("testConnectionButton")->isEnabled());
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(words), qPrintable(error->text()));
    QVERIFY(m_page->problems().contains(error->text()));
    QCOMPARE(edit->accessibleDescription(), error->text());

    edit->setText(good);
    QVERIFY(save->isEnabled());
    QVERIFY(error->isHidden());
}

void tst_OpenTextTargetPage::builtInWorkspaceIsSavedToTheDefaultLocation()
{
    const QString defaultPath = OpenTextTargetPage::defaultWorkspacePath();
    QFile::remove(defaultPath);
    start(); // the built-in workspace, which has no file
    QCOMPARE(m_page->savePath(), defaultPath);
    QSignalSpy saved(m_page.get(), &OpenTextTargetPage::saved);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QCOMPARE(saved.first().first().toString(), defaultPath);
    const QString result = find<QLabel>("saveResult")->text();
    QVERIFY2(result.contains(QDir::toNativeSeparators(defaultPath)), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("default location")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("--workspace")), qPrintable(result));
    const QJsonObject target = openTextTarget(defaultPath);
    QCOMPARE(target.value(QLatin1String("sandbox")).toBool(), true);
    const Result<Workspace> reloaded = Workspace::load(defaultPath);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.error()));
    QCOMPARE(reloaded->sources().size(), Workspace::builtInDefault().sources().size());
    QVERIFY(QFile::remove(defaultPath));
}

void tst_OpenTextTargetPage::keepsWhatOtherPagesSaved()
{
    const QString path = writeDefaultWorkspace();
    QVERIFY(!path.isEmpty());
    start(path);
    // The rule designer saves a workspace without its first rule and the engine reloads it,
    // while this page is open on the workspace it read at the start.
    QJsonObject document = QJsonDocument::fromJson(fileContents(path)).object();
    QJsonArray rules = document.value(QLatin1String("rules")).toArray();
    QVERIFY(rules.size() > 1);
    const QString removed = rules.takeAt(0).toObject().value(QLatin1String("name")).toString();
    document.insert(QLatin1String("rules"), rules);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(document).toJson());
    }
    const Result<void> reloaded = m_engine->reloadWorkspace(path);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.error()));

    QSignalSpy saved(m_page.get(), &OpenTextTargetPage::saved);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);

    const Result<Workspace> written = Workspace::load(path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written->rules().size(), rules.size());
    QVERIFY2(!written->rule(removed), qPrintable(removed));
}

void tst_OpenTextTargetPage::testConnectionAgainstSandbox()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--client-id"), QStringLiteral("otb-client"),
                            QStringLiteral("--client-secret"), QStringLiteral("right-secret"),
                            QStringLiteral("--latency-ms"), QStringLiteral("300")}),
             sandbox.output().constData());
    start();
    fillOAuth2(sandbox.baseUrl(), QStringLiteral("otb-client"), QStringLiteral("right-secret"),
               uniqueKey(QStringLiteral("never-saved")));
    auto *test = find<QPushButton>("testConnectionButton");
    auto *busy = find<QProgressBar>("testBusy");
    auto *result = find<QLabel>("testResult");
    QSignalSpy tested(m_page.get(), &OpenTextTargetPage::connectionTested);

    QTest::mouseClick(test, Qt::LeftButton);
    // The sandbox answers after 300 ms: busy until then.
    QVERIFY(m_page->isTesting());
    QVERIFY(!busy->isHidden());
    QVERIFY(!test->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, testTimeoutMs);
    QCOMPARE(tested.first().at(0).toBool(), true);
    QVERIFY2(result->text().startsWith(QStringLiteral("Connected to 127.0.0.1")),
             qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("token")));
    QCOMPARE(result->accessibleName(), QStringLiteral("Succeeded"));
    QVERIFY(busy->isHidden());
    QVERIFY(test->isEnabled());
    QVERIFY(!m_page->isTesting());

    find<QLineEdit>("clientSecretEdit")->setText(QStringLiteral("wrong-secret"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, testTimeoutMs);
    QCOMPARE(tested.at(1).at(0).toBool(), false);
    QVERIFY2(result->text().contains(QStringLiteral("refused the client credentials")),
             qPrintable(result->text()));
    QCOMPARE(result->accessibleName(), QStringLiteral("Failed"));
    QVERIFY(!result->text().contains(QStringLiteral("wrong-secret")));
    QVERIFY(busy->isHidden());
}

void tst_OpenTextTargetPage::testConnectionToTheBuiltInSandbox()
{
    start();
    QVERIFY(!m_engine->sandboxUrl().isEmpty());
    QSignalSpy tested(m_page.get(), &OpenTextTargetPage::connectionTested);
    QTest::mouseClick(find<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, testTimeoutMs);
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
    QVERIFY(
        find<QLabel>("testResult")->text().startsWith(QStringLiteral("Connected to 127.0.0.1")));
}

void tst_OpenTextTargetPage::closingDuringATestIsSafe()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--client-id"), QStringLiteral("c"),
                            QStringLiteral("--client-secret"), QStringLiteral("s"),
                            QStringLiteral("--latency-ms"), QStringLiteral("1000")}),
             sandbox.output().constData());
    start();
    fillOAuth2(sandbox.baseUrl(), QStringLiteral("c"), QStringLiteral("s"),
               uniqueKey(QStringLiteral("never-saved")));
    bool reported = false;
    connect(m_page.get(), &OpenTextTargetPage::connectionTested, this,
            [&reported] { reported = true; });
    QTest::mouseClick(find<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QVERIFY(m_page->isTesting());
    m_page.reset();
    // Past the sandbox's answer: nothing is left to call back into the closed page.
    QTest::qWait(1500);
    QVERIFY(!reported);
}

QTEST_MAIN(tst_OpenTextTargetPage)
#include "tst_opentexttargetpage.moc"
