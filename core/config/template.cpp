// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "template.h"

#include <QJsonArray>
#include <QLocale>
#include <QObject>
#include <QVarLengthArray>

#include <cmath>
#include <string>
#include <vector>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wall"
#pragma GCC diagnostic ignored "-Wextra"
#include <kainjow/mustache.hpp>
#pragma GCC diagnostic pop

namespace OtBridge {

namespace {

using Data = kainjow::mustache::data;

enum class TagKind { Variable, Raw, Section, Inverted };

// A variable or section of the source. The engine sees each one under a marker name
// ("\x01" + index) instead of its own: kainjow only parses the source here, as a check that the
// scan below agrees with a Mustache parser, and the markers keep that check as it always was.
struct Tag
{
    TagKind kind = TagKind::Variable;
    QString name; // as written
    QStringList path; // name split at dots; empty for "."
    // The dotted prefixes of path, longest first ("a.b.c", "a.b", "a"): the names under which
    // extra values are looked up, joined once here instead of on every render.
    QStringList prefixes;
    // path's first name as an index into Compiled::heads; -1 for ".". Lookups of the same
    // first name in the event's root, and whether extra has it, are made once per render.
    qsizetype head = -1;
    // Sections only: what one pass over the body costs, not counting nested sections.
    qsizetype staticBytes = 0;
    qsizetype tagCount = 0;
};

// What rendering walks, in source order: the text between tags (cut at line ends, which is
// where standalone section lines are decided) and the variables and sections. A section's
// body is the nodes after it, up to its end. Comments and delimiter changes leave nothing.
struct Node
{
    enum class Kind { Text, Newline, Tag };
    Kind kind = Kind::Text;
    QString text; // Text and Newline ("\n", "\r\n" or "\r"), as in the source
    size_t tag = 0; // Tag: the index into the tags
    size_t end = 0; // a section's Tag: the index of the first node after its body
};

std::string trimmed(const std::string &text)
{
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    };
    size_t first = 0;
    size_t last = text.size();
    while (first < last && isSpace(text[first]))
        ++first;
    while (last > first && isSpace(text[last - 1]))
        --last;
    return text.substr(first, last - first);
}

bool hasControlCharacter(const std::string &text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return true;
    }
    return false;
}

// Custom delimiters as the engine accepts them ("=<% %>="), further kept free of digits and
// control characters so that a marker name can never contain one.
bool parseDelimiters(const std::string &contents, std::string &begin, std::string &end)
{
    if (contents.size() < 5 || contents.back() != '=')
        return false;
    const std::string inner = trimmed(contents.substr(1, contents.size() - 2));
    const size_t space = inner.find(' ');
    if (space == std::string::npos)
        return false;
    const size_t next = inner.find_first_not_of(' ', space + 1);
    if (next == std::string::npos)
        return false;
    const std::string newBegin = inner.substr(0, space);
    const std::string newEnd = inner.substr(next);
    for (const std::string *delimiter : {&newBegin, &newEnd}) {
        for (const char c : *delimiter) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '=' || u <= 0x20 || u == 0x7f || (c >= '0' && c <= '9'))
                return false;
        }
    }
    begin = newBegin;
    end = newEnd;
    return true;
}

std::string marker(size_t index)
{
    return '\x01' + std::to_string(index);
}

struct Scan
{
    std::vector<Tag> tags;
    std::vector<Node> nodes;
    std::string rewritten;
    QStringList variables;
    qsizetype rootStaticBytes = 0;
    qsizetype rootTagCount = 0;
    // Set when the source is not a template: the words (offsets in characters, counted from 1
    // for people) and the 0-based character offset of the tag at fault.
    QString error;
    Error::Kind errorKind = Error::Kind::Syntax;
    int errorOffset = -1;
};

