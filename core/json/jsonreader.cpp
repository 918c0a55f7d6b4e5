// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "json/utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace OtBridge {

namespace {

// Bytes a string's fast loop stops at: the quote, the backslash, control characters and
// everything beyond ASCII (checked as UTF-8).
constexpr std::array<bool, 256> stopsString = [] {
    std::array<bool, 256> table {};
    for (int c = 0; c < 256; ++c)
        table[c] = c < 0x20 || c >= 0x80 || c == '"' || c == '\\';
    return table;
}();

bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

int hexValue(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits at p (which has at least four bytes), or -1.
int hex4(const char *p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(uchar(p[i]));
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

bool isHighSurrogate(int unit)
{
    return unit >= 0xd800 && unit <= 0xdbff;
}

bool isLowSurrogate(int unit)
{
    return unit >= 0xdc00 && unit <= 0xdfff;
}

void appendUtf8(QByteArray *out, char32_t code)
{
    if (code < 0x80) {
        out->append(char(code));
    } else if (code < 0x800) {
        out->append(char(0xc0 | (code >> 6)));
        out->append(char(0x80 | (code & 0x3f)));
    } else if (code < 0x10000) {
        out->append(char(0xe0 | (code >> 12)));
        out->append(char(0x80 | ((code >> 6) & 0x3f)));
        out->append(char(0x80 | (code & 0x3f)));
    } else {
        out->append(char(0xf0 | (code >> 18)));
        out->append(char(0x80 | ((code >> 12) & 0x3f)));
        out->append(char(0x80 | ((code >> 6) & 0x3f)));
        out->append(char(0x80 | (code & 0x3f)));
    }
}

// A number of up to 18 characters without fraction or exponent fits in 64 bits: read here
// rather than by the general conversion.
constexpr qsizetype shortInteger = 18;

// What QJsonDocument keeps for a double: the integer when it is integral and fits 64 bits.
QJsonValue doubleValue(double value)
{
    if (value >= -9223372036854775808.0 && value < 9223372036854775808.0) {
        const auto integer = qint64(value);
        if (double(integer) == value)
            return QJsonValue(integer);
    }
    return QJsonValue(value);
}

} // namespace

JsonReader::JsonReader(QByteArrayView json)
    : m_begin(json.data())
    , m_p(json.data())
    , m_end(json.data() + json.size())
{ }

bool JsonReader::fail(Error error)
{
    return failAt(error, m_p);
}

bool JsonReader::failAt(Error error, const char *at)
{
    if (m_error == Error::None) {
        m_error = error;
        m_errorOffset = at - m_begin;
    }
    m_key = QByteArrayView();
    return false;
}

void JsonReader::skipSpaces()
{
    while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

// Steps over the bytes of a string that need no attention, up to the first that does (the
// quote, the backslash, a control character, a byte beyond ASCII); false at the end.
Q_ALWAYS_INLINE bool JsonReader::skipPlain()
{
#ifdef __SSE2__
    // Sixteen bytes at a time. Compared as signed bytes, those beyond ASCII are negative:
    // "less than a space" finds them and the control characters at once.
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(' ');
    while (m_end - m_p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_p));
        const __m128i stops = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
            _mm_cmplt_epi8(bytes, space));
        const auto mask = uint(_mm_movemask_epi8(stops));
        if (mask) {
            m_p += qCountTrailingZeroBits(mask);
            return true;
        }
        m_p += 16;
    }
#endif
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    // Eight bytes at a time: the bytes that stop the string are found by the borrows of a
    // subtraction (Hacker's Delight, 6-1). A borrow can mark a byte above a real stop too, never
    // one below it: the lowest mark is the first stop.
    constexpr quint64 ones = 0x0101010101010101;
    constexpr quint64 highs = 0x8080808080808080;
    while (m_end - m_p >= 8) {
        quint64 bytes;
        memcpy(&bytes, m_p, sizeof bytes);
        const quint64 quote = bytes ^ (ones * '"');
        const quint64 backslash = bytes ^ (ones * '\\');
        const quint64 stops = (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash)
                               | ((bytes - ones * 0x20) & ~bytes) | bytes)
            & highs;
        if (stops) {
            m_p += qCountTrailingZeroBits(stops) / 8;
            return true;
        }
        m_p += 8;
    }
