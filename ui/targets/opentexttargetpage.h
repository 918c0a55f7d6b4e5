// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/opentexttarget.h"
#include "config/workspace.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace OtBridge {

class Engine;
class FormGrid;
class OpenTextClient;
class SecretStore;

// Where OpenText messages go: the built-in sandbox, an OpenText region or a custom address,
// with OAuth2 client credentials or HTTP Basic. Save writes the workspace file and puts the
// secret in the keychain under the target's secret_ref, never in the file. Test connection
// asks the service for a token (or an authenticated status) with what the form says now.
class OpenTextTargetPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenTextTargetPage)

public:
    explicit OpenTextTargetPage(Engine *engine, QWidget *parent = nullptr);
    ~OpenTextTargetPage() override;

    // Shows the engine's workspace target again, dropping unsaved edits; reads the secret
    // from the keychain into its field.
    void reload();
    // The target as the form describes it now.
    OpenTextTarget target() const;
    // What is wrong with the form, in words; empty when it can be saved.
    QStringList problems() const { return m_problems; }
    // The engine's workspace file, or the default location when it runs the built-in one.
    QString savePath() const;
    static QString defaultWorkspacePath();
    bool isTesting() const { return m_client != nullptr; }

    void save();
    void testConnection();

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &error);
    void connectionTested(bool ok, const QString &message);

private:
    enum class Service { Sandbox, Region, Custom };

    QLineEdit *addLineEdit(FormGrid *form, const char *objectName, const QString &label,
                           const QString &accessibleName);
    Service service() const;
    void handleServiceChanged();
    void handleAuthChanged();
    void validate();
    void setFieldError(QWidget *field, const QString &error);
    void writeWorkspace(const OpenTextTarget &target);
    void handleConnectionTested(bool ok, const QString &message);
    void showResult(QLabel *label, bool ok, const QString &text);
    void cancelTest();

    Engine *m_engine;
    SecretStore *m_secrets;
    Workspace m_workspace;
    QString m_targetName;
    QString m_savePath; // once saved to the default location, saved there again

    QComboBox *m_service;
    QLabel *m_sandboxNote;
    QWidget *m_connection;
    FormGrid *m_form;
    QLineEdit *m_messagingUrl;
    QComboBox *m_auth;
    QLineEdit *m_authUrl;
    QLineEdit *m_tenantId;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_secretRef;
    QSpinBox *m_maxDestinations;
    QSpinBox *m_timeout;
    QLabel *m_formError;
    QPushButton *m_saveButton;
    QPushButton *m_testButton;
    QProgressBar *m_busy;
    QLabel *m_saveResult;
    QLabel *m_testResult;
    QHash<QWidget *, QWidget *> m_rows; // a field's row in m_form: the field and its error
    QHash<QWidget *, QLabel *> m_errorLabels;
    QStringList m_problems;
    bool m_saving = false;
    int m_secretReads = 0; // a reload's keychain read still on its way when it differs
    OpenTextClient *m_client = nullptr; // while a test runs; a child of this page
};

} // namespace OtBridge
