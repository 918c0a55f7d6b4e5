// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/jsontreemodel.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QWidget>

#include <memory>

// Drags the sample field at pointer (a JSON Pointer into the rule designer's sample tree) onto
// target at pos the way QDrag delivers it: what QAbstractItemView::startDrag hands QDrag (the
// tree model's mime data for the row's indexes), through drag enter, move and drop events.
// True when the target took all three.
inline bool dropSamplePointer(OtBridge::JsonTreeModel *model, QWidget *target,
                              const QString &pointer, QPoint pos = {})
{
    const QModelIndex index = model->indexForPointer(pointer);
    if (!index.isValid())
        return false;
    QModelIndexList indexes;
    for (int column = 0; column < model->columnCount(index.parent()); ++column)
        indexes.append(index.siblingAtColumn(column));
    std::unique_ptr<QMimeData> mime(model->mimeData(indexes));
    if (!mime)
        return false;
    if (pos.isNull())
        pos = QPoint(target->width() - 4, target->height() / 2);
    QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}