// Walks the source the way kainjow's parser does (same delimiter, triple-brace and trimming
// rules), so that both agree on every tag; makes the nodes that rendering walks, and writes the
// source again with marker names for kainjow's check.
Scan scan(const std::string &in)
{
    Scan out;
    std::string begin = "{{";
    std::string end = "}}";
    bool braces = true;
    struct Open
    {
        size_t tag; // index into out.tags
        size_t offset; // of the tag in the source, in bytes
        size_t node; // index into out.nodes
    };
    std::vector<Open> open;
    const auto offsetOf = [&in](size_t byteOffset) {
        return int(QString::fromUtf8(in.data(), qsizetype(byteOffset)).size());
    };
    const auto at = [&offsetOf](size_t byteOffset) {
        return QString::number(offsetOf(byteOffset) + 1);
    };
    const auto fail = [&out, &offsetOf](size_t byteOffset, const QString &error,
                                        Error::Kind kind = Error::Kind::Syntax) {
        out.error = error;
        out.errorKind = kind;
        out.errorOffset = offsetOf(byteOffset);
        return out;
    };
    const auto account = [&out, &open](qsizetype bytes, qsizetype tags) {
        if (open.empty()) {
            out.rootStaticBytes += bytes;
            out.rootTagCount += tags;
        } else {
            out.tags[open.back().tag].staticBytes += bytes;
            out.tags[open.back().tag].tagCount += tags;
        }
    };
    // Text between tags as nodes: the line ends apart ("\r\n" is one, as kainjow reads it).
    const auto addText = [&out, &in](size_t from, size_t to) {
        size_t start = from;
        for (size_t i = from; i < to;) {
            if (in[i] != '\n' && in[i] != '\r') {
                ++i;
                continue;
            }
            if (i > start)
                out.nodes.push_back(
                    {Node::Kind::Text, QString::fromUtf8(in.data() + start, qsizetype(i - start))});
            const size_t length = in[i] == '\r' && i + 1 < to && in[i + 1] == '\n' ? 2 : 1;
            out.nodes.push_back(
                {Node::Kind::Newline, QString::fromLatin1(in.data() + i, qsizetype(length))});
            i += length;
            start = i;
        }
        if (to > start)
            out.nodes.push_back(
                {Node::Kind::Text, QString::fromUtf8(in.data() + start, qsizetype(to - start))});
    };

    const size_t n = in.size();
    size_t pos = 0;
    size_t textStart = 0;
    while (pos < n) {
        if (in.compare(pos, begin.size(), begin) != 0) {
            ++pos;
            continue;
        }
        out.rewritten.append(in, textStart, pos - textStart);
        account(qsizetype(pos - textStart), 0);
        addText(textStart, pos);

        const size_t tagStart = pos;
        size_t contentsStart = pos + begin.size();
        const bool triple = braces && tagStart != n - 2 && in.at(contentsStart) == '{';
        const std::string close = triple ? std::string("}}}") : end;
        if (triple)
            ++contentsStart;
        const size_t tagEnd = in.find(close, contentsStart);
        if (tagEnd == std::string::npos)
            return fail(
                tagStart,
                QObject::tr("a tag opened at character %1 is never closed").arg(at(tagStart)));
        const std::string contents = trimmed(in.substr(contentsStart, tagEnd - contentsStart));
        pos = textStart = tagEnd + close.size();
        account(0, 1);

        if (!contents.empty() && contents.front() == '=') {
            if (!parseDelimiters(contents, begin, end))
                return fail(tagStart,
                            QObject::tr("the delimiter change at character %1 is not valid")
                                .arg(at(tagStart)));
            braces = begin == "{{" && end == "}}";
            out.rewritten.append(in, tagStart, pos - tagStart);
            continue;
        }

        char sigil = triple ? '&' : '\0';
        std::string name = contents;
        if (!triple && !contents.empty()
            && std::string("#^/>&!").find(contents.front()) != std::string::npos) {
            sigil = contents.front();
            name = trimmed(contents.substr(1));
        }
        if (sigil == '!') {
            out.rewritten.append(in, tagStart, pos - tagStart);
            continue;
        }
        if (name.empty())
            return fail(tagStart,
                        QObject::tr("the tag at character %1 has no name").arg(at(tagStart)));
        if (hasControlCharacter(name))
            return fail(tagStart,
                        QObject::tr("the name of the tag at character %1 has a control "
                                    "character in it")
                            .arg(at(tagStart)));
        const QString qName = QString::fromStdString(name);
        if (sigil == '>')
            return fail(tagStart,
                        QObject::tr("{{> %1}} at character %2 asks for a partial, and templates "
                                    "cannot include partials")
                            .arg(qName, at(tagStart)),
                        Error::Kind::Invalid);

        if (sigil == '/') {
            if (open.empty())
                return fail(tagStart,
                            QObject::tr("{{/%1}} at character %2 closes a section that is not "
                                        "open")
                                .arg(qName, at(tagStart)));
            const Tag &opener = out.tags[open.back().tag];
            if (opener.name != qName) {
                const QString openerSigil
                    = opener.kind == TagKind::Section ? QStringLiteral("#") : QStringLiteral("^");
                return fail(tagStart,
                            QObject::tr("{{/%1}} at character %2 does not close {{%3%4}}, "
                                        "opened at character %5")
                                .arg(qName, at(tagStart), openerSigil, opener.name,
                                     at(open.back().offset)));
            }
            out.rewritten += begin + '/' + marker(open.back().tag) + end;
            out.nodes[open.back().node].end = out.nodes.size();
            open.pop_back();
            continue;
        }

        Tag tag;
        tag.name = qName;
        if (name != ".") {
            tag.path = qName.split(QLatin1Char('.'));
            for (qsizetype length = tag.path.size(); length > 0; --length)
                tag.prefixes.append(tag.path.mid(0, length).join(QLatin1Char('.')));
        }
        if (!out.variables.contains(qName) && name != ".")
            out.variables.append(qName);
        const size_t index = out.tags.size();
        if (sigil == '#' || sigil == '^') {
            if (open.size() >= size_t(Template::maxDepth))
                return fail(tagStart,
                            QObject::tr("sections are nested deeper than %1 at character %2")
                                .arg(QString::number(Template::maxDepth), at(tagStart)),
                            Error::Kind::Limit);
            tag.kind = sigil == '#' ? TagKind::Section : TagKind::Inverted;
            out.rewritten += begin + sigil + marker(index) + end;
            out.tags.push_back(tag);
            open.push_back({index, tagStart, out.nodes.size()});
            out.nodes.push_back({Node::Kind::Tag, QString(), index});
            continue;
        }
        tag.kind = sigil == '&' ? TagKind::Raw : TagKind::Variable;
        if (triple)
            out.rewritten += "{{{" + marker(index) + "}}}";
        else
            out.rewritten += begin + (sigil == '&' ? "&" : "") + marker(index) + end;
        out.tags.push_back(tag);
        out.nodes.push_back({Node::Kind::Tag, QString(), index});
    }
    out.rewritten.append(in, textStart, n - textStart);
    account(qsizetype(n - textStart), 0);
    addText(textStart, n);
    if (!open.empty()) {
        const Tag &opener = out.tags[open.back().tag];
        return fail(
            open.back().offset,
            QObject::tr("the section {{%1%2}} opened at character %3 is never closed")
                .arg(opener.kind == TagKind::Section ? QStringLiteral("#") : QStringLiteral("^"),
                     opener.name, at(open.back().offset)));
    }
    return out;
}

