// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/opentexttarget.h"
#include "net/httpclient.h"
#include "opentextstatus.h"
#include "rules/opentextmessage.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMetaType>
#include <QMultiMap>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QTimer;

namespace OtBridge {

// How a submit ended, in the terms the dispatcher acts on.
struct SubmitOutcome
{
    enum class Kind {
        Accepted, // every job of this call was taken: jobIds holds them, one per split
        RetryLater, // 5xx, 429, timeout, connection error: try again (after retryAfterSeconds)
        PermanentFailure, // any other 4xx or a bad answer: retrying will not help
    };

    Kind kind = Kind::PermanentFailure;
    QStringList jobIds;
    int httpStatus = 0; // 0 when no HTTP answer came
    std::optional<int> retryAfterSeconds;
    QString error; // in words, with OpenText's own error text when it sent one
    int failedJob = 0; // for a split fan-out: the job that failed (jobIds holds those before)
};

// Talks to OpenText Notifications (or the sandbox) for one target: the tenant token, submits
// for each channel, status queries and polling. Asynchronous and single-threaded: use it from
// the thread it lives in. Every outcome arrives as a signal.
class OpenTextClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenTextClient)

public:
    struct PollPolicy
    {
        int firstDelayMs = 2000;
        double factor = 2.0;
        int maxDelayMs = 5 * 60 * 1000;
        int maxPolls = 40; // then give up: OpenText purges old jobs anyway
        // A pushed status proves the webhook works: the job's next poll waits at least this
        // long after it (polling stays only as the safety net for a push that never comes).
        int afterPushDelayMs = 60 * 1000;
    };

    explicit OpenTextClient(QObject *parent = nullptr);
    ~OpenTextClient() override;

    // The target and its secret (client secret or password). Drops a cached token and any
    // token request under way.
    void configure(const OpenTextTarget &target, const QString &secret);
    // The target, while its secret is not known (still being read, or the keychain failed):
    // every request ends at once as RetryLater with reason as its error, and nothing is sent.
    void configureUnavailable(const OpenTextTarget &target, const QString &reason);
    // As configureUnavailable, while the secret is still on its way: isWaiting() says so, so
    // the dispatcher holds deliveries back instead of spending their attempts.
    void configureWaiting(const OpenTextTarget &target, const QString &reason);
    // Not configured yet, or its secret still on its way.
    bool isWaiting() const { return !m_configured || m_waiting; }
    const OpenTextTarget &target() const { return m_target; }
    void setPollPolicy(const PollPolicy &policy) { m_pollPolicy = policy; }
    // How long before expires_in runs out the token is refreshed.
    void setTokenRefreshMargin(int seconds) { m_refreshMarginSeconds = seconds; }

    // Submits the message as one job per maxDestinationsPerJob destinations, in order, sending
    // X-MRA-SubmitId = submitId(deliveryId, job). Ends in one submitted(). When a later job of
    // a split fails, the outcome carries the job ids accepted before it and failedJob; submit
    // again with firstJob = failedJob so the accepted ones are not sent twice.
    void submit(const QString &deliveryId, const OpenTextMessage &message, int firstJob = 0);
    // deliveryId for the first job of a fan-out, then deliveryId-2, deliveryId-3, …
    static QString submitId(const QString &deliveryId, int job);
    // A job OpenText accepted (2xx) without saying its job_id: "submit:{submit id}" stands in
    // for it in the outcome's jobIds, so the job is neither sent again nor polled. OpenText can
    // find it by that X-MRA-SubmitId (docs/opentext-notifications-api.md, section 5).
    static QString unknownJobId(const QString &submitId);
    static bool isUnknownJob(const QString &jobId);
    // One status query (after the wait a status answer's Retry-After asked for). Ends in
    // statusReceived() or statusFailed().
    void fetchStatus(OpenTextChannel channel, const QString &jobId);
    // Queries the status with backoff until the job is complete (or maxPolls is reached). A
    // status answer with Retry-After holds every poll of this client back until then. An
    // unknown job (isUnknownJob) is not polled.
    void poll(OpenTextChannel channel, const QString &jobId);
    void stopPolling(const QString &jobId);
    int pollingCount() const { return int(m_polls.size()); }
    // A status document pushed to POST /hooks/opentext-status: parsed like a polled one;
    // a complete job stops being polled. Returns the parse error, if any.
    Result<OpenTextJobStatus> acceptStatusDocument(const QByteArray &json);
    // Fetches a token (OAuth2) or makes an authenticated status query (Basic). Ends in
    // connectionTested().
    void testConnection();

    // Counters for the tests and the dashboard.
    int tokenRequests() const { return m_tokenRequests; }

