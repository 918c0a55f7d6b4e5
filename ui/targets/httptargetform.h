// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/httptarget.h"
#include "config/workspace.h"
#include "delivery/httpsender.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace OtBridge {

class Engine;
class FormGrid;
class SecretStore;

// One HTTP target (a service desk, monitoring, chat or any JSON endpoint): its preset and URL,
// headers, credentials and signing secret (both kept in the keychain, the workspace only names
// them), and the delivery policy the dispatcher applies to it: when to try again, when to rest
// a failing target, how fast to call it. Save writes the workspace and the running dispatcher
// uses it at once; Test sends the preset's sample request with what the form says now.
class HttpTargetForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTargetForm)

public:
    explicit HttpTargetForm(Engine *engine, QWidget *parent = nullptr);
    ~HttpTargetForm() override;

    // Shows the running workspace's HTTP target called name (its secrets read from the
    // keychain); false when there is none.
    bool showTarget(const QString &name);
    // An empty form for a new target.
    void newTarget();
    // The target as the form describes it now.
    HttpTargetConfig target() const;
    // What is wrong with the form, in words; empty when it can be saved.
    QStringList problems() const { return m_problems; }
    // The target shown, empty for a new one.
    QString currentName() const { return m_current; }
    bool isTesting() const { return m_sender != nullptr; }

    // Checks the form; stores the secrets in the keychain, then writes the workspace and has
    // the engine use it. False when the form is refused (its errors are shown).
    bool save();
    // Sends the sample request of the preset (or a small JSON document) to the target.
    void test();
    // Asks, then removes the target; one a rule sends to is not removed.
    void deleteTarget();

Q_SIGNALS:
    void saved(const QString &path, const QString &name);
    void saveFailed(const QString &error);
    void deleted(const QString &name);
    void tested(bool ok, const QString &message);

private:
    void buildForm();
    void showConfig(const HttpTargetConfig &target, bool isNew);
    void readSecret(const QString &ref, QLineEdit *field, QLabel *error);
    void handlePresetChanged();
    void handleAuthChanged();
    void handleSigningChanged();
    void validate();
    void addHeaderRow(const QString &name = {}, const QString &value = {});
    HeaderList headers(QString *error) const;
    void storeSecrets(const HttpTargetConfig &target, QStringList refs, QStringList values);
    void writeWorkspace(const HttpTargetConfig &target);
    void removeFromWorkspace(const QString &name);
    void handleSent(const HttpOutcome &outcome, const QUrl &url);
    void cancelTest();

    Engine *m_engine;
    SecretStore *m_secrets;
    Workspace m_workspace; // the running workspace when the form was filled
    QString m_current; // empty: a new target
    int m_secretReads = 0;
    bool m_saving = false;
    QStringList m_problems;
    HttpSender *m_sender = nullptr; // while a test runs; a child of this form

    QLabel *m_formTitle;
    FormGrid *m_form;
    FormGrid *m_policyForm;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_title;
    QComboBox *m_preset;
    QLabel *m_presetNote;
    QLineEdit *m_url;
    QLabel *m_urlError;
    QComboBox *m_method;
    QTableWidget *m_headers;
    QPushButton *m_addHeader;
    QPushButton *m_removeHeader;
    QLabel *m_headersError;
    QComboBox *m_auth;
    QLineEdit *m_authUser;
    QLabel *m_authUserError;
    QWidget *m_authUserRow;
    QLineEdit *m_authHeader;
    QLabel *m_authHeaderError;
    QWidget *m_authHeaderRow;
    QLineEdit *m_authSecret;
    QLabel *m_authSecretError;
    QWidget *m_authSecretRow;
    QLineEdit *m_authSecretRef;
    QLabel *m_authSecretRefError;
    QWidget *m_authSecretRefRow;
    QCheckBox *m_sign;
    QLineEdit *m_signingSecret;
    QLabel *m_signingSecretError;
    QPushButton *m_generateSigning;
    QPushButton *m_copySigning;
    QWidget *m_signingSecretRow;
    QLineEdit *m_signingSecretRef;
    QLabel *m_signingSecretRefError;
    QWidget *m_signingSecretRefRow;
    QCheckBox *m_idempotency;
    QSpinBox *m_timeout;
    QLineEdit *m_retrySchedule;
    QLabel *m_retryScheduleError;
    QSpinBox *m_breakerFailures;
    QSpinBox *m_breakerOpen;
    QDoubleSpinBox *m_ratePerSecond;
    QSpinBox *m_rateBurst;
    QLabel *m_formError;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_test;
    QPushButton *m_delete;
    QProgressBar *m_busy;
    QLabel *m_saveResult;
    QLabel *m_testResult;
    QPlainTextEdit *m_response;
    QPointer<QMessageBox> m_confirm;
};

} // namespace OtBridge
