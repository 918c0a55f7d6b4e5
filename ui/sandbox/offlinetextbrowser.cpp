// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinetextbrowser.h"

namespace OtBridge {

OfflineTextBrowser::OfflineTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

OfflineTextBrowser::~OfflineTextBrowser() = default;

QVariant OfflineTextBrowser::loadResource(int, const QUrl &)
{
    ++m_blocked;
    // Not a null QVariant: for that, QTextDocument would go on to read local files itself.
    return QVariant(QByteArray());
}

} // namespace OtBridge