Q_SIGNALS:
    void submitted(const QString &deliveryId, const OtBridge::SubmitOutcome &outcome);
    void statusReceived(const OtBridge::OpenTextJobStatus &status);
    void statusFailed(const QString &jobId, const QString &error);
    // ok: the words for the user either way ("Connected: token valid for 900 s", "…").
    void connectionTested(bool ok, const QString &message);

private:
    struct Poll
    {
        OpenTextChannel channel;
        int polls = 0;
        int delayMs = 0;
        qint64 dueMs = -1; // on m_pollClock; -1 while its query is under way
    };
    // Called with the Authorization header value, or with why there is none.
    using Authorized
        = std::function<void(const QByteArray &authorization, const SubmitOutcome *failure)>;
    using StatusDone = std::function<void(Result<OpenTextJobStatus>, bool retryable)>;

    void withAuthorization(const Authorized &then);
    void resetAuthorization();
    void requestToken();
    void finishTokenRequest(quint64 generation, const QUrl &url, const HttpResponse &reply);
    HttpRequest request(const QString &path, const QByteArray &authorization) const;
    void submitJob(const QString &deliveryId, const QList<OpenTextMessage> &jobs, int index,
                   QStringList jobIds, bool retriedAuth);
    // After a 401: forgets the token that failed; false when nothing can be refreshed.
    bool dropToken(const QByteArray &authorization);
    void query(OpenTextChannel channel, const QString &jobId, bool retriedAuth,
               const StatusDone &done);
    void pollNow(const QString &jobId);
    // Polls run off one timer and a queue ordered by due time: a QTimer per job made every
    // start and stop a walk over the thread's whole timer list, quadratic in a backlog.
    void schedulePoll(const QString &jobId, int delayMs);
    // Takes a job's due time out of the queue (an index lookup, not a scan).
    void unschedulePoll(const QString &jobId, qint64 dueMs);
    void pollDue();
    void armPollTimer();
    // A status answer said Retry-After: no status query before then.
    void holdQueries(int seconds);
    qint64 queriesHeldMs() const; // how long queries are still held back; 0: not

    OpenTextTarget m_target;
    QString m_secret;
    QString m_unavailable; // why no request can be made now; empty when they can
    bool m_waiting = false; // m_unavailable only until the secret arrives
    bool m_configured = false;
    HttpClient *m_network;
    PollPolicy m_pollPolicy;
    int m_refreshMarginSeconds = 60;

    QByteArray m_token;
    QDateTime m_tokenExpiry; // when to fetch a new one; invalid: no expiry known
    int m_tokenLifetimeSeconds = 0; // expires_in of the last token, 0 if it had none
    bool m_tokenPending = false; // a token request is under way
    quint64 m_tokenGeneration = 0; // answers to an earlier one are ignored
    QList<Authorized> m_waitingForToken;
    int m_tokenRequests = 0;

    QHash<QString, Poll> m_polls;
    QMultiMap<qint64, QString> m_pollQueue; // due (m_pollClock ms) -> job id
    QTimer *m_pollTimer = nullptr;
    QElapsedTimer m_pollClock;
    qint64 m_queriesHeldUntilMs = 0; // on m_pollClock: a status answer's Retry-After
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::SubmitOutcome)
