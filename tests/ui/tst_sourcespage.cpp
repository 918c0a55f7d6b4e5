// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/secretstore.h"
#include "config/workspace.h"
#include "engine/engine.h"
#include "sources/sourcespage.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

// The Sources page against a real engine, its listener on loopback and the session's Secret
// Service: an admin adds a source that checks Standard Webhooks signatures, gives its secret,
// saves, and a signed test gets through while an unsigned request does not; nothing of it is
// typed into the workspace file.
class tst_SourcesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void listsTheWorkspacesSources();
    void addsAStandardWebhooksSourceWithASecret();
    void rowsFollowTheKindAlone();
    void invalidInputIsRefusedAndNothingSavedIsLost_data();
    void invalidInputIsRefusedAndNothingSavedIsLost();
    void deletingASource();
    void asksBeforeDroppingUnsavedEdits();

private:
    void start();
    QString uniqueKey(const QString &name);
    std::optional<Result<QString>> readSecret(const QString &key);
    QJsonObject sourceInFile(const QString &name) const;
    int post(const QString &source, const QByteArray &body);
    void chooseAuth(SourceAuth::Kind kind);
    template<typename T> T *find(const char *name) const
    {
        T *child = m_page->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no %s called %s", T::staticMetaObject.className(), name);
        return child;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<SourcesPage> m_page;
    QString m_path;
    SecretStore m_secrets;
    QNetworkAccessManager m_network;
    QString m_prefix;
    QStringList m_keys;
};

namespace {

constexpr int saveTimeoutMs = 10000;
// The Standard Webhooks specification's example secret (listed in tests/secrets.txt).
constexpr char webhookSecret[] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void tst_SourcesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sourcespage"));
    m_prefix = QStringLiteral("otbridge-tests/%1/")
                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void tst_SourcesPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("workspace.json"));
    QVERIFY(Workspace::builtInDefault().save(m_path).ok());
    start();
}

void tst_SourcesPage::cleanup()
{
    m_page.reset();
    m_engine.reset();
    m_dir.reset();
}

void tst_SourcesPage::cleanupTestCase()
{
    for (const QString &key : std::as_const(m_keys)) {
        bool done = false;
        m_secrets.remove(key, this, [&done](const Result<void> &) { done = true; });
        if (!QTest::qWaitFor([&done] { return done; }, 5000))
            qWarning("the keychain did not answer removing a test secret");
    }
}

