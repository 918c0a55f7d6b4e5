// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tester/loadrunner.h"
#include "tester/loadsummary.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTableWidget;
class QTabWidget;

namespace OtBridge {

// The right of the tester: the run's progress and summary (status counts, latency percentiles,
// errors) and the last answer (status line, body, headers, and the headers that were sent).
class ResponseView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseView)

public:
    explicit ResponseView(QWidget *parent = nullptr);
    ~ResponseView() override;

    void startRun(int total);
    void setProgress(int done, int total);
    void showResponse(const TesterResponse &response);
    void showSummary(const LoadSummary &summary);
    // A request that could not be sent at all, in words.
    void showError(const QString &error);
    void clear();

    QLabel *statusLabel() const { return m_status; }
    QLabel *summaryLabel() const { return m_statuses; }
    QLabel *latencyLabel() const { return m_latency; }
    QPlainTextEdit *bodyView() const { return m_body; }
    QProgressBar *progressBar() const { return m_progress; }

private:
    QProgressBar *m_progress;
    QLabel *m_statuses;
    QLabel *m_latency;
    QLabel *m_throughput;
    QLabel *m_errors;
    QLabel *m_status;
    QLabel *m_which; // which request of a burst the answer below belongs to
    int m_total = 0;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_body;
    QTableWidget *m_headers;
    QTableWidget *m_sent;
};

} // namespace OtBridge
