// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "uisettings.h"

#include <QHostAddress>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace OtBridge {

class Engine;

// What the desktop remembers between runs: the listener's address, port and limits, the data
// directory and the language. Saved values take effect on the next start (the running
// listener keeps its socket); command-line options still win over them. The theme is the
// system's: there is nothing to choose.
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

    // Shows what is saved (or the defaults), dropping unsaved edits.
    void load();
    // Checks every field; saves all of them when each is valid, none otherwise. Returns
    // whether it saved.
    bool save();
    void restoreDefaults();

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

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void browseDataDirectory();
    void showError(QLabel *label, QWidget *field, const QString &error);
    void updateRunning();

    Engine *m_engine;
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
    QLabel *m_running;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_defaults;
};

} // namespace OtBridge
