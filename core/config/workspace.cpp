// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "config/httppreset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <functional>

namespace OtBridge {

namespace {

bool isValidSourceName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

// Checks what one OpenText or HTTP action refers to; at: the action's place in its rule.
std::optional<Error> checkActionReferences(const Workspace &workspace, const RuleAction &action,
                                           const ErrorPlace &at)
{
    if (action.kind == RuleAction::Kind::Escalate) {
        for (qsizetype t = 0; t < action.tiers.size(); ++t) {
            const EscalationTier &tier = *action.tiers.at(t);
            for (qsizetype a = 0; a < tier.actions.size(); ++a) {
                if (auto error = checkActionReferences(workspace, tier.actions.at(a),
                                                       at.withTierAction(int(t + 1), int(a))))
                    return error;
            }
        }
        return {};
    }
    if (action.fallback) {
        if (auto error = checkActionReferences(workspace, *action.fallback, at)) {
            error->place
                = at.withField(QStringLiteral("fallback"), error->place.field, error->place.item);
            return error;
        }
    }

    const auto fail = [](Error::Kind kind, const ErrorPlace &place, const QString &message) {
        return std::optional<Error>(Error(kind, place, message));
    };
    const ErrorPlace targetAt = at.withField(QStringLiteral("target"));
    const bool isOpenText = action.target.isEmpty()
        ? action.kind == RuleAction::Kind::OpenText && workspace.openTextTarget()
        : workspace.openTextTarget(action.target) != nullptr;
    const HttpTargetConfig *http
        = action.target.isEmpty() ? nullptr : workspace.httpTarget(action.target);
    if (action.kind == RuleAction::Kind::OpenText) {
        if (!isOpenText) {
            if (action.target.isEmpty())
                return fail(Error::Kind::Missing, targetAt,
                            QObject::tr("there is no OpenText target in this workspace"));
            if (http)
                return fail(Error::Kind::Invalid, targetAt,
                            QObject::tr("'%1' is an http target; an opentext action needs an "
                                        "OpenText target")
                                .arg(action.target));
            return fail(Error::Kind::Unknown, targetAt,
                        QObject::tr("no target '%1' in this workspace").arg(action.target));
        }
        const RoleDirectory &roles = workspace.roles();
        for (const QString &role : action.roles) {
            if (!roles.role(role))
                return fail(Error::Kind::Unknown,
                            at.withField(QStringLiteral("to"), QStringLiteral("roles")),
                            QObject::tr("no role '%1' in this workspace").arg(role));
        }
        for (const QString &email : action.people) {
            if (!roles.person(email))
                return fail(
                    Error::Kind::Unknown,
                    at.withField(QStringLiteral("to"), QStringLiteral("people")),
                    QObject::tr("%1 is not a person in any role of this workspace").arg(email));
        }
        return {};
    }

    if (!http) {
        if (isOpenText)
            return fail(Error::Kind::Invalid, targetAt,
                        QObject::tr("'%1' is an OpenText target; an http action needs an http "
                                    "target")
                            .arg(action.target));
        return fail(Error::Kind::Unknown, targetAt,
                    QObject::tr("no target '%1' in this workspace").arg(action.target));
    }
    if (http->preset.isEmpty()) {
        if (!action.fields.isEmpty())
            return fail(Error::Kind::Invalid, at.withField(QStringLiteral("fields")),
                        QObject::tr("target '%1' is a generic http target; \"fields\" is for "
                                    "preset targets, use \"body\"")
                            .arg(action.target));
        return {};
    }
    const HttpPresetInfo *preset = httpPreset(http->preset);
    if (!action.method.isEmpty() || action.url || action.body)
        return fail(Error::Kind::Invalid,
                    at.withField(action.body ? QStringLiteral("body")
                                             : (action.url ? QStringLiteral("url")
                                                           : QStringLiteral("method"))),
                    QObject::tr("target '%1' uses the %2 preset; give its \"fields\", not "
                                "method, url or body")
                        .arg(action.target, preset->name));
    for (const QString &field : preset->requiredFields) {
        if (!action.fields.contains(field))
            return fail(Error::Kind::Missing, at.withField(field),
                        QObject::tr("the %1 preset needs this field").arg(preset->name));
    }
    QStringList fieldNames = action.fields.keys();
    fieldNames.sort();
    for (const QString &field : std::as_const(fieldNames)) {
        if (!preset->requiredFields.contains(field) && !preset->optionalFields.contains(field))
            return fail(Error::Kind::Unknown, at.withField(field),
                        QObject::tr("the %1 preset has no such field (it takes %2)")
                            .arg(preset->name,
                                 (preset->requiredFields + preset->optionalFields)
                                     .join(QLatin1String(", "))));
    }
    return {};
}

} // namespace

Result<Workspace> Workspace::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Workspace>::failure(
            QObject::tr("cannot read the workspace %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<Workspace> Workspace::fromJson(const QByteArray &json, const QString &origin)
{
    using R = Result<Workspace>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(QObject::tr("workspace %1 is not valid JSON: %2 at offset %3")
                              .arg(origin, parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return R::failure(
            QObject::tr("workspace %1: the top level must be a JSON object").arg(origin));

    const QJsonObject root = document.object();
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version < 1 || version > formatVersion)
        return R::failure(QObject::tr("workspace %1: \"version\" must be 1 to %2, not %3")
                              .arg(origin)
                              .arg(formatVersion)
                              .arg(root.value(QLatin1String("version")).toVariant().toString()));

    Workspace workspace;
    workspace.m_origin = origin;
    workspace.m_document = root;
    workspace.m_name = root.value(QLatin1String("name")).toString();

    const QJsonValue sources = root.value(QLatin1String("sources"));
    if (!sources.isUndefined() && !sources.isArray())
        return R::failure(QObject::tr("workspace %1: \"sources\" must be an array").arg(origin));
    QSet<QString> seen;
    const QJsonArray list = sources.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        SourceConfig source;
        source.name = object.value(QLatin1String("name")).toString();
        const QString where = QObject::tr("workspace %1, source %2").arg(origin).arg(i + 1);
        if (!isValidSourceName(source.name))
            return R::failure(QObject::tr("%1: name '%2' must be 1 to 64 characters of a-z, 0-9, "
                                          "'.', '_' or '-', starting with a letter or digit")
                                  .arg(where, source.name));
        if (seen.contains(source.name))
            return R::failure(
                QObject::tr("%1: the name '%2' is used twice").arg(where, source.name));
        if (InternalEvent::isInternal(source.name))
            return R::failure(QObject::tr("%1: the name '%2' is reserved for an event of the "
                                          "bridge itself")
                                  .arg(where, source.name));
        seen.insert(source.name);
        source.title = object.value(QLatin1String("title")).toString(source.name);
        source.description = object.value(QLatin1String("description")).toString();
        const QString format
            = object.value(QLatin1String("format")).toString(QStringLiteral("json"));
        if (format == QLatin1String("json"))
            source.format = SourceConfig::Format::Json;
        else if (format == QLatin1String("any"))
            source.format = SourceConfig::Format::Any;
        else
            return R::failure(
                QObject::tr("%1 ('%2'): format must be \"json\" or \"any\", not \"%3\"")
                    .arg(where, source.name, format));
        const QJsonValue maxBody = object.value(QLatin1String("max_body_bytes"));
        if (!maxBody.isUndefined()) {
            if (!maxBody.isDouble() || maxBody.toDouble() < 1)
                return R::failure(QObject::tr("%1 ('%2'): max_body_bytes must be a positive number")
                                      .arg(where, source.name));
            source.maxBodyBytes = qint64(maxBody.toDouble());
        }
        auto auth = SourceAuth::fromJson(object.value(QLatin1String("auth")),
                                         QStringLiteral("%1 ('%2')").arg(where, source.name));
        if (!auth)
            return R::failure(auth.error());
        source.auth = std::move(auth).value();
        workspace.m_sources.append(source);
    }

    const QJsonValue targets = root.value(QLatin1String("targets"));
    if (!targets.isUndefined() && !targets.isArray())
        return R::failure(QObject::tr("workspace %1: \"targets\" must be an array").arg(origin));
    QSet<QString> targetNames;
    const QJsonArray targetList = targets.toArray();
    for (qsizetype i = 0; i < targetList.size(); ++i) {
        const QJsonObject object = targetList.at(i).toObject();
        const QString where = QObject::tr("workspace %1, target %2").arg(origin).arg(i + 1);
        const QString name = object.value(QLatin1String("name")).toString();
        if (!isValidSourceName(name))
            return R::failure(QObject::tr("%1: name '%2' must be 1 to 64 characters of a-z, 0-9, "
                                          "'.', '_' or '-', starting with a letter or digit")
                                  .arg(where, name));
        if (targetNames.contains(name))
            return R::failure(QObject::tr("%1: the name '%2' is used twice").arg(where, name));
        targetNames.insert(name);
        // Other target types are kept as they are until a version knows them.
        const QString type = object.value(QLatin1String("type")).toString();
        if (type == QLatin1String("opentext")) {
            auto target = OpenTextTarget::fromJson(object, where);
            if (!target)
                return R::failure(target.error());
            workspace.m_openTextTargets.append(std::move(target).value());
        } else if (type == QLatin1String("http")) {
            auto target = HttpTargetConfig::fromJson(object, where);
            if (!target)
                return R::failure(target.error());
            workspace.m_httpTargets.append(std::move(target).value());
        }
    }

    const QJsonValue roles = root.value(QLatin1String("roles"));
    if (!roles.isUndefined() && !roles.isArray())
        return R::failure(QObject::tr("workspace %1: \"roles\" must be an array").arg(origin));
    auto directory
        = RoleDirectory::fromJson(roles.toArray(), QObject::tr("workspace %1").arg(origin));
    if (!directory)
        return R::failure(directory.error());
    workspace.m_roles = std::move(directory).value();

    // Rules last: they refer to sources, targets and roles.
    const QJsonValue rules = root.value(QLatin1String("rules"));
    if (!rules.isUndefined() && !rules.isArray())
        return R::failure(QObject::tr("workspace %1: \"rules\" must be an array").arg(origin));
    const QString inWorkspace = QObject::tr("workspace %1").arg(origin);
    QSet<QString> ruleNames;
    const QJsonArray ruleList = rules.toArray();
    for (qsizetype i = 0; i < ruleList.size(); ++i) {
        if (!ruleList.at(i).isObject())
            return R::failure(
                QObject::tr("workspace %1, rule %2: must be a JSON object").arg(origin).arg(i + 1));
        auto parsed = Rule::fromJson(ruleList.at(i).toObject(), inWorkspace);
        if (!parsed)
            return R::failure(parsed.errorDetail());
        Rule rule = std::move(parsed).value();
        const ErrorPlace at = ErrorPlace::inRule(inWorkspace, rule.name);
        if (ruleNames.contains(rule.name))
            return R::failure(Error(Error::Kind::Invalid, at.withField(QStringLiteral("name")),
                                    QObject::tr("another rule has the same name")));
        ruleNames.insert(rule.name);
        for (const QString &source : std::as_const(rule.sources)) {
            if (!workspace.source(source))
                return R::failure(
                    Error(Error::Kind::Unknown,
                          at.withSection(ErrorPlace::Section::Trigger)
                              .withField(QStringLiteral("sources")),
                          QObject::tr("no source '%1' in this workspace").arg(source)));
        }
        for (qsizetype a = 0; a < rule.actions.size(); ++a) {
            if (auto error
                = checkActionReferences(workspace, rule.actions.at(a), at.withAction(int(a))))
                return R::failure(*error);
        }
        workspace.m_rules.append(std::move(rule));
    }
    return workspace;
}

Workspace Workspace::builtInDefault()
{
    auto workspace = load(QString::fromLatin1(defaultResource));
    // The default ships inside the binary and is tested; failing here is a build defect.
    Q_ASSERT_X(workspace.ok(), "Workspace::builtInDefault", qPrintable(workspace.error()));
    return workspace.ok() ? std::move(workspace).value() : Workspace();
}

const SourceConfig *Workspace::source(const QString &name) const
{
    for (const SourceConfig &source : m_sources) {
        if (source.name == name)
            return &source;
    }
    return nullptr;
}

const OpenTextTarget *Workspace::openTextTarget(const QString &name) const
{
    for (const OpenTextTarget &target : m_openTextTargets) {
        if (name.isEmpty() || target.name == name)
            return &target;
    }
    return nullptr;
}

const HttpTargetConfig *Workspace::httpTarget(const QString &name) const
{
    for (const HttpTargetConfig &target : m_httpTargets) {
        if (target.name == name)
            return &target;
    }
    return nullptr;
}

DeliveryPolicy Workspace::deliveryPolicy(const QString &target) const
{
    if (const HttpTargetConfig *http = httpTarget(target))
        return http->delivery;
    if (const OpenTextTarget *openText = openTextTarget(target))
        return openText->delivery;
    return {};
}

const Rule *Workspace::rule(const QString &name) const
{
    for (const Rule &rule : m_rules) {
        if (rule.name == name)
            return &rule;
    }
    return nullptr;
}

QList<const Rule *> Workspace::rulesFor(const QString &source) const
{
    QList<const Rule *> rules;
    for (const Rule &rule : m_rules) {
        if (rule.enabled && rule.isTriggeredBy(source))
            rules.append(&rule);
    }
    return rules;
}

void Workspace::putEntry(const QString &key, const QString &name, const QJsonObject &entry)
{
    QJsonArray entries = m_document.value(key).toArray();
    qsizetype at = entries.size();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).toObject().value(QLatin1String("name")).toString() == name) {
            at = i;
            break;
        }
    }
    if (at < entries.size())
        entries.replace(at, entry);
    else
        entries.append(entry);
    m_document.insert(key, entries);
}

