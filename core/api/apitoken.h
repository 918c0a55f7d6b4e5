// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace OtBridge {

// The keychain entry the engine reads the /api/v1 token from ("api-token"); headless, the
// environment variable SecretStore::environmentVariable(apiTokenKey()) wins over it.
QString apiTokenKey();

// A new random API token: 32 bytes from the system's random source, base64url without padding
// (43 characters of A-Z a-z 0-9 - _), safe in an environment file and a Bearer header.
QString generateApiToken();

} // namespace OtBridge
