// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetspage.h"

#include "httptargetform.h"
#include "opentexttargetpage.h"
#include "workspacefile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace OtBridge {

namespace {

enum ItemRole { NameRole = Qt::UserRole, IsOpenTextRole };

} // namespace

TargetsPage::TargetsPage(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add HTTP target"), this))
    , m_stack(new QStackedWidget(this))
    , m_openText(new OpenTextTargetPage(engine, m_stack))
    , m_http(new HttpTargetForm(engine, m_stack))
{
    m_list->setObjectName(QStringLiteral("targetList"));
    m_list->setAccessibleName(tr("Targets"));
    m_list->setWordWrap(true);
    // Each target is two lines, its title and its name: alternating rows keep them together.
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(1);
    m_add->setObjectName(QStringLiteral("addTargetButton"));
    m_add->setAccessibleName(tr("Add an HTTP target"));
    m_openText->setObjectName(QStringLiteral("openTextTargetPage"));
    m_http->setObjectName(QStringLiteral("httpTargetForm"));
    m_stack->setObjectName(QStringLiteral("targetStack"));
    m_stack->addWidget(m_openText);
    m_stack->addWidget(m_http);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 12, 6, 12);
    auto *title = new QLabel(tr("Targets"), side);
    title->setObjectName(QStringLiteral("targetListTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    sideLayout->addWidget(title);
    sideLayout->addWidget(m_list, 1);
    m_add->setParent(side);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    sideLayout->addLayout(buttons);
    side->setMinimumWidth(220);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("targetSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(side);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 800});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &TargetsPage::handleSelectionChanged);
    connect(m_add, &QPushButton::clicked, this, &TargetsPage::addHttpTarget);
    connect(m_http, &HttpTargetForm::saved, this,
            [this](const QString &, const QString &name) { fillList(name); });
    connect(m_http, &HttpTargetForm::deleted, this, [this] {
        fillList({});
        // The form stays on an empty new target, saying what was deleted.
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    });
    fillList({});
}

TargetsPage::~TargetsPage() = default;

void TargetsPage::reload()
{
    const QListWidgetItem *current = m_list->currentItem();
    const QString shown = current ? current->data(NameRole).toString() : QString();
    m_openText->reload();
    fillList(shown);
}

void TargetsPage::fillList(const QString &select)
{
    const Workspace workspace = WorkspaceFile::current(m_engine);
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        if (const OpenTextTarget *openText = workspace.openTextTarget()) {
            auto *item
                = new QListWidgetItem(tr("OpenText Notifications\n%1").arg(openText->name), m_list);
            item->setData(NameRole, openText->name);
            item->setData(IsOpenTextRole, true);
        }
        for (const HttpTargetConfig &target : workspace.httpTargets()) {
            auto *item = new QListWidgetItem(
                target.title.isEmpty() ? target.name
                                       : QStringLiteral("%1\n%2").arg(target.title, target.name),
                m_list);
            item->setData(NameRole, target.name);
            item->setData(IsOpenTextRole, false);
            item->setToolTip(target.url.toString());
        }
    }
    if (!selectTarget(select) && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

bool TargetsPage::selectTarget(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(NameRole).toString() == name) {
            if (m_list->currentRow() == row)
                handleSelectionChanged();
            else
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void TargetsPage::addHttpTarget()
{
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    m_http->newTarget();
    m_stack->setCurrentWidget(m_http);
}

void TargetsPage::handleSelectionChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (item->data(IsOpenTextRole).toBool()) {
        m_stack->setCurrentWidget(m_openText);
        return;
    }
    m_http->showTarget(item->data(NameRole).toString());
    m_stack->setCurrentWidget(m_http);
}

} // namespace OtBridge
