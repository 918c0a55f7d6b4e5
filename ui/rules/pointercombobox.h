// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace OtBridge {

// A condition's path, picked rather than typed: the JSON Pointers of the sample payload, or a
// field dragged from the sample tree and dropped on it. A path the sample does not have (the
// rule was written for another payload) stays, marked as such.
class PointerComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointerComboBox)

public:
    explicit PointerComboBox(QWidget *parent = nullptr);
    ~PointerComboBox() override;

    void setPointers(const QStringList &pointers);
    QString pointer() const;
    void setPointer(const QString &pointer);

Q_SIGNALS:
    // Chosen from the list or dropped: not emitted by setPointer.
    void pointerPicked(const QString &pointer);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void fill(const QString &current);

    QStringList m_pointers;
};

} // namespace OtBridge
