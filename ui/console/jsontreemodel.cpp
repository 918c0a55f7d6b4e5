// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontreemodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMimeData>
#include <QStringList>

namespace OtBridge {

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonDocument &document)
{
    beginResetModel();
    m_document = document;
    m_root = std::make_unique<Node>();
    if (document.isObject())
        m_root->value = document.object();
    else if (document.isArray())
        m_root->value = document.array();
    addChildren(m_root.get());
    endResetModel();
}

void JsonTreeModel::addChildren(Node *node)
{
    const auto adopt = [node](QString key, bool inArray, QJsonValue value) {
        auto child = std::make_unique<Node>();
        child->key = std::move(key);
        child->inArray = inArray;
        child->value = std::move(value);
        child->parent = node;
        child->row = int(node->children.size());
        addChildren(child.get());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        node->children.reserve(size_t(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it)
            adopt(it.key(), false, it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        node->children.reserve(size_t(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            adopt(QString::number(i), true, array.at(i));
    }
}

QString JsonTreeModel::escapePointerToken(const QString &token)
{
    // RFC 6901 section 3: '~' first, so the '~1' written for '/' is not escaped again.
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return escaped;
}

QString JsonTreeModel::pointer(const QModelIndex &index) const
{
    QStringList tokens;
    for (const Node *node = nodeFor(index); node && node != m_root.get(); node = node->parent)
        tokens.prepend(escapePointerToken(node->key));
    if (tokens.isEmpty())
        return {};
    return QLatin1Char('/') + tokens.join(QLatin1Char('/'));
}

QModelIndex JsonTreeModel::indexForPointer(const QString &pointer) const
{
    if (!pointer.startsWith(QLatin1Char('/')))
        return {};
    const Node *node = m_root.get();
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString token : tokens) {
        token.replace(QLatin1String("~1"), QLatin1String("/"));
        token.replace(QLatin1String("~0"), QLatin1String("~"));
        const auto it = std::find_if(node->children.cbegin(), node->children.cend(),
                                     [&token](const auto &child) { return child->key == token; });
        if (it == node->children.cend())
            return {};
        node = it->get();
    }
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QString JsonTreeModel::typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("boolean");
    case QJsonValue::Double:
        return tr("number");
    case QJsonValue::String:
        return tr("string");
    case QJsonValue::Array:
        return tr("array");
    case QJsonValue::Object:
        return tr("object");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *parentNode = nodeFor(parent);
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case KeyColumn:
            return node->inArray ? QStringLiteral("[%1]").arg(node->key) : node->key;
        case ValueColumn:
            switch (node->value.type()) {
            case QJsonValue::Object:
                return QStringLiteral("{%1}").arg(node->children.size());
            case QJsonValue::Array:
                return QStringLiteral("[%1]").arg(node->children.size());
            case QJsonValue::Null:
                return QStringLiteral("null");
            case QJsonValue::Bool:
                return node->value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            case QJsonValue::Double:
                return QString::number(node->value.toDouble(), 'g', QLocale::FloatingPointShortest);
            case QJsonValue::String:
                return node->value.toString();
            case QJsonValue::Undefined:
                return {};
            }
            return {};
        case TypeColumn:
            return typeName(node->value.type());
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return pointer(index);
    case PointerRole:
        return pointer(index);
    case JsonValueRole:
        return QVariant::fromValue(node->value);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    // Views drag only when told to (setDragEnabled); the console's views are not.
    const Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags;
}

QStringList JsonTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(pointerMimeType), QStringLiteral("text/plain")};
}

QMimeData *JsonTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList pointers;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid())
            continue;
        const QString pointer = this->pointer(index);
        if (!pointers.contains(pointer))
            pointers.append(pointer);
    }
    if (pointers.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    const QString text = pointers.join(QLatin1Char('\n'));
    data->setData(QString::fromLatin1(pointerMimeType), text.toUtf8());
    data->setText(text);
    return data;
}

} // namespace OtBridge
