// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// A real `otbridge --headless` process, started the way an operator would start it.
class OtBridgeProcess
{
public:
    OtBridgeProcess() = default;
    ~OtBridgeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                kill();
        }
    }
    Q_DISABLE_COPY_MOVE(OtBridgeProcess)

    static QString binary() { return qEnvironmentVariable("OTBRIDGE_BINARY"); }
    // Every /api/v1 endpoint needs a token: the process gets this one (unless the test's
    // environment names another), listed in tests/secrets.txt for the secret scan.
    static QByteArray apiToken()
    {
        return qEnvironmentVariableIsSet("OTBRIDGE_SECRET_API_TOKEN")
            ? qgetenv("OTBRIDGE_SECRET_API_TOKEN")
            : QByteArray("otbridge-process-test-api-token-93c1");
    }
    static QPair<QByteArray, QByteArray> authorization()
    {
        return {"Authorization", "Bearer " + apiToken()};
    }

    // For the next start: another program than binary() (otbridged), a port of its own instead
    // of any free one, and more of the environment (a database password).
    void setProgram(const QString &program) { m_program = program; }
    void setPort(quint16 port) { m_listenPort = port; }
    void setEnvironmentValue(const QString &name, const QString &value)
    {
        m_environment.insert(name, value);
    }

    // Starts and waits for the "listening on" line; returns false (and keeps the output) if it
    // does not come within the time.
    bool start(const QString &dataDir, const QStringList &extra = {}, int timeoutMs = 10000)
    {
        m_output.clear();
        m_port = 0;
        m_process.setProgram(m_program.isEmpty() ? binary() : m_program);
        m_process.setArguments(QStringList {QStringLiteral("--headless"),
                                            QStringLiteral("--listen"),
                                            QStringLiteral("127.0.0.1:%1").arg(m_listenPort),
                                            QStringLiteral("--data-dir"), dataDir}
                               + extra);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OTBRIDGE_SECRET_API_TOKEN"),
                           QString::fromLatin1(apiToken()));
        for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
            environment.insert(it.key(), it.value());
        m_process.setProcessEnvironment(environment);
        // stderr goes to the test log: an undrained pipe would stall the process under test.
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_timer.start();
        m_process.start();
        if (!m_process.waitForStarted(timeoutMs))
            return false;
        static const QRegularExpression line(
            QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"),
            QRegularExpression::MultilineOption);
        while (m_timer.elapsed() < timeoutMs) {
            if (!m_process.waitForReadyRead(int(timeoutMs - m_timer.elapsed())))
                break;
            m_output += m_process.readAllStandardOutput();
            const QRegularExpressionMatch match = line.match(QString::fromUtf8(m_output));
            if (match.hasMatch()) {
                m_startupMs = m_timer.elapsed();
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
        }
        m_output += m_process.readAllStandardOutput() + m_process.readAllStandardError();
        return false;
    }
    void kill()
    {
        m_process.kill(); // SIGKILL: no handler, no flush, no goodbye
        m_process.waitForFinished(5000);
    }
    bool terminate(int timeoutMs, int *exitCode)
    {
        m_process.terminate(); // SIGTERM
        const bool finished = m_process.waitForFinished(timeoutMs);
        *exitCode = m_process.exitCode();
        return finished && m_process.exitStatus() == QProcess::NormalExit;
    }
    quint16 port() const { return m_port; }
    qint64 startupMs() const { return m_startupMs; }
    QByteArray output() const { return m_output; }
    QProcess &process() { return m_process; }

private:
    QString m_program;
    quint16 m_listenPort = 0;
    QHash<QString, QString> m_environment;
    QProcess m_process;
    QElapsedTimer m_timer;
    QByteArray m_output;
    quint16 m_port = 0;
    qint64 m_startupMs = 0;
};
