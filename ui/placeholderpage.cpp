// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace OtBridge {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);

    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("placeholderTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    auto *badge = new QLabel(tr("Not available yet"), this);
    badge->setObjectName(QStringLiteral("placeholderBadge"));

    auto *text = new QLabel(description, this);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setWordWrap(true);

    layout->addWidget(heading);
    layout->addWidget(badge);
    layout->addSpacing(12);
    layout->addWidget(text);
    layout->addStretch(1);
}

PlaceholderPage::~PlaceholderPage() = default;

} // namespace OtBridge
