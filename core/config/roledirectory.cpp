// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roledirectory.h"

#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSet>

namespace OtBridge {

namespace {

bool isRoleName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool isEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

bool isPhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return pattern.match(phone).hasMatch();
}

} // namespace

Result<RoleDirectory> RoleDirectory::fromJson(const QJsonArray &roles, const QString &where)
{
    using R = Result<RoleDirectory>;
    RoleDirectory directory;
    QSet<QString> roleNames;
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const QJsonObject object = roles.at(i).toObject();
        Role role;
        role.name = object.value(QLatin1String("name")).toString();
        const QString at = QObject::tr("%1, role %2").arg(where).arg(i + 1);
        if (!isRoleName(role.name))
            return R::failure(QObject::tr("%1: name '%2' must be 1 to 64 characters of a-z, 0-9, "
                                          "'.', '_' or '-', starting with a letter or digit")
                                  .arg(at, role.name));
        if (roleNames.contains(role.name))
            return R::failure(QObject::tr("%1: the name '%2' is used twice").arg(at, role.name));
        roleNames.insert(role.name);
        role.title = object.value(QLatin1String("title")).toString(role.name);
        const QString roleAt = QObject::tr("%1 ('%2')").arg(at, role.name);
        auto roleQuiet = parseQuietHours(object.value(QLatin1String("quiet_hours")),
                                         object.value(QLatin1String("time_zone")), roleAt);
        if (!roleQuiet)
            return R::failure(roleQuiet.error());
        if (object.contains(QLatin1String("quiet_hours")))
            role.quietHours = roleQuiet.value();

        const QJsonValue people = object.value(QLatin1String("people"));
        if (!people.isArray())
            return R::failure(
                QObject::tr("%1 ('%2'): \"people\" must be an array of people").arg(at, role.name));
        const QJsonArray list = people.toArray();
        for (qsizetype p = 0; p < list.size(); ++p) {
            const QJsonObject entry = list.at(p).toObject();
            const QString who = QObject::tr("%1 ('%2'), person %3").arg(at, role.name).arg(p + 1);
            Person person;
            person.name = entry.value(QLatin1String("name")).toString().trimmed();
            person.email = entry.value(QLatin1String("email")).toString().trimmed();
            person.phone = entry.value(QLatin1String("phone")).toString().trimmed();
            person.manager = entry.value(QLatin1String("manager")).toString().trimmed();
            if (person.name.isEmpty())
                return R::failure(QObject::tr("%1: a name is required").arg(who));
            if (!isEmail(person.email))
                return R::failure(QObject::tr("%1 (%2): '%3' is not an email address")
                                      .arg(who, person.name, person.email));
            if (!person.phone.isEmpty() && !isPhone(person.phone))
                return R::failure(QObject::tr("%1 (%2): phone '%3' must be in international "
                                              "form, such as +4915112345678")
                                      .arg(who, person.name, person.phone));
            // A person's quiet hours are in their own time zone, else their role's.
            const QJsonValue zone = entry.contains(QLatin1String("time_zone"))
                ? entry.value(QLatin1String("time_zone"))
                : object.value(QLatin1String("time_zone"));
            auto quiet = parseQuietHours(entry.value(QLatin1String("quiet_hours")), zone,
                                         QStringLiteral("%1 (%2)").arg(who, person.name));
            if (!quiet)
                return R::failure(quiet.error());
            if (entry.contains(QLatin1String("quiet_hours")))
                person.quietHours = quiet.value();
            if (entry.contains(QLatin1String("time_zone")))
                person.timeZone = quiet->zone;
            const QString key = person.email.toLower();
            const auto known = directory.m_people.constFind(key);
            if (known != directory.m_people.cend()
                && (known->name != person.name || known->phone != person.phone
                    || known->manager.compare(person.manager, Qt::CaseInsensitive) != 0))
                return R::failure(QObject::tr("%1 (%2): %3 is listed in another role with a "
                                              "different name, phone or manager")
                                      .arg(who, person.name, person.email));
            if (known == directory.m_people.cend() || person.quietHours || person.timeZone)
                directory.m_people.insert(key, person);
            if (role.members.contains(person.email, Qt::CaseInsensitive))
                return R::failure(QObject::tr("%1: %2 is listed twice").arg(who, person.email));
            role.members.append(person.email);
        }
        directory.m_roles.append(role);
    }

    // Managers must be people of the directory, and climbing must end: escalation follows it.
    // In the file's order, so the same file always gives the same first complaint.
    for (const Role &role : std::as_const(directory.m_roles)) {
        for (const QString &email : role.members) {
            const Person &person = *directory.person(email);
            if (person.manager.isEmpty())
                continue;
            if (!directory.person(person.manager))
                return R::failure(QObject::tr("%1: the manager %2 of %3 is not in any role")
                                      .arg(where, person.manager, person.email));
            QSet<QString> seen {person.email.toLower()};
            for (const Person *up = directory.managerOf(person.email); up;
                 up = directory.managerOf(up->email)) {
                if (seen.contains(up->email.toLower()))
                    return R::failure(QObject::tr("%1: the managers of %2 go round in a circle")
                                          .arg(where, person.email));
                seen.insert(up->email.toLower());
            }
        }
    }
    return directory;
}

const Role *RoleDirectory::role(const QString &name) const
{
    for (const Role &role : m_roles) {
        if (role.name == name)
            return &role;
    }
    return nullptr;
}

const Person *RoleDirectory::person(const QString &email) const
{
    const auto it = m_people.constFind(email.toLower());
    return it == m_people.cend() ? nullptr : &*it;
}

QList<const Person *> RoleDirectory::members(const QString &name) const
{
    QList<const Person *> people;
    if (const Role *found = role(name)) {
        for (const QString &email : found->members)
            people.append(person(email));
    }
    return people;
}

const Person *RoleDirectory::managerOf(const QString &email) const
{
    const Person *who = person(email);
    return who && !who->manager.isEmpty() ? person(who->manager) : nullptr;
}

const Person *RoleDirectory::personByAddress(const QString &address) const
{
    if (const Person *byEmail = person(address))
        return byEmail;
    for (const Person &candidate : m_people) {
        if (!candidate.phone.isEmpty() && candidate.phone == address)
            return &candidate;
    }
    return nullptr;
}

std::optional<QuietHours> RoleDirectory::quietHoursOf(const Person &who) const
{
    if (who.quietHours)
        return who.quietHours;
    for (const Role &role : m_roles) {
        if (!role.quietHours || !role.members.contains(who.email, Qt::CaseInsensitive))
            continue;
        QuietHours hours = *role.quietHours;
        if (who.timeZone)
            hours.zone = *who.timeZone;
        return hours;
    }
    return std::nullopt;
}

QDateTime RoleDirectory::quietUntil(const QString &address, const QDateTime &at) const
{
    const Person *who = personByAddress(address);
    if (!who)
        return {};
    const std::optional<QuietHours> hours = quietHoursOf(*who);
    return hours ? hours->endAt(at) : QDateTime();
}

} // namespace OtBridge
