// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/sourceconfig.h"
#include "config/workspace.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QNetworkAccessManager;
class QNetworkReply;
class QPushButton;
class QSpinBox;

namespace OtBridge {

class Engine;
class FormGrid;
class SecretStore;

// Where webhooks come from, without editing the workspace file: the list of sources, and for
// the one chosen its name, content type, how its senders prove who they are (Standard
// Webhooks, GitHub, Stripe, HTTP Basic, a bearer token or an API key) with the secret kept in
// the keychain, the addresses it accepts, and the URL to give the sender. Save writes the
// workspace and the running listener checks the source's webhooks at once; "Send a signed
// test" fires a request made with the stored secret at the listener and shows its answer.
class SourcesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPage)

public:
    explicit SourcesPage(Engine *engine, QWidget *parent = nullptr);
    ~SourcesPage() override;

    // Shows the running workspace's sources again (the one shown stays chosen), dropping
    // unsaved edits.
    void reload();
    // Shows the source called name; false when there is none.
    bool selectSource(const QString &name);
    // An empty form for a new source.
    void addSource();
    // Checks the form; stores the secret in the keychain, then writes the workspace and has
    // the engine use it. Returns false when the form is refused (its errors are shown).
    bool save();
    // Asks, then removes the shown source from the workspace (and its secret from the
    // keychain when nothing else uses it). A source some rule is triggered by is not removed.
    void deleteSource();
    // Fires a request signed with the saved source's stored secret at the listener.
    void sendTest();

    // The source as the form describes it now.
    SourceConfig source() const;
    // What is wrong with the form, in words; empty when it can be saved.
    QStringList problems() const { return m_problems; }
    // The name of the source shown, empty for a new one.
    QString currentName() const { return m_current; }
    // The address a sender posts this source's webhooks to.
    QUrl senderUrl(const QString &name) const;
    // Whether the form holds edits that Save has not written (a typed secret counts).
    bool hasUnsavedEdits() const;

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &error);
    void deleted(const QString &name);
    // The listener answered the signed test (status 0: no answer).
    void testAnswered(int status, const QByteArray &body);

private:
    void buildForm(QWidget *content);
    void fillList();
    void showSource(const SourceConfig &source, bool isNew);
    void handleSelectionChanged();
    // Asks Save / Discard / Cancel about unsaved edits, then (unless cancelled, or the save is
    // refused) shows `next`: a source's name, or empty for a new source.
    void askAboutUnsavedEdits(const QString &next);
    void showNext(const QString &next);
    void showNewSource();
    void selectShownInList();
    void handleAuthChanged();
    void updateUrl();
    void validate();
    void generateSecret();
    void copyToClipboard(const QString &text, const QString &what);
    void writeWorkspace(const SourceConfig &source);
    void removeFromWorkspace(const QString &name);
    void fire(const SourceConfig &source, const QString &secret);
    void handleTestFinished(QNetworkReply *reply);
    SourceAuth::Kind authKind() const;
    QList<QPair<QHostAddress, int>> allowList(QString *error) const;

    Engine *m_engine;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    Workspace m_workspace; // what the list shows: the running workspace when last read
    QString m_current; // empty: a new source
    int m_secretReads = 0; // which keychain read is still wanted
    bool m_saving = false;
    QStringList m_problems;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_delete;
    QLabel *m_formTitle;
    FormGrid *m_form;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_title;
    QLineEdit *m_description;
    QComboBox *m_format;
    QComboBox *m_auth;
    QLabel *m_authNote;
    QLineEdit *m_user;
    QLabel *m_userError;
    QWidget *m_userRow;
    QLineEdit *m_header;
    QLabel *m_headerError;
    QWidget *m_headerRow;
    QLineEdit *m_secret;
    QLabel *m_secretError;
    QPushButton *m_generate;
    QPushButton *m_copySecret;
    QWidget *m_secretRow;
    QLineEdit *m_secretRef;
    QLabel *m_secretRefError;
    QWidget *m_secretRefRow;
    QSpinBox *m_tolerance;
    QLineEdit *m_allow;
    QLabel *m_allowError;
    QLineEdit *m_url;
    QPushButton *m_copyUrl;
    QLabel *m_formError;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_test;
    QLabel *m_saveResult;
    QLabel *m_testResult;
    QPointer<QMessageBox> m_confirm;
    QPointer<QMessageBox> m_unsavedQuestion;
    // What to show once the save asked for by the unsaved-edits question is written.
    std::optional<QString> m_afterSave;
    QPointer<QNetworkReply> m_reply;
};

} // namespace OtBridge
