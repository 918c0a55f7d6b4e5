// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmancollection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

namespace OtBridge {

namespace {

// A variable that refers to another is resolved again; this many rounds end a cycle.
constexpr int maxResolutionRounds = 10;

using R = Result<PostmanCollection>;

// Variables whose names say they hold credentials are treated like Postman's "secret" type:
// their values never leave memory (the history and curl export redact them).
bool looksSecret(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("secret|password|passwd|token|api[_-]?key|credential"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble() || value.isBool())
        return value.toVariant().toString();
    return {};
}

struct Variables
{
    QHash<QString, QString> values;
    QSet<QString> secret;

    // Adds a "variable" list (collection, folder or request); later lists win.
    Result<void> add(const QJsonValue &list, const QString &where)
    {
        if (list.isUndefined() || list.isNull())
            return {};
        if (!list.isArray())
            return Result<void>::failure(
                QObject::tr("%1: \"variable\" must be an array").arg(where));
        for (const QJsonValue &entry : list.toArray()) {
            const QJsonObject variable = entry.toObject();
            if (variable.value(QLatin1String("disabled")).toBool())
                continue;
            QString key = variable.value(QLatin1String("key")).toString();
            if (key.isEmpty())
                key = variable.value(QLatin1String("id")).toString();
            if (key.isEmpty())
                continue;
            values.insert(key, jsonText(variable.value(QLatin1String("value"))));
            if (variable.value(QLatin1String("type")).toString() == QLatin1String("secret")
                || looksSecret(key))
                secret.insert(key);
        }
        return {};
    }
};

// The request being built: resolution records what it used and missed.
struct Resolver
{
    const Variables *variables;
    const QHash<QString, QString> *environment;
    QStringList unresolved;
    QStringList secretValues;

    QString dynamicValue(const QString &name) const
    {
        if (name == QLatin1String("$guid") || name == QLatin1String("$randomUUID"))
            return QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (name == QLatin1String("$timestamp"))
            return QString::number(QDateTime::currentSecsSinceEpoch());
        if (name == QLatin1String("$isoTimestamp"))
            return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        if (name == QLatin1String("$randomInt"))
            return QString::number(QRandomGenerator::global()->bounded(1001));
        return {};
    }

    bool lookUp(const QString &name, QString *value)
    {
        const bool fromEnvironment = environment->contains(name);
        if (!fromEnvironment && !variables->values.contains(name)) {
            *value = dynamicValue(name);
            return !value->isNull();
        }
        *value = fromEnvironment ? environment->value(name) : variables->values.value(name);
        if ((variables->secret.contains(name) || looksSecret(name)) && !value->isEmpty()
            && !secretValues.contains(*value))
            secretValues.append(*value);
        return true;
    }

