// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace OtBridge {

// One action field of a rule (subject, body, SMS text, recipient, URL, header, JSON body) as a
// logic-less Mustache template (docs/architecture.md, "Templates"), rendered against an event.
//
// Names are dotted paths into the event JSON: {{contract.id}}, {{items.0.sku}} (array index).
// Values given by the caller in `extra` ({"event.id": …, "role.name": …}, keyed by their full
// dotted name or nested) win over the event. Sections {{#x}}…{{/x}} repeat over arrays and
// enter objects; missing, null, false, "" and [] are false; {{^x}} is their inverse; {{.}} is
// the current item. Numbers print without a trailing ".0" when integral; true/false print as
// words; objects and arrays print as compact JSON.
//
// {{x}} is escaped for the output the template feeds (Escape); {{{x}}} and {{& x}} insert the
// value raw. For Escape::JsonString a raw value can break the JSON: that is the author's risk.
//
// Nothing in a template can run code or read a file: no lambdas, and partials ({{> name}}) are
// refused when compiling. Template is an immutable value; render() may run on several threads.
class Template final
{
public:
    enum class Escape { Plain, Html, JsonString, Url };
    enum class MissingPolicy { Empty, Fail };

    // Limits that keep an admin's template and an attacker's event from exhausting the process.
    static constexpr qsizetype maxSourceBytes = 64 * 1024; // UTF-8
    static constexpr qsizetype maxOutputBytes = 1024 * 1024; // UTF-8
    static constexpr int maxDepth = 16; // sections inside sections
    static constexpr qsizetype maxSteps = 1000000; // tags visited and items iterated per render

    struct Rendered
    {
        QString text;
        QStringList missing; // names ({{name}} as written) that had no value, each once
    };

    Template();

    // place: where the template sits, for errors (a rule's action and field); compile errors
    // add the character offset into source (ErrorPlace::offset, 0-based; the words count from
    // 1). where: only words, e.g. "body".
    static Result<Template> compile(const QString &source, Escape escape, const ErrorPlace &place);
    static Result<Template> compile(const QString &source, Escape escape, const QString &where);

    // The caller's values (render's extra) by their full dotted names ("event.id"); a value may
    // be an object or array the rest of a name leads into ({{role.members.1}} in "role").
    // Prepared once, it serves many renders: routing builds one per event and rule instead of
    // a QJsonObject that every render would search again. A QJsonObject converts implicitly.
    class Extra
    {
    public:
        struct Entry
        {
            QString name;
            qsizetype headSize = 0; // the length of the name's first part, before any dot
            QJsonValue value; // undefined when the value is text
            QString text;
            QJsonValue json() const { return value.isUndefined() ? QJsonValue(text) : value; }
        };

        Extra() = default;
        Extra(const QJsonObject &values); // NOLINT: implicit, as render's extra always took one
        // Sets name's value, replacing the one it had (undefined: removes it, as in a
        // QJsonObject).
        void insert(const QString &name, const QJsonValue &value);
        // The same for text, kept as it is: most extras are text that no template uses, and
        // making a QJsonValue of each would cost an allocation every time.
        void insert(const QString &name, const QString &text);
        bool isEmpty() const { return m_entries.isEmpty(); }
        const QList<Entry> &entries() const { return m_entries; }
        QJsonObject toObject() const;
        // Only the values that usedBy can reach (those whose first name part starts one of its
        // variables): for an API that takes a QJsonObject, without building the whole object.
        QJsonObject toObject(const Template &usedBy) const;

    private:
        QList<Entry> m_entries;
    };

    Result<Rendered> render(const QJsonValue &event, MissingPolicy policy,
                            const Extra &extra = {}) const;
    // Renders a JSON body template and checks the result parses as JSON.
    Result<QJsonDocument> renderJson(const QJsonValue &event, MissingPolicy policy,
                                     const Extra &extra = {}) const;

    // Every name used by a variable or section, in order of first use, each once (not "."),
    // as written (inside a section, relative to its items).
    QStringList variables() const;

    QString source() const { return m_source; }
    Escape escape() const { return m_escape; }
    // Where errors point: the place given to compile(), and the same in words.
    const ErrorPlace &place() const { return m_place; }
    QString where() const;

    struct Compiled;

private:
    QString m_source;
    ErrorPlace m_place;
    Escape m_escape = Escape::Plain;
    std::shared_ptr<const Compiled> m_compiled;
};

} // namespace OtBridge
