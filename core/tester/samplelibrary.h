// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "tester/requestsigning.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace OtBridge {

// A payload the tester offers ready to fire: the built-in sample of each use case
// (resources/samples/index.json), and signed variants that show each signature scheme a source
// can require.
struct Sample
{
    QString title;
    int useCase = 0;
    QString direction;
    QString source; // POST /hooks/{source}
    QByteArray body;
    RequestSigning::Kind signing = RequestSigning::Kind::None;
};

class SampleLibrary final
{
public:
    static constexpr char indexResource[] = ":/samples/index.json";

    // The use-case samples in index order, then the signed ones.
    static Result<QList<Sample>> builtIn();
};

} // namespace OtBridge
