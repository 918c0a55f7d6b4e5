// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "submitvalidation.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace OtBridge {

namespace {

using Check = Result<void>;

Check fail(const QString &path, const QString &what)
{
    return Check::failure(path + QStringLiteral(": ") + what);
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexed(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

Check requireText(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fail(path, QStringLiteral("required, a non-empty string"));
    if (!value.isString())
        return fail(path, QStringLiteral("must be a string"));
    if (value.toString().trimmed().isEmpty())
        return fail(path, QStringLiteral("must not be empty"));
    return {};
}

Check optionalText(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull() || value.isString())
        return {};
    return fail(path, QStringLiteral("must be a string"));
}

// The object at key, required or not; *found tells whether it was there.
Check objectAt(const QJsonObject &parent, const QString &key, const QString &path, bool required,
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

Check nonEmptyArrayAt(const QJsonObject &parent, const QString &key, const QString &what,
                      QJsonArray *out)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull())
        return fail(key, QStringLiteral("required, an array with at least one %1").arg(what));
    if (!value.isArray())
        return fail(key, QStringLiteral("must be an array"));
    *out = value.toArray();
    if (out->isEmpty())
        return fail(key, QStringLiteral("must have at least one %1").arg(what));
    return {};
}

Check validateDestinations(const QJsonObject &body, SandboxChannel channel)
{
    QJsonArray destinations;
    if (Check check = nonEmptyArrayAt(body, QStringLiteral("destinations"),
                                      QStringLiteral("destination"), &destinations);
        !check)
        return check;
    // OpenText's own advice is about 10 a job; far more is a mistake, and the sandbox keeps
    // every destination of every job it tracks.
    constexpr qsizetype maxDestinations = 1000;
    if (destinations.size() > maxDestinations)
        return fail(QStringLiteral("destinations"),
                    QStringLiteral("has %1 entries; the sandbox takes at most %2 a job")
                        .arg(destinations.size())
                        .arg(maxDestinations));
    const QString key = channelName(channel);
    for (qsizetype i = 0; i < destinations.size(); ++i) {
        const QString path = indexed(QStringLiteral("destinations"), i);
        if (!destinations.at(i).isObject())
            return fail(path, QStringLiteral("must be an object"));
        const QJsonObject destination = destinations.at(i).toObject();
        const QString addressPath = join(path, key);
        if (Check check = requireText(destination, key, addressPath); !check)
            return check;
        const QString address = destination.value(key).toString();
        if (channel == SandboxChannel::Email && !isPlausibleEmailAddress(address))
            return fail(addressPath, QStringLiteral("'%1' is not an email address").arg(address));
        if (channel == SandboxChannel::Fax && !isPlausiblePhoneNumber(address))
            return fail(addressPath, QStringLiteral("'%1' is not a fax number").arg(address));
        if ((channel == SandboxChannel::Sms || channel == SandboxChannel::WhatsApp)
            && !isPlausiblePhoneNumber(address))
            return fail(addressPath, QStringLiteral("'%1' is not a phone number").arg(address));
        const QJsonValue ref = destination.value(QLatin1String("ref"));
        if (!ref.isUndefined() && !ref.isNull() && !ref.isString() && !ref.isDouble())
            return fail(join(path, QStringLiteral("ref")), QStringLiteral("must be a string"));
    }
    return {};
}

Check validateOptions(const QJsonObject &body)
{
    QJsonObject options;
    if (Check check
        = objectAt(body, QStringLiteral("options"), QStringLiteral("options"), false, &options);
        !check)
        return check;
    for (const char *key : {"message_id", "billing_code", "customer_reference"}) {
        const QString name = QString::fromLatin1(key);
        if (Check check = optionalText(options, name, join(QStringLiteral("options"), name));
            !check)
            return check;
    }
    return {};
}

// Email body parts and fax documents: objects carrying base64 "data".
Check validateParts(const QJsonObject &body, const QString &key, const QString &what)
{
    QJsonArray parts;
    if (Check check = nonEmptyArrayAt(body, key, what, &parts); !check)
        return check;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString path = indexed(key, i);
        if (!parts.at(i).isObject())
            return fail(path, QStringLiteral("must be an object"));
        const QJsonObject part = parts.at(i).toObject();
        const QJsonValue data = part.value(QLatin1String("data"));
        if (data.isUndefined() || data.isNull())
            return fail(join(path, QStringLiteral("data")),
                        QStringLiteral("required, the content in base64"));
        for (const char *name : {"type", "name", "charset"}) {
            const QString field = QString::fromLatin1(name);
            if (Check check = optionalText(part, field, join(path, field)); !check)
                return check;
        }
    }
    return {};
}

