// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatenames.h"

#include <QJsonArray>
#include <QJsonObject>

namespace OtBridge {

namespace {

// A key a dotted tag name can reach: the name is split at dots, and the tag's own syntax
// ('{', '}', sigils at the start, spaces that the tag would trim) must not appear in it.
bool isNameToken(const QString &token)
{
    if (token.isEmpty())
        return false;
    for (const QChar c : token) {
        if (c == u'.' || c == u'{' || c == u'}' || c == u'=' || c.isSpace())
            return false;
    }
    static const QString sigils = QStringLiteral("#^/&!>");
    return !sigils.contains(token.at(0));
}

void collect(const QJsonValue &value, const QString &prefix, QStringList &names)
{
    const auto add = [&](const QString &key, const QJsonValue &child) {
        if (!isNameToken(key))
            return;
        const QString name = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
        names.append(name);
        collect(child, name, names);
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            add(it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QString::number(i), array.at(i));
    }
}

} // namespace

QString templateNameForPointer(const QString &pointer)
{
    if (!pointer.startsWith(QLatin1Char('/')))
        return {};
    QStringList names;
    for (QString token : pointer.mid(1).split(QLatin1Char('/'))) {
        // RFC 6901: "~1" is '/', "~0" is '~'; any other '~' makes the pointer invalid.
        QString key;
        for (qsizetype i = 0; i < token.size(); ++i) {
            if (token.at(i) != u'~') {
                key.append(token.at(i));
                continue;
            }
            const QChar next = i + 1 < token.size() ? token.at(i + 1) : QChar();
            if (next != u'0' && next != u'1')
                return {};
            key.append(next == u'0' ? u'~' : u'/');
            ++i;
        }
        if (!isNameToken(key))
            return {};
        names.append(key);
    }
    return names.join(QLatin1Char('.'));
}

QString placeholderForPointer(const QString &pointer)
{
    const QString name = templateNameForPointer(pointer);
    return name.isEmpty() ? QString() : QStringLiteral("{{%1}}").arg(name);
}

QStringList templateNames(const QJsonValue &document)
{
    QStringList names;
    collect(document, {}, names);
    return names;
}

} // namespace OtBridge
