// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ackpage.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>

namespace OtBridge {

namespace {

// The page speaks the reader's language, not the server's: each request is translated with
// the translation of its own language, loaded from the resources the executables link
// (otbridge_language's /i18n), never through the application's installed translator.
const char context[] = "AckPage";

QString translated(const QString &language, const char *source)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> translators;
    std::shared_ptr<QTranslator> translator;
    if (language != QLatin1String("en")) {
        const QMutexLocker locker(&mutex);
        auto it = translators.find(language);
        if (it == translators.end()) {
            auto loaded = std::make_shared<QTranslator>();
            if (!loaded->load(QLocale(language), QStringLiteral("otbridge"), QStringLiteral("_"),
                              QStringLiteral(":/i18n")))
                loaded.reset();
            it = translators.insert(language, loaded);
        }
        translator = it.value();
    }
    const QString text = translator ? translator->translate(context, source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString timeText(const QDateTime &time, const QString &language)
{
    // The reader's time zone is not known here: UTC, said so.
    const QString format = language == QLatin1String("de") ? QStringLiteral("d. MMMM yyyy, HH:mm")
                                                           : QStringLiteral("d MMMM yyyy, HH:mm");
    return QLocale(language).toString(time.toUTC(), format) + QStringLiteral(" UTC");
}

QString howText(const QString &via, const QString &language)
{
    if (via == QLatin1String("link"))
        return translated(language, QT_TRANSLATE_NOOP("AckPage", "with the link in a message"));
    if (via == QLatin1String("console"))
        return translated(language, QT_TRANSLATE_NOOP("AckPage", "in the OT Bridge console"));
    if (via == QLatin1String("api"))
        return translated(language, QT_TRANSLATE_NOOP("AckPage", "through the OT Bridge API"));
    return {};
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n")
        .arg(escaped(label), escaped(value));
}

} // namespace

QString ackPageLanguage(QByteArrayView acceptLanguage)
{
    // "de-CH, fr;q=0.9, en;q=0.8": the best q wins, the first named among equals.
    QString best = QStringLiteral("en");
    double bestQuality = 0;
    const QString header
        = QString::fromLatin1(acceptLanguage.first(qMin<qsizetype>(acceptLanguage.size(), 512)));
    for (const QString &part : header.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pieces = part.split(QLatin1Char(';'));
        const QString tag = pieces.first().trimmed().toLower();
        double quality = 1.0;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QString parameter = pieces.at(i).trimmed();
            if (parameter.startsWith(QLatin1String("q="))) {
                bool ok = false;
                quality = parameter.mid(2).toDouble(&ok);
                if (!ok)
                    quality = 0;
            }
        }
        const QString primary = tag.section(QLatin1Char('-'), 0, 0);
        if (primary != QLatin1String("en") && primary != QLatin1String("de")
            && primary != QLatin1String("fr"))
            continue;
        if (quality > bestQuality) {
            best = primary;
            bestQuality = quality;
        }
    }
    return best;
}

QString ackPageTitle(AckPage::Kind kind, const QString &language)
{
    switch (kind) {
    case AckPage::Kind::Confirm:
        return translated(language, QT_TRANSLATE_NOOP("AckPage", "Acknowledge this escalation?"));
    case AckPage::Kind::Acknowledged:
        return translated(language, QT_TRANSLATE_NOOP("AckPage", "Acknowledged"));
    case AckPage::Kind::AlreadyAcknowledged:
        return translated(language, QT_TRANSLATE_NOOP("AckPage", "Already acknowledged"));
    case AckPage::Kind::Invalid:
        return translated(language, QT_TRANSLATE_NOOP("AckPage", "This link is not valid"));
    case AckPage::Kind::Expired:
        return translated(language, QT_TRANSLATE_NOOP("AckPage", "This link has expired"));
    case AckPage::Kind::TooManyRequests:
        return translated(language, QT_TRANSLATE_NOOP("AckPage", "Too many requests"));
    case AckPage::Kind::Off:
        return translated(language,
                          QT_TRANSLATE_NOOP("AckPage", "Acknowledgement links are switched off"));
    case AckPage::Kind::NotReady:
        return translated(language, QT_TRANSLATE_NOOP("AckPage", "Not ready yet"));
    case AckPage::Kind::Failed:
        return translated(language,
                          QT_TRANSLATE_NOOP("AckPage", "The acknowledgement was not stored"));
    }
    return {};
}

QByteArray ackPageHtml(const AckPage &page, const QString &language)
{
    const auto say = [&language](const char *source) {
        return translated(language, source);
    };
    const QString title = ackPageTitle(page.kind, language);
    QString body;
    const auto paragraph = [&body](const QString &text, const char *cssClass = nullptr) {
        body += cssClass ? QStringLiteral("<p class=\"%1\">").arg(QLatin1String(cssClass))
                         : QStringLiteral("<p>");
        body += escaped(text) + QStringLiteral("</p>\n");
    };
    const auto details = [&] {
        QString rows;
        rows += row(say(QT_TRANSLATE_NOOP("AckPage", "Rule")),
                    page.ruleTitle.isEmpty() ? page.ruleName : page.ruleTitle);
        if (!page.subject.isEmpty())
            rows += row(say(QT_TRANSLATE_NOOP("AckPage", "Message")), page.subject);
        rows += row(say(QT_TRANSLATE_NOOP("AckPage", "Event")),
                    QStringLiteral("%1 · %2").arg(page.eventSource, page.eventId));
        rows += row(say(QT_TRANSLATE_NOOP("AckPage", "Received")), timeText(page.since, language));
        rows += row(say(QT_TRANSLATE_NOOP("AckPage", "Sent to")),
                    page.tier > 0 ? say(QT_TRANSLATE_NOOP("AckPage", "%1 (escalation tier %2)"))
                                        .arg(page.recipient, QString::number(page.tier))
                                  : page.recipient);
        body += QStringLiteral("<table>\n") + rows + QStringLiteral("</table>\n");
    };
    const auto acknowledgement = [&](const char *sentence) {
        const QString how = howText(page.via, language);
        const QString who = how.isEmpty()
            ? page.by
            : say(QT_TRANSLATE_NOOP("AckPage", "%1 (%2)")).arg(page.by, how);
        paragraph(say(sentence).arg(who, timeText(page.at, language)), "result");
    };

    switch (page.kind) {
    case AckPage::Kind::Confirm:
        paragraph(say(QT_TRANSLATE_NOOP("AckPage",
                                        "Acknowledging tells everyone it is in hand: the "
                                        "escalation stops, and nobody else is notified about "
                                        "this event.")));
        details();
        body += QStringLiteral("<form method=\"post\"><p><button type=\"submit\">%1</button>"
                               "</p></form>\n")
                    .arg(escaped(say(QT_TRANSLATE_NOOP("AckPage", "Acknowledge"))));
        paragraph(say(QT_TRANSLATE_NOOP("AckPage",
                                        "It is recorded as acknowledged by %1. This link works "
                                        "until %2."))
                      .arg(page.recipient, timeText(page.expiresAt, language)),
                  "note");
        break;
    case AckPage::Kind::Acknowledged:
        acknowledgement(QT_TRANSLATE_NOOP("AckPage",
                                          "Thank you. Acknowledged by %1 at %2; the escalation "
                                          "has stopped."));
        details();
        break;
    case AckPage::Kind::AlreadyAcknowledged:
        acknowledgement(QT_TRANSLATE_NOOP("AckPage",
                                          "This event was already acknowledged by %1 at %2. "
                                          "Nothing more to do."));
        details();
        break;
    case AckPage::Kind::Invalid:
        paragraph(say(QT_TRANSLATE_NOOP("AckPage",
                                        "The link may have been cut short or changed on its "
                                        "way. Open it exactly as it came in the message, or "
                                        "acknowledge in OT Bridge itself.")));
        break;
    case AckPage::Kind::Expired:
        paragraph(say(QT_TRANSLATE_NOOP("AckPage",
                                        "It was valid until %1. Acknowledge in OT Bridge itself, "
                                        "or use the link of a newer message."))
                      .arg(timeText(page.expiresAt, language)));
        break;
    case AckPage::Kind::TooManyRequests:
        paragraph(say(QT_TRANSLATE_NOOP("AckPage",
                                        "Too many acknowledgement requests came from your "
                                        "address. Try again in %1 seconds."))
                      .arg(QString::number(page.retryAfterSeconds)));
        break;
    case AckPage::Kind::Off:
        paragraph(say(QT_TRANSLATE_NOOP("AckPage",
                                        "This OT Bridge makes no acknowledgement links (it "
                                        "has no public URL or no key to sign them), so it "
                                        "cannot accept one.")));
        break;
    case AckPage::Kind::NotReady:
        paragraph(say(
            QT_TRANSLATE_NOOP("AckPage", "OT Bridge has just started. Try again in a moment.")));
        break;
    case AckPage::Kind::Failed:
        paragraph(say(QT_TRANSLATE_NOOP("AckPage",
                                        "OT Bridge could not store the acknowledgement just now. "
                                        "Try again in a moment.")));
        break;
    }

    // No script, no image, nothing from elsewhere: the Content-Security-Policy the listener
    // sends allows exactly this inline style and a form posting back here.
    const QString html
        = QStringLiteral(
              "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
              "<title>%2 · OT Bridge</title>\n<style>\n"
              "body{font-family:system-ui,sans-serif;background:#f3f4f6;color:#1f2328;"
              "margin:0;padding:24px;line-height:1.45}\n"
              "main{max-width:36em;margin:0 auto;background:#ffffff;padding:24px 28px;"
              "border:1px solid #d0d7de;border-radius:8px}\n"
              "h1{font-size:1.45em;margin:0 0 12px}\n"
              "table{border-collapse:collapse;margin:16px 0}\n"
              "th{text-align:left;font-weight:normal;color:#57606a;padding:4px 16px 4px 0;"
              "vertical-align:top;white-space:nowrap}\n"
              "td{padding:4px 0;overflow-wrap:anywhere}\n"
              "button{font:inherit;font-weight:bold;color:#ffffff;background:#0a5cad;"
              "border:0;border-radius:6px;padding:10px 22px;cursor:pointer}\n"
              ".note{color:#57606a;font-size:0.9em}\n"
              ".result{font-weight:bold}\n"
              "footer{color:#57606a;font-size:0.8em;margin-top:20px}\n"
              "</style>\n</head>\n<body>\n<main>\n<h1>%2</h1>\n%3"
              "<footer>OT Bridge</footer>\n</main>\n</body>\n</html>\n")
              .arg(language, escaped(title), body);
    return html.toUtf8();
}

} // namespace OtBridge
