// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/storejob.h"

#include <QStringList>

#include <optional>

namespace OtBridge {

// OpenText's job ids (opentext_jobs): every submit's jobs, so that status webhooks
// and polls find their delivery without scanning deliveries, and each job's state, which
// decides the delivery's OpenText state (a split fan-out has several). Writes run in the
// writer's transaction.
class SqlOpenTextJobRepository final
{
public:
    struct StateWritten
    {
        QString deliveryId; // whose job it is
        bool failed = false; // the delivery's OpenText state became failed with this job
        // False when the job already had this state and no error came with it: nothing was
        // written (the sandbox's first push, "Submitted", repeats the state a submit starts in).
        bool changed = true;
    };

    // The jobs of an accepted submit, each pending until OpenText says more.
    static Result<void> record(SqlWriteContext &write, const QString &deliveryId,
                               const QStringList &jobIds);
    // Stores a job's state and works out its delivery's (opentext_state, last_error); nullopt
    // for a job none of ours sent, with nothing written.
    static Result<std::optional<StateWritten>> setState(SqlWriteContext &write,
                                                        const QString &jobId,
                                                        const QString &openTextState,
                                                        const QString &error);
};

} // namespace OtBridge