#endif
    while (m_p != m_end && !stopsString[uchar(*m_p)])
        ++m_p;
    return m_p != m_end;
}

// At the opening quote: checks the string through its closing quote, which it steps over.
// [*begin, *end) is its content as written; *escaped is set when it has escapes.
Q_ALWAYS_INLINE bool JsonReader::scanString(const char **begin, const char **end, bool *escaped)
{
    ++m_p;
    *begin = m_p;
    for (;;) {
        if (!skipPlain())
            return fail(Error::UnexpectedEnd);
        if (*m_p == '"') {
            *end = m_p;
            ++m_p;
            return true;
        }
        if (!scanSpecial(escaped))
            return false;
    }
}

JsonReader::Type JsonReader::peek()
{
    if (hasError())
        return Type::Invalid;
    skipSpace();
    if (m_p == m_end) {
        fail(Error::UnexpectedEnd);
        return Type::Invalid;
    }
    switch (*m_p) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    default:
        if (*m_p == '-' || isDigit(uchar(*m_p)))
            return Type::Number;
        fail(Error::UnexpectedCharacter);
        return Type::Invalid;
    }
}

// Before a value of the given type: false and an error unless one starts here.
bool JsonReader::expectValue(Type type)
{
    if (hasError())
        return false;
    if (m_position != Position::BeforeValue)
        return fail(m_depth == 0 ? Error::GarbageAtEnd : Error::UnexpectedCharacter);
    const Type found = peek();
    if (found == Type::Invalid)
        return false;
    if (found != type)
        return fail(Error::WrongType);
    return true;
}

bool JsonReader::beginObject()
{
    if (!expectValue(Type::Object))
        return false;
    if (++m_depth > maxDepth)
        return fail(Error::TooDeep);
    ++m_p;
    m_position = Position::BeforeFirst;
    return true;
}

bool JsonReader::beginArray()
{
    if (!expectValue(Type::Array))
        return false;
    if (++m_depth > maxDepth)
        return fail(Error::TooDeep);
    ++m_p;
    m_position = Position::BeforeFirst;
    return true;
}

// At the container's closing bracket.
bool JsonReader::close(char bracket)
{
    Q_UNUSED(bracket);
    Q_ASSERT(*m_p == bracket);
    ++m_p;
    --m_depth;
    m_position = Position::AfterValue;
    m_key = QByteArrayView();
    return false;
}

bool JsonReader::nextMember()
{
    if (hasError())
        return false;
    Q_ASSERT_X(m_depth > 0 && m_position != Position::BeforeValue, "JsonReader::nextMember",
               "not in an object, or the last member's value was not read");
    skipSpace();
    if (m_p == m_end)
        return fail(Error::UnexpectedEnd);
    if (*m_p == '}')
        return close('}');
    if (m_position == Position::AfterValue) {
        if (*m_p != ',')
            return fail(Error::UnexpectedCharacter);
        ++m_p;
        skipSpace();
        if (m_p == m_end)
            return fail(Error::UnexpectedEnd);
    }
    if (*m_p != '"')
        return fail(Error::UnexpectedCharacter);
    const char *begin = nullptr;
    const char *end = nullptr;
    bool escaped = false;
    if (!scanString(&begin, &end, &escaped))
        return false;
    m_keyEscaped = escaped;
    if (escaped) {
        decodeEscapes(begin, end, &m_keyBuffer);
        m_key = m_keyBuffer;
    } else {
        m_key = QByteArrayView(begin, end - begin);
    }
    skipSpace();
    if (m_p == m_end)
        return fail(Error::UnexpectedEnd);
    if (*m_p != ':')
        return fail(Error::UnexpectedCharacter);
    ++m_p;
    m_position = Position::BeforeValue;
    return true;
}

