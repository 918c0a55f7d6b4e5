// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QAbstractItemModel;

namespace OtBridge {

class TemplateCompletion;

// A one-line template field (subject, URL): a payload field dropped on it inserts its
// placeholder where it lands, and typing "{{" offers the sample's names. Undo and redo are the
// designer's (the whole rule), not the field's own.
class TemplateLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateLineEdit)

public:
    explicit TemplateLineEdit(const QString &objectName, QWidget *parent = nullptr);
    ~TemplateLineEdit() override;

    void setNamesModel(QAbstractItemModel *names);
    TemplateCompletion *completion() const { return m_completion; }
    // Changes on every drop and completion, before and after it: text changed by one has a
    // number of its own, so it is one undo step, apart from the typing around it.
    int editGeneration() const { return m_generation; }

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    TemplateCompletion *m_completion;
    int m_generation = 0;
};

// True for the undo and redo keys, which every designer field leaves to the designer.
bool isUndoRedoKey(const QKeyEvent *event);

} // namespace OtBridge
