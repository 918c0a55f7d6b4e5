// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "template.h"

#include <QJsonArray>
#include <QLocale>
#include <QObject>

#include <cmath>
#include <map>
#include <optional>
#include <sstream>
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
// ("\x01" + index) instead of its own, so that lookups know which tag asks: the engine's
// context interface only passes names, and a missing {{x}} must be told apart from a
// missing {{#x}} or {{^x}}.
struct Tag
{
    TagKind kind = TagKind::Variable;
    QString name; // as written
    QStringList path; // name split at dots; empty for "."
    // Sections only: what one pass over the body costs, not counting nested sections.
    qsizetype staticBytes = 0;
    qsizetype tagCount = 0;
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
// rules), so that both agree on every tag, and writes the source again with marker names.
Scan scan(const std::string &in)
{
    Scan out;
    std::string begin = "{{";
    std::string end = "}}";
    bool braces = true;
    std::vector<std::pair<size_t, size_t>> open; // tag index, byte offset
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
            out.tags[open.back().first].staticBytes += bytes;
            out.tags[open.back().first].tagCount += tags;
        }
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
            const Tag &opener = out.tags[open.back().first];
            if (opener.name != qName) {
                const QString openerSigil
                    = opener.kind == TagKind::Section ? QStringLiteral("#") : QStringLiteral("^");
                return fail(tagStart,
                            QObject::tr("{{/%1}} at character %2 does not close {{%3%4}}, "
                                        "opened at character %5")
                                .arg(qName, at(tagStart), openerSigil, opener.name,
                                     at(open.back().second)));
            }
            out.rewritten += begin + '/' + marker(open.back().first) + end;
            open.pop_back();
            continue;
        }

        Tag tag;
        tag.name = qName;
        if (name != ".")
            tag.path = qName.split(QLatin1Char('.'));
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
            open.emplace_back(index, tagStart);
            continue;
        }
        tag.kind = sigil == '&' ? TagKind::Raw : TagKind::Variable;
        if (triple)
            out.rewritten += "{{{" + marker(index) + "}}}";
        else
            out.rewritten += begin + (sigil == '&' ? "&" : "") + marker(index) + end;
        out.tags.push_back(tag);
    }
    out.rewritten.append(in, textStart, n - textStart);
    account(qsizetype(n - textStart), 0);
    if (!open.empty()) {
        const Tag &opener = out.tags[open.back().first];
        return fail(
            open.back().second,
            QObject::tr("the section {{%1%2}} opened at character %3 is never closed")
                .arg(opener.kind == TagKind::Section ? QStringLiteral("#") : QStringLiteral("^"),
                     opener.name, at(open.back().second)));
    }
    return out;
}

std::string escaped(const std::string &text, Template::Escape escape)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    switch (escape) {
    case Template::Escape::Plain:
        return text;
    case Template::Escape::Html:
        out.reserve(text.size());
        for (const char c : text) {
            switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
            }
        }
        return out;
    case Template::Escape::JsonString:
        out.reserve(text.size());
        for (const char c : text) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (u < 0x20 || u == 0x7f) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
        return out;
    case Template::Escape::Url:
        out.reserve(text.size());
        for (const char c : text) {
            const auto u = static_cast<unsigned char>(c);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~') {
                out += c;
            } else {
                out += '%';
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
        }
        return out;
    }
    return text;
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

