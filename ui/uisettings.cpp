// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uisettings.h"

namespace OtBridge {

namespace {
const QString geometryKey = QStringLiteral("ui/windowGeometry");
const QString stateKey = QStringLiteral("ui/windowState");
const QString consoleKey = QStringLiteral("ui/consoleState");
const QString pageKey = QStringLiteral("ui/currentPage");
} // namespace

UiSettings::UiSettings() = default;

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray UiSettings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void UiSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(stateKey, state);
}

QByteArray UiSettings::consoleState() const
{
    return m_settings.value(consoleKey).toByteArray();
}

void UiSettings::setConsoleState(const QByteArray &state)
{
    m_settings.setValue(consoleKey, state);
}

int UiSettings::currentPage() const
{
    return m_settings.value(pageKey, 0).toInt();
}

void UiSettings::setCurrentPage(int page)
{
    m_settings.setValue(pageKey, page);
}

} // namespace OtBridge
