// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/roledirectory.h"
#include "config/rule.h"
#include "httptarget.h"
#include "opentexttarget.h"
#include "result.h"
#include "sourceconfig.h"

#include <QJsonObject>
#include <QList>

namespace OtBridge {

// The versioned JSON file an integration admin edits: sources now; rules, targets and roles
// as the product grows. It never holds a secret, only references to the keychain.
class Workspace final
{
public:
    static constexpr int formatVersion = 1;
    static constexpr char defaultResource[] = ":/workspace/default.json";

    static Result<Workspace> load(const QString &path);
    static Result<Workspace> fromJson(const QByteArray &json, const QString &origin);
    static Workspace builtInDefault();

    QString name() const { return m_name; }
    QString origin() const { return m_origin; }
    const QList<SourceConfig> &sources() const { return m_sources; }
    const SourceConfig *source(const QString &name) const;
    // Adds the source, or replaces the one of the same name; keys of its entry this version
    // does not know stay in the file.
    void setSource(const SourceConfig &source);
    // Removes the source called name; false when there is none. Rules triggered by it make the
    // workspace invalid: check with rulesUsingSource() first, or load toJson() again.
    bool removeSource(const QString &name);
    // The names of the rules whose trigger names this source, in file order.
    QStringList rulesUsingSource(const QString &name) const;
    const RoleDirectory &roles() const { return m_roles; }
    const QList<OpenTextTarget> &openTextTargets() const { return m_openTextTargets; }
    // The OpenText target called name; with no name, the first one.
    const OpenTextTarget *openTextTarget(const QString &name = {}) const;
    // Adds the target, or replaces the one of the same name; keeps every other target.
    void setOpenTextTarget(const OpenTextTarget &target);
    const QList<HttpTargetConfig> &httpTargets() const { return m_httpTargets; }
    const HttpTargetConfig *httpTarget(const QString &name) const;
    // Adds the HTTP target, or replaces the one of the same name.
    void setHttpTarget(const HttpTargetConfig &target);
    // Removes the HTTP target called name; false when there is none.
    bool removeHttpTarget(const QString &name);
    // The names of the rules with an action (escalation tiers included) sent to this target.
    QStringList rulesUsingTarget(const QString &name) const;
    // The retry, breaker and rate policy of the OpenText or HTTP target called name (the
    // defaults for a name the workspace does not know).
    DeliveryPolicy deliveryPolicy(const QString &target) const;

    const QList<Rule> &rules() const { return m_rules; }
    const Rule *rule(const QString &name) const;
    // Enabled rules triggered by this source or internal event, in file order.
    QList<const Rule *> rulesFor(const QString &source) const;

    // Writes the file atomically (a crash leaves the old file or the new one, never half).
    Result<void> save(const QString &path) const;

    QByteArray toJson() const;

private:
    // Replaces the entry called name in the document's array key (appends when there is none).
    void putEntry(const QString &key, const QString &name, const QJsonObject &entry);
    bool removeEntry(const QString &key, const QString &name);

    QString m_name;
    QString m_origin;
    QList<SourceConfig> m_sources;
    QList<OpenTextTarget> m_openTextTargets;
    QList<HttpTargetConfig> m_httpTargets;
    QList<Rule> m_rules;
    RoleDirectory m_roles;
    QJsonObject m_document; // the whole file, so saving keeps what this version does not know
};

} // namespace OtBridge
