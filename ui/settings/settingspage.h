// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/databaseurl.h"
#include "uisettings.h"

#include <QHostAddress>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSpinBox;

namespace OtBridge {

class Engine;
class SecretStore;

// What the desktop remembers between runs: the listener's address, port and limits, who may
// read /health and /metrics, its TLS files, the data directory and the language. Saved values
// take effect on the next start (the running listener keeps its socket); command-line options
// still win over them. The theme is the system's: there is nothing to choose. The API token is
// not a setting but a secret: generated here, it goes to the keychain at once and the running
// API takes it. Where the workspace and the data live, with buttons that open their folders;
// the database (SQLite, or a PostgreSQL URL whose password Save puts in the keychain).
//
// Each group is built by a function of its own (listener, API, storage, appearance); a new row
// goes into its group's function, its check into save().
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(Engine *engine, QWidget *parent = nullptr);
    ~SettingsPage() override;

    // The checks Save runs, each with the words shown next to its field.
    static Result<QHostAddress> checkAddress(const QString &text);
    static Result<quint16> checkPort(const QString &text);
    static Result<QString> checkDataDirectory(const QString &text);
    static Result<void> checkConnections(int total, int perPeer);
    // Both files or neither; both must load and belong together. Returns the warnings the
    // pair carries (a key others can read).
    static Result<QStringList> checkTls(const QString &certificatePath, const QString &keyPath);
    // The public URL for acknowledgement links: empty (no links), or one people can reach.
    static Result<QUrl> checkPublicUrl(const QString &text);
    // Where events and deliveries are stored: empty for SQLite, or a PostgreSQL URL without
    // its password.
    static Result<DatabaseUrl> checkDatabase(const QString &text);

    // Shows what is saved (or the defaults), dropping unsaved edits.
    void load();
    // Checks every field; saves all of them when each is valid, none otherwise. Returns
    // whether it saved.
    bool save();
    void restoreDefaults();
    // Makes a new API token, stores it in the keychain (replacing the one there; asks first
    // when there is one) and has the running API use it; the token is shown once to copy.
    void generateApiToken();

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *portEdit() const { return m_port; }
    QSpinBox *maxBodyEdit() const { return m_maxBodyKiB; }
    QSpinBox *maxConnectionsEdit() const { return m_maxConnections; }
    QSpinBox *maxPerPeerEdit() const { return m_maxPerPeer; }
    QSpinBox *requestTimeoutEdit() const { return m_requestTimeout; }
    QLineEdit *dataDirectoryEdit() const { return m_dataDir; }
    QComboBox *languageBox() const { return m_language; }
    QLabel *addressError() const { return m_addressError; }
    QLabel *portError() const { return m_portError; }
    QLabel *dataDirectoryError() const { return m_dataDirError; }
    QLabel *connectionsError() const { return m_connectionsError; }
    QLabel *statusLabel() const { return m_status; }
    QComboBox *healthAccessBox() const { return m_healthAccess; }
    QComboBox *metricsAccessBox() const { return m_metricsAccess; }
    QLineEdit *tlsCertificateEdit() const { return m_tlsCertificate; }
    QLineEdit *tlsKeyEdit() const { return m_tlsKey; }
    QLabel *tlsError() const { return m_tlsError; }
    QLineEdit *apiTokenEdit() const { return m_apiToken; }
    QLabel *apiTokenStatus() const { return m_apiTokenStatus; }
    QLineEdit *publicUrlEdit() const { return m_publicUrl; }
    QLabel *publicUrlError() const { return m_publicUrlError; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLabel *databaseError() const { return m_databaseError; }
    QLineEdit *databasePasswordEdit() const { return m_databasePassword; }
    QLabel *databasePasswordStatus() const { return m_databasePasswordStatus; }

Q_SIGNALS:
    // A new token is in the keychain (ok), or could not be stored (error says why).
    void apiTokenStored(bool ok, const QString &error);
    // Save put the database password typed in into the keychain (ok), or could not.
    void databasePasswordStored(bool ok, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *createListenerGroup(QWidget *parent);
    QGroupBox *createApiGroup(QWidget *parent);
    QGroupBox *createStorageGroup(QWidget *parent);
    QGroupBox *createAppearanceGroup(QWidget *parent);
    QGroupBox *createLinksGroup(QWidget *parent);
    void browseDataDirectory();
    void browseTlsFile(QLineEdit *edit, const QString &title);
    void openFolder(const QString &path);
    void readApiTokenState();
    void readDatabasePasswordState();
    void storeDatabasePassword(const QString &password);
    void storeApiToken();
    void updateWhereThingsLive();
    void showError(QLabel *label, QWidget *field, const QString &error);
    void updateRunning();

    Engine *m_engine;
    SecretStore *m_secrets;
    QLineEdit *m_address;
    QLabel *m_addressError;
    QLineEdit *m_port;
    QLabel *m_portError;
    QSpinBox *m_maxBodyKiB;
    QSpinBox *m_maxConnections;
    QSpinBox *m_maxPerPeer;
    QLabel *m_connectionsError;
    QSpinBox *m_requestTimeout;
    QLineEdit *m_dataDir;
    QPushButton *m_browse;
    QLabel *m_dataDirError;
    QComboBox *m_language;
    QComboBox *m_healthAccess;
    QComboBox *m_metricsAccess;
    QLineEdit *m_tlsCertificate;
    QLineEdit *m_tlsKey;
    QPushButton *m_browseCertificate;
    QPushButton *m_browseKey;
    QLabel *m_tlsError;
    QLabel *m_apiTokenStatus;
    QPushButton *m_generateToken;
    QLineEdit *m_apiToken;
    QPushButton *m_copyToken;
    QLabel *m_apiTokenNote;
    QLineEdit *m_workspacePath;
    QLabel *m_workspaceNote;
    QPushButton *m_openWorkspaceFolder;
    QPushButton *m_openDataFolder;
    QPointer<QMessageBox> m_confirmToken;
    bool m_hasApiToken = false;
    QLineEdit *m_publicUrl = nullptr;
    QLabel *m_publicUrlError = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_databaseError = nullptr;
    QLineEdit *m_databasePassword = nullptr;
    QLabel *m_databasePasswordStatus = nullptr;
    QLabel *m_running;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_defaults;
};

} // namespace OtBridge
