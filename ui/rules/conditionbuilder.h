// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/condition.h"

#include <QJsonValue>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace OtBridge {

// Rows of path / operator / value inside "all of" / "any of" groups, groups inside groups, as
// docs/architecture.md's conditions: {"all": [{"path", "op", "value"}, {"any": […]}]}. Paths come
// from the sample payload. A condition the rows cannot show (one using "not") is edited as JSON.
class ConditionBuilder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionBuilder)

public:
    explicit ConditionBuilder(QWidget *parent = nullptr);
    ~ConditionBuilder() override;

    // The sample's JSON Pointers, offered for every path.
    void setPointers(const QStringList &pointers);
    // Shows the condition; leaves the rows alone when they already say the same.
    void setCondition(const QJsonValue &condition);
    // As the rows say; undefined when there is no condition (the key is then left out).
    QJsonValue condition() const;
    // Each leaf evaluated against the sample, in the order written.
    void setResults(const QList<LeafResult> &results);
    // The condition's problem in words; leaf: the index (in explain() order) of the row it is
    // about, shown under that row, or -1 for the condition as a whole.
    void setError(const QString &error, int leaf = -1);

Q_SIGNALS:
    // Someone changed the condition; mergeKey groups typing into one undo step.
    void edited(const QString &mergeKey);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Group;
    struct Leaf;
    void rebuild(const QJsonValue &condition);
    void buildGroup(Group *group, const QJsonObject &json);
    Leaf *addLeaf(Group *group, const QJsonObject &json);
    Group *addGroup(Group *parent, const QJsonObject &json);
    QJsonValue groupJson(const Group *group) const;
    void collectLeaves(const Group *group, QList<Leaf *> &leaves) const;
    void removeItem(Group *group, QWidget *row);
    void handleEdited(const QString &mergeKey);
    bool isWide() const;
    void arrange(Leaf *leaf);
    void arrange(Group *group);
    void arrangeAll(Group *group);

    QStackedWidget *m_stack;
    QWidget *m_rowsPage;
    QPlainTextEdit *m_json; // for conditions the rows cannot show
    QLabel *m_error;
    std::unique_ptr<Group> m_root;
    QStringList m_pointers;
    int m_errorLeaf = -1;
    bool m_wide = false; // rows on one line each (wide enough), or on two
    bool m_jsonMode = false;
    bool m_loading = false;
};

} // namespace OtBridge