    QString resolve(const QString &text)
    {
        static const QRegularExpression reference(QStringLiteral("\\{\\{([^{}]+)\\}\\}"));
        QString current = text;
        for (int round = 0; round < maxResolutionRounds; ++round) {
            QString next;
            qsizetype copied = 0;
            bool changed = false;
            auto matches = reference.globalMatch(current);
            while (matches.hasNext()) {
                const auto match = matches.next();
                QString value;
                if (!lookUp(match.captured(1).trimmed(), &value))
                    continue;
                next += current.mid(copied, match.capturedStart() - copied) + value;
                copied = match.capturedEnd();
                changed = true;
            }
            if (!changed)
                break;
            current = next + current.mid(copied);
        }
        auto left = reference.globalMatch(current);
        while (left.hasNext()) {
            const QString name = left.next().captured(1).trimmed();
            if (!unresolved.contains(name))
                unresolved.append(name);
        }
        return current;
    }
};

void setHeader(HeaderList *headers, const QByteArray &name, const QByteArray &value)
{
    for (auto &header : *headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers->append({name, value});
}

// Postman keeps auth parameters as [{key, value}] (v2.1) or, in older exports, {key: value}.
QHash<QString, QString> authParameters(const QJsonObject &auth, const QString &type)
{
    QHash<QString, QString> parameters;
    const QJsonValue list = auth.value(type);
    if (list.isArray()) {
        for (const QJsonValue &entry : list.toArray()) {
            const QJsonObject item = entry.toObject();
            parameters.insert(item.value(QLatin1String("key")).toString(),
                              jsonText(item.value(QLatin1String("value"))));
        }
    } else if (list.isObject()) {
        const QJsonObject object = list.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parameters.insert(it.key(), jsonText(it.value()));
    }
    return parameters;
}

QString contentTypeForLanguage(const QString &language)
{
    if (language == QLatin1String("json"))
        return QStringLiteral("application/json");
    if (language == QLatin1String("xml"))
        return QStringLiteral("application/xml");
    if (language == QLatin1String("html"))
        return QStringLiteral("text/html");
    if (language == QLatin1String("javascript"))
        return QStringLiteral("application/javascript");
    return QStringLiteral("text/plain");
}

bool hasScript(const QJsonObject &object)
{
    for (const QJsonValue &event : object.value(QLatin1String("event")).toArray()) {
        const QJsonValue exec = event.toObject()
                                    .value(QLatin1String("script"))
                                    .toObject()
                                    .value(QLatin1String("exec"));
        const QString text = exec.isArray()
            ? exec.toVariant().toStringList().join(QString()).trimmed()
            : exec.toString().trimmed();
        if (!text.isEmpty())
            return true;
    }
    return false;
}

class Importer
{
public:
    explicit Importer(const QHash<QString, QString> &environment)
        : m_environment(environment)
    { }

    Result<void> walk(const QJsonArray &items, const QStringList &folders, const QString &where,
                      const Variables &variables, const QJsonObject &auth)
    {
        for (qsizetype index = 0; index < items.size(); ++index) {
            const QString position = QObject::tr("%1, item %2").arg(where).arg(index + 1);
            if (!items.at(index).isObject())
                return Result<void>::failure(
                    QObject::tr("%1: must be an object (a request or a folder)").arg(position));
            const QJsonObject item = items.at(index).toObject();
            const QString name = item.value(QLatin1String("name")).toString();
            const QString here
                = name.isEmpty() ? position : QObject::tr("%1 › '%2'").arg(where, name);
            if (hasScript(item))
                ++m_scripted;

            Variables scoped = variables;
            if (auto added = scoped.add(item.value(QLatin1String("variable")), here); !added)
                return added;
            QJsonObject scopedAuth = auth;
            const QJsonValue ownAuth = item.value(QLatin1String("auth"));
            if (!ownAuth.isUndefined() && !ownAuth.isNull()) {
                if (!ownAuth.isObject())
                    return Result<void>::failure(
                        QObject::tr("%1: \"auth\" must be an object").arg(here));
                if (ownAuth.toObject().value(QLatin1String("type")).toString()
                    != QLatin1String("inherit"))
                    scopedAuth = ownAuth.toObject();
            }

            if (item.contains(QLatin1String("item"))) {
                const QJsonValue children = item.value(QLatin1String("item"));
                if (!children.isArray())
                    return Result<void>::failure(
                        QObject::tr("%1: \"item\" must be an array").arg(here));
                if (auto walked = walk(children.toArray(), folders + QStringList {name}, here,
                                       scoped, scopedAuth);
                    !walked)
                    return walked;
                continue;
            }
            if (!item.contains(QLatin1String("request")))
                return Result<void>::failure(
                    QObject::tr("%1: has neither \"request\" nor \"item\"").arg(here));
            auto request
                = readRequest(item.value(QLatin1String("request")), here, scoped, scopedAuth);
            if (!request)
                return Result<void>::failure(request.error());
            PostmanRequest imported = std::move(request).value();
            imported.folders = folders;
            imported.request.name = name;
            m_requests.append(imported);
        }
        return {};
    }

    QList<PostmanRequest> m_requests;
    int m_scripted = 0;

private:
    Result<QString> readUrl(const QJsonValue &value, const QString &where, Resolver *resolver)
    {
        if (value.isUndefined() || value.isNull())
            return Result<QString>::failure(
                QObject::tr("%1: the request has no \"url\"").arg(where));
        if (value.isString())
            return resolver->resolve(value.toString());
        if (!value.isObject())
            return Result<QString>::failure(
                QObject::tr("%1: \"url\" must be a string or an object").arg(where));
        const QJsonObject url = value.toObject();
        QString text = url.value(QLatin1String("raw")).toString();
        if (text.isEmpty()) {
            const auto joined = [](const QJsonValue &part, QLatin1Char separator) {
                return part.isArray() ? part.toVariant().toStringList().join(separator)
                                      : part.toString();
            };
            const QString protocol = url.value(QLatin1String("protocol")).toString();
            if (!protocol.isEmpty())
                text = protocol + QLatin1String("://");
            text += joined(url.value(QLatin1String("host")), QLatin1Char('.'));
            const QString port = jsonText(url.value(QLatin1String("port")));
            if (!port.isEmpty())
                text += QLatin1Char(':') + port;
            const QString path = joined(url.value(QLatin1String("path")), QLatin1Char('/'));
            if (!path.isEmpty())
                text += QLatin1Char('/') + path;
            QStringList query;
            for (const QJsonValue &entry : url.value(QLatin1String("query")).toArray()) {
                const QJsonObject item = entry.toObject();
                if (item.value(QLatin1String("disabled")).toBool())
                    continue;
                const QJsonValue itemValue = item.value(QLatin1String("value"));
                query.append(
                    item.value(QLatin1String("key")).toString()
                    + (itemValue.isNull() ? QString() : QLatin1Char('=') + jsonText(itemValue)));
            }
            if (!query.isEmpty())
                text += QLatin1Char('?') + query.join(QLatin1Char('&'));
        }
        // Path variables: /users/:id with url.variable [{key: "id", value: "7"}].
        for (const QJsonValue &entry : url.value(QLatin1String("variable")).toArray()) {
            const QJsonObject variable = entry.toObject();
            const QString key = variable.value(QLatin1String("key")).toString();
            if (key.isEmpty())
                continue;
            const QRegularExpression segment(
                QStringLiteral("/:%1(?=[/?#]|$)").arg(QRegularExpression::escape(key)));
            text.replace(segment,
                         QLatin1Char('/') + jsonText(variable.value(QLatin1String("value"))));
        }
        return resolver->resolve(text);
    }

    Result<PostmanRequest> readRequest(const QJsonValue &value, const QString &where,
                                       const Variables &variables, const QJsonObject &auth)
    {
        using RR = Result<PostmanRequest>;
        PostmanRequest imported;
        TesterRequest &request = imported.request;
        Resolver resolver {&variables, &m_environment, {}, {}};

        if (value.isString()) {
            request.method = "GET";
            request.url = resolver.resolve(value.toString());
            imported.unresolved = resolver.unresolved;
            request.secretValues = resolver.secretValues;
            return imported;
        }
        if (!value.isObject())
            return RR::failure(
                QObject::tr("%1: \"request\" must be an object or a URL").arg(where));
        const QJsonObject object = value.toObject();

        const QJsonValue method = object.value(QLatin1String("method"));
        if (!method.isUndefined() && !method.isString())
            return RR::failure(QObject::tr("%1: \"method\" must be a string").arg(where));
        request.method = method.toString(QStringLiteral("GET")).toUpper().toLatin1();

        auto url = readUrl(object.value(QLatin1String("url")), where, &resolver);
        if (!url)
            return RR::failure(url.error());
        request.url = url.value();

        const QJsonValue headers = object.value(QLatin1String("header"));
        if (headers.isString()) {
            for (const QString &line : headers.toString().split(QLatin1Char('\n'))) {
                const qsizetype colon = line.indexOf(QLatin1Char(':'));
                if (colon > 0)
                    request.headers.append(
                        {resolver.resolve(line.left(colon).trimmed()).toUtf8(),
                         resolver.resolve(line.mid(colon + 1).trimmed()).toUtf8()});
            }
        } else if (headers.isArray()) {
            const QJsonArray list = headers.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonObject header = list.at(i).toObject();
                if (header.value(QLatin1String("disabled")).toBool())
                    continue;
                const QString key = header.value(QLatin1String("key")).toString();
                if (key.isEmpty())
                    return RR::failure(
                        QObject::tr("%1: header %2 has no \"key\"").arg(where).arg(i + 1));
                request.headers.append(
                    {resolver.resolve(key).toUtf8(),
                     resolver.resolve(jsonText(header.value(QLatin1String("value")))).toUtf8()});
            }
        } else if (!headers.isUndefined() && !headers.isNull()) {
            return RR::failure(
                QObject::tr("%1: \"header\" must be an array or a string").arg(where));
        }

        if (auto body = readBody(object.value(QLatin1String("body")), where, &resolver, &imported);
            !body)
            return RR::failure(body.error());

        QJsonObject effectiveAuth = auth;
        const QJsonValue ownAuth = object.value(QLatin1String("auth"));
        if (ownAuth.isObject()
            && ownAuth.toObject().value(QLatin1String("type")).toString()
                != QLatin1String("inherit"))
            effectiveAuth = ownAuth.toObject();
        else if (!ownAuth.isUndefined() && !ownAuth.isNull() && !ownAuth.isObject())
            return RR::failure(QObject::tr("%1: \"auth\" must be an object").arg(where));
        applyAuth(effectiveAuth, &resolver, &imported);

        imported.unresolved = resolver.unresolved;
        request.secretValues += resolver.secretValues;
        request.secretValues.removeDuplicates();
        return imported;
    }

    Result<void> readBody(const QJsonValue &value, const QString &where, Resolver *resolver,
                          PostmanRequest *imported)
    {
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject())
            return Result<void>::failure(QObject::tr("%1: \"body\" must be an object").arg(where));
        const QJsonObject body = value.toObject();
        if (body.value(QLatin1String("disabled")).toBool())
            return {};
        TesterRequest &request = imported->request;
        const QString mode = body.value(QLatin1String("mode")).toString();
        QString contentType;
        if (mode == QLatin1String("raw")) {
            request.body = resolver->resolve(body.value(QLatin1String("raw")).toString()).toUtf8();
            const QString language = body.value(QLatin1String("options"))
                                         .toObject()
                                         .value(QLatin1String("raw"))
                                         .toObject()
                                         .value(QLatin1String("language"))
                                         .toString(QStringLiteral("text"));
            if (!request.body.isEmpty())
                contentType = contentTypeForLanguage(language);
        } else if (mode == QLatin1String("urlencoded")) {
            QStringList pairs;
            for (const QJsonValue &entry : body.value(QLatin1String("urlencoded")).toArray()) {
                const QJsonObject field = entry.toObject();
                if (field.value(QLatin1String("disabled")).toBool())
                    continue;
                const QString key = resolver->resolve(field.value(QLatin1String("key")).toString());
                const QString fieldValue
                    = resolver->resolve(jsonText(field.value(QLatin1String("value"))));
                pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
                             + QString::fromLatin1(QUrl::toPercentEncoding(fieldValue)));
            }
            request.body = pairs.join(QLatin1Char('&')).toLatin1();
            contentType = QStringLiteral("application/x-www-form-urlencoded");
        } else if (mode == QLatin1String("formdata")) {
            // Text fields as multipart/form-data; a file's bytes are not in the collection.
            const QJsonArray fields = body.value(QLatin1String("formdata")).toArray();
            const QByteArray boundary = "otbridge-"
                + QCryptographicHash::hash(QJsonDocument(fields).toJson(), QCryptographicHash::Sha1)
                      .toHex()
                      .left(24);
            QByteArray multipart;
            for (const QJsonValue &entry : fields) {
                const QJsonObject field = entry.toObject();
                if (field.value(QLatin1String("disabled")).toBool())
                    continue;
                const QString key = resolver->resolve(field.value(QLatin1String("key")).toString());
                if (field.value(QLatin1String("type")).toString() == QLatin1String("file")) {
                    imported->warnings.append(
                        QObject::tr("form field '%1' is a file and was left out").arg(key));
                    continue;
                }
                QByteArray name = key.toUtf8();
                name.replace('"', "%22");
                multipart += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                    + "\"\r\n";
                const QString fieldType = field.value(QLatin1String("contentType")).toString();
                if (!fieldType.isEmpty())
                    multipart += "Content-Type: " + fieldType.toUtf8() + "\r\n";
                multipart += "\r\n"
                    + resolver->resolve(jsonText(field.value(QLatin1String("value")))).toUtf8()
                    + "\r\n";
            }
            if (!multipart.isEmpty()) {
                request.body = multipart + "--" + boundary + "--\r\n";
                // Our boundary must be the one in the header, whatever the collection said.
                request.headers.removeIf([](const QPair<QByteArray, QByteArray> &header) {
                    return header.first.compare("content-type", Qt::CaseInsensitive) == 0;
                });
                request.headers.append(
                    {"Content-Type", "multipart/form-data; boundary=" + boundary});
            }
        } else if (mode == QLatin1String("graphql")) {
            const QJsonObject graphql = body.value(QLatin1String("graphql")).toObject();
            QJsonObject document;
            document.insert(QStringLiteral("query"),
                            resolver->resolve(graphql.value(QLatin1String("query")).toString()));
            const QString variables
                = resolver->resolve(graphql.value(QLatin1String("variables")).toString());
            const QJsonDocument parsed = QJsonDocument::fromJson(variables.toUtf8());
            if (parsed.isObject())
                document.insert(QStringLiteral("variables"), parsed.object());
            request.body = QJsonDocument(document).toJson(QJsonDocument::Compact);
            contentType = QStringLiteral("application/json");
        } else if (mode == QLatin1String("file")) {
            imported->warnings.append(QObject::tr("the body is a file (%1) and was left out")
                                          .arg(body.value(QLatin1String("file"))
                                                   .toObject()
                                                   .value(QLatin1String("src"))
                                                   .toString()));
        } else if (!mode.isEmpty() && mode != QLatin1String("none")) {
            imported->warnings.append(
                QObject::tr("body mode '%1' is not known and was left out").arg(mode));
        }
        if (!contentType.isEmpty() && headerValue(request.headers, "content-type").isEmpty())
            request.headers.append({"Content-Type", contentType.toLatin1()});
        return {};
    }

