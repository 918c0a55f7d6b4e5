// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace OtBridge {

// A page whose feature is not built yet: says so plainly, and what it will do.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
    ~PlaceholderPage() override;
};

} // namespace OtBridge
