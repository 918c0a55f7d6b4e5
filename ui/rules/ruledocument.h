// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

class QUndoStack;

namespace OtBridge {

// The rules being designed, as the workspace file writes them: one QJsonObject per rule, so
// that what is saved is exactly what Rule::fromJson validates, and keys the designer has no
// control for (people, roles_from, escalation tiers, …) survive an edit untouched. Every change
// goes through the undo stack as one command.
class RuleDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleDocument)

public:
    explicit RuleDocument(QObject *parent = nullptr);
    ~RuleDocument() override;

    QUndoStack *undoStack() const { return m_undo; }

    // Starts over with these rules, as saved; clears the undo history.
    void reset(const QJsonArray &rules);
    const QJsonArray &rules() const { return m_rules; }
    int count() const { return int(m_rules.size()); }
    QJsonObject rule(int row) const { return m_rules.at(row).toObject(); }
    // Whether the rules differ from the saved ones: undoing back to them, or typing a change
    // away again, is not a change.
    bool isModified() const { return m_rules != m_saved; }
    // The rules as they are now are the saved ones.
    void markSaved();

    // mergeKey: consecutive edits with the same non-empty key (typing into one field) become one
    // undo step.
    void editRule(int row, const QJsonObject &rule, const QString &description,
                  const QString &mergeKey = {});
    void insertRule(int row, const QJsonObject &rule, const QString &description);
    void removeRule(int row, const QString &description);

    // For the commands: replaces every rule and says which one to show.
    void apply(const QJsonArray &rules, int currentRow);

Q_SIGNALS:
    // The rules changed (an edit, undo or redo); currentRow is the rule the change was made to
    // (-1: none left).
    void changed(int currentRow);
    void modifiedChanged(bool modified);

private:
    void updateModified();

    QUndoStack *m_undo;
    QJsonArray m_rules;
    QJsonArray m_saved;
    bool m_modified = false; // what modifiedChanged last said
};

} // namespace OtBridge
