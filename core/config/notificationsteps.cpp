// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationsteps.h"

#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace OtBridge {

namespace {

// A step's longest wait; a payload may name any time, but a year out is a mistake.
constexpr qint64 maxStepMs = 366LL * 24 * 3600 * 1000;

Error stepError(Error::Kind kind, const ErrorPlace &at, const QString &key, const QString &message)
{
    return Error(kind, at.withField(at.field, key), message);
}

std::optional<Error> unknownStepKeys(const QJsonObject &json, const QStringList &known,
                                     const ErrorPlace &at)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return Error(Error::Kind::Unknown, at,
                         QObject::tr("unknown key '%1' (a %2 takes %3)")
                             .arg(it.key(), at.field, known.join(QLatin1String(", "))));
    }
    return std::nullopt;
}

// A template a step renders (its key, its time); compile errors keep their character offset.
Result<Template> stepTemplate(const QJsonValue &value, const ErrorPlace &at, const QString &key)
{
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return Result<Template>::failure(
            stepError(value.isUndefined() ? Error::Kind::Missing : Error::Kind::Invalid, at, key,
                      QObject::tr("must be a template such as {{supplier.id}}")));
    return Template::compile(value.toString(), Template::Escape::Plain,
                             at.withField(at.field, key));
}

Result<qint64> stepDuration(const QJsonValue &value, const ErrorPlace &at, const QString &key,
                            bool negativeAllowed)
{
    const auto bad = [&] {
        return Result<qint64>::failure(stepError(
            value.isUndefined() ? Error::Kind::Missing : Error::Kind::Invalid, at, key,
            negativeAllowed ? QObject::tr("'%1' is not a duration such as 30s, 15m, -24h or 1d")
                                  .arg(value.toVariant().toString())
                            : QObject::tr("'%1' is not a duration such as 30s, 15m, 2h or 1d")
                                  .arg(value.toVariant().toString())));
    };
    if (!value.isString())
        return bad();
    const std::optional<qint64> ms = parseDuration(value.toString());
    if (!ms || (!negativeAllowed && *ms <= 0))
        return bad();
    if (std::abs(*ms) > maxStepMs)
        return Result<qint64>::failure(
            stepError(Error::Kind::Limit, at, key, QObject::tr("must be at most a year")));
    return *ms;
}

// Times without an offset are UTC, as conditions read them; a date alone is its midnight.
QDateTime parsePayloadTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

// The last name of the until template's first variable, for words: "review_due".
QString untilName(const Template &until)
{
    const QStringList names = until.variables();
    if (names.isEmpty())
        return until.source();
    return names.constFirst().section(QLatin1Char('.'), -1);
}

std::optional<QTime> wallClock(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const QRegularExpressionMatch match = pattern.match(value.toString());
    if (!value.isString() || !match.hasMatch())
        return std::nullopt;
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

} // namespace

std::optional<qint64> parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-]?)([0-9]{1,9})([smhd])$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    qint64 unit = 1000;
    switch (match.capturedView(3).at(0).toLatin1()) {
    case 'm':
        unit = 60 * 1000;
        break;
    case 'h':
        unit = 3600 * 1000;
        break;
    case 'd':
        unit = 86400 * 1000;
        break;
    default:
        break;
    }
    const qint64 amount = match.capturedView(2).toLongLong() * unit;
    return match.capturedView(1) == QLatin1String("-") ? -amount : amount;
}

QString durationText(qint64 ms)
{
    const qint64 seconds = std::abs(ms) / 1000;
    if (seconds % 86400 == 0 && seconds >= 2 * 86400)
        return QObject::tr("%1 d").arg(seconds / 86400);
    if (seconds % 3600 == 0 && seconds > 0)
        return QObject::tr("%1 h").arg(seconds / 3600);
    if (seconds % 60 == 0 && seconds > 0)
        return QObject::tr("%1 min").arg(seconds / 60);
    return QObject::tr("%1 s").arg(seconds);
}

