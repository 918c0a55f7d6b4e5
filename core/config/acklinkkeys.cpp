// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acklinkkeys.h"

#include "config/secretstore.h"

#include <QObject>

namespace OtBridge {

void readAckLinkKeys(SecretStore *secrets, const QObject *context,
                     std::function<void(const Result<AckLink::Keys> &keys)> done)
{
    const QString key = AckLink::secretKey();
    secrets->read(key, context, [secrets, context, key, done](const Result<QString> &secret) {
        using R = Result<AckLink::Keys>;
        if (secret) {
            const R keys = AckLink::Keys::parse(secret.value());
            done(
                keys
                    ? keys
                    : R::failure(
                        QObject::tr("the secret \"%1\" is not usable: %2").arg(key, keys.error())));
            return;
        }
        if (secret.error() != SecretStore::notFoundError(key)) {
            done(R::failure(secret.error()));
            return;
        }
        // The first start with a public URL: a key of our own, stored before any link is
        // signed with it (a link must still work after a restart).
        const AckLink::Keys fresh = AckLink::Keys::generate();
        secrets->write(key, fresh.toSecret(), context, [done, fresh](const Result<void> &written) {
            done(written ? R(fresh) : R::failure(written.error()));
        });
    });
}

} // namespace OtBridge
