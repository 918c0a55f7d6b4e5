// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QStringList>

namespace OtBridge {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_filled.isEmpty()) {
        if (m_filled.last())
            m_out.append(',');
        m_filled.last() = true;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_filled.append(false);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_filled.removeLast();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_filled.append(false);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    m_filled.removeLast();
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out.append('"').append(name.data(), name.size()).append("\":");
    m_afterKey = true;
    return *this;
}

void JsonWriter::quoted(QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    m_out.append('"');
    qsizetype plain = 0; // start of the run of bytes that need no escape
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        m_out.append(utf8.data() + plain, i - plain);
        plain = i + 1;
        switch (byte) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
            m_out.append(escaped, sizeof escaped);
        }
        }
    }
    m_out.append(utf8.data() + plain, utf8.size() - plain);
    m_out.append('"');
}

JsonWriter &JsonWriter::value(QStringView text)
{
    separate();
    quoted(text.toUtf8());
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1StringView text)
{
    separate();
    if (text.isEmpty()) {
        m_out.append("\"\"");
        return *this;
    }
    // Latin-1 above 0x7f is not UTF-8: through QString for those.
    for (const char c : text) {
        if (static_cast<unsigned char>(c) > 0x7f) {
            quoted(QString(text).toUtf8());
            return *this;
        }
    }
    quoted(QByteArrayView(text.data(), text.size()));
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::values(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(text);
    return endArray();
}

QByteArray JsonWriter::take()
{
    m_filled.clear();
    m_afterKey = false;
    return std::exchange(m_out, {});
}

} // namespace OtBridge
