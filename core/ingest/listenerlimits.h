// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace OtBridge {

// What the listener's guard (GuardedTcpServer) enforces while a request's bytes arrive, before
// its handler sees the request.
struct ListenerLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    int maxHeaderBytes = 16 * 1024;
    int requestTimeoutMs = 10'000; // a whole request, first byte to last
    int idleTimeoutMs = 60'000; // a kept-alive connection with nothing to do
    int maxConnectionsPerPeer = 64;
    int maxConnections = 4096;
    int lingerMs = 2'000; // after an error reply, drain what the client still sends this long
    // ...and at most this much: on loopback a client pushes a GiB within the linger time.
    qint64 lingerMaxBytes = 16 * 1024 * 1024;
    // Bytes of unfinished requests held across all connections. Without it 4096 connections,
    // each a little short of a 1 MiB body, would hold 4 GiB; past it a request gets 503.
    qint64 maxBufferedBytes = 256 * 1024 * 1024;
};

} // namespace OtBridge
