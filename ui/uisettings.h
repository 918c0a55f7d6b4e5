// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>

namespace OtBridge {

// The window's remembered layout, typed, in one place. Layout only: secrets belong in the
// keychain, never here.
class UiSettings final
{
public:
    UiSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray consoleState() const;
    void setConsoleState(const QByteArray &state);
    int currentPage() const;
    void setCurrentPage(int page);

private:
    QSettings m_settings;
};

} // namespace OtBridge
