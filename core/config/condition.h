// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

namespace OtBridge {

// One leaf of a condition as evaluated against one event, for the designer's preview.
struct LeafResult
{
    QString location; // where the leaf sits in the condition: "all[1]", "any[0].not", "" at the top
    QString path; // the JSON Pointer into the event, as written
    QString op; // "eq", "before_now", …
    QJsonValue actual; // what the path found; undefined when it found nothing
    bool matched = false;
};

// A rule's condition, as the visual builder writes it (docs/architecture.md, "Conditions"):
// groups {"all": […]}, {"any": […]}, {"not": {…}} around leaves {"path", "op", "value"}, where
// path is an RFC 6901 JSON Pointer into the event's body. Compiled once; evaluating only reads
// the event. Copies share the compiled tree, and a const Condition may be used from any thread.
class Condition final
{
public:
    Condition() = default; // empty: matches every event

    // place: where the condition sits (a rule's, ErrorPlace::Section::Condition); errors add
    // the part's number in words ("2.1"), the leaf's index in explain() order and, for a
    // regular expression, the character offset into the leaf's value. where: words only, e.g.
    // "rule 'legal-review', condition"; parts are numbered from 1 after it ("…, condition 2.1:
    // …"). Null, absent or {} is the empty condition.
    static Result<Condition> compile(const QJsonValue &json, const ErrorPlace &place);
    static Result<Condition> compile(const QJsonValue &json, const QString &where);

    bool isEmpty() const { return !m_data; }
    bool matches(const QJsonValue &event, const QDateTime &now) const;
    bool matches(const QJsonDocument &event, const QDateTime &now) const;
    // Every leaf in the order written, each evaluated on its own (no short-circuit).
    QList<LeafResult> explain(const QJsonValue &event, const QDateTime &now) const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

// One operator a leaf may use, from the one table in condition.cpp: the designer offers these,
// in this order, with these words.
struct ConditionOperator
{
    // What the leaf's value must be.
    enum class Value { Any, List, Text, Pattern, Bool, NumberOrTime, Offset };
    QString name; // "eq", "before_now", … as the workspace file spells it
    QString label; // for people, translated: "equals", "is before now, offset"
    Value value = Value::Any;
};
QList<ConditionOperator> conditionOperators();

// The value an RFC 6901 JSON Pointer names in document ("/approval/due_at", "/items/0"), as
// conditions read it; undefined when it names nothing or is not a valid pointer.
QJsonValue valueAtPointer(const QJsonValue &document, const QString &pointer);

} // namespace OtBridge
