// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "submitvalidation.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace OtBridge {

namespace {

using Check = Result<void>;

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexed(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Where a check is, as a chain of steps from the body: the JSON path an error starts with is
// written only when a check fails. Written up front, a string for every member and index a
// submit passed through was most of what checking it cost.
class Path
{
public:
    Path() = default; // the body: ""
    explicit Path(const QString &text)
        : m_kind(Kind::Text)
        , m_text(text)
    { }
    // parent's member name
    Path(const Path &parent, QAnyStringView name)
        : m_kind(Kind::Name)
        , m_parent(&parent)
        , m_name(name)
    { }
    // parent's element index (parent is an array)
    Path(const Path &parent, qsizetype index)
        : m_kind(Kind::Index)
        , m_parent(&parent)
        , m_index(index)
    { }
    // The member at position in object (object is at parent)
    Path(const Path &parent, const QJsonObject &object, qsizetype position)
        : m_kind(Kind::Member)
        , m_parent(&parent)
        , m_object(&object)
        , m_index(position)
    { }

    // As the steps, joined with '.' (none before the first) and indexed with [i], make it.
    QString text() const
    {
        switch (m_kind) {
        case Kind::Body:
            return QString();
        case Kind::Text:
            return m_text;
        case Kind::Name:
            return join(m_parent->text(), m_name.toString());
        case Kind::Index:
            return indexed(m_parent->text(), m_index);
        case Kind::Member:
            return join(m_parent->text(), (m_object->constBegin() + m_index).key());
        }
        return QString();
    }

private:
    enum class Kind { Body, Text, Name, Index, Member };
    Kind m_kind = Kind::Body;
    const Path *m_parent = nullptr;
    QString m_text;
    QAnyStringView m_name;
    const QJsonObject *m_object = nullptr;
    qsizetype m_index = 0;
};

// The body itself, the first step of every path.
const Path bodyPath;

Check fail(const Path &path, const QString &what)
{
    return Check::failure(path.text() + QStringLiteral(": ") + what);
}

Check requireText(const QJsonValue &value, const Path &path)
{
    if (value.isUndefined() || value.isNull())
        return fail(path, QStringLiteral("required, a non-empty string"));
    if (!value.isString())
        return fail(path, QStringLiteral("must be a string"));
    if (value.toString().trimmed().isEmpty())
        return fail(path, QStringLiteral("must not be empty"));
    return {};
}

Check optionalText(const QJsonValue &value, const Path &path)
{
    if (value.isUndefined() || value.isNull() || value.isString())
        return {};
    return fail(path, QStringLiteral("must be a string"));
}

// The object at key, required or not; *found tells whether it was there.
Check objectAt(const QJsonObject &parent, QLatin1StringView key, const Path &path, bool required,
               QJsonObject *out)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fail(path, QStringLiteral("required, an object"));
        return {};
    }
    if (!value.isObject())
        return fail(path, QStringLiteral("must be an object"));
    *out = value.toObject();
    return {};
}

Check nonEmptyArrayAt(const QJsonObject &parent, QLatin1StringView key, const QString &what,
                      QJsonArray *out)
{
    const QJsonValue value = parent.value(key);
    const Path path(bodyPath, key);
    if (value.isUndefined() || value.isNull())
        return fail(path, QStringLiteral("required, an array with at least one %1").arg(what));
    if (!value.isArray())
        return fail(path, QStringLiteral("must be an array"));
    *out = value.toArray();
    if (out->isEmpty())
        return fail(path, QStringLiteral("must have at least one %1").arg(what));
    return {};
}

bool isAsciiSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

template<typename Char> bool strictBase64(const Char *text, qsizetype size)
{
    if (size % 4 != 0)
        return false;
    qsizetype padding = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = text[i];
        if (c == '=') {
            ++padding;
            continue;
        }
        if (padding > 0)
            return false; // data after padding
        const bool valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (!valid)
            return false;
    }
    return padding <= 2;
}

// What isStrictBase64 says of the text's Latin-1: a character outside Latin-1 (which Latin-1
// writes as '?') is no more base64 than one inside it above ASCII.
bool isStrictBase64(QStringView text)
{
    return strictBase64(text.utf16(), text.size());
}

