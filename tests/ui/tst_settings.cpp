// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apitoken.h"
#include "config/secretstore.h"
#include "config/workspace.h"
#include "engine/engine.h"
#include "settings/languagesetting.h"
#include "settings/settingspage.h"
#include "uisettings.h"
#include "workspacefile.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUuid>

#include <memory>
#include <optional>

using namespace OtBridge;

// The settings page as a person uses it: values typed in, saved with Ctrl+S, read back by the
// typed settings and put into the engine's options; wrong values refused next to their field;
// the language that main() loads.
class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsDefaultsWhenNothingIsSaved();
    void savedValuesReadBackAndFeedTheEngine();
    void invalidValuesAreRefused_data();
    void invalidValuesAreRefused();
    void revertDropsUnsavedEdits();
    void errorsReadOnDarkAndLightThemes();
    void commandLineStillWins();
    void languageChoiceReachesTheTranslator_data();
    void languageChoiceReachesTheTranslator();
    void everyControlHasAName();
    void publicUrlIsCheckedAndFeedsTheEngine();
    void healthMetricsAndTlsFeedTheEngine();
    void tlsPairIsCheckedOnSave();
    void showsWhereThingsLiveAndOpensTheirFolders();
    void changingTheApiTokenReachesTheRunningApi();
    void databaseIsCheckedAndItsPasswordGoesToTheKeychain();

private:
    std::unique_ptr<SettingsPage> m_page;
    QTemporaryDir m_dir;
};

void tst_Settings::initTestCase()
{
    // QSettings then lives under a test directory, never the user's real configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    QVERIFY(m_dir.isValid());
}

void tst_Settings::init()
{
    QSettings().clear();
    m_page = std::make_unique<SettingsPage>(nullptr);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_Settings::cleanup()
{
    m_page.reset();
    QSettings().clear();
}

void tst_Settings::showsDefaultsWhenNothingIsSaved()
{
    const ListenerLimits limits;
    QCOMPARE(m_page->addressEdit()->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_page->portEdit()->text(), QStringLiteral("8787"));
    QCOMPARE(qint64(m_page->maxBodyEdit()->value()) * 1024, limits.maxBodyBytes);
    QCOMPARE(m_page->maxConnectionsEdit()->value(), limits.maxConnections);
    QCOMPARE(m_page->maxPerPeerEdit()->value(), limits.maxConnectionsPerPeer);
    QCOMPARE(m_page->requestTimeoutEdit()->value() * 1000, limits.requestTimeoutMs);
    QCOMPARE(m_page->dataDirectoryEdit()->text(), UiSettings::defaultDataDirectory());
    QCOMPARE(m_page->languageBox()->currentData().toString(), QString()); // the system's
    QCOMPARE(m_page->languageBox()->count(), 4);
    auto *running = m_page->findChild<QLabel *>(QStringLiteral("runningLabel"));
    QCOMPARE(running->text(), QStringLiteral("The listener is not running."));
    auto *theme = m_page->findChild<QLabel *>(QStringLiteral("themeNote"));
    QVERIFY(theme && theme->text().contains(QStringLiteral("follows the system")));
}

void tst_Settings::savedValuesReadBackAndFeedTheEngine()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("store"));
    m_page->addressEdit()->setText(QStringLiteral("::1"));
    m_page->portEdit()->setText(QStringLiteral("9091"));
    m_page->maxBodyEdit()->setValue(2048);
    m_page->maxConnectionsEdit()->setValue(500);
    m_page->maxPerPeerEdit()->setValue(20);
    m_page->requestTimeoutEdit()->setValue(30);
    m_page->dataDirectoryEdit()->setText(dataDir);
    m_page->languageBox()->setCurrentIndex(m_page->languageBox()->findData(QStringLiteral("de")));

    // Saved from the keyboard.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keySequence(m_page.get(), QKeySequence::Save);
    // (A button's shortcut clicks it the way a mouse would: after its short press animation.)
    QTRY_VERIFY2(m_page->statusLabel()->text().startsWith(QStringLiteral("Saved.")),
                 qPrintable(m_page->statusLabel()->text()));
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("next time OT Bridge starts")));

    const UiSettings settings;
    const ListenerSettings listener = settings.listener();
    QCOMPARE(listener.address, QStringLiteral("::1"));
    QCOMPARE(listener.port, quint16(9091));
    QCOMPARE(listener.limits.maxBodyBytes, 2048 * 1024);
    QCOMPARE(listener.limits.maxConnections, 500);
    QCOMPARE(listener.limits.maxConnectionsPerPeer, 20);
    QCOMPARE(listener.limits.requestTimeoutMs, 30'000);
    QCOMPARE(settings.dataDirectory(), dataDir);
    QCOMPARE(settings.language(), QStringLiteral("de"));

    EngineOptions options;
    settings.applyTo(options);
    QCOMPARE(options.address, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(options.port, quint16(9091));
    QCOMPARE(options.limits.maxBodyBytes, 2048 * 1024);
    QCOMPARE(options.limits.maxConnections, 500);
    QCOMPARE(options.limits.maxConnectionsPerPeer, 20);
    QCOMPARE(options.limits.requestTimeoutMs, 30'000);
    QCOMPARE(options.limits.maxHeaderBytes, ListenerLimits().maxHeaderBytes); // not a setting
    QCOMPARE(options.dataDir, dataDir);

    // A new page shows what was saved.
    SettingsPage again(nullptr);
    QCOMPARE(again.addressEdit()->text(), QStringLiteral("::1"));
    QCOMPARE(again.portEdit()->text(), QStringLiteral("9091"));
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("de"));

    // And an engine started on those options really listens there.
    Engine engine;
    options.port = 0; // any free port: the test must not depend on 9091 being free
    const auto url = engine.start(options);
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->host(), QStringLiteral("::1"));
    QVERIFY(QFile::exists(QDir(dataDir).filePath(Engine::storeFileName())));
}

