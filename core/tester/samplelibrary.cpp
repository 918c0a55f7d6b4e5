// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplelibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace OtBridge {

namespace {

Result<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QObject::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

Result<QList<Sample>> SampleLibrary::builtIn()
{
    using R = Result<QList<Sample>>;
    const auto index = readResource(QLatin1String(indexResource));
    if (!index)
        return R::failure(index.error());
    const QJsonArray entries
        = QJsonDocument::fromJson(index.value()).object().value(QLatin1String("samples")).toArray();
    if (entries.isEmpty())
        return R::failure(QObject::tr("%1: no samples").arg(QLatin1String(indexResource)));

    QList<Sample> samples;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        Sample sample;
        sample.title = entry.value(QLatin1String("title")).toString();
        sample.useCase = entry.value(QLatin1String("use_case")).toInt();
        sample.direction = entry.value(QLatin1String("direction")).toString();
        sample.source = entry.value(QLatin1String("source")).toString();
        const auto body = readResource(
            QStringLiteral(":/samples/%1").arg(entry.value(QLatin1String("file")).toString()));
        if (!body)
            return R::failure(body.error());
        sample.body = body.value();
        samples.append(sample);
    }

    // One signed sample per scheme, on use cases whose senders typically sign that way.
    const struct
    {
        int useCase;
        RequestSigning::Kind kind;
        const char *title;
    } signedSamples[] = {
        {1, RequestSigning::Kind::StandardWebhooks,
         QT_TRANSLATE_NOOP("OtBridge::SampleLibrary", "%1 (Standard Webhooks signature)")},
        {5, RequestSigning::Kind::GitHub,
         QT_TRANSLATE_NOOP("OtBridge::SampleLibrary", "%1 (GitHub-style HMAC)")},
        {6, RequestSigning::Kind::Stripe,
         QT_TRANSLATE_NOOP("OtBridge::SampleLibrary", "%1 (Stripe-style signature)")},
    };
    const qsizetype unsignedCount = samples.size();
    for (const auto &variant : signedSamples) {
        for (qsizetype i = 0; i < unsignedCount; ++i) {
            if (samples.at(i).useCase != variant.useCase)
                continue;
            Sample sample = samples.at(i);
            sample.title = QCoreApplication::translate("OtBridge::SampleLibrary", variant.title)
                               .arg(sample.title);
            sample.signing = variant.kind;
            samples.append(sample);
        }
    }
    return samples;
}

} // namespace OtBridge