    void applyAuth(const QJsonObject &auth, Resolver *resolver, PostmanRequest *imported)
    {
        const QString type = auth.value(QLatin1String("type")).toString();
        if (type.isEmpty() || type == QLatin1String("noauth") || type == QLatin1String("inherit"))
            return;
        TesterRequest &request = imported->request;
        const QHash<QString, QString> parameters = authParameters(auth, type);
        const auto secret = [&](const QString &key) {
            const QString value = resolver->resolve(parameters.value(key));
            if (!value.isEmpty())
                request.secretValues.append(value);
            return value;
        };
        if (type == QLatin1String("basic")) {
            const QString user = resolver->resolve(parameters.value(QStringLiteral("username")));
            const QString password = secret(QStringLiteral("password"));
            setHeader(&request.headers, "Authorization",
                      "Basic " + QString(user + QLatin1Char(':') + password).toUtf8().toBase64());
            request.secretHeaders.append("Authorization");
        } else if (type == QLatin1String("bearer")) {
            setHeader(&request.headers, "Authorization",
                      "Bearer " + secret(QStringLiteral("token")).toUtf8());
            request.secretHeaders.append("Authorization");
        } else if (type == QLatin1String("apikey")) {
            QString key = resolver->resolve(parameters.value(QStringLiteral("key")));
            if (key.isEmpty())
                key = QStringLiteral("X-Api-Key");
            const QString value = secret(QStringLiteral("value"));
            if (parameters.value(QStringLiteral("in")) == QLatin1String("query")) {
                const qsizetype fragment = request.url.indexOf(QLatin1Char('#'));
                const QString item = QString::fromLatin1(QUrl::toPercentEncoding(key))
                    + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
                const QString separator = request.url.contains(QLatin1Char('?'))
                    ? QStringLiteral("&")
                    : QStringLiteral("?");
                if (fragment < 0)
                    request.url += separator + item;
                else
                    request.url.insert(fragment, separator + item);
                request.secretQueryKeys.append(key);
            } else {
                setHeader(&request.headers, key.toUtf8(), value.toUtf8());
                request.secretHeaders.append(key.toUtf8());
            }
        } else {
            imported->warnings.append(
                QObject::tr("auth type '%1' is not imported: add its header by hand").arg(type));
            return;
        }
        imported->authType = type;
    }