void tst_Settings::invalidValuesAreRefused_data()
{
    QTest::addColumn<QString>("field"); // which field gets the bad value
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("message");
    QTest::addRow("host name") << "address"
                               << "example.com"
                               << "addressError"
                               << "'example.com' is not an IP address: use one such as 127.0.0.1, "
                                  "::1 or 0.0.0.0, or localhost";
    QTest::addRow("bad IPv4") << "address"
                              << "127.0.0.256"
                              << "addressError"
                              << "'127.0.0.256' is not an IP address: use one such as 127.0.0.1, "
                                 "::1 or 0.0.0.0, or localhost";
    QTest::addRow("empty address") << "address"
                                   << ""
                                   << "addressError"
                                   << "Enter the address to listen on, such as 127.0.0.1";
    QTest::addRow("port too big") << "port"
                                  << "65536"
                                  << "portError"
                                  << "The port is a whole number from 1 to 65535";
    QTest::addRow("port zero") << "port"
                               << "0"
                               << "portError"
                               << "The port is a whole number from 1 to 65535";
    QTest::addRow("port not a number") << "port"
                                       << "80a"
                                       << "portError"
                                       << "The port is a whole number from 1 to 65535";
    QTest::addRow("relative directory")
        << "dataDir"
        << "otbridge-data"
        << "dataDirectoryError"
        << "Give the directory's full path, not one relative to where OT Bridge starts";
    QTest::addRow("empty directory") << "dataDir"
                                     << ""
                                     << "dataDirectoryError"
                                     << "Choose a directory for the event store";
    QTest::addRow("per peer above total")
        << "perPeer"
        << ""
        << "connectionsError"
        << "One client address cannot hold more connections than the 10 in total";
}