bool JsonReader::nextElement()
{
    if (hasError())
        return false;
    Q_ASSERT_X(m_depth > 0 && m_position != Position::BeforeValue, "JsonReader::nextElement",
               "not in an array, or the last element was not read");
    skipSpace();
    if (m_p == m_end)
        return fail(Error::UnexpectedEnd);
    if (*m_p == ']')
        return close(']');
    if (m_position == Position::AfterValue) {
        if (*m_p != ',')
            return fail(Error::UnexpectedCharacter);
        ++m_p;
    }
    // Whatever follows must start a value: the caller's read checks it.
    m_position = Position::BeforeValue;
    return true;
}

bool JsonReader::readNull()
{
    if (!expectValue(Type::Null))
        return false;
    for (const char expected : {'n', 'u', 'l', 'l'}) {
        if (m_p == m_end)
            return fail(Error::UnexpectedEnd);
        if (*m_p != expected)
            return fail(Error::UnexpectedCharacter);
        ++m_p;
    }
    m_position = Position::AfterValue;
    return true;
}

bool JsonReader::readBool(bool *value)
{
    if (!expectValue(Type::Bool))
        return false;
    const bool isTrue = *m_p == 't';
    for (const char *expected = isTrue ? "true" : "false"; *expected; ++expected, ++m_p) {
        if (m_p == m_end)
            return fail(Error::UnexpectedEnd);
        if (*m_p != *expected)
            return fail(Error::UnexpectedCharacter);
    }
    *value = isTrue;
    m_position = Position::AfterValue;
    return true;
}

// The UTF-16 unit of the \u escape at p, or -1 and an error.
int JsonReader::escapedUnit(const char *p)
{
    int unit = 0;
    for (const char *digit = p + 2; digit != p + 6; ++digit) {
        if (digit >= m_end) {
            failAt(Error::UnexpectedEnd, m_end);
            return -1;
        }
        const int value = hexValue(uchar(*digit));
        if (value < 0) {
            failAt(Error::InvalidEscape, p);
            return -1;
        }
        unit = unit * 16 + value;
    }
    return unit;
}

// At a byte of a string that is not plain ASCII: an escape, a control character (refused) or
// a UTF-8 sequence. Steps over it.
bool JsonReader::scanSpecial(bool *escaped)
{
    const auto c = uchar(*m_p);
    if (c < 0x20)
        return fail(Error::ControlCharacter);
    if (c != '\\') {
        const int length = utf8SequenceLength(reinterpret_cast<const uchar *>(m_p),
                                              reinterpret_cast<const uchar *>(m_end));
        if (length == 0)
            return fail(Error::InvalidUtf8);
        m_p += length;
        return true;
    }
    *escaped = true;
    const char *escape = m_p;
    if (m_end - m_p < 2)
        return fail(Error::UnexpectedEnd);
    switch (m_p[1]) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        m_p += 2;
        return true;
    case 'u':
        break;
    default:
        return failAt(Error::InvalidEscape, escape);
    }
    const int unit = escapedUnit(escape);
    if (unit < 0)
        return false;
    if (isLowSurrogate(unit))
        return failAt(Error::InvalidEscape, escape);
    m_p += 6;
    if (!isHighSurrogate(unit))
        return true;
    // A high surrogate must be followed by the escape of a low one: a lone half is no
    // character and has no UTF-8.
    if (m_p == m_end || (m_p[0] == '\\' && m_end - m_p == 1))
        return fail(Error::UnexpectedEnd);
    if (m_p[0] != '\\' || m_p[1] != 'u')
        return failAt(Error::InvalidEscape, escape);
    const int low = escapedUnit(m_p);
    if (low < 0)
        return false;
    if (!isLowSurrogate(low))
        return failAt(Error::InvalidEscape, escape);
    m_p += 6;
    return true;
}