// The escapes work on characters that are ASCII in both UTF-8 and UTF-16, so escaping the
// QString gives what escaping its UTF-8 bytes gives; only the URL escape needs the bytes.
bool needsEscape(QChar c, Template::Escape escape)
{
    const char16_t u = c.unicode();
    switch (escape) {
    case Template::Escape::Plain:
        return false;
    case Template::Escape::Html:
        return u == '&' || u == '<' || u == '>' || u == '"' || u == '\'';
    case Template::Escape::JsonString:
        return u == '"' || u == '\\' || u < 0x20 || u == 0x7f;
    case Template::Escape::Url:
        return !((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
                 || u == '-' || u == '.' || u == '_' || u == '~');
    }
    return false;
}

QString escaped(const QString &text, Template::Escape escape)
{
    static const char hex[] = "0123456789ABCDEF";
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text.at(first), escape))
        ++first;
    if (first == text.size())
        return text; // shared, not copied: most values need no escape
    QString out;
    switch (escape) {
    case Template::Escape::Plain:
        return text;
    case Template::Escape::Html:
        out.reserve(text.size() + 16);
        out.append(QStringView(text).left(first));
        for (qsizetype i = first; i < text.size(); ++i) {
            switch (text.at(i).unicode()) {
            case '&':
                out += QLatin1String("&amp;");
                break;
            case '<':
                out += QLatin1String("&lt;");
                break;
            case '>':
                out += QLatin1String("&gt;");
                break;
            case '"':
                out += QLatin1String("&quot;");
                break;
            case '\'':
                out += QLatin1String("&#39;");
                break;
            default:
                out += text.at(i);
            }
        }
        return out;
    case Template::Escape::JsonString:
        out.reserve(text.size() + 16);
        out.append(QStringView(text).left(first));
        for (qsizetype i = first; i < text.size(); ++i) {
            const char16_t u = text.at(i).unicode();
            if (u == '"' || u == '\\') {
                out += QLatin1Char('\\');
                out += text.at(i);
            } else if (u < 0x20 || u == 0x7f) {
                out += QLatin1String("\\u00");
                out += QLatin1Char(hex[u >> 4]);
                out += QLatin1Char(hex[u & 0xf]);
            } else {
                out += text.at(i);
            }
        }
        return out;
    case Template::Escape::Url: {
        // Every byte of the UTF-8 that is not unreserved becomes %XX.
        const QByteArray utf8 = text.toUtf8();
        QByteArray bytes;
        bytes.reserve(utf8.size() * 3);
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~') {
                bytes += c;
            } else {
                bytes += '%';
                bytes += hex[u >> 4];
                bytes += hex[u & 0xf];
            }
        }
        return QString::fromLatin1(bytes);
    }
    }
    return text;
}

