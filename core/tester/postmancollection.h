// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "tester/testerrequest.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace OtBridge {

// One request of an imported collection, ready for the composer.
struct PostmanRequest
{
    QStringList folders; // the folders it sits in, outermost first
    TesterRequest request; // variables resolved, auth turned into headers (or a query item)
    QString authType; // "basic", "bearer", "apikey", or empty
    QStringList unresolved; // {{variables}} nobody defined, left in place
    QStringList warnings; // what was not imported (file fields, oauth2, scripts …), in words
};

// A Postman collection (format v2.1, https://schema.postman.com/collection/json/v2.1.0/) as a
// flat list of requests. Folders become each request's folder path; {{variables}} come from the
// collection's, its folders' and its requests' "variable" lists, then the environment given
// (which wins, as in Postman), resolved repeatedly so a variable may use another; basic,
// bearer and apikey auth (inherited from folders and the collection unless a request says
// otherwise) become headers; raw, urlencoded, formdata (text fields) and graphql bodies become
// bytes. Disabled headers, query items and form fields are left out. Scripts are not run.
//
// Credentials met on the way (auth values, variables of type "secret") are recorded in each
// request's secret lists so they are never written anywhere: the importer itself writes
// nothing.
class PostmanCollection final
{
public:
    // json: the collection file's bytes; origin names it in errors ("file.json: …").
    static Result<PostmanCollection> fromJson(const QByteArray &json, const QString &origin,
                                              const QHash<QString, QString> &environment = {});
    static Result<PostmanCollection> load(const QString &path,
                                          const QHash<QString, QString> &environment = {});
    // A Postman environment file's enabled values.
    static Result<QHash<QString, QString>> environmentFromJson(const QByteArray &json,
                                                               const QString &origin);

    QString name() const { return m_name; }
    const QList<PostmanRequest> &requests() const { return m_requests; }
    // Collection-wide notes (scripts that were not run), in words.
    const QStringList &warnings() const { return m_warnings; }

private:
    QString m_name;
    QList<PostmanRequest> m_requests;
    QStringList m_warnings;
};

} // namespace OtBridge
