// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QRegularExpression>
#include <QSet>

namespace OtBridge {

namespace {

bool isValidSourceName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

Result<Workspace> Workspace::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Workspace>::failure(
            QObject::tr("cannot read the workspace %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<Workspace> Workspace::fromJson(const QByteArray &json, const QString &origin)
{
    using R = Result<Workspace>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(QObject::tr("workspace %1 is not valid JSON: %2 at offset %3")
                              .arg(origin, parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return R::failure(
            QObject::tr("workspace %1: the top level must be a JSON object").arg(origin));

    const QJsonObject root = document.object();
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version < 1 || version > formatVersion)
        return R::failure(QObject::tr("workspace %1: \"version\" must be 1 to %2, not %3")
                              .arg(origin)
                              .arg(formatVersion)
                              .arg(root.value(QLatin1String("version")).toVariant().toString()));

    Workspace workspace;
    workspace.m_origin = origin;
    workspace.m_document = root;
    workspace.m_name = root.value(QLatin1String("name")).toString();

    const QJsonValue sources = root.value(QLatin1String("sources"));
    if (!sources.isUndefined() && !sources.isArray())
        return R::failure(QObject::tr("workspace %1: \"sources\" must be an array").arg(origin));
    QSet<QString> seen;
    const QJsonArray list = sources.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        SourceConfig source;
        source.name = object.value(QLatin1String("name")).toString();
        const QString where = QObject::tr("workspace %1, source %2").arg(origin).arg(i + 1);
        if (!isValidSourceName(source.name))
            return R::failure(QObject::tr("%1: name '%2' must be 1 to 64 characters of a-z, 0-9, "
                                          "'.', '_' or '-', starting with a letter or digit")
                                  .arg(where, source.name));
        if (seen.contains(source.name))
            return R::failure(
                QObject::tr("%1: the name '%2' is used twice").arg(where, source.name));
        seen.insert(source.name);
        source.title = object.value(QLatin1String("title")).toString(source.name);
        source.description = object.value(QLatin1String("description")).toString();
        const QString format
            = object.value(QLatin1String("format")).toString(QStringLiteral("json"));
        if (format == QLatin1String("json"))
            source.format = SourceConfig::Format::Json;
        else if (format == QLatin1String("any"))
            source.format = SourceConfig::Format::Any;
        else
            return R::failure(
                QObject::tr("%1 ('%2'): format must be \"json\" or \"any\", not \"%3\"")
                    .arg(where, source.name, format));
        const QJsonValue maxBody = object.value(QLatin1String("max_body_bytes"));
        if (!maxBody.isUndefined()) {
            if (!maxBody.isDouble() || maxBody.toDouble() < 1)
                return R::failure(QObject::tr("%1 ('%2'): max_body_bytes must be a positive number")
                                      .arg(where, source.name));
            source.maxBodyBytes = qint64(maxBody.toDouble());
        }
        workspace.m_sources.append(source);
    }
    return workspace;
}

Workspace Workspace::builtInDefault()
{
    auto workspace = load(QString::fromLatin1(defaultResource));
    // The default ships inside the binary and is tested; failing here is a build defect.
    Q_ASSERT_X(workspace.ok(), "Workspace::builtInDefault", qPrintable(workspace.error()));
    return workspace.ok() ? std::move(workspace).value() : Workspace();
}

const SourceConfig *Workspace::source(const QString &name) const
{
    for (const SourceConfig &source : m_sources) {
        if (source.name == name)
            return &source;
    }
    return nullptr;
}

QByteArray Workspace::toJson() const
{
    return QJsonDocument(m_document).toJson(QJsonDocument::Indented);
}

} // namespace OtBridge