// Follows path[from…] inside value: object members by name, array items by decimal index.
// Undefined when a step is absent.
QJsonValue descend(QJsonValue value, const QStringList &path, qsizetype from)
{
    for (qsizetype i = from; i < path.size(); ++i) {
        const QString &step = path.at(i);
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const auto it = object.constFind(step);
            if (it == object.constEnd())
                return QJsonValue(QJsonValue::Undefined);
            value = it.value();
        } else if (value.isArray()) {
            bool isIndex = !step.isEmpty();
            for (const QChar c : step)
                isIndex = isIndex && c >= QLatin1Char('0') && c <= QLatin1Char('9');
            const QJsonArray array = value.toArray();
            const qsizetype index = isIndex && step.size() < 10 ? step.toLongLong() : -1;
            if (index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            value = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return value;
}

struct Stop
{
    Error error;
};

} // namespace

struct Template::Compiled
{
    explicit Compiled(const std::string &rewritten)
        : engine(rewritten)
    { }
    // render() is not const in kainjow, but only writes its error for partials and lambdas,
    // which never reach it here.
    mutable kainjow::mustache::mustache engine;
    std::vector<Tag> tags;
    QStringList variables;
    qsizetype rootStaticBytes = 0;
    qsizetype rootTagCount = 0;
};

namespace {

// What kainjow's renderer looks names up in: the event, the caller's extra values and the
// stack of section items, resolved here instead of in a converted data tree. Sections get
// stand-ins whose only job is to be true, false or a list of the right length; pushing one
// tells which item the section entered.
class RenderContext final : public kainjow::mustache::basic_context<std::string>
{
public:
    RenderContext(const Template::Compiled &compiled, Template::Escape escape,
                  const QJsonValue &event, const QJsonObject &extra, bool failOnMissing,
                  const ErrorPlace &place)
        : m_compiled(compiled)
        , m_escape(escape)
        , m_extra(extra)
        , m_failOnMissing(failOnMissing)
        , m_place(place)
    {
        m_frames.push_back(Frame {event, false, {}});
        m_bytes = compiled.rootStaticBytes;
        m_steps = compiled.rootTagCount;
        checkLimits();
    }

    void push(const Data *data) override
    {
        const Tag &section = m_compiled.tags.at(m_pending.tag);
        m_steps += section.tagCount + 1;
        m_bytes += section.staticBytes;
        checkLimits();
        Frame frame {{}, false, m_pending};
        if (data == &m_falsy) {
            frame.transparent = true; // an inverted section does not change the context
        } else if (m_pending.first && data >= m_pending.first
                   && data < m_pending.first + m_pending.value.toArray().size()) {
            frame.value = m_pending.value.toArray().at(data - m_pending.first);
        } else {
            frame.value = m_pending.value;
        }
        m_frames.push_back(frame);
    }

    void pop() override
    {
        m_pending = m_frames.back().iteration;
        m_frames.pop_back();
    }

    const Data *get(const std::string &name) const override
    {
        if (name.size() < 2 || name.front() != '\x01')
            return nullptr;
        const size_t index = std::stoul(name.substr(1));
        const Tag &tag = m_compiled.tags.at(index);
        const QJsonValue value = lookup(tag);

        if (tag.kind == TagKind::Section || tag.kind == TagKind::Inverted) {
            m_pending = Iteration {index, value, nullptr};
            if (!isTruthy(value))
                return &m_falsy;
            if (!value.isArray())
                return &m_truthy;
            const Data *list = listOf(value.toArray().size());
            m_pending.first = list->list_value().data();
            return list;
        }

        if (value.isNull() || value.isUndefined()) {
            if (m_failOnMissing)
                throw Stop {Error(Error::Kind::NoValue, m_place,
                                  QObject::tr("no value for {{%1}}").arg(tag.name))};
            if (!m_missing.contains(tag.name))
                m_missing.append(tag.name);
            return nullptr;
        }
        std::string text = valueText(value).toStdString();
        if (tag.kind == TagKind::Variable)
            text = escaped(text, m_escape);
        m_bytes += qsizetype(text.size());
        checkLimits();
        // kainjow copies the text out before it asks for the next name: one slot is enough.
        m_text = Data(text);
        return &m_text;
    }

    const Data *get_partial(const std::string &) const override { return nullptr; }

    QStringList missing() const { return m_missing; }

private:
    struct Iteration
    {
        size_t tag = 0;
        QJsonValue value; // what the section stands on: an array, or the one value entered
        const Data *first = nullptr; // the stand-in list's first item when value is an array
    };
    struct Frame
    {
        QJsonValue value;
        bool transparent = false;
        Iteration iteration; // to resume after this frame is popped
    };

    QJsonValue lookup(const Tag &tag) const
    {
        if (tag.path.isEmpty()) { // "."
            for (auto it = m_frames.crbegin(); it != m_frames.crend(); ++it) {
                if (!it->transparent)
                    return it->value;
            }
            return QJsonValue(QJsonValue::Undefined);
        }
        // The caller's values win: the longest dotted prefix that is a key of extra.
        for (qsizetype length = tag.path.size(); length > 0; --length) {
            const auto it = m_extra.constFind(tag.path.mid(0, length).join(QLatin1Char('.')));
            if (it != m_extra.constEnd()) {
                const QJsonValue value = descend(it.value(), tag.path, length);
                if (!value.isUndefined())
                    return value;
            }
        }
        // Mustache: the first name is looked up from the innermost item outwards; the rest
        // of the path is followed from where it was found, without falling back further.
        const QStringList first {tag.path.first()};
        for (auto it = m_frames.crbegin(); it != m_frames.crend(); ++it) {
            if (it->transparent)
                continue;
            const QJsonValue head = descend(it->value, first, 0);
            if (!head.isUndefined())
                return descend(head, tag.path, 1);
        }
        return QJsonValue(QJsonValue::Undefined);
    }

    const Data *listOf(qsizetype size) const
    {
        // One stand-in list per length, shared: memory stays bounded by the event's size.
        auto &slot = m_lists[size];
        if (!slot) {
            slot = std::make_unique<Data>(Data::type::list);
            for (qsizetype i = 0; i < size; ++i)
                slot->push_back(Data(true));
        }
        return slot.get();
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
    const QJsonObject m_extra;
    const bool m_failOnMissing;
    const ErrorPlace m_place;
    std::vector<Frame> m_frames;
    mutable Iteration m_pending;
    mutable QStringList m_missing;
    mutable qsizetype m_bytes = 0;
    mutable qsizetype m_steps = 0;
    mutable Data m_text;
    mutable std::map<qsizetype, std::unique_ptr<Data>> m_lists;
    const Data m_truthy {true};
    const Data m_falsy {false};
};

} // namespace

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

    auto compiled = std::make_shared<Compiled>(result.rewritten);
    if (!compiled->engine.is_valid()) // the scan above agrees with kainjow; this is a safety net
        return R::failure(
            Error(Error::Kind::Syntax, place,
                  QObject::tr("cannot be compiled: %1")
                      .arg(QString::fromStdString(compiled->engine.error_message()))));
    // Values arrive escaped from RenderContext, which knows {{x}} from {{{x}}}.
    compiled->engine.set_custom_escape([](const std::string &text) { return text; });
    compiled->tags = std::move(result.tags);
    compiled->variables = result.variables;
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
                                            const QJsonObject &extra) const
{
    using R = Result<Rendered>;
    if (!m_compiled)
        return Rendered {};
    RenderContext context(*m_compiled, m_escape, event, extra, policy == MissingPolicy::Fail,
                          m_place);
    std::ostringstream stream;
    try {
        m_compiled->engine.render(context, stream);
    } catch (const Stop &stop) {
        return R::failure(stop.error);
    }
    Rendered rendered;
    rendered.text = QString::fromStdString(stream.str());
    rendered.missing = context.missing();
    return rendered;
}

Result<QJsonDocument> Template::renderJson(const QJsonValue &event, MissingPolicy policy,
                                           const QJsonObject &extra) const
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
