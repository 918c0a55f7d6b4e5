// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tester/loadrunner.h"
#include "tester/requestsigning.h"
#include "tester/testerrequest.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace OtBridge {

// The middle of the tester: method and URL, a table of headers, the body with a JSON check
// under it, how to sign, and how many times to send at what concurrency. Credentials an
// imported request brought along stay here, in memory, and go with request() so the history
// and the curl export know what to leave out.
class RequestComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestComposer)

public:
    explicit RequestComposer(QWidget *parent = nullptr);
    ~RequestComposer() override;

    TesterRequest request() const;
    void setRequest(const TesterRequest &request);
    RequestSigning signing() const;
    void setSigningKind(RequestSigning::Kind kind);
    void setSecret(const QString &secret);
    LoadPlan plan() const;
    void setPlan(int count, int concurrency);
    // A line under the signing fields: which scheme the target source checks, or nothing.
    void setSourceHint(const QString &hint, bool canReadSecret);

    QLineEdit *urlEdit() const { return m_url; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLabel *validationLabel() const { return m_validation; }

Q_SIGNALS:
    void urlEdited();
    void sourceSecretRequested();

private:
    void addHeaderRow(const QByteArray &name, const QByteArray &value, bool enabled = true);
    void removeSelectedHeaders();
    void validateBody();
    void formatBody();
    void handleSigningChanged();

    QComboBox *m_method;
    QLineEdit *m_url;
    QTableWidget *m_headers;
    QPlainTextEdit *m_body;
    QLabel *m_validation;
    QPushButton *m_format;
    QComboBox *m_signing;
    QLineEdit *m_secret;
    QLabel *m_sourceHint;
    QPushButton *m_readSecret;
    QSpinBox *m_count;
    QSpinBox *m_concurrency;
    QTimer m_validationTimer;
    QString m_name;
    // From an imported request; kept in memory only.
    QList<QByteArray> m_secretHeaders;
    QStringList m_secretQueryKeys;
    QStringList m_secretValues;
};

} // namespace OtBridge