// The length of text in UTF-8, which is what the output limit counts; -1 when text has a
// surrogate without its pair, which UTF-8 cannot hold.
qsizetype utf8Size(QStringView text)
{
    qsizetype size = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x80) {
            size += 1;
        } else if (u < 0x800) {
            size += 2;
        } else if (!QChar::isSurrogate(u)) {
            size += 3;
        } else if (QChar::isHighSurrogate(u) && i + 1 < text.size()
                   && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            size += 4;
            ++i;
        } else {
            return -1;
        }
    }
    return size;
}

QString numberText(double value)
{
    // 2^53: beyond it a double no longer holds every integer, and qint64 formatting would lie.
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Double:
    case QJsonValue::Object:
        break;
    }
    return true;
}

// One step of a path inside value: an object member by name, an array item by decimal index.
// Undefined when it is absent.
QJsonValue step(const QJsonValue &value, const QString &name)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const auto it = object.constFind(name);
        return it == object.constEnd() ? QJsonValue(QJsonValue::Undefined) : it.value();
    }
    if (value.isArray()) {
        bool isIndex = !name.isEmpty();
        for (const QChar c : name)
            isIndex = isIndex && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const QJsonArray array = value.toArray();
        const qsizetype index = isIndex && name.size() < 10 ? name.toLongLong() : -1;
        if (index < 0 || index >= array.size())
            return QJsonValue(QJsonValue::Undefined);
        return array.at(index);
    }
    return QJsonValue(QJsonValue::Undefined);
}

// Follows path[from…] inside value. Undefined when a step is absent.
QJsonValue descend(QJsonValue value, const QStringList &path, qsizetype from)
{
    for (qsizetype i = from; i < path.size() && !value.isUndefined(); ++i)
        value = step(value, path.at(i));
    return value;
}

struct Stop
{
    Error error;
};

} // namespace

struct Template::Compiled
{
    std::vector<Tag> tags;
    std::vector<Node> nodes;
    QStringList variables;
    QStringList heads; // the first name part of every variable, each once (Tag::head)
    qsizetype rootStaticBytes = 0;
    qsizetype rootTagCount = 0;
};

namespace {

// Renders the nodes the way kainjow's renderer did when it drove rendering through a context
// of ours (docs/architecture.md, "Templates"), without its std::string detours: the same
// lookups in the same order, so the same missing names and the same limit errors, and the
// same standalone lines. kainjow keeps a line in a buffer and, at its end, drops it with its
// line break when a section was entered or left on it and it holds nothing but spaces and
// tabs; here the line is the tail of the output from lineStart.
class Renderer final
{
public:
    Renderer(const Template::Compiled &compiled, Template::Escape escape,
             const Template::Extra &extra, bool failOnMissing, const ErrorPlace &place)
        : m_compiled(compiled)
        , m_escape(escape)
        , m_extra(extra)
        , m_failOnMissing(failOnMissing)
        , m_place(place)
    { }