void tst_Settings::invalidValuesAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorLabel);
    QFETCH(QString, message);

    // Valid changes everywhere else: none of them may be saved either.
    m_page->portEdit()->setText(QStringLiteral("9092"));
    m_page->languageBox()->setCurrentIndex(m_page->languageBox()->findData(QStringLiteral("fr")));
    if (field == QLatin1String("address"))
        m_page->addressEdit()->setText(value);
    else if (field == QLatin1String("port"))
        m_page->portEdit()->setText(value);
    else if (field == QLatin1String("dataDir"))
        m_page->dataDirectoryEdit()->setText(value);
    else {
        m_page->maxConnectionsEdit()->setValue(10);
        m_page->maxPerPeerEdit()->setValue(11);
    }
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("saveSettingsButton")),
                      Qt::LeftButton);

    auto *error = m_page->findChild<QLabel *>(errorLabel);
    QVERIFY(error);
    QCOMPARE(error->text(), message);
    QVERIFY(error->isVisible());
    QCOMPARE(m_page->statusLabel()->text(),
             QStringLiteral("Not saved: correct the fields marked above."));
    // Only that field complains.
    for (const char *other :
         {"addressError", "portError", "dataDirectoryError", "connectionsError"})
        if (errorLabel != QLatin1String(other))
            QVERIFY2(!m_page->findChild<QLabel *>(QLatin1String(other))->isVisible(), other);
    // Nothing reached the settings.
    const QSettings raw;
    QVERIFY2(raw.allKeys().isEmpty(), qPrintable(raw.allKeys().join(QLatin1Char(','))));
    QCOMPARE(UiSettings().listener().port, UiSettings::defaultPort);
    QCOMPARE(UiSettings().language(), QString());

    // Corrected, it saves and the error goes.
    m_page->addressEdit()->setText(QStringLiteral("127.0.0.1"));
    m_page->portEdit()->setText(QStringLiteral("9092"));
    m_page->dataDirectoryEdit()->setText(m_dir.path());
    m_page->maxPerPeerEdit()->setValue(m_page->maxConnectionsEdit()->value());
    QVERIFY(m_page->save());
    QVERIFY(!error->isVisible());
    QCOMPARE(UiSettings().listener().port, quint16(9092));
    QCOMPARE(UiSettings().language(), QStringLiteral("fr"));
}

void tst_Settings::revertDropsUnsavedEdits()
{
    m_page->portEdit()->setText(QStringLiteral("9000"));
    QVERIFY(m_page->save());
    m_page->portEdit()->setText(QStringLiteral("9999"));
    m_page->addressEdit()->setText(QStringLiteral("nonsense"));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("revertSettingsButton")),
                      Qt::LeftButton);
    QCOMPARE(m_page->portEdit()->text(), QStringLiteral("9000"));
    QCOMPARE(m_page->addressEdit()->text(), QStringLiteral("127.0.0.1"));

    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("restoreDefaultsButton")),
                      Qt::LeftButton);
    QCOMPARE(m_page->portEdit()->text(), QStringLiteral("8787"));
    QCOMPARE(UiSettings().listener().port, quint16(9000)); // shown, not saved yet
}

void tst_Settings::errorsReadOnDarkAndLightThemes()
{
    for (const QColor &window : {QColor(0x20, 0x20, 0x24), QColor(0xf4, 0xf4, 0xf4)}) {
        QPalette palette = m_page->palette();
        palette.setColor(QPalette::Window, window);
        m_page->setPalette(palette);
        const QColor error = m_page->portError()->palette().color(QPalette::WindowText);
        // Light red on dark, dark red on light: never the same lightness side as the ground.
        QCOMPARE(error.lightness() > 128, window.lightness() < 128);
        QVERIFY(error.red() > error.green());
    }
}

void tst_Settings::commandLineStillWins()
{
    // Nothing saved: applyTo leaves every option as it was.
    EngineOptions untouched;
    untouched.port = 1234;
    untouched.dataDir = QStringLiteral("/from/the/command/line");
    UiSettings().applyTo(untouched);
    QCOMPARE(untouched.port, quint16(1234));
    QCOMPARE(untouched.dataDir, QStringLiteral("/from/the/command/line"));
    QCOMPARE(untouched.address, QHostAddress(QHostAddress::LocalHost));

    // A value edited by hand into nonsense is skipped, not turned into some address.
    QSettings().setValue(QStringLiteral("listener/address"), QStringLiteral("not an address"));
    EngineOptions options;
    UiSettings().applyTo(options);
    QCOMPARE(options.address, QHostAddress(QHostAddress::LocalHost));
}

void tst_Settings::languageChoiceReachesTheTranslator_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("language"); // of the locale chosen
    QTest::addColumn<QString>("notListening"); // MainWindow's "Not listening" in it
    QTest::addRow("German") << "de"
                            << "en_GB"
                            << "de"
                            << "Lauscht nicht";
    QTest::addRow("French") << "fr"
                            << "de_DE"
                            << "fr"
                            << "À l'arrêt";
    QTest::addRow("English over a German system") << "en"
                                                  << "de_DE"
                                                  << "en"
                                                  << "";
    QTest::addRow("system: German") << ""
                                    << "de_AT"
                                    << "de"
                                    << "Lauscht nicht";
    QTest::addRow("unknown code: system") << "xx"
                                          << "fr_CA"
                                          << "fr"
                                          << "À l'arrêt";
}