Check validateDestinations(const QJsonObject &body, SandboxChannel channel)
{
    QJsonArray destinations;
    if (Check check = nonEmptyArrayAt(body, QLatin1String("destinations"),
                                      QStringLiteral("destination"), &destinations);
        !check)
        return check;
    const Path destinationsPath(bodyPath, QLatin1String("destinations"));
    // OpenText's own advice is about 10 a job; far more is a mistake, and the sandbox keeps
    // every destination of every job it tracks.
    constexpr qsizetype maxDestinations = 1000;
    if (destinations.size() > maxDestinations)
        return fail(destinationsPath,
                    QStringLiteral("has %1 entries; the sandbox takes at most %2 a job")
                        .arg(destinations.size())
                        .arg(maxDestinations));
    const QString key = channelName(channel);
    qsizetype i = 0;
    for (auto it = destinations.constBegin(); it != destinations.constEnd(); ++it, ++i) {
        const Path path(destinationsPath, i);
        if (!it->isObject())
            return fail(path, QStringLiteral("must be an object"));
        const QJsonObject destination = it->toObject();
        const Path addressPath(path, key);
        const QJsonValue addressValue = destination.value(key);
        if (Check check = requireText(addressValue, addressPath); !check)
            return check;
        const QString address = addressValue.toString();
        if (channel == SandboxChannel::Email && !isPlausibleEmailAddress(address))
            return fail(addressPath, QStringLiteral("'%1' is not an email address").arg(address));
        if (channel == SandboxChannel::Fax && !isPlausiblePhoneNumber(address))
            return fail(addressPath, QStringLiteral("'%1' is not a fax number").arg(address));
        if ((channel == SandboxChannel::Sms || channel == SandboxChannel::WhatsApp)
            && !isPlausiblePhoneNumber(address))
            return fail(addressPath, QStringLiteral("'%1' is not a phone number").arg(address));
        const QJsonValue ref = destination.value(QLatin1String("ref"));
        if (!ref.isUndefined() && !ref.isNull() && !ref.isString() && !ref.isDouble())
            return fail(Path(path, QLatin1String("ref")), QStringLiteral("must be a string"));
    }
    return {};
}

Check validateOptions(const QJsonObject &body)
{
    const Path path(bodyPath, QLatin1String("options"));
    QJsonObject options;
    if (Check check = objectAt(body, QLatin1String("options"), path, false, &options); !check)
        return check;
    for (const QLatin1StringView key : {QLatin1String("message_id"), QLatin1String("billing_code"),
                                        QLatin1String("customer_reference")}) {
        if (Check check = optionalText(options.value(key), Path(path, key)); !check)
            return check;
    }
    return {};
}

// Email body parts and fax documents: objects carrying base64 "data".
Check validateParts(const QJsonObject &body, QLatin1StringView key, const QString &what)
{
    QJsonArray parts;
    if (Check check = nonEmptyArrayAt(body, key, what, &parts); !check)
        return check;
    const Path partsPath(bodyPath, key);
    qsizetype i = 0;
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it, ++i) {
        const Path path(partsPath, i);
        if (!it->isObject())
            return fail(path, QStringLiteral("must be an object"));
        const QJsonObject part = it->toObject();
        const QJsonValue data = part.value(QLatin1String("data"));
        if (data.isUndefined() || data.isNull())
            return fail(Path(path, QLatin1String("data")),
                        QStringLiteral("required, the content in base64"));
        for (const QLatin1StringView field :
             {QLatin1String("type"), QLatin1String("name"), QLatin1String("charset")}) {
            if (Check check = optionalText(part.value(field), Path(path, field)); !check)
                return check;
        }
    }
    return {};
}

// Every "data" string anywhere in the body must be base64, wherever the contract puts one.
// Members in the order of the object (by name), elements in the array's.
Check validateDataFields(const QJsonObject &object, const Path &path);

