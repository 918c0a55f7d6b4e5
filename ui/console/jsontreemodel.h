// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QJsonDocument>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace OtBridge {

// A read-only tree over a JSON document: one row per member or array element, the top-level
// members at the root. Every node knows its JSON Pointer (RFC 6901), which is how rules and
// mappings name a field.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        PointerRole = Qt::UserRole + 1, // QString
        JsonValueRole, // QJsonValue
    };
    Q_ENUM(Role)

    // Dragged nodes carry their JSON Pointers, one per line, under this type (and as plain
    // text); the rule designer turns them into placeholders and condition paths.
    static constexpr char pointerMimeType[] = "application/x-otbridge-json-pointer";

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(const QJsonDocument &document);
    QJsonDocument document() const { return m_document; }

    // "" for the whole document (an invalid index), "/a/0/b~1c" for a nested node.
    QString pointer(const QModelIndex &index) const;
    QModelIndex indexForPointer(const QString &pointer) const;
    static QString escapePointerToken(const QString &token);
    static QString typeName(QJsonValue::Type type);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    struct Node
    {
        QString key; // member name, or the element's index for an array
        bool inArray = false;
        QJsonValue value;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    static void addChildren(Node *node);
    Node *nodeFor(const QModelIndex &index) const;

    QJsonDocument m_document;
    std::unique_ptr<Node> m_root;
};

} // namespace OtBridge