void tst_Settings::languageChoiceReachesTheTranslator()
{
    QFETCH(QString, saved);
    QFETCH(QString, system);
    QFETCH(QString, language);
    QFETCH(QString, notListening);

    UiSettings().setLanguage(saved);
    // What main() does on start: the saved choice, or the system's language.
    const QLocale locale = localeForLanguage(UiSettings().language(), QLocale(system));
    QCOMPARE(QLocale::languageToCode(locale.language()), language);
    QTranslator translator;
    QVERIFY(loadTranslation(translator, locale));
    // English needs no translation, only its plural forms; the source text shows.
    QCOMPARE(translator.translate("OtBridge::MainWindow", "Not listening"), notListening);
    if (notListening.isEmpty())
        QCOMPARE(translator.translate("OtBridge::ConsolePage", "%n rows shown", nullptr, 1),
                 QStringLiteral("%n row shown"));
}

void tst_Settings::everyControlHasAName()
{
    QStringList unnamed;
    for (QWidget *widget : m_page->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QSpinBox *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QPushButton *>(widget);
        if (!control || qobject_cast<QSpinBox *>(widget->parentWidget())
            || qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;
        if (widget->accessibleName().isEmpty() || widget->objectName().isEmpty())
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
                    + widget->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

void tst_Settings::healthMetricsAndTlsFeedTheEngine()
{
    // The engine's defaults until something is chosen.
    QCOMPARE(m_page->healthAccessBox()->currentText(), QStringLiteral("Open to anyone"));
    QCOMPARE(m_page->metricsAccessBox()->currentText(),
             QStringLiteral("Open on this computer, the token beyond it"));
    EngineOptions defaults;
    UiSettings().applyTo(defaults);
    QCOMPARE(defaults.healthAccess, EndpointAccess::Open);
    QVERIFY(!defaults.metricsAccess.has_value());
    QVERIFY(defaults.tlsCertificatePath.isEmpty());

    QComboBox *health = m_page->healthAccessBox();
    QComboBox *metrics = m_page->metricsAccessBox();
    health->setCurrentIndex(health->findData(QStringLiteral("token")));
    metrics->setCurrentIndex(metrics->findData(QStringLiteral("off")));
    QVERIFY(m_page->save());
    EngineOptions options;
    UiSettings().applyTo(options);
    QCOMPARE(options.healthAccess, EndpointAccess::Token);
    QCOMPARE(options.metricsAccess, std::optional<EndpointAccess>(EndpointAccess::Off));

    // Shown again by a new page, and the engine really answers that way.
    SettingsPage again(nullptr);
    QCOMPARE(again.healthAccessBox()->currentData().toString(), QStringLiteral("token"));
    QCOMPARE(again.metricsAccessBox()->currentData().toString(), QStringLiteral("off"));
    options.dataDir = m_dir.filePath(QStringLiteral("endpoints"));
    options.port = 0;
    Engine engine;
    const auto url = engine.start(options);
    QVERIFY2(url, qPrintable(url.error()));
    QNetworkAccessManager network;
    const auto status = [&](const char *path) {
        QUrl target = url.value();
        target.setPath(QLatin1String(path));
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(target)));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000))
            return -1;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    QCOMPARE(status("/metrics"), 404);
    // Behind the token: refused without one (401, or 403 while no token is stored at all) once
    // the keychain has been read (503 until then).
    QTRY_VERIFY_WITH_TIMEOUT(status("/health") != 503, 10000);
    const int healthStatus = status("/health");
    QVERIFY2(healthStatus == 401 || healthStatus == 403, qPrintable(QString::number(healthStatus)));
}