bool Workspace::removeEntry(const QString &key, const QString &name)
{
    QJsonArray entries = m_document.value(key).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).toObject().value(QLatin1String("name")).toString() == name) {
            entries.removeAt(i);
            m_document.insert(key, entries);
            return true;
        }
    }
    return false;
}

void Workspace::setSource(const SourceConfig &source)
{
    // What a later version wrote into the entry stays; what this one knows is written anew.
    QJsonObject entry;
    for (const QJsonValue &existing : m_document.value(QLatin1String("sources")).toArray()) {
        if (existing.toObject().value(QLatin1String("name")).toString() == source.name)
            entry = existing.toObject();
    }
    for (const QString &known : SourceConfig::knownKeys())
        entry.remove(known);
    const QJsonObject written = source.toJson();
    for (auto it = written.constBegin(); it != written.constEnd(); ++it)
        entry.insert(it.key(), it.value());
    putEntry(QStringLiteral("sources"), source.name, entry);

    for (SourceConfig &existing : m_sources) {
        if (existing.name == source.name) {
            existing = source;
            return;
        }
    }
    m_sources.append(source);
}

bool Workspace::removeSource(const QString &name)
{
    if (!removeEntry(QStringLiteral("sources"), name))
        return false;
    m_sources.removeIf([&name](const SourceConfig &source) { return source.name == name; });
    return true;
}

