// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/jsoncheck.h"

#include "json/utf8.h"

namespace OtBridge::JsonCheck {

namespace {

// Deeper than this is left to QJsonDocument (which refuses beyond 1024).
constexpr int maxDepth = 512;
// A longer number, or one with a three-digit exponent, may overflow or underflow a double,
// which QJsonDocument refuses: left to it.
constexpr qsizetype maxNumberLength = 24;
constexpr qsizetype maxExponentDigits = 2;

class Scanner
{
public:
    explicit Scanner(QByteArrayView bytes)
        : m_p(reinterpret_cast<const uchar *>(bytes.data()))
        , m_end(m_p + bytes.size())
    { }

    bool document()
    {
        skipSpace();
        if (m_p == m_end || (*m_p != '{' && *m_p != '['))
            return false;
        if (!value(0))
            return false;
        skipSpace();
        return m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool value(int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
        case '[':
            return container(depth + 1);
        case '"':
            return string();
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        default:
            return number();
        }
    }

    // An object ('{' … '}') or an array ('[' … ']'), at *m_p.
    bool container(int depth)
    {
        if (depth > maxDepth)
            return false;
        const uchar close = *m_p == '{' ? '}' : ']';
        ++m_p;
        skipSpace();
        if (m_p != m_end && *m_p == close) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (close == '}' && !key())
                return false;
            if (!value(depth))
                return false;
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == close) {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return false;
            ++m_p;
            skipSpace();
        }
    }

    // A member's name and its colon.
    bool key()
    {
        if (m_p == m_end || *m_p != '"' || !string())
            return false;
        skipSpace();
        if (m_p == m_end || *m_p != ':')
            return false;
        ++m_p;
        skipSpace();
        return true;
    }

    bool word(const char *expected)
    {
        for (; *expected; ++expected, ++m_p) {
            if (m_p == m_end || *m_p != uchar(*expected))
                return false;
        }
        return true;
    }

    static bool isDigit(uchar c) { return c >= '0' && c <= '9'; }

    bool digits()
    {
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        while (m_p != m_end && isDigit(*m_p))
            ++m_p;
        return true;
    }

    bool number()
    {
        const uchar *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p == m_end)
            return false;
        if (*m_p == '0')
            ++m_p;
        else if (!digits())
            return false;
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return false;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            const uchar *exponent = m_p;
            if (!digits() || m_p - exponent > maxExponentDigits)
                return false;
        }
        return m_p - start <= maxNumberLength;
    }

    // One UTF-8 sequence of two to four bytes, well-formed.
    bool utf8Sequence()
    {
        const int length = utf8SequenceLength(m_p, m_end);
        m_p += length;
        return length > 0;
    }

    static bool isHex(uchar c)
    {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    bool string()
    {
        ++m_p; // the opening quote
        while (m_p != m_end) {
            const uchar c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                ++m_p;
                if (m_p == m_end)
                    return false;
                switch (*m_p) {
                case '"':
                case '\\':
                case '/':
                case 'b':
                case 'f':
                case 'n':
                case 'r':
                case 't':
                    ++m_p;
                    break;
                case 'u':
                    if (m_end - m_p < 5)
                        return false;
                    for (int i = 1; i <= 4; ++i) {
                        if (!isHex(m_p[i]))
                            return false;
                    }
                    m_p += 5;
                    break;
                default:
                    return false;
                }
            } else if (c < 0x80) {
                ++m_p;
            } else if (!utf8Sequence()) {
                return false;
            }
        }
        return false;
    }

    const uchar *m_p;
    const uchar *m_end;
};

} // namespace

bool certainlyValid(QByteArrayView bytes)
{
    return Scanner(bytes).document();
}

} // namespace OtBridge::JsonCheck
