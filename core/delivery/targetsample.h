// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/httppreset.h"
#include "config/httptarget.h"
#include "delivery/httpsender.h"
#include "result.h"

#include <QDateTime>
#include <QUrl>

namespace OtBridge {

// The request a target's Test button sends: for a preset its sampleFields through the preset,
// for a generic target a small JSON document that says it is a test, to the target's URL with
// its method and headers. A sandbox: URL becomes sandboxUrl's (empty: refused, the sandbox is
// not running).
Result<HttpRequestSpec> sampleRequest(const HttpTargetConfig &target, const QUrl &sandboxUrl,
                                      const QDateTime &now);

// How a request to target is sent, given the values of its secrets (signingSecret: the
// Standard Webhooks "whsec_…" secret when the target signs; authSecret: the password, token
// or key of its auth). Refuses a signing secret that is not a Standard Webhooks secret, and
// a missing one the target needs.
Result<HttpSendOptions> sendOptions(const HttpTargetConfig &target, const QString &signingSecret,
                                    const QString &authSecret);

} // namespace OtBridge
