// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace OtBridge {

// Makes the calling thread yield the CPU to the process's other threads when they compete for
// it: `steps` nice levels above the thread's own (Linux: setpriority on the thread id; nothing
// elsewhere). QThread's priorities do nothing for ordinary Linux threads, so the engine calls
// this from the delivery and sandbox threads as they start: under a burst, accepting webhooks
// (durable, and what a sender waits for) comes before sending them on. Returns whether the
// priority changed.
bool lowerCurrentThreadPriority(int steps);

// The nice value of the calling thread (0 where there is none to read).
int currentThreadNice();

} // namespace OtBridge
