// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace OtBridge {

// Shows HTML that came from elsewhere (a webhook, a mail template) without fetching anything:
// no images, style sheets or local files are loaded, and links are not followed. A tracking
// pixel stays unseen and file:///etc/passwd stays unread.
class OfflineTextBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineTextBrowser)

public:
    explicit OfflineTextBrowser(QWidget *parent = nullptr);
    ~OfflineTextBrowser() override;

    QVariant loadResource(int type, const QUrl &name) override;
    // How many resources the shown documents asked for and did not get.
    int blockedResources() const { return m_blocked; }

private:
    int m_blocked = 0;
};

} // namespace OtBridge
