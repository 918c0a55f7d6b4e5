// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace OtBridge {

class RuleDocument;

// The rules of a RuleDocument as a list: the title (the name when there is none), a check box
// that enables or disables the rule (through the document, so it can be undone), and the
// validation error of each rule in red.
class RuleListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleListModel)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // QString
        ErrorRole, // QString, empty when the rule is valid
        SearchRole, // QString: name, title and description, for the search box
    };
    Q_ENUM(Role)

    explicit RuleListModel(RuleDocument *document, QObject *parent = nullptr);
    ~RuleListModel() override;

    // One error (empty: valid) per rule, in the document's order.
    void setErrors(const QStringList &errors);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void handleDocumentChanged();

    RuleDocument *m_document;
    int m_rows = 0;
    QStringList m_errors;
};

} // namespace OtBridge
