// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace OtBridge {

#ifdef Q_OS_LINUX

namespace {
id_t currentThreadId()
{
    return id_t(::syscall(SYS_gettid));
}
} // namespace

int currentThreadNice()
{
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, currentThreadId());
    return errno == 0 ? nice : 0;
}

bool lowerCurrentThreadPriority(int steps)
{
    // On Linux PRIO_PROCESS with a thread id sets that thread alone (man 2 setpriority, BUGS).
    // Raising the nice value needs no privilege.
    const int target = qMin(19, currentThreadNice() + qMax(0, steps));
    return ::setpriority(PRIO_PROCESS, currentThreadId(), target) == 0;
}

#else

int currentThreadNice()
{
    return 0;
}

bool lowerCurrentThreadPriority(int)
{
    return false;
}

#endif

} // namespace OtBridge
