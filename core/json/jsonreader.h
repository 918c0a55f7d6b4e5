// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace OtBridge {

// Reads a JSON document straight from its bytes, one value at a time, without building a
// document: for documents read on a hot path, whose reader wants a few fields and skips the
// rest. The OpenText status documents (docs/opentext-notifications-api.md, "6. Job status"),
// three per message, took an eighth of the CPU per event through QJsonDocument and
// QJsonObject; read this way, a sixth of that.
//
// Strict RFC 8259 JSON, and only well-formed text: no byte order mark, no control characters
// in strings, no escape outside the standard ones, no lone surrogate in a \u escape, UTF-8
// that is well-formed (RFC 3629). A number must fit a double (QJsonDocument refuses one that
// overflows or underflows it too), and nesting stops at maxDepth. So everything it accepts
// QJsonDocument accepts (an object or an array at the top) with the same values; some of what
// QJsonDocument accepts (the corners above) it refuses.
//
// The caller walks the document in its shape:
//
//     JsonReader json(bytes);
//     if (json.beginObject()) {
//         while (json.nextMember()) {
//             if (json.key() == "job_id")
//                 json.readString(&id);
//             else
//                 json.skipValue();
//         }
//     }
//     if (!json.atEnd())
//         ... json.errorString() ...
//
// After the first error every call fails (returns false, Invalid or an undefined value) and
// the first error stays: a caller may check once, at the end.
class JsonReader
{
public:
    enum class Type { Invalid, Null, Bool, Number, String, Array, Object };
    enum class Error {
        None,
        UnexpectedEnd, // the document stops inside a value
        UnexpectedCharacter, // a byte that cannot come there
        WrongType, // the caller asked for another type than the value has
        InvalidEscape,
        InvalidUtf8,
        ControlCharacter, // unescaped, in a string
        NumberOutOfRange, // overflows or underflows a double
        TooDeep, // nesting beyond maxDepth
        GarbageAtEnd, // something after the document's value
    };

    // Deeper documents are refused before the reader's own recursion (skipValue, readValue)
    // could exhaust the stack; QJsonDocument's limit is 1024.
    static constexpr int maxDepth = 256;

    // The reader keeps a view of json: its bytes must outlive the reader.
    explicit JsonReader(QByteArrayView json);

    // The type of the next value, after whitespace; Invalid (and an error) when no value can
    // start there.
    Type peek();

    // At '{': enters the object. Then nextMember() until it returns false; after each true,
    // key() names the member and exactly one value must be read or skipped.
    bool beginObject();
    // False at the object's end (consumed) or at an error.
    bool nextMember();
    // The current member's name in UTF-8, escapes decoded: a view of the document's bytes, or
    // (when it had escapes) of a buffer of the reader's, valid until the next key is read (a
    // nested object's too).
    QByteArrayView key() const { return m_key; }
    bool keyHadEscapes() const { return m_keyEscaped; }

    // At '[': enters the array. Then nextElement() until it returns false; after each true,
    // exactly one value must be read or skipped.
    bool beginArray();
    bool nextElement();

    bool readNull();
    bool readBool(bool *value);
    bool readString(QString *text);
    // The string's UTF-8, escapes decoded: a view of the document's bytes, or of a buffer of the
    // reader's that the next string overwrites. *escaped, when given, tells whether it had
    // escapes (the view is of the buffer then).
    bool readUtf8(QByteArrayView *utf8, bool *escaped = nullptr);
    // As QJsonDocument keeps a number: a 64-bit integer when it is one (written without a
    // fraction or an exponent and in range, or a double that is integral and in range), else a
    // double.
    bool readNumber(QJsonValue *number);
    // Any value, built as QJsonDocument builds it: an object's duplicate keys, the last wins;
    // its members in QJsonDocument's order. Undefined at an error.
    QJsonValue readValue();
    // Any value, checked as strictly as the others are read. *raw, when given: the value's
    // bytes as written (a view of the document), which a reader of their own reads the same.
    bool skipValue(QByteArrayView *raw = nullptr);

    // True when the document's one value has been read whole, without error, and only
    // whitespace follows it; else false and an error (GarbageAtEnd when something follows).
    bool atEnd();

    bool hasError() const { return m_error != Error::None; }
    Error error() const { return m_error; }
    // Where the error was found, in bytes from the document's start.
    qsizetype errorOffset() const { return m_errorOffset; }
    // The error in words, with its offset; empty without an error.
    QString errorString() const;

private:
    enum class Position { BeforeFirst, BeforeValue, AfterValue };

    bool fail(Error error);
    bool failAt(Error error, const char *at);
    // Whitespace is rare in the documents read on hot paths: one comparison when there is none.
    void skipSpace()
    {
        if (m_p != m_end && uchar(*m_p) <= ' ')
            skipSpaces();
    }
    void skipSpaces();
    bool skipContent();
    bool expectValue(Type type);
    int escapedUnit(const char *p);
    bool skipPlain();
    bool scanString(const char **begin, const char **end, bool *escaped);
    bool scanSpecial(bool *escaped);
    void decodeEscapes(const char *begin, const char *end, QByteArray *into);
    bool scanNumber(const char **begin, bool *integral);
    bool close(char bracket);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    QByteArrayView m_key;
    // Keys and strings with escapes are decoded here; they keep their capacity.
    QByteArray m_keyBuffer;
    QByteArray m_buffer;
    int m_depth = 0;
    bool m_keyEscaped = false;
    Position m_position = Position::BeforeValue;
    Error m_error = Error::None;
    qsizetype m_errorOffset = -1;
};

} // namespace OtBridge
