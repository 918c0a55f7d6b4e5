// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"
#include "result.h"
#include "tester/loadsummary.h"
#include "tester/requestsigning.h"
#include "tester/testerrequest.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace OtBridge {

struct LoadPlan
{
    int count = 1;
    int concurrency = 1;
    int timeoutMs = 10000; // per request, from sending to the last byte of the answer
};

// One answer (or failure) as the response viewer shows it.
struct TesterResponse
{
    int sequence = -1; // which request of the run, from 0
    int status = 0; // 0: no HTTP answer
    QByteArray reason;
    HeaderList headers;
    QByteArray body; // at most LoadRunner::maxResponseBytes
    bool bodyTruncated = false;
    double latencyMs = 0;
    QString error; // why there was no answer, in words
    HeaderList sentHeaders; // as sent, signature included
};

// Fires one request N times with at most C in flight, over QNetworkAccessManager, and sums up
// the answers. Signing, when asked for, is done per request (a fresh webhook-id and timestamp
// each time, so the listener's de-duplication does not fold a burst into one event). Lives on
// whichever thread it is moved to: the tester page gives it one so a burst never stalls the
// GUI; everything it reports travels by signal as values.
class LoadRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadRunner)

public:
    static constexpr int maxCount = 100000;
    static constexpr int maxConcurrency = 64;
    static constexpr qsizetype maxResponseBytes = 1024 * 1024;

    explicit LoadRunner(QObject *parent = nullptr);
    ~LoadRunner() override;

    // Why request cannot be fired as planned (its URL, the signing secret, the plan), or ok.
    static Result<void> check(const TesterRequest &request, const RequestSigning &signing,
                              const LoadPlan &plan);

    // Starts a run; finished() follows, also after cancel(). Refuses while a run is going.
    Result<void> start(const TesterRequest &request, const RequestSigning &signing,
                       const LoadPlan &plan);
    // Stops sending and aborts what is in flight; those requests count as neither answered nor
    // failed. finished() reports cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // At most every 50 ms, and once when done == total.
    void progressed(int done, int total);
    // One answer of the run, just before finished(): the last that went wrong (no answer, or
    // a status of 400 or more) when any did, since that is the one worth reading; else the last.
    void responseReceived(const OtBridge::TesterResponse &response);
    void finished(const OtBridge::LoadSummary &summary);

private:
    void sendNext(int slot);
    void handleReplyFinished(QNetworkReply *reply, int slot, int sequence,
                             const QElapsedTimer &clock, const HeaderList &sent);
    void reportProgress(bool force);
    void finish();

    QList<QNetworkAccessManager *> m_networks;
    QSet<QNetworkReply *> m_inFlight;
    TesterRequest m_request;
    RequestSigning m_signing;
    LoadPlan m_plan;
    QUrl m_url;
    bool m_running = false;
    bool m_cancelled = false;
    int m_sent = 0;
    int m_done = 0;
    LoadSummary m_summary;
    QList<qint64> m_latenciesUs;
    TesterResponse m_last;
    TesterResponse m_lastProblem;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::TesterResponse)
