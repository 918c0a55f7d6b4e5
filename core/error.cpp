// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

#include <QObject>
#include <QStringList>

namespace OtBridge {

ErrorPlace ErrorPlace::inScope(const QString &scope)
{
    ErrorPlace place;
    place.scope = scope;
    return place;
}

ErrorPlace ErrorPlace::inRule(const QString &scope, const QString &rule)
{
    ErrorPlace place;
    place.scope = scope;
    place.rule = rule;
    place.section = Section::Rule;
    return place;
}

ErrorPlace ErrorPlace::withSection(Section section) const
{
    ErrorPlace place = *this;
    place.section = section;
    return place;
}

ErrorPlace ErrorPlace::withCondition(const QString &number, int leaf) const
{
    ErrorPlace place = *this;
    place.section = Section::Condition;
    place.condition = number;
    place.conditionLeaf = leaf;
    return place;
}

ErrorPlace ErrorPlace::withAction(int index) const
{
    ErrorPlace place = *this;
    place.section = Section::Action;
    place.action = index;
    return place;
}

ErrorPlace ErrorPlace::withTierAction(int tier, int index) const
{
    ErrorPlace place = *this;
    place.tier = tier;
    place.tierAction = index;
    place.field.clear();
    place.key.clear();
    place.item = -1;
    return place;
}

ErrorPlace ErrorPlace::withField(const QString &field, const QString &key, int item) const
{
    ErrorPlace place = *this;
    place.field = field;
    place.key = key;
    place.item = item;
    return place;
}

ErrorPlace ErrorPlace::withOffset(int offset) const
{
    ErrorPlace place = *this;
    place.offset = offset;
    return place;
}

bool ErrorPlace::operator==(const ErrorPlace &other) const
{
    return scope == other.scope && rule == other.rule && section == other.section
        && condition == other.condition && conditionLeaf == other.conditionLeaf
        && action == other.action && tier == other.tier && tierAction == other.tierAction
        && field == other.field && key == other.key && item == other.item && offset == other.offset;
}

Error::Error(Kind kind, ErrorPlace place, QString message)
    : kind(kind)
    , place(std::move(place))
    , message(std::move(message))
{ }

Error Error::fromText(QString text)
{
    return Error(Kind::Other, {}, std::move(text));
}

QString Error::fieldText(const QString &field, const QString &key, int item)
{
    const QString number = QString::number(item + 1);
    if (field == QLatin1String("to")) {
        if (key == QLatin1String("addresses"))
            return item >= 0 ? QObject::tr("address %1").arg(number) : QObject::tr("addresses");
        if (key == QLatin1String("roles_from"))
            return item >= 0 ? QObject::tr("roles from the payload, line %1").arg(number)
                             : QObject::tr("roles from the payload");
        if (key == QLatin1String("roles"))
            return QObject::tr("roles");
        if (key == QLatin1String("people"))
            return QObject::tr("people");
        return QObject::tr("recipients");
    }
    if (field == QLatin1String("headers"))
        return key.isEmpty() ? QObject::tr("headers") : QObject::tr("header %1").arg(key);
    // A rule's steps and an action's fallback: the key inside them ("delay offset", "fallback
    // text").
    if (!key.isEmpty()
        && (field == QLatin1String("delay") || field == QLatin1String("digest")
            || field == QLatin1String("fallback")))
        return QStringLiteral("%1 %2").arg(field, fieldText(key, {}, item));
    if (field == QLatin1String("template_parameters"))
        return item >= 0 ? QObject::tr("template parameter %1").arg(number)
                         : QObject::tr("template parameters");
    struct Words
    {
        const char *field;
        const char *words;
    };
    static const Words words[] = {
        {"name", QT_TRANSLATE_NOOP("QObject", "name")},
        {"title", QT_TRANSLATE_NOOP("QObject", "title")},
        {"description", QT_TRANSLATE_NOOP("QObject", "description")},
        {"enabled", QT_TRANSLATE_NOOP("QObject", "enabled")},
        {"actions", QT_TRANSLATE_NOOP("QObject", "actions")},
        {"path", QT_TRANSLATE_NOOP("QObject", "path")},
        {"op", QT_TRANSLATE_NOOP("QObject", "operator")},
        {"value", QT_TRANSLATE_NOOP("QObject", "value")},
        {"target", QT_TRANSLATE_NOOP("QObject", "target")},
        {"channel", QT_TRANSLATE_NOOP("QObject", "channel")},
        {"subject", QT_TRANSLATE_NOOP("QObject", "subject")},
        {"text", QT_TRANSLATE_NOOP("QObject", "text")},
        {"html", QT_TRANSLATE_NOOP("QObject", "HTML")},
        {"from_name", QT_TRANSLATE_NOOP("QObject", "sender name")},
        {"template_id", QT_TRANSLATE_NOOP("QObject", "WhatsApp template")},
        {"language", QT_TRANSLATE_NOOP("QObject", "language")},
        {"method", QT_TRANSLATE_NOOP("QObject", "method")},
        {"url", QT_TRANSLATE_NOOP("QObject", "URL")},
        {"body", QT_TRANSLATE_NOOP("QObject", "JSON body")},
    };
    for (const Words &entry : words) {
        if (field == QLatin1String(entry.field))
            return QObject::tr(entry.words);
    }
    return field; // a preset field or an escalation key: its name is the best word there is
}

QString Error::placeText(From from) const
{
    using S = ErrorPlace::Section;
    QStringList parts;
    if (from == From::Scope && !place.scope.isEmpty())
        parts.append(place.scope);
    if (place.section != S::None && from <= From::Rule)
        parts.append(QObject::tr("rule '%1'").arg(place.rule));
    switch (place.section) {
    case S::None:
    case S::Rule:
        break;
    case S::Trigger:
        parts.append(QObject::tr("trigger"));
        break;
    case S::Condition:
        parts.append(place.condition.isEmpty() ? QObject::tr("condition")
                                               : QObject::tr("condition %1").arg(place.condition));
        break;
    case S::Action:
        if (place.action >= 0)
            parts.append(QObject::tr("action %1").arg(place.action + 1));
        if (place.tier > 0) {
            parts.append(QObject::tr("tier %1").arg(place.tier));
            if (place.tierAction >= 0)
                parts.append(QObject::tr("action %1").arg(place.tierAction + 1));
        }
        break;
    }
    if (!place.field.isEmpty())
        parts.append(fieldText(place.field, place.key, place.item));
    if (from == From::Field && parts.size() > 1)
        return parts.constLast();
    return parts.join(QLatin1String(", "));
}

QString Error::text(From from) const
{
    const QString at = placeText(from);
    return at.isEmpty() ? message : QStringLiteral("%1: %2").arg(at, message);
}

} // namespace OtBridge