// The content of a string scanString() checked, escapes decoded to UTF-8, into *into.
void JsonReader::decodeEscapes(const char *begin, const char *end, QByteArray *into)
{
    into->resize(0);
    into->reserve(end - begin);
    const char *p = begin;
    while (p != end) {
        const char *run = p;
        while (p != end && *p != '\\')
            ++p;
        into->append(run, p - run);
        if (p == end)
            break;
        char32_t code = 0;
        switch (p[1]) {
        case 'b':
            code = '\b';
            break;
        case 'f':
            code = '\f';
            break;
        case 'n':
            code = '\n';
            break;
        case 'r':
            code = '\r';
            break;
        case 't':
            code = '\t';
            break;
        case 'u':
            code = char32_t(hex4(p + 2));
            if (isHighSurrogate(int(code))) {
                code = 0x10000 + ((code - 0xd800) << 10) + char32_t(hex4(p + 8) - 0xdc00);
                p += 6;
            }
            p += 4;
            break;
        default: // '"', '\\', '/'
            code = char32_t(uchar(p[1]));
            break;
        }
        p += 2;
        appendUtf8(into, code);
    }
}

bool JsonReader::readUtf8(QByteArrayView *utf8, bool *escaped)
{
    if (!expectValue(Type::String))
        return false;
    const char *begin = nullptr;
    const char *end = nullptr;
    bool hasEscapes = false;
    if (!scanString(&begin, &end, &hasEscapes))
        return false;
    if (hasEscapes) {
        decodeEscapes(begin, end, &m_buffer);
        *utf8 = m_buffer;
    } else {
        *utf8 = QByteArrayView(begin, end - begin);
    }
    if (escaped)
        *escaped = hasEscapes;
    m_position = Position::AfterValue;
    return true;
}

bool JsonReader::readString(QString *text)
{
    QByteArrayView utf8;
    if (!readUtf8(&utf8))
        return false;
    *text = QString::fromUtf8(utf8);
    return true;
}

// At a number's first byte: checks it against the grammar and steps over it. *integral: it
// has neither fraction nor exponent.
bool JsonReader::scanNumber(const char **begin, bool *integral)
{
    *begin = m_p;
    const auto digits = [this] {
        if (m_p == m_end)
            return fail(Error::UnexpectedEnd);
        if (!isDigit(uchar(*m_p)))
            return fail(Error::UnexpectedCharacter);
        while (m_p != m_end && isDigit(uchar(*m_p)))
            ++m_p;
        return true;
    };
    if (*m_p == '-')
        ++m_p;
    if (m_p != m_end && *m_p == '0') {
        ++m_p;
    } else if (!digits()) {
        return false;
    }
    *integral = true;
    if (m_p != m_end && *m_p == '.') {
        ++m_p;
        *integral = false;
        if (!digits())
            return false;
    }
    if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        *integral = false;
        if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (!digits())
            return false;
    }
    return true;
}

bool JsonReader::readNumber(QJsonValue *number)
{
    if (!expectValue(Type::Number))
        return false;
    const char *begin = nullptr;
    bool integral;
    if (!scanNumber(&begin, &integral))
        return false;
    const QByteArrayView text(begin, m_p - begin);
    if (integral && text.size() <= shortInteger) {
        const bool negative = *begin == '-';
        qint64 value = 0;
        for (const char *p = negative ? begin + 1 : begin; p != m_p; ++p)
            value = value * 10 + (*p - '0');
        *number = QJsonValue(negative ? -value : value);
    } else {
        bool ok = false;
        const qint64 integer = integral ? text.toLongLong(&ok) : 0;
        if (ok) {
            *number = QJsonValue(integer);
        } else {
            const double value = text.toDouble(&ok);
            if (!ok)
                return failAt(Error::NumberOutOfRange, begin);
            *number = doubleValue(value);
        }
    }
    m_position = Position::AfterValue;
    return true;
}

