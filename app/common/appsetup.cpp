// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsetup.h"

#include "languagesetting.h"

#include <QCoreApplication>
#include <QTranslator>

#include <openssl/crypto.h>

#include <sys/resource.h>

namespace OtBridge {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge"));
    QCoreApplication::setApplicationName(QStringLiteral("otbridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OTBRIDGE_VERSION));
}

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *translator = new QTranslator(&app);
    if (loadTranslation(*translator, locale))
        QCoreApplication::installTranslator(translator);
}

void raiseDescriptorLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

void keepOpenSslStateUntilExit()
{
    // The first initialization decides: Qt's later OPENSSL_init_ssl() registers no handler.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

void runWorkerThreadsOnPlainEventLoops()
{
    // Read by QThread when a thread makes its event dispatcher (Qt's qthread_unix.cpp).
    if (!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
}

} // namespace OtBridge