DelayStep::Release DelayStep::releaseFor(const QJsonValue &body, const QJsonObject &extras,
                                         const QDateTime &now, double scale) const
{
    Release release;
    if (!until) {
        release.at = now.addMSecs(qint64(std::llround(double(forMs) * scale)));
        return release;
    }
    const auto rendered = until->render(body, Template::MissingPolicy::Empty, extras);
    const QString text = rendered ? rendered->text : QString();
    const QDateTime time = parsePayloadTime(text);
    if (!time.isValid()) {
        release.error = text.trimmed().isEmpty()
            ? QObject::tr("delay until: %1 has no value in this event").arg(until->source())
            : QObject::tr("delay until: '%1' is not a time").arg(text);
        return release;
    }
    release.at = time.addMSecs(offsetMs);
    if (release.at <= now) {
        release.skip = skipIfPast;
        release.at = now;
    }
    return release;
}

QString DelayStep::describe() const
{
    if (!until)
        return QObject::tr("%1 after the event").arg(durationText(forMs));
    const QString name = untilName(*until);
    if (offsetMs == 0)
        return QObject::tr("at %1").arg(name);
    return offsetMs < 0 ? QObject::tr("%1 before %2").arg(durationText(offsetMs), name)
                        : QObject::tr("%1 after %2").arg(durationText(offsetMs), name);
}

QDateTime QuietHours::endAt(const QDateTime &at) const
{
    if (!from.isValid() || !to.isValid() || from == to)
        return {};
    const QDateTime local = at.toTimeZone(zone);
    const QTime time = local.time();
    const QDate date = local.date();
    QDate endDate;
    if (from < to) {
        if (time < from || time >= to)
            return {};
        endDate = date;
    } else {
        if (time >= to && time < from)
            return {};
        endDate = time >= from ? date.addDays(1) : date;
    }
    return QDateTime(endDate, to, zone).toUTC();
}

QString QuietHours::text() const
{
    return QStringLiteral("%1–%2 %3")
        .arg(from.toString(QStringLiteral("HH:mm")), to.toString(QStringLiteral("HH:mm")),
             QString::fromUtf8(zone.id()));
}