QJsonValue JsonReader::readValue()
{
    switch (peek()) {
    case Type::Invalid:
        return QJsonValue(QJsonValue::Undefined);
    case Type::Null:
        return readNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonValue::Undefined);
    case Type::Bool: {
        bool value = false;
        return readBool(&value) ? QJsonValue(value) : QJsonValue(QJsonValue::Undefined);
    }
    case Type::Number: {
        QJsonValue value;
        return readNumber(&value) ? value : QJsonValue(QJsonValue::Undefined);
    }
    case Type::String: {
        QString text;
        return readString(&text) ? QJsonValue(text) : QJsonValue(QJsonValue::Undefined);
    }
    case Type::Array: {
        QJsonArray array;
        if (beginArray()) {
            while (nextElement())
                array.append(readValue());
        }
        return hasError() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(array);
    }
    case Type::Object: {
        const char *begin = m_p;
        QJsonObject object;
        bool beyondSurrogates = false;
        if (beginObject()) {
            while (nextMember()) {
                const QString name = QString::fromUtf8(key());
                beyondSurrogates = beyondSurrogates
                    || std::any_of(key().begin(), key().end(),
                                   [](char c) { return uchar(c) >= 0xee; });
                object.insert(name, readValue());
            }
        }
        if (hasError())
            return QJsonValue(QJsonValue::Undefined);
        // QJsonDocument orders an object's members by code point, QJsonObject::insert() by
        // UTF-16 unit: the two differ where names have characters from U+E000 on. Such an
        // object, rare, is QJsonDocument's own, for the same order of its members.
        if (beyondSurrogates)
            return QJsonDocument::fromJson(QByteArray::fromRawData(begin, m_p - begin)).object();
        return QJsonValue(object);
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool JsonReader::skipValue(QByteArrayView *raw)
{
    if (peek() == Type::Invalid)
        return false;
    const char *begin = m_p;
    if (!skipContent())
        return false;
    if (raw)
        *raw = QByteArrayView(begin, m_p - begin);
    return true;
}

bool JsonReader::skipContent()
{
    switch (peek()) {
    case Type::Invalid:
        return false;
    case Type::Null:
        return readNull();
    case Type::Bool: {
        bool value = false;
        return readBool(&value);
    }
    case Type::Number: {
        QJsonValue ignored;
        return readNumber(&ignored);
    }
    case Type::String: {
        QByteArrayView ignored;
        return readUtf8(&ignored);
    }
    case Type::Array:
        if (beginArray()) {
            while (nextElement())
                skipContent();
        }
        return !hasError();
    case Type::Object:
        if (beginObject()) {
            while (nextMember())
                skipContent();
        }
        return !hasError();
    }
    return false;
}

bool JsonReader::atEnd()
{
    if (hasError())
        return false;
    if (m_depth != 0 || m_position != Position::AfterValue)
        return fail(m_p == m_end ? Error::UnexpectedEnd : Error::UnexpectedCharacter);
    skipSpace();
    if (m_p != m_end)
        return fail(Error::GarbageAtEnd);
    return true;
}

QString JsonReader::errorString() const
{
    const char *words = nullptr;
    switch (m_error) {
    case Error::None:
        return QString();
    case Error::UnexpectedEnd:
        words = QT_TRANSLATE_NOOP("JsonReader", "the document ends inside a value");
        break;
    case Error::UnexpectedCharacter:
        words = QT_TRANSLATE_NOOP("JsonReader", "unexpected character");
        break;
    case Error::WrongType:
        words = QT_TRANSLATE_NOOP("JsonReader", "a value of another type");
        break;
    case Error::InvalidEscape:
        words = QT_TRANSLATE_NOOP("JsonReader", "invalid escape sequence");
        break;
    case Error::InvalidUtf8:
        words = QT_TRANSLATE_NOOP("JsonReader", "invalid UTF-8");
        break;
    case Error::ControlCharacter:
        words = QT_TRANSLATE_NOOP("JsonReader", "control character in a string");
        break;
    case Error::NumberOutOfRange:
        words = QT_TRANSLATE_NOOP("JsonReader", "number out of range");
        break;
    case Error::TooDeep:
        words = QT_TRANSLATE_NOOP("JsonReader", "nested too deep");
        break;
    case Error::GarbageAtEnd:
        words = QT_TRANSLATE_NOOP("JsonReader", "garbage after the document");
        break;
    }
    return QCoreApplication::translate("JsonReader", "%1 at offset %2")
        .arg(QCoreApplication::translate("JsonReader", words))
        .arg(m_errorOffset);
}

} // namespace OtBridge