Check validateDataFields(const QJsonArray &array, const Path &path)
{
    qsizetype i = 0;
    for (auto it = array.constBegin(); it != array.constEnd(); ++it, ++i) {
        if (it->isArray()) {
            if (Check check = validateDataFields(it->toArray(), Path(path, i)); !check)
                return check;
        } else if (it->isObject()) {
            if (Check check = validateDataFields(it->toObject(), Path(path, i)); !check)
                return check;
        }
    }
    return {};
}

Check validateDataFields(const QJsonObject &object, const Path &path)
{
    // Found once, not a name made and compared per member.
    const auto data = object.constFind(QLatin1String("data"));
    qsizetype position = 0;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it, ++position) {
        if (it == data) {
            if (!it->isString())
                return fail(Path(path, object, position),
                            QStringLiteral("must be a base64 string"));
            if (!isStrictBase64(QStringView(it->toString())))
                return fail(Path(path, object, position), QStringLiteral("not valid base64"));
        } else if (it->isArray()) {
            if (Check check = validateDataFields(it->toArray(), Path(path, object, position));
                !check)
                return check;
        } else if (it->isObject()) {
            if (Check check = validateDataFields(it->toObject(), Path(path, object, position));
                !check)
                return check;
        }
    }
    return {};
}

const QStringList &whatsAppKinds()
{
    static const QStringList kinds
        = {QStringLiteral("text_message"),     QStringLiteral("media_message"),
           QStringLiteral("location_message"), QStringLiteral("card_message"),
           QStringLiteral("choice_message"),   QStringLiteral("list_message")};
    return kinds;
}

Check validateWhatsAppMessage(const QJsonObject &body)
{
    const Path path(bodyPath, QLatin1String("whatsapp_message"));
    QJsonObject message;
    if (Check check = objectAt(body, QLatin1String("whatsapp_message"), path, true, &message);
        !check)
        return check;
    QStringList present;
    for (const QString &kind : whatsAppKinds()) {
        if (message.contains(kind))
            present.append(kind);
    }
    if (present.size() != 1)
        return fail(path,
                    QStringLiteral("needs exactly one of %1").arg(whatsAppKinds().join(u", ")));
    const QString kind = present.first();
    const Path kindPath(path, kind);
    const QJsonValue contentValue = message.value(kind);
    if (contentValue.isUndefined() || contentValue.isNull())
        return fail(kindPath, QStringLiteral("required, an object"));
    if (!contentValue.isObject())
        return fail(kindPath, QStringLiteral("must be an object"));
    const QJsonObject content = contentValue.toObject();
    if (kind == QLatin1String("text_message"))
        return requireText(content.value(QLatin1String("text")),
                           Path(kindPath, QLatin1String("text")));
    if (kind == QLatin1String("media_message"))
        return requireText(content.value(QLatin1String("url")),
                           Path(kindPath, QLatin1String("url")));
    if (kind == QLatin1String("location_message")) {
        const Path coordinatesPath(kindPath, QLatin1String("coordinates"));
        QJsonObject coordinates;
        if (Check check
            = objectAt(content, QLatin1String("coordinates"), coordinatesPath, true, &coordinates);
            !check)
            return check;
        for (const QLatin1StringView axis :
             {QLatin1String("latitude"), QLatin1String("longitude")}) {
            if (!coordinates.value(axis).isDouble())
                return fail(Path(coordinatesPath, axis), QStringLiteral("required, a number"));
        }
        return {};
    }
    if (kind == QLatin1String("choice_message") || kind == QLatin1String("card_message")) {
        const QJsonValue choices = content.value(QLatin1String("choices"));
        if (kind == QLatin1String("choice_message") || !choices.isUndefined()) {
            if (!choices.isArray() || choices.toArray().isEmpty())
                return fail(Path(kindPath, QLatin1String("choices")),
                            QStringLiteral("required, an array with at least one choice"));
        }
        return {};
    }
    // list_message
    const QJsonValue sections = content.value(QLatin1String("sections"));
    if (!sections.isArray() || sections.toArray().isEmpty())
        return fail(Path(kindPath, QLatin1String("sections")),
                    QStringLiteral("required, an array with at least one section"));
    return {};
}