namespace {

// A throwaway self-signed pair for 127.0.0.1, made by openssl.
bool makeTlsPair(const QString &directory, const QString &name)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
                   QDir(directory).filePath(name + QStringLiteral(".key")), QStringLiteral("-out"),
                   QDir(directory).filePath(name + QStringLiteral(".crt"))});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        qWarning("openssl: %s", openssl.readAll().constData());
        return false;
    }
    return QFile::setPermissions(QDir(directory).filePath(name + QStringLiteral(".key")),
                                 QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace

void tst_Settings::tlsPairIsCheckedOnSave()
{
    QVERIFY(makeTlsPair(m_dir.path(), QStringLiteral("a")));
    QVERIFY(makeTlsPair(m_dir.path(), QStringLiteral("b")));
    const QString certificate = m_dir.filePath(QStringLiteral("a.crt"));
    QLabel *error = m_page->tlsError();

    // One file without the other.
    m_page->tlsCertificateEdit()->setText(certificate);
    QVERIFY(!m_page->save());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(),
             QStringLiteral("TLS needs both files, the certificate and its key; "
                            "leave both empty for plain HTTP"));
    QCOMPARE(m_page->tlsKeyEdit()->accessibleDescription(), error->text());
    // A key that belongs to another certificate.
    m_page->tlsKeyEdit()->setText(m_dir.filePath(QStringLiteral("b.key")));
    QVERIFY(!m_page->save());
    QVERIFY(error->isVisible());
    QVERIFY2(!error->text().isEmpty(), "no words for a mismatched pair");
    QVERIFY(UiSettings().tlsCertificatePath().isEmpty()); // nothing saved
    QCOMPARE(m_page->statusLabel()->text(),
             QStringLiteral("Not saved: correct the fields marked above."));

    m_page->tlsKeyEdit()->setText(m_dir.filePath(QStringLiteral("a.key")));
    QVERIFY(m_page->save());
    QVERIFY(error->isHidden());
    EngineOptions options;
    UiSettings().applyTo(options);
    QCOMPARE(options.tlsCertificatePath, certificate);
    QCOMPARE(options.tlsKeyPath, m_dir.filePath(QStringLiteral("a.key")));
    // The engine serves HTTPS with them.
    options.dataDir = m_dir.filePath(QStringLiteral("tls"));
    options.port = 0;
    Engine engine;
    const auto url = engine.start(options);
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->scheme(), QStringLiteral("https"));

    // Restore defaults empties them: plain HTTP at the next start.
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("restoreDefaultsButton")),
                      Qt::LeftButton);
    QVERIFY(m_page->tlsCertificateEdit()->text().isEmpty());
    QVERIFY(m_page->save());
    QVERIFY(UiSettings().tlsCertificatePath().isEmpty());
}

// Receives what the page asks the desktop to open, instead of a file manager.
class OpenedUrls : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

void tst_Settings::showsWhereThingsLiveAndOpensTheirFolders()
{
    OpenedUrls opened;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
    const QString workspaceDir = m_dir.filePath(QStringLiteral("where"));
    QVERIFY(QDir().mkpath(workspaceDir));
    const QString workspace = QDir(workspaceDir).filePath(QStringLiteral("workspace.json"));
    QVERIFY(Workspace::builtInDefault().save(workspace).ok());
    Engine engine;
    EngineOptions options;
    options.dataDir = m_dir.filePath(QStringLiteral("where-data"));
    options.workspacePath = workspace;
    QVERIFY(engine.start(options).ok());
    SettingsPage page(&engine);
    page.dataDirectoryEdit()->setText(options.dataDir);

    auto *where = page.findChild<QLineEdit *>(QStringLiteral("workspacePathEdit"));
    QCOMPARE(where->text(), QDir::toNativeSeparators(workspace));
    QVERIFY(where->isReadOnly());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("workspaceNote"))->isHidden());
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("openWorkspaceFolderButton")),
                      Qt::LeftButton);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("openDataFolderButton")),
                      Qt::LeftButton);
    QCOMPARE(
        opened.urls,
        (QList<QUrl> {QUrl::fromLocalFile(workspaceDir), QUrl::fromLocalFile(options.dataDir)}));
    // A folder that is not there yet is said so, not opened.
    page.dataDirectoryEdit()->setText(m_dir.filePath(QStringLiteral("not-yet")));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("openDataFolderButton")),
                      Qt::LeftButton);
    QCOMPARE(opened.urls.size(), 2);
    QVERIFY2(page.statusLabel()->text().endsWith(QStringLiteral("does not exist yet.")),
             qPrintable(page.statusLabel()->text()));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));

    // The built-in workspace says where the pages save it.
    SettingsPage builtIn(nullptr);
    QCOMPARE(builtIn.findChild<QLineEdit *>(QStringLiteral("workspacePathEdit"))->text(),
             QDir::toNativeSeparators(WorkspaceFile::defaultPath()));
    QVERIFY(!builtIn.findChild<QLabel *>(QStringLiteral("workspaceNote"))->isHidden());
}