    // Throws Stop.
    QString render(const QJsonValue &event)
    {
        m_frames.push_back(Frame {event, false});
        m_bytes = m_compiled.rootStaticBytes;
        m_steps = m_compiled.rootTagCount;
        checkLimits();
        m_heads.resize(m_compiled.heads.size());
        // Room for the text and a short value per tag (for the first few hundred): values are
        // seldom longer, and the output then grows once or not at all.
        m_out.reserve(m_compiled.rootStaticBytes + 32 * qMin(m_compiled.rootTagCount, 256));
        walk(0, m_compiled.nodes.size());
        if (m_sectionOnLine && onlySpaces())
            m_out.truncate(m_lineStart);
        return m_out;
    }

    const QStringList &missing() const { return m_missing; }

private:
    struct Frame
    {
        QJsonValue value;
        bool transparent = false; // an inverted section's: it does not change the context
    };
    // What is known of one first name (Compiled::heads) in this render.
    struct Head
    {
        enum class State : quint8 { Unknown, No, Yes };
        State inExtra = State::Unknown; // whether a key of extra has it as its first part
        bool rootKnown = false;
        QJsonValue root; // its value in the event's root, once rootKnown
    };

    void walk(size_t from, size_t to)
    {
        const std::vector<Node> &nodes = m_compiled.nodes;
        for (size_t i = from; i < to;) {
            const Node &node = nodes[i];
            switch (node.kind) {
            case Node::Kind::Text:
                m_out += node.text;
                ++i;
                break;
            case Node::Kind::Newline:
                endLine(node.text);
                ++i;
                break;
            case Node::Kind::Tag: {
                const Tag &tag = m_compiled.tags[node.tag];
                if (tag.kind == TagKind::Variable || tag.kind == TagKind::Raw) {
                    variable(tag);
                    ++i;
                } else {
                    section(i, tag);
                    i = node.end;
                }
                break;
            }
            }
        }
    }

    bool onlySpaces() const
    {
        for (qsizetype i = m_lineStart; i < m_out.size(); ++i) {
            const QChar c = m_out.at(i);
            if (c != QLatin1Char(' ') && c != QLatin1Char('\t'))
                return false;
        }
        return true;
    }

    void endLine(const QString &lineBreak)
    {
        if (m_sectionOnLine && onlySpaces())
            m_out.truncate(m_lineStart);
        else
            m_out += lineBreak;
        m_lineStart = m_out.size();
        m_sectionOnLine = false;
    }

    void variable(const Tag &tag)
    {
        const QJsonValue value = lookup(tag);
        if (value.isNull() || value.isUndefined()) {
            if (m_failOnMissing)
                throw Stop {Error(Error::Kind::NoValue, m_place,
                                  QObject::tr("no value for {{%1}}").arg(tag.name))};
            if (!m_missing.contains(tag.name))
                m_missing.append(tag.name);
            return;
        }
        QString text = valueText(value);
        qsizetype bytes = utf8Size(text);
        if (bytes < 0) {
            // A lone surrogate becomes what UTF-8 makes of it, as it did when values went
            // through UTF-8 on their way out.
            text = QString::fromUtf8(text.toUtf8());
            bytes = utf8Size(text);
        }
        if (tag.kind == TagKind::Variable && m_escape != Template::Escape::Plain) {
            const QString plain = text;
            text = escaped(plain, m_escape);
            // The escapes add ASCII only: each added character is one more byte.
            if (m_escape == Template::Escape::Url)
                bytes = text.size();
            else
                bytes += text.size() - plain.size();
        }
        m_bytes += bytes;
        checkLimits();
        m_out += text;
    }

    void section(size_t index, const Tag &tag)
    {
        const Node &node = m_compiled.nodes[index];
        const QJsonValue value = lookup(tag);
        const bool truthy = isTruthy(value);
        if (tag.kind == TagKind::Inverted) {
            if (!truthy)
                enter(index, node, tag, QJsonValue(), true);
            return;
        }
        if (!truthy)
            return;
        if (!value.isArray()) {
            enter(index, node, tag, value, false);
            return;
        }
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            enter(index, node, tag, items.at(i), false);
    }

