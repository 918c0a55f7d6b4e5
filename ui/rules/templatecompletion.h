// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAbstractItemModel;
class QCompleter;
class QDropEvent;
class QMimeData;
class QWidget;

namespace OtBridge {

// What the template fields share: the placeholder a payload field dragged from the sample tree
// stands for, and completion of "{{" with the names of the sample.
class TemplateCompletion final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateCompletion)

public:
    explicit TemplateCompletion(QWidget *field);
    ~TemplateCompletion() override;

    void setNamesModel(QAbstractItemModel *names);
    QCompleter *completer() const { return m_completer; }
    bool isPopupVisible() const;

    // The name typed so far after an unclosed "{{" just before the cursor; null when the cursor
    // is not inside a placeholder being written.
    static QString typedName(const QString &textBeforeCursor);
    // "{{contract.id}}" for mime data dragged from a JsonTreeModel; empty for anything else.
    static QString placeholderFor(const QMimeData *mime);

    // Shows or hides the popup for the text before the cursor; cursorRect is where it opens.
    void update(const QString &textBeforeCursor, const QRect &cursorRect);

Q_SIGNALS:
    // A name was chosen: the caller replaces the typed part (typedLength characters before the
    // cursor) with completion.
    void nameChosen(const QString &completion, int typedLength);

private:
    QWidget *m_field;
    QCompleter *m_completer;
    int m_typedLength = 0;
};

} // namespace OtBridge
