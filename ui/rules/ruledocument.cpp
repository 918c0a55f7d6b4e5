// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruledocument.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace OtBridge {

namespace {

// Every edit swaps the whole rules array: QJsonArray is implicitly shared, so a snapshot costs a
// reference, and undo can never leave a half-applied change behind.
class RulesCommand final : public QUndoCommand
{
public:
    RulesCommand(RuleDocument *document, QJsonArray before, QJsonArray after, int beforeRow,
                 int afterRow, const QString &text, QString mergeKey)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_beforeRow(beforeRow)
        , m_afterRow(afterRow)
        , m_mergeKey(std::move(mergeKey))
    { }

    void undo() override { m_document->apply(m_before, m_beforeRow); }
    void redo() override { m_document->apply(m_after, m_afterRow); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const RulesCommand *>(other);
        if (next->m_mergeKey != m_mergeKey || next->m_beforeRow != m_afterRow)
            return false;
        m_after = next->m_after;
        m_afterRow = next->m_afterRow;
        return true;
    }

private:
    RuleDocument *m_document;
    QJsonArray m_before;
    QJsonArray m_after;
    int m_beforeRow;
    int m_afterRow;
    QString m_mergeKey;
};

} // namespace

RuleDocument::RuleDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{ }

RuleDocument::~RuleDocument() = default;

void RuleDocument::reset(const QJsonArray &rules)
{
    m_undo->clear();
    m_rules = rules;
    m_saved = rules;
    m_undo->setClean();
    Q_EMIT changed(m_rules.isEmpty() ? -1 : 0);
    m_modified = false;
    Q_EMIT modifiedChanged(false);
}

void RuleDocument::markSaved()
{
    m_saved = m_rules;
    m_undo->setClean();
    updateModified();
}

void RuleDocument::updateModified()
{
    const bool modified = isModified();
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void RuleDocument::editRule(int row, const QJsonObject &rule, const QString &description,
                            const QString &mergeKey)
{
    if (row < 0 || row >= count() || m_rules.at(row).toObject() == rule)
        return;
    QJsonArray after = m_rules;
    after.replace(row, rule);
    m_undo->push(
        new RulesCommand(this, m_rules, after, row, row, description,
                         mergeKey.isEmpty() ? QString() : QString::number(row) + mergeKey));
}

void RuleDocument::insertRule(int row, const QJsonObject &rule, const QString &description)
{
    row = qBound(0, row, count());
    QJsonArray after = m_rules;
    after.insert(row, rule);
    m_undo->push(
        new RulesCommand(this, m_rules, after, qMin(row, count() - 1), row, description, {}));
}

void RuleDocument::removeRule(int row, const QString &description)
{
    if (row < 0 || row >= count())
        return;
    QJsonArray after = m_rules;
    after.removeAt(row);
    m_undo->push(new RulesCommand(this, m_rules, after, row, qMin(row, int(after.size()) - 1),
                                  description, {}));
}

void RuleDocument::apply(const QJsonArray &rules, int currentRow)
{
    m_rules = rules;
    Q_EMIT changed(currentRow);
    updateModified();
}

} // namespace OtBridge