Check validateWhatsAppTemplate(const QJsonObject &body)
{
    QJsonObject level = body;
    QString path;
    for (const QLatin1StringView name :
         {QLatin1String("whatsapp_template_message"), QLatin1String("template_message"),
          QLatin1String("channel_template"), QLatin1String("WHATSAPP")}) {
        path = join(path, name);
        QJsonObject next;
        if (Check check = objectAt(level, name, Path(path), true, &next); !check)
            return check;
        level = next;
    }
    const Path templatePath(path);
    if (Check check = requireText(level.value(QLatin1String("template_id")),
                                  Path(templatePath, QLatin1String("template_id")));
        !check)
        return check;
    if (Check check = optionalText(level.value(QLatin1String("language_code")),
                                   Path(templatePath, QLatin1String("language_code")));
        !check)
        return check;
    QJsonObject parameters;
    return objectAt(level, QLatin1String("parameters"),
                    Path(templatePath, QLatin1String("parameters")), false, &parameters);
}

Check validateContent(SandboxSubmitKind kind, const QJsonObject &body)
{
    switch (kind) {
    case SandboxSubmitKind::Email: {
        if (Check check = validateParts(body, QLatin1String("body"), QStringLiteral("part"));
            !check)
            return check;
        QJsonObject options = body.value(QLatin1String("options")).toObject();
        const Path optionsPath(bodyPath, QLatin1String("options"));
        const Path emailOptionsPath(optionsPath, QLatin1String("email_options"));
        QJsonObject emailOptions;
        if (Check check = objectAt(options, QLatin1String("email_options"), emailOptionsPath, false,
                                   &emailOptions);
            !check)
            return check;
        for (const QLatin1StringView name :
             {QLatin1String("subject"), QLatin1String("from_display_name")}) {
            if (Check check = optionalText(emailOptions.value(name), Path(emailOptionsPath, name));
                !check)
                return check;
        }
        return {};
    }
    case SandboxSubmitKind::Sms:
        return requireText(body.value(QLatin1String("sms_text")),
                           Path(bodyPath, QLatin1String("sms_text")));
    case SandboxSubmitKind::Fax:
        return validateParts(body, QLatin1String("documents"), QStringLiteral("document"));
    case SandboxSubmitKind::WhatsAppMessage:
        // The free-form endpoint takes a template body too, as long as it carries one.
        if (!body.contains(QLatin1String("whatsapp_message"))
            && body.contains(QLatin1String("whatsapp_template_message")))
            return validateWhatsAppTemplate(body);
        return validateWhatsAppMessage(body);
    case SandboxSubmitKind::WhatsAppTemplate:
        return validateWhatsAppTemplate(body);
    }
    return {};
}

} // namespace

Result<void> validateSubmit(SandboxSubmitKind kind, const QJsonObject &body)
{
    if (Check check = validateDestinations(body, channelOf(kind)); !check)
        return check;
    if (Check check = validateOptions(body); !check)
        return check;
    if (Check check = validateContent(kind, body); !check)
        return check;
    return validateDataFields(body, bodyPath);
}

bool isStrictBase64(QByteArrayView text)
{
    return strictBase64(text.data(), text.size());
}

bool isPlausibleEmailAddress(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.][^@\\s]*$"));
    // The pattern's own test for ASCII, where \s is ASCII's whitespace and $ matches before a
    // final newline too; anything else goes through the pattern.
    const bool ascii
        = std::all_of(address.cbegin(), address.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii)
        return pattern.match(address).hasMatch();
    QStringView text(address);
    if (text.endsWith(u'\n'))
        text.chop(1);
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at + 1 >= text.size() || text.at(at + 1) == u'.')
        return false;
    const auto plain = [](QStringView part) {
        return std::none_of(part.cbegin(), part.cend(),
                            [](QChar c) { return c == u'@' || isAsciiSpace(c.unicode()); });
    };
    return plain(text.first(at)) && plain(text.sliced(at + 1));
}

bool isPlausiblePhoneNumber(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9](?:[ -]?[0-9]){2,19}$"));
    return pattern.match(number.trimmed()).hasMatch();
}

} // namespace OtBridge