    // One pass over a section's body with value as the innermost item.
    void enter(size_t index, const Node &node, const Tag &tag, const QJsonValue &value,
               bool transparent)
    {
        m_sectionOnLine = true;
        m_steps += tag.tagCount + 1;
        m_bytes += tag.staticBytes;
        checkLimits();
        m_frames.push_back(Frame {value, transparent});
        walk(index + 1, node.end);
        m_frames.pop_back();
        m_sectionOnLine = true;
    }

    QJsonValue lookup(const Tag &tag) const
    {
        if (tag.path.isEmpty()) { // "."
            for (auto it = m_frames.crbegin(); it != m_frames.crend(); ++it) {
                if (!it->transparent)
                    return it->value;
            }
            return QJsonValue(QJsonValue::Undefined);
        }
        // The caller's values win: the longest dotted prefix that is a key of extra. A key
        // can only be a prefix when its first part is the name's.
        const QString &head = tag.path.first();
        Head &known = m_heads[tag.head];
        if (known.inExtra == Head::State::Unknown) {
            known.inExtra = Head::State::No;
            for (const Template::Extra::Entry &entry : m_extra.entries()) {
                if (QStringView(entry.name).left(entry.headSize) == head) {
                    known.inExtra = Head::State::Yes;
                    break;
                }
            }
        }
        if (known.inExtra == Head::State::Yes) {
            const qsizetype size = tag.path.size();
            for (qsizetype i = 0; i < tag.prefixes.size(); ++i) {
                for (const Template::Extra::Entry &entry : m_extra.entries()) {
                    if (entry.name != tag.prefixes.at(i))
                        continue;
                    if (entry.value.isUndefined()) { // text: nothing is inside it
                        if (i == 0)
                            return QJsonValue(entry.text);
                        break;
                    }
                    const QJsonValue value = descend(entry.value, tag.path, size - i);
                    if (!value.isUndefined())
                        return value;
                    break;
                }
            }
        }
        // Mustache: the first name is looked up from the innermost item outwards; the rest
        // of the path is followed from where it was found, without falling back further.
        for (qsizetype i = m_frames.size() - 1; i > 0; --i) {
            if (m_frames.at(i).transparent)
                continue;
            const QJsonValue first = step(m_frames.at(i).value, head);
            if (!first.isUndefined())
                return descend(first, tag.path, 1);
        }
        // The root is the event and stays the same: its first names are looked up once.
        if (!known.rootKnown) {
            known.root = step(m_frames.at(0).value, head);
            known.rootKnown = true;
        }
        return known.root.isUndefined() ? known.root : descend(known.root, tag.path, 1);
    }

    void checkLimits() const
    {
        if (m_bytes > Template::maxOutputBytes)
            throw Stop {Error(Error::Kind::Limit, m_place,
                              QObject::tr("the output would be longer than 1 MiB"))};
        if (m_steps > Template::maxSteps)
            throw Stop {Error(
                Error::Kind::Limit, m_place,
                QObject::tr("rendering would take more than %1 steps").arg(Template::maxSteps))};
    }

    const Template::Compiled &m_compiled;
    const Template::Escape m_escape;
    const Template::Extra &m_extra;
    const bool m_failOnMissing;
    const ErrorPlace &m_place;
    QVarLengthArray<Frame, 8> m_frames;
    mutable QVarLengthArray<Head, 8> m_heads;
    QString m_out;
    qsizetype m_lineStart = 0;
    bool m_sectionOnLine = false; // a section began or ended on the current line
    QStringList m_missing;
    qsizetype m_bytes = 0;
    qsizetype m_steps = 0;
};

qsizetype headSize(const QString &name)
{
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    return dot < 0 ? name.size() : dot;
}

} // namespace

Template::Extra::Extra(const QJsonObject &values)
{
    m_entries.reserve(values.size());
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        m_entries.append(Entry {it.key(), headSize(it.key()), it.value(), QString()});
}

void Template::Extra::insert(const QString &name, const QJsonValue &value)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name != name)
            continue;
        // As QJsonObject::insert: undefined takes the name away.
        if (value.isUndefined()) {
            m_entries.removeAt(i);
        } else {
            m_entries[i].value = value;
            m_entries[i].text.clear();
        }
        return;
    }
    if (!value.isUndefined())
        m_entries.append(Entry {name, headSize(name), value, QString()});
}

