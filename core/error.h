// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace OtBridge {

// Where an error points, as data (STYLE.md rule 8), so that the rule designer puts it next to
// the field that caused it without reading the words. Everything but scope is optional: an
// error from outside a rule has only scope, or nothing at all.
struct ErrorPlace
{
    enum class Section : quint8 {
        None, // not inside a rule (or the rule is not known)
        Rule, // the rule as a whole, or one of its own keys (field: "name", "title", …)
        Trigger,
        Condition,
        Action,
    };

    QString scope; // in words, before everything else: "workspace w.json"; may be empty
    QString rule; // the rule's name as written (even when the name is what is wrong)
    Section section = Section::None;
    // Condition: the part's number in words, "2.1" for the first item of the second group;
    // empty for the condition as a whole. conditionLeaf: the leaf's index in the order
    // Condition::explain() lists leaves (the designer's rows); -1 when the error is a group's.
    QString condition;
    int conditionLeaf = -1;
    int action = -1; // Action: 0-based index in the rule's actions
    int tier = 0; // 1-based escalation tier when the error is in one of its actions; 0: none
    int tierAction = -1; // 0-based index of the action within that tier
    // The JSON key the error is about: a rule's "name", "title", "description", "enabled",
    // "actions"; a leaf's "path", "op", "value"; an action's "subject", "text", "html",
    // "from_name", "template_id", "language", "template_parameters", "to", "url", "method",
    // "headers", "body", "target", "channel", "missing", a preset field such as
    // "short_description", or an escalation's "within_seconds", "tiers", …
    QString field;
    // Within the field: "addresses", "roles_from", "roles" or "people" under "to"; a header's
    // name under "headers".
    QString key;
    int item = -1; // 0-based item of a list: an address, a roles_from or template parameter
    int offset = -1; // 0-based character offset into the field's text (template, pattern)

    static ErrorPlace inScope(const QString &scope);
    static ErrorPlace inRule(const QString &scope, const QString &rule);

    // The same place, narrowed: each returns a copy.
    ErrorPlace withSection(Section section) const;
    ErrorPlace withCondition(const QString &number, int leaf) const;
    ErrorPlace withAction(int index) const;
    ErrorPlace withTierAction(int tier, int index) const;
    ErrorPlace withField(const QString &field, const QString &key = {}, int item = -1) const;
    ErrorPlace withOffset(int offset) const;

    bool operator==(const ErrorPlace &other) const;
    bool operator!=(const ErrorPlace &other) const { return !(*this == other); }
};

// An error: what kind it is, where it points, and what is wrong in words. Result<T> carries one.
struct Error
{
    enum class Kind : quint8 {
        Other, // anything not sorted further, and every error built from words alone
        Syntax, // a template, pattern, pointer or JSON text that does not parse
        Missing, // something required is absent: a trigger, a subject, a recipient
        Invalid, // a value of the wrong type or out of range
        Unknown, // names something that does not exist: a key, operator, source, target, role
        NoValue, // a template found no value for a placeholder under "missing": "fail"
        Limit, // over a size, depth or time limit
        Stale, // a save based on a version that is no longer the stored one
    };
    // How much of the place the words repeat: everything, from the rule on (the workspace is
    // obvious), from the action on (inside a rule's editor), or only the field (next to it).
    enum class From : quint8 { Scope, Rule, Action, Field };

    Kind kind = Kind::Other;
    ErrorPlace place;
    QString message; // what is wrong, without the place: "a tag opened at character 5 is …"

    Error() = default;
    Error(Kind kind, ErrorPlace place, QString message);
    // Words alone, as errors were before they had a place.
    static Error fromText(QString text);

    // "rule 'legal-review', action 1, subject: a tag opened at character 5 is never closed";
    // with From::Field, "subject: a tag …". Never empty for an error with a message.
    QString text(From from = From::Scope) const;
    // The place alone in words ("rule 'legal-review', action 1, subject"); empty: no place.
    QString placeText(From from = From::Scope) const;
    // A field's name in words, for messages and the designer: "subject", "HTML", "address 2",
    // "header X-Request-Id", "JSON body"; a key without words of its own stays as written.
    static QString fieldText(const QString &field, const QString &key = {}, int item = -1);
};

} // namespace OtBridge