void tst_SourcesPage::start()
{
    m_engine = std::make_unique<Engine>();
    EngineOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    options.workspacePath = m_path;
    const Result<QUrl> started = m_engine->start(options);
    QVERIFY2(started.ok(), qPrintable(started.error()));
    m_page = std::make_unique<SourcesPage>(m_engine.get());
    m_page->resize(1100, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

QString tst_SourcesPage::uniqueKey(const QString &name)
{
    m_keys.append(m_prefix + name);
    return m_keys.constLast();
}

std::optional<Result<QString>> tst_SourcesPage::readSecret(const QString &key)
{
    std::optional<Result<QString>> result;
    m_secrets.read(key, this, [&result](const Result<QString> &secret) { result = secret; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 10000);
    return result;
}

QJsonObject tst_SourcesPage::sourceInFile(const QString &name) const
{
    const QJsonArray sources = QJsonDocument::fromJson(contents(m_path))
                                   .object()
                                   .value(QLatin1String("sources"))
                                   .toArray();
    for (const QJsonValue &source : sources) {
        if (source.toObject().value(QLatin1String("name")).toString() == name)
            return source.toObject();
    }
    return {};
}

int tst_SourcesPage::post(const QString &source, const QByteArray &body)
{
    QNetworkRequest request(m_page->senderUrl(source));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, body));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void tst_SourcesPage::chooseAuth(SourceAuth::Kind kind)
{
    auto *auth = find<QComboBox>("sourceAuthCombo");
    QVERIFY(auth);
    auth->setCurrentIndex(auth->findData(int(kind)));
}

void tst_SourcesPage::listsTheWorkspacesSources()
{
    auto *list = find<QListWidget>("sourceList");
    const Workspace workspace = Workspace::builtInDefault();
    QCOMPARE(list->count(), workspace.sources().size());
    QCOMPARE(m_page->currentName(), workspace.sources().constFirst().name);
    list->setCurrentRow(2);
    const SourceConfig &third = workspace.sources().at(2);
    QCOMPARE(m_page->currentName(), third.name);
    QCOMPARE(find<QLineEdit>("sourceNameEdit")->text(), third.name);
    QVERIFY(find<QLineEdit>("sourceNameEdit")->isReadOnly());
    QCOMPARE(find<QLineEdit>("sourceTitleEdit")->text(), third.title);
    QCOMPARE(find<QLineEdit>("sourceUrlEdit")->text(),
             m_engine->url().toString() + QStringLiteral("/hooks/") + third.name);
    QVERIFY(m_page->problems().isEmpty());
    QTest::mouseClick(find<QPushButton>("copyUrlButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), find<QLineEdit>("sourceUrlEdit")->text());
}

void tst_SourcesPage::addsAStandardWebhooksSourceWithASecret()
{
    QTest::mouseClick(find<QPushButton>("addSourceButton"), Qt::LeftButton);
    QVERIFY(m_page->currentName().isEmpty());
    auto *name = find<QLineEdit>("sourceNameEdit");
    QVERIFY(!name->isReadOnly());
    QVERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("crm-events"));
    find<QLineEdit>("sourceTitleEdit")->setText(QStringLiteral("CRM events"));
    chooseAuth(SourceAuth::Kind::StandardWebhooks);
    QCOMPARE(find<QLineEdit>("sourceSecretRefEdit")->text(), QStringLiteral("source/crm-events"));
    const QString key = uniqueKey(QStringLiteral("source/crm-events"));
    find<QLineEdit>("sourceSecretRefEdit")->setText(key);
    auto *secret = find<QLineEdit>("sourceSecretEdit");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::keyClicks(secret, QString::fromLatin1(webhookSecret));
    QCOMPARE(find<QLineEdit>("sourceUrlEdit")->text(),
             m_engine->url().toString() + QStringLiteral("/hooks/crm-events"));
    QVERIFY2(m_page->problems().isEmpty(), qPrintable(m_page->problems().join(u'\n')));

    QSignalSpy secretsRead(m_engine.get(), &Engine::sourceSecretsRead);
    QSignalSpy saved(m_page.get(), &SourcesPage::saved);
    QSignalSpy failed(m_page.get(), &SourcesPage::saveFailed);
    QTest::mouseClick(find<QPushButton>("saveSourceButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() > 0, saveTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(saved.first().first().toString(), m_path);
    QCOMPARE(m_page->currentName(), QStringLiteral("crm-events"));
    QVERIFY(find<QLineEdit>("sourceNameEdit")->isReadOnly());

    // The file names the keychain entry; the secret is in the keychain only.
    const QJsonObject written = sourceInFile(QStringLiteral("crm-events"));
    QCOMPARE(written.value(QLatin1String("title")).toString(), QStringLiteral("CRM events"));
    const QJsonObject auth = written.value(QLatin1String("auth")).toObject();
    QCOMPARE(auth.value(QLatin1String("type")).toString(), QStringLiteral("standard-webhooks"));
    QCOMPARE(auth.value(QLatin1String("secret")).toString(), key);
    QVERIFY(!contents(m_path).contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    const auto stored = readSecret(key);
    QVERIFY(stored.has_value());
    QVERIFY2(stored->ok(), qPrintable(stored->error()));
    QCOMPARE(stored->value(), QString::fromLatin1(webhookSecret));
    QVERIFY(m_engine->workspace().source(QStringLiteral("crm-events")));
    auto *list = find<QListWidget>("sourceList");
    QVERIFY(list->currentItem());
    QVERIFY(list->currentItem()->text().contains(QStringLiteral("CRM events")));

    // The listener checks the source's webhooks from now on: unsigned is refused, the page's
    // signed test gets through.
    QTRY_VERIFY_WITH_TIMEOUT(secretsRead.contains(QVariantList {QStringLiteral("crm-events")}),
                             saveTimeoutMs);
    QCOMPARE(post(QStringLiteral("crm-events"), R"({"unsigned": true})"), 401);
    QSignalSpy answered(m_page.get(), &SourcesPage::testAnswered);
    auto *test = find<QPushButton>("sendTestButton");
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, saveTimeoutMs);
    QCOMPARE(answered.first().at(0).toInt(), 202);
    QVERIFY(QJsonDocument::fromJson(answered.first().at(1).toByteArray())
                .object()
                .contains(QLatin1String("id")));
    auto *result = find<QLabel>("sourceTestResult");
    QVERIFY2(result->text().contains(QStringLiteral("accepted the signed test: HTTP 202")),
             qPrintable(result->text()));
    QCOMPARE(result->accessibleName(), QStringLiteral("Succeeded"));
    // It is stored like any webhook, with its signature headers redacted.
    QTRY_COMPARE(m_engine->store()->count(), 1);
    QCOMPARE(m_engine->store()->recent(1).constFirst().source, QStringLiteral("crm-events"));
}

void tst_SourcesPage::rowsFollowTheKindAlone()
{
    QVERIFY(m_page->selectSource(QStringLiteral("test")));
    auto *user = find<QLineEdit>("sourceUserEdit");
    auto *header = find<QLineEdit>("sourceHeaderEdit");
    auto *secret = find<QLineEdit>("sourceSecretEdit");
    auto *secretRef = find<QLineEdit>("sourceSecretRefEdit");
    auto *tolerance = find<QSpinBox>("sourceToleranceSpin");
    auto *allow = find<QLineEdit>("sourceAllowEdit");
    struct Expected
    {
        SourceAuth::Kind kind;
        bool user, header, secret, tolerance;
    };
    const Expected table[] = {
        {SourceAuth::Kind::None, false, false, false, false},
        {SourceAuth::Kind::StandardWebhooks, false, false, true, true},
        {SourceAuth::Kind::GitHub, false, false, true, false},
        {SourceAuth::Kind::Stripe, false, false, true, true},
        {SourceAuth::Kind::Basic, true, false, true, false},
        {SourceAuth::Kind::Bearer, false, false, true, false},
        {SourceAuth::Kind::ApiKey, false, true, true, false},
    };
    // Twice, the second time with the fields filled: what is typed changes no row.
    for (int round = 0; round < 2; ++round) {
        for (const Expected &expected : table) {
            chooseAuth(expected.kind);
            const QString at
                = QStringLiteral("round %1, kind %2").arg(round).arg(int(expected.kind));
            QVERIFY2(user->isVisible() == expected.user, qPrintable(at));
            QVERIFY2(header->isVisible() == expected.header, qPrintable(at));
            QVERIFY2(secret->isVisible() == expected.secret, qPrintable(at));
            QVERIFY2(secretRef->isVisible() == expected.secret, qPrintable(at));
            QVERIFY2(tolerance->isVisible() == expected.tolerance, qPrintable(at));
            QVERIFY2(allow->isVisible(), qPrintable(at));
            // An error only ever shows under a field that shows.
            for (const char *error : {"sourceUserError", "sourceHeaderError", "sourceSecretError",
                                      "sourceSecretRefError"}) {
                auto *label = find<QLabel>(error);
                QVERIFY2(!label->isVisible() || label->parentWidget()->isVisible(),
                         qPrintable(at + QLatin1Char(' ') + QLatin1String(error)));
            }
        }
        user->setText(QStringLiteral("crm"));
        secret->setText(QStringLiteral("partner-api-key-8c3f"));
    }
}

void tst_SourcesPage::invalidInputIsRefusedAndNothingSavedIsLost_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("words");
    QTest::addRow("not a whsec_ secret")
        << int(SourceAuth::Kind::StandardWebhooks) << "sourceSecretEdit"
        << "not a secret!"
        << "sourceSecretError"
        << "Not a Standard Webhooks secret (whsec_ and base64)";
    QTest::addRow("no secret") << int(SourceAuth::Kind::Bearer) << "sourceSecretEdit"
                               << ""
                               << "sourceSecretError"
                               << "Enter the secret the sender uses, or generate one";
    QTest::addRow("a colon in the user") << int(SourceAuth::Kind::Basic) << "sourceUserEdit"
                                         << "crm:ops"
                                         << "sourceUserError"
                                         << "A user name cannot contain ':'";
    QTest::addRow("not a header name") << int(SourceAuth::Kind::ApiKey) << "sourceHeaderEdit"
                                       << "X Api Key"
                                       << "sourceHeaderError"
                                       << "Enter the header's name, such as X-Api-Key";
    QTest::addRow("not an address") << int(SourceAuth::Kind::None) << "sourceAllowEdit"
                                    << "10.0.0.0/8, intranet"
                                    << "sourceAllowError"
                                    << "'intranet' is not an address or a subnet";
}

void tst_SourcesPage::invalidInputIsRefusedAndNothingSavedIsLost()
{
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorLabel);
    QFETCH(QString, words);
    const QByteArray before = contents(m_path);
    QVERIFY(m_page->selectSource(QStringLiteral("contract-review")));
    chooseAuth(SourceAuth::Kind(kind));
    find<QLineEdit>("sourceSecretEdit")->setText(QStringLiteral("partner-api-key-8c3f"));
    find<QLineEdit>("sourceUserEdit")->setText(QStringLiteral("crm"));
    auto *edit = find<QLineEdit>(qPrintable(field));
    auto *error = find<QLabel>(qPrintable(errorLabel));
    edit->setText(value);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(words), qPrintable(error->text()));
    QCOMPARE(edit->accessibleDescription(), error->text());

    QSignalSpy failed(m_page.get(), &SourcesPage::saveFailed);
    QSignalSpy saved(m_page.get(), &SourcesPage::saved);
    QTest::mouseClick(find<QPushButton>("saveSourceButton"), Qt::LeftButton);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(saved.size(), 0);
    QVERIFY(edit->hasFocus());
    const QString result = find<QLabel>("sourceSaveResult")->text();
    QVERIFY2(result.startsWith(QStringLiteral("Not saved: ")), qPrintable(result));
    QCOMPARE(contents(m_path), before);
    QCOMPARE(m_engine->workspace().source(QStringLiteral("contract-review"))->auth.kind,
             SourceAuth::Kind::None);
    // Revert shows what is saved again.
    QTest::mouseClick(find<QPushButton>("revertSourceButton"), Qt::LeftButton);
    QCOMPARE(find<QComboBox>("sourceAuthCombo")->currentData().toInt(),
             int(SourceAuth::Kind::None));
    QVERIFY(m_page->problems().isEmpty());
}

void tst_SourcesPage::deletingASource()
{
    // A rule is triggered by contract-review: it stays, and the page names the rule.
    QVERIFY(m_page->selectSource(QStringLiteral("contract-review")));
    QTest::mouseClick(find<QPushButton>("deleteSourceButton"), Qt::LeftButton);
    QVERIFY(!m_page->findChild<QMessageBox *>());
    const QString refusal = find<QLabel>("sourceSaveResult")->text();
    QVERIFY2(refusal.contains(QStringLiteral("it triggers these rules: contract-review")),
             qPrintable(refusal));
    QVERIFY(!sourceInFile(QStringLiteral("contract-review")).isEmpty());

    // "test" triggers nothing: after the admin confirms, it is gone and its address says 404.
    QVERIFY(m_page->selectSource(QStringLiteral("test")));
    QCOMPARE(post(QStringLiteral("test"), R"({"before": true})"), 202);
    const QUrl address = m_page->senderUrl(QStringLiteral("test"));
    QSignalSpy deleted(m_page.get(), &SourcesPage::deleted);
    QTest::mouseClick(find<QPushButton>("deleteSourceButton"), Qt::LeftButton);
    auto *confirm = m_page->findChild<QMessageBox *>(QStringLiteral("deleteSourceConfirmation"));
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    // Cancel keeps it.
    confirm->reject();
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("deleteSourceConfirmation")));
    QCOMPARE(deleted.size(), 0);
    QVERIFY(!sourceInFile(QStringLiteral("test")).isEmpty());

    QTest::mouseClick(find<QPushButton>("deleteSourceButton"), Qt::LeftButton);
    confirm = m_page->findChild<QMessageBox *>(QStringLiteral("deleteSourceConfirmation"));
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(deleted.size(), 1);
    QVERIFY(sourceInFile(QStringLiteral("test")).isEmpty());
    QVERIFY(!m_engine->workspace().source(QStringLiteral("test")));
    QNetworkRequest request(address);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, R"({"after": true})"));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    // The event stored before stays.
    QCOMPARE(m_engine->store()->count(), 1);
}