QStringList Workspace::rulesUsingSource(const QString &name) const
{
    QStringList names;
    for (const Rule &rule : m_rules) {
        if (rule.sources.contains(name))
            names.append(rule.name);
    }
    return names;
}

void Workspace::setHttpTarget(const HttpTargetConfig &target)
{
    putEntry(QStringLiteral("targets"), target.name, target.toJson());
    for (HttpTargetConfig &existing : m_httpTargets) {
        if (existing.name == target.name) {
            existing = target;
            return;
        }
    }
    m_httpTargets.append(target);
}

bool Workspace::removeHttpTarget(const QString &name)
{
    if (!httpTarget(name) || !removeEntry(QStringLiteral("targets"), name))
        return false;
    m_httpTargets.removeIf([&name](const HttpTargetConfig &target) { return target.name == name; });
    return true;
}

QStringList Workspace::rulesUsingTarget(const QString &name) const
{
    const std::function<bool(const RuleAction &)> sendsTo = [&](const RuleAction &action) {
        if (action.target == name || (action.fallback && sendsTo(*action.fallback)))
            return true;
        for (const auto &tier : action.tiers) {
            if (std::any_of(tier->actions.cbegin(), tier->actions.cend(), sendsTo))
                return true;
        }
        return false;
    };
    QStringList names;
    for (const Rule &rule : m_rules) {
        if (std::any_of(rule.actions.cbegin(), rule.actions.cend(), sendsTo))
            names.append(rule.name);
    }
    return names;
}

void Workspace::setOpenTextTarget(const OpenTextTarget &target)
{
    putEntry(QStringLiteral("targets"), target.name, target.toJson());

    for (OpenTextTarget &existing : m_openTextTargets) {
        if (existing.name == target.name) {
            existing = target;
            return;
        }
    }
    m_openTextTargets.append(target);
}

Result<void> Workspace::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<void>::failure(
            QObject::tr("cannot write the workspace %1: %2").arg(path, file.errorString()));
    file.write(toJson());
    if (!file.commit())
        return Result<void>::failure(
            QObject::tr("cannot write the workspace %1: %2").arg(path, file.errorString()));
    return {};
}

QByteArray Workspace::toJson() const
{
    return QJsonDocument(m_document).toJson(QJsonDocument::Indented);
}

} // namespace OtBridge
