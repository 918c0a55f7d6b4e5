// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "config/notificationsteps.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace OtBridge {

// Someone a rule can notify. The email address is the key: managers and roles refer to it.
struct Person
{
    QString name;
    QString email;
    QString phone; // E.164, e.g. +4915112345678; empty when there is none
    QString manager; // the manager's email; empty at the top
    // "quiet_hours" and "time_zone" (README, "Notification steps"): their own, in their time
    // zone (else their role's); none: the role's quiet hours apply, in the person's time zone.
    std::optional<QuietHours> quietHours;
    std::optional<QTimeZone> timeZone;
};

struct Role
{
    QString name; // "legal"
    QString title; // "Legal"
    QStringList members; // emails, in the order the file lists them
    std::optional<QuietHours> quietHours; // in the role's "time_zone", else UTC
};

// The workspace's "roles" section: who is in legal, finance, procurement, …, and who manages
// whom, so that rules can address a role and escalation can climb to a manager.
class RoleDirectory final
{
public:
    // where: how errors name the section, e.g. "workspace w.json".
    static Result<RoleDirectory> fromJson(const QJsonArray &roles, const QString &where);

    const QList<Role> &roles() const { return m_roles; }
    const Role *role(const QString &name) const;
    const Person *person(const QString &email) const;
    QList<const Person *> members(const QString &role) const;
    // The manager of the person with this email, or null at the top (or for a stranger).
    const Person *managerOf(const QString &email) const;
    int personCount() const { return int(m_people.size()); }
    // The person an OpenText address (email or phone) belongs to, or null.
    const Person *personByAddress(const QString &address) const;
    // A person's quiet hours: their own, else those of the first role listing them that has
    // some; nullopt when none apply.
    std::optional<QuietHours> quietHoursOf(const Person &person) const;
    // When the quiet period the address's person is in at `at` ends; invalid when they are
    // not in one (or the address is nobody of the directory).
    QDateTime quietUntil(const QString &address, const QDateTime &at) const;

private:
    QList<Role> m_roles;
    QHash<QString, Person> m_people; // by email, lower case
};

} // namespace OtBridge
