// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

class QAbstractItemModel;

namespace OtBridge {

class TemplateCompletion;

// A multi-line template field (body, SMS text, JSON body, headers, recipients): like
// TemplateLineEdit, a dropped payload field inserts its placeholder and "{{" completes names.
class TemplateTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateTextEdit)

public:
    explicit TemplateTextEdit(const QString &objectName, int visibleLines,
                              QWidget *parent = nullptr);
    ~TemplateTextEdit() override;

    void setNamesModel(QAbstractItemModel *names);
    TemplateCompletion *completion() const { return m_completion; }
    // Changes on every drop and completion, before and after it: text changed by one has a
    // number of its own, so it is one undo step, apart from the typing around it.
    int editGeneration() const { return m_generation; }
    QString text() const { return toPlainText(); }
    // Replaces the text only when it differs, so the cursor stays where someone is typing.
    void setTextIfChanged(const QString &text);

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

} // namespace OtBridge
