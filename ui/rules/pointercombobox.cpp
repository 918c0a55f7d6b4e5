// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointercombobox.h"

#include "console/jsontreemodel.h"

#include <QDropEvent>
#include <QMimeData>
#include <QSignalBlocker>

namespace OtBridge {

namespace {

QString droppedPointer(const QMimeData *mime)
{
    const QString type = QString::fromLatin1(JsonTreeModel::pointerMimeType);
    if (!mime || !mime->hasFormat(type))
        return {};
    return QString::fromUtf8(mime->data(type)).section(QLatin1Char('\n'), 0, 0);
}

} // namespace

PointerComboBox::PointerComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setAcceptDrops(true);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(10);
    // fill() blocks signals, so this is someone choosing.
    connect(this, &QComboBox::currentIndexChanged, this,
            [this](int) { Q_EMIT pointerPicked(pointer()); });
}

PointerComboBox::~PointerComboBox() = default;

void PointerComboBox::setPointers(const QStringList &pointers)
{
    if (pointers == m_pointers)
        return;
    m_pointers = pointers;
    fill(pointer());
}

QString PointerComboBox::pointer() const
{
    return currentData().toString();
}

void PointerComboBox::setPointer(const QString &pointer)
{
    if (pointer != this->pointer())
        fill(pointer);
}

void PointerComboBox::fill(const QString &current)
{
    const QSignalBlocker blocker(this);
    clear();
    if (current.isEmpty())
        addItem(tr("Pick a field…"), QString());
    else if (!m_pointers.contains(current))
        addItem(tr("%1 (not in this sample)").arg(current), current);
    for (const QString &pointer : std::as_const(m_pointers))
        addItem(pointer, pointer);
    setCurrentIndex(findData(current));
}

void PointerComboBox::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedPointer(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void PointerComboBox::dragMoveEvent(QDragMoveEvent *event)
{
    if (!droppedPointer(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void PointerComboBox::dropEvent(QDropEvent *event)
{
    const QString pointer = droppedPointer(event->mimeData());
    if (pointer.isEmpty()) {
        event->ignore();
        return;
    }
    const bool changed = pointer != this->pointer();
    setPointer(pointer);
    event->acceptProposedAction();
    if (changed)
        Q_EMIT pointerPicked(pointer);
}

} // namespace OtBridge