Result<QuietHours> parseQuietHours(const QJsonValue &quietHours, const QJsonValue &timeZone,
                                   const QString &where)
{
    using R = Result<QuietHours>;
    QuietHours hours;
    if (!timeZone.isUndefined()) {
        const QByteArray id = timeZone.toString().toUtf8();
        if (!timeZone.isString() || id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
            return R::failure(QObject::tr("%1: time_zone '%2' is not a time zone such as "
                                          "Europe/Berlin or UTC")
                                  .arg(where, timeZone.toVariant().toString()));
        hours.zone = QTimeZone(id);
    }
    if (quietHours.isUndefined())
        return hours;
    const QJsonObject object = quietHours.toObject();
    if (!quietHours.isObject() || object.size() != 2 || !object.contains(QLatin1String("from"))
        || !object.contains(QLatin1String("to")))
        return R::failure(QObject::tr("%1: quiet_hours must be {\"from\": \"22:00\", \"to\": "
                                      "\"07:00\"}")
                              .arg(where));
    const std::optional<QTime> from = wallClock(object.value(QLatin1String("from")));
    const std::optional<QTime> to = wallClock(object.value(QLatin1String("to")));
    if (!from || !to)
        return R::failure(QObject::tr("%1: quiet_hours from and to must be times of day such "
                                      "as 22:00 and 07:00")
                              .arg(where));
    if (*from == *to)
        return R::failure(QObject::tr("%1: quiet_hours from and to are the same time").arg(where));
    hours.from = *from;
    hours.to = *to;
    return hours;
}

Result<DelayStep> parseDelayStep(const QJsonValue &json, const ErrorPlace &at)
{
    using R = Result<DelayStep>;
    if (!json.isObject())
        return R::failure(Error(Error::Kind::Invalid, at,
                                QObject::tr("must be an object with \"for\" or \"until\"")));
    const QJsonObject object = json.toObject();
    if (auto error = unknownStepKeys(object,
                                     {QStringLiteral("for"), QStringLiteral("until"),
                                      QStringLiteral("offset"), QStringLiteral("if_past"),
                                      QStringLiteral("key"), QStringLiteral("cancel_when")},
                                     at))
        return R::failure(*error);
    DelayStep step;
    const bool hasFor = object.contains(QLatin1String("for"));
    const bool hasUntil = object.contains(QLatin1String("until"));
    if (hasFor == hasUntil)
        return R::failure(Error(hasFor ? Error::Kind::Invalid : Error::Kind::Missing, at,
                                QObject::tr("needs either \"for\" (a duration) or \"until\" (a "
                                            "time from the payload), not %1")
                                    .arg(hasFor ? QObject::tr("both") : QObject::tr("neither"))));
    if (hasFor) {
        auto ms
            = stepDuration(object.value(QLatin1String("for")), at, QStringLiteral("for"), false);
        if (!ms)
            return R::failure(ms.errorDetail());
        step.forMs = ms.value();
        if (object.contains(QLatin1String("offset")))
            return R::failure(stepError(Error::Kind::Invalid, at, QStringLiteral("offset"),
                                        QObject::tr("applies to \"until\" only")));
    } else {
        auto until
            = stepTemplate(object.value(QLatin1String("until")), at, QStringLiteral("until"));
        if (!until)
            return R::failure(until.errorDetail());
        step.until = std::move(until).value();
        if (object.contains(QLatin1String("offset"))) {
            auto ms = stepDuration(object.value(QLatin1String("offset")), at,
                                   QStringLiteral("offset"), true);
            if (!ms)
                return R::failure(ms.errorDetail());
            step.offsetMs = ms.value();
        }
    }
    const QJsonValue ifPast = object.value(QLatin1String("if_past"));
    if (!ifPast.isUndefined()) {
        if (ifPast.toString() == QLatin1String("skip"))
            step.skipIfPast = true;
        else if (ifPast.toString() != QLatin1String("send"))
            return R::failure(stepError(Error::Kind::Invalid, at, QStringLiteral("if_past"),
                                        QObject::tr("must be \"send\" or \"skip\", not \"%1\"")
                                            .arg(ifPast.toVariant().toString())));
    }
    if (object.contains(QLatin1String("key"))) {
        auto key = stepTemplate(object.value(QLatin1String("key")), at, QStringLiteral("key"));
        if (!key)
            return R::failure(key.errorDetail());
        step.key = std::move(key).value();
    }
    if (object.contains(QLatin1String("cancel_when"))) {
        if (!step.key)
            return R::failure(
                stepError(Error::Kind::Missing, at, QStringLiteral("cancel_when"),
                          QObject::tr("needs a \"key\", such as {{contract.id}}, to know which "
                                      "held messages a later event cancels")));
        const QJsonValue when = object.value(QLatin1String("cancel_when"));
        if (!when.isObject() || when.toObject().isEmpty())
            return R::failure(stepError(Error::Kind::Invalid, at, QStringLiteral("cancel_when"),
                                        QObject::tr("must be a condition")));
        auto condition
            = Condition::compile(when, at.withField(at.field, QStringLiteral("cancel_when")));
        if (!condition)
            return R::failure(condition.errorDetail());
        step.cancelWhen = std::move(condition).value();
    }
    return step;
}

Result<DigestStep> parseDigestStep(const QJsonValue &json, const ErrorPlace &at)
{
    using R = Result<DigestStep>;
    if (!json.isObject())
        return R::failure(Error(Error::Kind::Invalid, at,
                                QObject::tr("must be an object with \"key\" and \"window\"")));
    const QJsonObject object = json.toObject();
    if (auto error = unknownStepKeys(
            object, {QStringLiteral("key"), QStringLiteral("window"), QStringLiteral("first")}, at))
        return R::failure(*error);
    DigestStep step;
    auto key = stepTemplate(object.value(QLatin1String("key")), at, QStringLiteral("key"));
    if (!key)
        return R::failure(key.errorDetail());
    step.key = std::move(key).value();
    if (!object.contains(QLatin1String("window")))
        return R::failure(stepError(Error::Kind::Missing, at, QStringLiteral("window"),
                                    QObject::tr("a digest needs a window such as 10m")));
    auto window
        = stepDuration(object.value(QLatin1String("window")), at, QStringLiteral("window"), false);
    if (!window)
        return R::failure(window.errorDetail());
    step.windowMs = window.value();
    const QJsonValue first = object.value(QLatin1String("first"));
    if (!first.isUndefined()) {
        if (first.toString() == QLatin1String("send"))
            step.sendFirst = true;
        else if (first.toString() != QLatin1String("digest"))
            return R::failure(stepError(Error::Kind::Invalid, at, QStringLiteral("first"),
                                        QObject::tr("must be \"send\" or \"digest\", not \"%1\"")
                                            .arg(first.toVariant().toString())));
    }
    return step;
}

} // namespace OtBridge