// Every "data" string anywhere in the body must be base64, wherever the contract puts one.
Check validateDataFields(const QJsonValue &value, const QString &path)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (Check check = validateDataFields(array.at(i), indexed(path, i)); !check)
                return check;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPath = join(path, it.key());
            if (it.key() == QLatin1String("data")) {
                if (!it.value().isString())
                    return fail(childPath, QStringLiteral("must be a base64 string"));
                if (!isStrictBase64(it.value().toString().toLatin1()))
                    return fail(childPath, QStringLiteral("not valid base64"));
                continue;
            }
            if (Check check = validateDataFields(it.value(), childPath); !check)
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
    const QString path = QStringLiteral("whatsapp_message");
    QJsonObject message;
    if (Check check = objectAt(body, path, path, true, &message); !check)
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
    const QString kindPath = join(path, kind);
    QJsonObject content;
    if (Check check = objectAt(message, kind, kindPath, true, &content); !check)
        return check;
    if (kind == QLatin1String("text_message"))
        return requireText(content, QStringLiteral("text"), join(kindPath, QStringLiteral("text")));
    if (kind == QLatin1String("media_message"))
        return requireText(content, QStringLiteral("url"), join(kindPath, QStringLiteral("url")));
    if (kind == QLatin1String("location_message")) {
        const QString coordinatesPath = join(kindPath, QStringLiteral("coordinates"));
        QJsonObject coordinates;
        if (Check check
            = objectAt(content, QStringLiteral("coordinates"), coordinatesPath, true, &coordinates);
            !check)
            return check;
        for (const char *axis : {"latitude", "longitude"}) {
            const QString name = QString::fromLatin1(axis);
            if (!coordinates.value(name).isDouble())
                return fail(join(coordinatesPath, name), QStringLiteral("required, a number"));
        }
        return {};
    }
    if (kind == QLatin1String("choice_message") || kind == QLatin1String("card_message")) {
        const QJsonValue choices = content.value(QLatin1String("choices"));
        if (kind == QLatin1String("choice_message") || !choices.isUndefined()) {
            if (!choices.isArray() || choices.toArray().isEmpty())
                return fail(join(kindPath, QStringLiteral("choices")),
                            QStringLiteral("required, an array with at least one choice"));
        }
        return {};
    }
    // list_message
    const QJsonValue sections = content.value(QLatin1String("sections"));
    if (!sections.isArray() || sections.toArray().isEmpty())
        return fail(join(kindPath, QStringLiteral("sections")),
                    QStringLiteral("required, an array with at least one section"));
    return {};
}

Check validateWhatsAppTemplate(const QJsonObject &body)
{
    QJsonObject level = body;
    QString path;
    for (const char *key :
         {"whatsapp_template_message", "template_message", "channel_template", "WHATSAPP"}) {
        const QString name = QString::fromLatin1(key);
        path = join(path, name);
        QJsonObject next;
        if (Check check = objectAt(level, name, path, true, &next); !check)
            return check;
        level = next;
    }
    if (Check check = requireText(level, QStringLiteral("template_id"),
                                  join(path, QStringLiteral("template_id")));
        !check)
        return check;
    if (Check check = optionalText(level, QStringLiteral("language_code"),
                                   join(path, QStringLiteral("language_code")));
        !check)
        return check;
    QJsonObject parameters;
    return objectAt(level, QStringLiteral("parameters"), join(path, QStringLiteral("parameters")),
                    false, &parameters);
}

Check validateContent(SandboxSubmitKind kind, const QJsonObject &body)
{
    switch (kind) {
    case SandboxSubmitKind::Email: {
        if (Check check = validateParts(body, QStringLiteral("body"), QStringLiteral("part"));
            !check)
            return check;
        QJsonObject options = body.value(QLatin1String("options")).toObject();
        QJsonObject emailOptions;
        if (Check check = objectAt(options, QStringLiteral("email_options"),
                                   QStringLiteral("options.email_options"), false, &emailOptions);
            !check)
            return check;
        for (const char *key : {"subject", "from_display_name"}) {
            const QString name = QString::fromLatin1(key);
            if (Check check
                = optionalText(emailOptions, name, QStringLiteral("options.email_options.") + name);
                !check)
                return check;
        }
        return {};
    }
    case SandboxSubmitKind::Sms:
        return requireText(body, QStringLiteral("sms_text"), QStringLiteral("sms_text"));
    case SandboxSubmitKind::Fax:
        return validateParts(body, QStringLiteral("documents"), QStringLiteral("document"));
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
    return validateDataFields(body, QString());
}

bool isStrictBase64(QByteArrayView text)
{
    if (text.size() % 4 != 0)
        return false;
    qsizetype padding = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
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

bool isPlausibleEmailAddress(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.][^@\\s]*$"));
    return pattern.match(address).hasMatch();
}

bool isPlausiblePhoneNumber(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9](?:[ -]?[0-9]){2,19}$"));
    return pattern.match(number.trimmed()).hasMatch();
}

} // namespace OtBridge