    QHash<QString, QString> m_environment;
};

} // namespace

Result<PostmanCollection> PostmanCollection::fromJson(const QByteArray &json, const QString &origin,
                                                      const QHash<QString, QString> &environment)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(QObject::tr("%1: not JSON: %2 at offset %3")
                              .arg(origin, error.errorString())
                              .arg(error.offset));
    if (!document.isObject())
        return R::failure(
            QObject::tr("%1: not a Postman collection: the top level is not an object")
                .arg(origin));
    const QJsonObject root = document.object();
    const QJsonObject info = root.value(QLatin1String("info")).toObject();
    const QString schema = info.value(QLatin1String("schema")).toString();
    if (schema.isEmpty()) {
        if (root.contains(QLatin1String("requests")))
            return R::failure(QObject::tr("%1: a Postman collection v1; export it again as "
                                          "Collection v2.1")
                                  .arg(origin));
        if (root.contains(QLatin1String("values")))
            return R::failure(QObject::tr("%1: a Postman environment, not a collection; import "
                                          "the collection and choose this file as its "
                                          "environment")
                                  .arg(origin));
        return R::failure(
            QObject::tr("%1: not a Postman collection v2.1: \"info.schema\" is missing")
                .arg(origin));
    }
    if (!schema.contains(QLatin1String("/v2.1.")))
        return R::failure(QObject::tr("%1: \"info.schema\" is %2; only Postman collections v2.1 "
                                      "are imported (in Postman: Export, Collection v2.1)")
                              .arg(origin, schema));
    const QJsonValue items = root.value(QLatin1String("item"));
    if (!items.isArray())
        return R::failure(QObject::tr("%1: \"item\" must be an array").arg(origin));

    Variables variables;
    if (auto added = variables.add(root.value(QLatin1String("variable")), origin); !added)
        return R::failure(added.error());
    const QJsonValue auth = root.value(QLatin1String("auth"));
    if (!auth.isUndefined() && !auth.isNull() && !auth.isObject())
        return R::failure(QObject::tr("%1: \"auth\" must be an object").arg(origin));

    Importer importer(environment);
    if (hasScript(root))
        ++importer.m_scripted;
    if (auto walked = importer.walk(items.toArray(), {}, origin, variables, auth.toObject());
        !walked)
        return R::failure(walked.error());

    PostmanCollection collection;
    collection.m_name = info.value(QLatin1String("name")).toString(origin);
    collection.m_requests = importer.m_requests;
    if (importer.m_scripted > 0)
        collection.m_warnings.append(
            QObject::tr("%n part(s) of the collection carry scripts; scripts are not run", nullptr,
                        importer.m_scripted));
    return collection;
}

Result<PostmanCollection> PostmanCollection::load(const QString &path,
                                                  const QHash<QString, QString> &environment)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QObject::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), QFileInfo(path).fileName(), environment);
}

Result<QHash<QString, QString>> PostmanCollection::environmentFromJson(const QByteArray &json,
                                                                       const QString &origin)
{
    using E = Result<QHash<QString, QString>>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return E::failure(QObject::tr("%1: not JSON: %2 at offset %3")
                              .arg(origin, error.errorString())
                              .arg(error.offset));
    const QJsonValue values = document.object().value(QLatin1String("values"));
    if (!values.isArray())
        return E::failure(
            QObject::tr("%1: not a Postman environment: \"values\" must be an array").arg(origin));
    QHash<QString, QString> environment;
    for (const QJsonValue &entry : values.toArray()) {
        const QJsonObject value = entry.toObject();
        if (!value.value(QLatin1String("enabled")).toBool(true))
            continue;
        const QString key = value.value(QLatin1String("key")).toString();
        if (!key.isEmpty())
            environment.insert(key, jsonText(value.value(QLatin1String("value"))));
    }
    return environment;
}

} // namespace OtBridge
