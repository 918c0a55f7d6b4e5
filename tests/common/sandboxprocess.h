// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

// A real `otbridge-sandbox` process on 127.0.0.1 and a free port, stopped by the destructor.
//
//     SandboxProcess sandbox;
//     QVERIFY2(sandbox.start({"--sent-after-ms", "100"}), sandbox.output().constData());
//     const QUrl messaging = sandbox.baseUrl().resolved(QUrl("/mra/v1"));
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }
    Q_DISABLE_COPY_MOVE(SandboxProcess)

    static QString binary() { return qEnvironmentVariable("OTBRIDGE_SANDBOX_BINARY"); }

    // Starts with --listen 127.0.0.1:0 and the extra flags, and waits for the "listening on"
    // line. False (with what the process printed in output()) if it does not come in time.
    bool start(const QStringList &extra = {}, int timeoutMs = 10000)
    {
        m_output.clear();
        m_baseUrl.clear();
        m_process.setProgram(binary());
        m_process.setArguments(
            QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extra);
        // stderr goes to the test log: an undrained pipe would stall the process under test.
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        m_process.start();
        if (!m_process.waitForStarted(timeoutMs)) {
            m_output = m_process.errorString().toUtf8();
            return false;
        }
        static const QRegularExpression line(
            QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"),
            QRegularExpression::MultilineOption);
        while (timer.elapsed() < timeoutMs) {
            if (!m_process.waitForReadyRead(int(timeoutMs - timer.elapsed())))
                break;
            m_output += m_process.readAllStandardOutput();
            const QRegularExpressionMatch match = line.match(QString::fromUtf8(m_output));
            if (match.hasMatch()) {
                m_baseUrl = QUrl(match.captured(1));
                return true;
            }
        }
        m_output += m_process.readAllStandardOutput();
        return false;
    }

    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:PORT
    quint16 port() const { return quint16(m_baseUrl.port()); }
    QByteArray output() const { return m_output; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_output;
    QUrl m_baseUrl;
};
