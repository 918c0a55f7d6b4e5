// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace OtBridge {

// What /ack/<token> shows (docs/architecture.md, "Acknowledgement links"): a small HTML page
// in the reader's language (English, German or French), with no script, no image and nothing
// loaded from elsewhere. Only the event of the token is ever described.
struct AckPage
{
    enum class Kind {
        Confirm, // a valid link, not acknowledged yet: what would be acknowledged, one button
        Acknowledged, // this POST acknowledged it
        AlreadyAcknowledged, // someone acknowledged it before: who, how and when
        Invalid, // forged, changed or not a link of ours (403)
        Expired, // signed by us, but past its time (410)
        TooManyRequests, // this address asked too often (429)
        Off, // this server makes no acknowledgement links (404)
        NotReady, // the signing key is still being read (503)
        Failed, // the acknowledgement could not be stored (503)
    };

    Kind kind = Kind::Invalid;
    // The event the link is for (Confirm, Acknowledged, AlreadyAcknowledged).
    QString ruleTitle;
    QString ruleName;
    QString eventId;
    QString eventSource;
    QDateTime since; // when the event arrived
    QString recipient; // who the link was sent to
    int tier = 0;
    QString subject; // the subject of the email the link came in; empty for other channels
    QDateTime expiresAt; // Confirm: until when the link works; Expired: when it stopped
    // The acknowledgement (Acknowledged, AlreadyAcknowledged).
    QString by;
    QString via; // "link", "api", "console"
    QDateTime at;
    int retryAfterSeconds = 0; // TooManyRequests, NotReady
};

// "en", "de" or "fr": the first of them the Accept-Language header prefers (q-values
// honoured), English when it names none.
QString ackPageLanguage(QByteArrayView acceptLanguage);
// The whole page, UTF-8.
QByteArray ackPageHtml(const AckPage &page, const QString &language);
// The page's heading alone, in language, for the console's record of the request.
QString ackPageTitle(AckPage::Kind kind, const QString &language);

} // namespace OtBridge