void Template::Extra::insert(const QString &name, const QString &text)
{
    for (Entry &entry : m_entries) {
        if (entry.name == name) {
            entry.value = QJsonValue(QJsonValue::Undefined);
            entry.text = text;
            return;
        }
    }
    m_entries.append(Entry {name, headSize(name), QJsonValue(QJsonValue::Undefined), text});
}

QJsonObject Template::Extra::toObject() const
{
    QJsonObject object;
    for (const Entry &entry : m_entries)
        object.insert(entry.name, entry.json());
    return object;
}

QJsonObject Template::Extra::toObject(const Template &usedBy) const
{
    QJsonObject object;
    if (!usedBy.m_compiled)
        return object;
    for (const Entry &entry : m_entries) {
        const QStringView head = QStringView(entry.name).left(entry.headSize);
        if (usedBy.m_compiled->heads.contains(head))
            object.insert(entry.name, entry.json());
    }
    return object;
}

Template::Template() = default;

Result<Template> Template::compile(const QString &source, Escape escape, const QString &where)
{
    return compile(source, escape, ErrorPlace::inScope(where));
}

Result<Template> Template::compile(const QString &source, Escape escape, const ErrorPlace &place)
{
    using R = Result<Template>;
    const QByteArray utf8 = source.toUtf8();
    if (utf8.size() > maxSourceBytes)
        return R::failure(
            Error(Error::Kind::Limit, place,
                  QObject::tr("the template is longer than 64 KiB (%1 bytes)").arg(utf8.size())));

    const std::string input = utf8.toStdString();
    Scan result = scan(input);
    if (!result.error.isEmpty())
        return R::failure(
            Error(result.errorKind, place.withOffset(result.errorOffset), result.error));

    // The scan above agrees with kainjow; this is a safety net.
    const kainjow::mustache::mustache engine(result.rewritten);
    if (!engine.is_valid())
        return R::failure(Error(Error::Kind::Syntax, place,
                                QObject::tr("cannot be compiled: %1")
                                    .arg(QString::fromStdString(engine.error_message()))));
    auto compiled = std::make_shared<Compiled>();
    compiled->tags = std::move(result.tags);
    compiled->nodes = std::move(result.nodes);
    compiled->variables = result.variables;
    for (const QString &name : std::as_const(compiled->variables)) {
        const QString head = name.left(headSize(name));
        if (!compiled->heads.contains(head))
            compiled->heads.append(head);
    }
    for (Tag &tag : compiled->tags) {
        if (!tag.path.isEmpty())
            tag.head = compiled->heads.indexOf(tag.path.first());
    }
    compiled->rootStaticBytes = result.rootStaticBytes;
    compiled->rootTagCount = result.rootTagCount;

    Template tmpl;
    tmpl.m_source = source;
    tmpl.m_place = place;
    tmpl.m_escape = escape;
    tmpl.m_compiled = std::move(compiled);
    return tmpl;
}

Result<Template::Rendered> Template::render(const QJsonValue &event, MissingPolicy policy,
                                            const Extra &extra) const
{
    using R = Result<Rendered>;
    if (!m_compiled)
        return Rendered {};
    Renderer renderer(*m_compiled, m_escape, extra, policy == MissingPolicy::Fail, m_place);
    Rendered rendered;
    try {
        rendered.text = renderer.render(event);
    } catch (const Stop &stop) {
        return R::failure(stop.error);
    }
    rendered.missing = renderer.missing();
    return rendered;
}

Result<QJsonDocument> Template::renderJson(const QJsonValue &event, MissingPolicy policy,
                                           const Extra &extra) const
{
    using R = Result<QJsonDocument>;
    const Result<Rendered> rendered = render(event, policy, extra);
    if (!rendered)
        return R::failure(rendered.errorDetail());
    const QByteArray json = rendered->text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = QString::fromUtf8(json.left(error.offset)).size();
        // The offset is in the rendered text, not in the template: the words say it, the place
        // does not.
        return R::failure(Error(Error::Kind::Syntax, m_place,
                                QObject::tr("the rendered JSON is not valid: %1 at character %2")
                                    .arg(error.errorString())
                                    .arg(offset + 1)));
    }
    return document;
}

QString Template::where() const
{
    return Error(Error::Kind::Other, m_place, {}).placeText();
}

QStringList Template::variables() const
{
    return m_compiled ? m_compiled->variables : QStringList();
}

} // namespace OtBridge