void tst_SourcesPage::asksBeforeDroppingUnsavedEdits()
{
    auto *list = find<QListWidget>("sourceList");
    const Workspace workspace = Workspace::builtInDefault();
    const QString first = workspace.sources().at(0).name;
    const QString second = workspace.sources().at(1).name;
    const QString third = workspace.sources().at(2).name;
    QCOMPARE(m_page->currentName(), first);
    QVERIFY(!m_page->hasUnsavedEdits());
    auto *title = find<QLineEdit>("sourceTitleEdit");
    const auto question = [this] {
        return m_page->findChild<QMessageBox *>(QStringLiteral("unsavedSourceQuestion"));
    };

    // Cancel: the edit stays, and so does the source shown (in the list too).
    title->setText(QStringLiteral("Edited title"));
    QVERIFY(m_page->hasUnsavedEdits());
    list->setCurrentRow(1);
    QVERIFY(question());
    QTRY_VERIFY(question()->isVisible());
    QCOMPARE(m_page->currentName(), first);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), first);
    question()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!question());
    QCOMPARE(title->text(), QStringLiteral("Edited title"));
    QCOMPARE(m_page->currentName(), first);

    // Discard: on to the source picked; nothing was written.
    const QByteArray before = contents(m_path);
    list->setCurrentRow(1);
    QTRY_VERIFY(question() && question()->isVisible());
    question()->button(QMessageBox::Discard)->click();
    QTRY_COMPARE(m_page->currentName(), second);
    QCOMPARE(contents(m_path), before);
    QVERIFY(!m_page->hasUnsavedEdits());
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), second);

    // Save: written, then on to the source picked.
    title->setText(QStringLiteral("Second, edited"));
    QSignalSpy saved(m_page.get(), &SourcesPage::saved);
    list->setCurrentRow(2);
    QTRY_VERIFY(question() && question()->isVisible());
    question()->button(QMessageBox::Save)->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, saveTimeoutMs);
    QTRY_COMPARE(m_page->currentName(), third);
    QCOMPARE(sourceInFile(second).value(QLatin1String("title")).toString(),
             QStringLiteral("Second, edited"));
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), third);

    // A new source with a name typed counts as unsaved too.
    QTest::mouseClick(find<QPushButton>("addSourceButton"), Qt::LeftButton);
    find<QLineEdit>("sourceNameEdit")->setText(QStringLiteral("half-done"));
    list->setCurrentRow(0);
    QTRY_VERIFY(question() && question()->isVisible());
    question()->button(QMessageBox::Discard)->click();
    QTRY_COMPARE(m_page->currentName(), first);
    QVERIFY(sourceInFile(QStringLiteral("half-done")).isEmpty());
}

QTEST_MAIN(tst_SourcesPage)
#include "tst_sourcespage.moc"