namespace {

// GET /api/v1/events/<a random id> with token: 404 once the API takes the token (the event is
// not there), 401 while it does not.
int apiStatus(QNetworkAccessManager &network, const QUrl &base, const QString &token)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v1/events/")
                + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

// Needs the session's Secret Service; the api-token entry is shared with tst_cli, hence the
// RESOURCE_LOCK in tests/ui/CMakeLists.txt.
void tst_Settings::changingTheApiTokenReachesTheRunningApi()
{
    qunsetenv("OTBRIDGE_SECRET_API_TOKEN");
    // The token stored here goes again, pass or fail: an engine started later in the same
    // session would read it (tst_webhooklistener counts on there being none).
    const auto forgetToken = qScopeGuard([] {
        SecretStore secrets;
        QEventLoop removed;
        secrets.remove(apiTokenKey(), &removed,
                       [&removed](const Result<void> &) { removed.quit(); });
        QTimer::singleShot(30000, &removed, &QEventLoop::quit);
        removed.exec();
    });
    Engine engine;
    EngineOptions options;
    options.dataDir = m_dir.filePath(QStringLiteral("api"));
    QVERIFY(engine.start(options).ok());
    SettingsPage page(&engine);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QLabel *status = page.apiTokenStatus();
    QTRY_VERIFY_WITH_TIMEOUT(status->text() != QStringLiteral("Reading the keychain…"), 10000);
    QVERIFY2(!status->text().startsWith(QStringLiteral("The keychain could not be read")),
             qPrintable(status->text()));
    QVERIFY(page.apiTokenEdit()->text().isEmpty()); // a stored token is never shown
    auto *generate = page.findChild<QPushButton *>(QStringLiteral("generateApiTokenButton"));
    QNetworkAccessManager network;
    QSignalSpy stored(&page, &SettingsPage::apiTokenStored);

    // Replacing asks first; the answer here is what to do.
    const auto generateAndAnswer = [&](bool replace) {
        const qsizetype before = stored.size();
        QTest::mouseClick(generate, Qt::LeftButton);
        if (auto *confirm
            = page.findChild<QMessageBox *>(QStringLiteral("replaceTokenConfirmation"))) {
            QTRY_VERIFY(confirm->isVisible());
            if (replace)
                QTest::mouseClick(
                    confirm->findChild<QPushButton *>(QStringLiteral("confirmReplaceTokenButton")),
                    Qt::LeftButton);
            else
                confirm->reject();
        }
        if (replace)
            QTRY_COMPARE_WITH_TIMEOUT(stored.size(), before + 1, 10000);
    };

    generateAndAnswer(true);
    QVERIFY2(stored.constLast().at(0).toBool(), qPrintable(stored.constLast().at(1).toString()));
    const QString first = page.apiTokenEdit()->text();
    QCOMPARE(first.size(), 43);
    QVERIFY(page.apiTokenEdit()->isReadOnly());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("apiTokenNote"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(apiStatus(network, engine.url(), first), 404, 10000);
    QCOMPARE(apiStatus(network, engine.url(), QStringLiteral("not-the-token")), 401);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("copyApiTokenButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), first);

    // There is one now: replacing asks, and Cancel keeps it.
    QTest::mouseClick(generate, Qt::LeftButton);
    auto *confirm = page.findChild<QMessageBox *>(QStringLiteral("replaceTokenConfirmation"));
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    confirm->reject();
    QTRY_VERIFY(!page.findChild<QMessageBox *>(QStringLiteral("replaceTokenConfirmation")));
    QCOMPARE(page.apiTokenEdit()->text(), first);
    QCOMPARE(apiStatus(network, engine.url(), first), 404);

    generateAndAnswer(true);
    const QString second = page.apiTokenEdit()->text();
    QVERIFY(second != first);
    QTRY_COMPARE_WITH_TIMEOUT(apiStatus(network, engine.url(), second), 404, 10000);
    QCOMPARE(apiStatus(network, engine.url(), first), 401);
    SecretStore secrets;
    std::optional<Result<QString>> read;
    secrets.read(apiTokenKey(), this, [&read](const Result<QString> &token) { read = token; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
    QVERIFY(read->ok());
    QCOMPARE(read->value(), second);
    // A new page knows there is one, and does not show it.
    SettingsPage again(&engine);
    QTRY_COMPARE_WITH_TIMEOUT(again.apiTokenStatus()->text(),
                              QStringLiteral("A token is stored in the keychain. Generating a new "
                                             "one replaces it: clients with the old one get 401."),
                              10000);
    QVERIFY(again.apiTokenEdit()->text().isEmpty());
}

void tst_Settings::publicUrlIsCheckedAndFeedsTheEngine()
{
    QLineEdit *edit = m_page->publicUrlEdit();
    QLabel *error = m_page->publicUrlError();
    QVERIFY(edit->text().isEmpty());
    EngineOptions none;
    UiSettings().applyTo(none);
    QVERIFY(none.publicUrl.isEmpty()); // no links until one is given

    edit->setText(QStringLiteral("alerts.example.com"));
    QVERIFY(!m_page->save());
    QVERIFY(!error->isHidden());
    QCOMPARE(error->text(),
             QStringLiteral("'alerts.example.com' is not a public URL for links in messages: it "
                            "must start with https:// (or http://)"));
    QCOMPARE(edit->accessibleDescription(), error->text());
    QVERIFY(UiSettings().publicUrl().isEmpty()); // nothing saved

    edit->setText(QStringLiteral(" https://alerts.example.com/otbridge "));
    QVERIFY(m_page->save());
    QVERIFY(error->isHidden());
    QVERIFY2(m_page->statusLabel()->text().contains(
                 QStringLiteral("Messages carry acknowledgement links under the new public URL "
                                "from the next time OT Bridge starts.")),
             qPrintable(m_page->statusLabel()->text()));
    EngineOptions options;
    UiSettings().applyTo(options);
    QCOMPARE(options.publicUrl, QUrl(QStringLiteral("https://alerts.example.com/otbridge")));
    SettingsPage again(nullptr);
    QCOMPARE(again.publicUrlEdit()->text(), QStringLiteral("https://alerts.example.com/otbridge"));

    // Emptied again: the messages carry no link.
    edit->clear();
    QVERIFY(m_page->save());
    EngineOptions cleared;
    UiSettings().applyTo(cleared);
    QVERIFY(cleared.publicUrl.isEmpty());
}

// The database URL is checked like every field; its password never reaches the settings file:
// Save puts it into the keychain (the session's Secret Service), and the page only ever says
// whether one is there.
void tst_Settings::databaseIsCheckedAndItsPasswordGoesToTheKeychain()
{
    static constexpr char databasePassword[] = "settings-db-password-4c1e";
    qunsetenv("OTBRIDGE_SECRET_DATABASE_PASSWORD");
    SecretStore secrets;
    std::optional<Result<void>> removed;
    secrets.remove(DatabaseUrl::passwordKey(), this,
                   [&removed](const Result<void> &result) { removed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
    QVERIFY2(removed->ok(), qPrintable(removed->error()));
    const auto settingsFile = [] {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };

    SettingsPage page(nullptr);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.databaseEdit()->text(), QString());
    QCOMPARE(page.databasePasswordEdit()->echoMode(), QLineEdit::Password);
    QTRY_COMPARE_WITH_TIMEOUT(page.databasePasswordStatus()->text(),
                              QStringLiteral("No password is stored: type the database's here if "
                                             "it asks for one."),
                              10000);
    EngineOptions defaults;
    UiSettings().applyTo(defaults);
    QVERIFY(!defaults.database.isPostgresql());

    // A password in the URL is refused next to the field, and nothing is saved.
    page.databaseEdit()->setText(
        QStringLiteral("postgresql://otbridge:%1@db.example.com/alerts").arg(databasePassword));
    QVERIFY(!page.save());
    QVERIFY(!page.databaseError()->isHidden());
    QCOMPARE(page.databaseError()->text(), DatabaseUrl::passwordRefusal());
    QCOMPARE(page.databaseEdit()->accessibleDescription(), page.databaseError()->text());
    QVERIFY(page.databaseEdit()->hasFocus());
    QCOMPARE(UiSettings().database(), QString());
    QVERIFY(!settingsFile().contains(databasePassword));

    // The URL saved without it; the password typed beside it goes to the keychain.
    QSignalSpy stored(&page, &SettingsPage::databasePasswordStored);
    page.databaseEdit()->setText(
        QStringLiteral(" postgres://otbridge@db.example.com/alerts?sslmode=verify-full "));
    page.databasePasswordEdit()->setText(QString::fromLatin1(databasePassword));
    QVERIFY(page.save());
    QVERIFY(page.databaseError()->isHidden());
    QVERIFY2(page.statusLabel()->text().contains(
                 QStringLiteral("The new database is used from the next time OT Bridge starts.")),
             qPrintable(page.statusLabel()->text()));
    QVERIFY(page.databasePasswordEdit()->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10000);
    QVERIFY2(stored.constFirst().at(0).toBool(), qPrintable(stored.constFirst().at(1).toString()));
    QCOMPARE(page.databasePasswordStatus()->text(),
             QStringLiteral("The password is stored in the keychain."));
    const QString saved
        = QStringLiteral("postgresql://otbridge@db.example.com:5432/alerts?sslmode=verify-full");
    QCOMPARE(UiSettings().database(), saved);
    QCOMPARE(page.databaseEdit()->text(), saved);
    QVERIFY(settingsFile().contains("db.example.com"));
    QVERIFY(!settingsFile().contains(databasePassword));
    std::optional<Result<QString>> read;
    secrets.read(DatabaseUrl::passwordKey(), this,
                 [&read](const Result<QString> &password) { read = password; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
    QVERIFY2(read->ok(), qPrintable(read->error()));
    QCOMPARE(read->value(), QString::fromLatin1(databasePassword));

    // The engine gets the URL and opens its store there with the keychain's password; no server
    // answers at db.example.com, and the start says so in the database's words.
    EngineOptions options;
    options.dataDir = m_dir.filePath(QStringLiteral("database"));
    UiSettings().applyTo(options);
    QCOMPARE(options.database, DatabaseUrl::parse(saved).value());
    Engine engine(options.database);
    const auto started = engine.start(options);
    QVERIFY(!started.ok());
    QVERIFY(engine.databaseRefused());
    QVERIFY2(started.error().startsWith(
                 QStringLiteral("cannot connect to the database %1: ").arg(saved)),
             qPrintable(started.error()));
    QVERIFY2(!started.error().contains(QLatin1String("no password was given")),
             qPrintable(started.error()));
    QVERIFY(!started.error().contains(QLatin1String(databasePassword)));

    // A new page shows the URL and that a password is there, never the password.
    SettingsPage again(nullptr);
    QCOMPARE(again.databaseEdit()->text(), saved);
    QTRY_COMPARE_WITH_TIMEOUT(again.databasePasswordStatus()->text(),
                              QStringLiteral("A password is stored in the keychain; type a new "
                                             "one to replace it."),
                              10000);
    QVERIFY(again.databasePasswordEdit()->text().isEmpty());
    // A server's environment wins, and the page says so.
    qputenv("OTBRIDGE_SECRET_DATABASE_PASSWORD", "settings-env-db-password-7f30");
    SettingsPage fromEnvironment(nullptr);
    QCOMPARE(fromEnvironment.databasePasswordStatus()->text(),
             QStringLiteral("The password comes from OTBRIDGE_SECRET_DATABASE_PASSWORD in the "
                            "environment, which wins over the keychain."));
    qunsetenv("OTBRIDGE_SECRET_DATABASE_PASSWORD");

    // Back to SQLite: the setting goes.
    page.databaseEdit()->setText(QStringLiteral("sqlite"));
    QVERIFY(page.save());
    QCOMPARE(UiSettings().database(), QString());
    QCOMPARE(page.databaseEdit()->text(), QString());
    removed.reset();
    secrets.remove(DatabaseUrl::passwordKey(), this,
                   [&removed](const Result<void> &result) { removed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
}

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
