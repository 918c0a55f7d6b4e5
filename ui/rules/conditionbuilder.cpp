// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conditionbuilder.h"

#include "pointercombobox.h"
#include "templatelineedit.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <vector>

namespace OtBridge {

namespace {

constexpr char errorStyle[] = "color: #b01c1c;";

struct OperatorChoice
{
    const char *op;
    const char *label;
};

// The operators Condition::compile knows, in the order people look for them.
constexpr OperatorChoice operatorChoices[] = {
    {"eq", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "equals")},
    {"ne", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "does not equal")},
    {"in", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "is one of")},
    {"not_in", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "is none of")},
    {"contains", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "contains")},
    {"starts_with", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "starts with")},
    {"ends_with", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "ends with")},
    {"matches", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "matches the pattern")},
    {"exists", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "exists")},
    {"gt", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "is greater than")},
    {"gte", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "is at least")},
    {"lt", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "is less than")},
    {"lte", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "is at most")},
    {"before_now", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "is before now, offset")},
    {"after_now", QT_TRANSLATE_NOOP("OtBridge::ConditionBuilder", "is after now, offset")},
};

QString compactJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// A value as typed: JSON when it reads as JSON (42, true, ["a","b"], "42"), else the text as a
// string, so that the common case (a word) needs no quotes.
QJsonValue valueFromText(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().at(0);
    return text;
}

QString textFromValue(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isString()) {
        const QString text = value.toString();
        // Quoted only when the bare text would read back as something else.
        return valueFromText(text) == QJsonValue(text) ? text : compactJson(value);
    }
    return compactJson(value);
}

bool usesNot(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (usesNot(item))
                return true;
        }
        return false;
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("not")))
        return true;
    return usesNot(object.value(QLatin1String("all")))
        || usesNot(object.value(QLatin1String("any")));
}

// The shape the rows show: always a group at the top.
QJsonValue normalized(const QJsonValue &condition)
{
    if (!condition.isObject() || condition.toObject().isEmpty())
        return QJsonObject {{QStringLiteral("all"), QJsonArray()}};
    const QJsonObject object = condition.toObject();
    if (object.contains(QLatin1String("all")) || object.contains(QLatin1String("any")))
        return object;
    return QJsonObject {{QStringLiteral("all"), QJsonArray {object}}};
}

} // namespace

struct ConditionBuilder::Leaf
{
    QWidget *row = nullptr;
    PointerComboBox *path = nullptr;
    QComboBox *op = nullptr;
    TemplateLineEdit *value = nullptr;
    QLabel *result = nullptr;
    int number = 0; // for merging typing into one undo step
};

struct ConditionBuilder::Group
{
    QWidget *frame = nullptr;
    QComboBox *mode = nullptr;
    QVBoxLayout *items = nullptr;
    struct Item
    {
        QWidget *row;
        std::unique_ptr<Leaf> leaf;
        std::unique_ptr<Group> group;
    };
    std::vector<Item> children;
};

ConditionBuilder::ConditionBuilder(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_rowsPage(new QWidget(m_stack))
    , m_json(new QPlainTextEdit(m_stack))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("conditionBuilder"));
    auto *rowsLayout = new QVBoxLayout(m_rowsPage);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_json->setObjectName(QStringLiteral("conditionJsonEdit"));
    m_json->setAccessibleName(tr("Condition as JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setFixedHeight(fontMetrics().lineSpacing() * 8);
    m_json->setToolTip(tr("This condition uses 'not', which the rows cannot show; edit it as "
                          "JSON."));
    m_stack->addWidget(m_rowsPage);
    m_stack->addWidget(m_json);
    // The stack is as tall as the page shown, not as the tallest page.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        for (QWidget *page : {m_rowsPage, static_cast<QWidget *>(m_json)})
            page->setSizePolicy(QSizePolicy::Preferred,
                                page == m_stack->currentWidget() ? QSizePolicy::Preferred
                                                                 : QSizePolicy::Ignored);
    });
    m_json->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_error->setObjectName(QStringLiteral("conditionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QString::fromLatin1(errorStyle));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    layout->addWidget(m_error);

    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        QJsonParseError error;
        const QJsonDocument document
            = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            setError(tr("Not a JSON object: %1").arg(error.errorString()));
            return;
        }
        handleEdited(QStringLiteral("condition-json"));
    });
    rebuild(QJsonValue());
}

ConditionBuilder::~ConditionBuilder() = default;

void ConditionBuilder::setPointers(const QStringList &pointers)
{
    m_pointers = pointers;
    if (!m_root)
        return;
    QList<Leaf *> leaves;
    collectLeaves(m_root.get(), leaves);
    for (Leaf *leaf : std::as_const(leaves))
        leaf->path->setPointers(pointers);
}

void ConditionBuilder::setCondition(const QJsonValue &condition)
{
    if (usesNot(condition)) {
        if (!m_jsonMode || condition != this->condition()) {
            m_loading = true;
            m_jsonMode = true;
            m_json->setPlainText(QString::fromUtf8(
                QJsonDocument(condition.toObject()).toJson(QJsonDocument::Indented)));
            m_stack->setCurrentWidget(m_json);
            m_loading = false;
        }
        return;
    }
    if (!m_jsonMode && normalized(condition) == normalized(this->condition()))
        return;
    m_jsonMode = false;
    m_stack->setCurrentWidget(m_rowsPage);
    rebuild(condition);
}

QJsonValue ConditionBuilder::condition() const
{
    if (m_jsonMode) {
        const QJsonDocument document = QJsonDocument::fromJson(m_json->toPlainText().toUtf8());
        return document.isObject() ? QJsonValue(document.object())
                                   : QJsonValue(QJsonValue::Undefined);
    }
    const QJsonValue json = groupJson(m_root.get());
    const QJsonObject object = json.toObject();
    const QJsonArray items = object.begin()->toArray();
    if (items.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return json;
}

void ConditionBuilder::setResults(const QList<LeafResult> &results)
{
    QList<Leaf *> leaves;
    if (!m_jsonMode && m_root)
        collectLeaves(m_root.get(), leaves);
    for (qsizetype i = 0; i < leaves.size(); ++i) {
        QLabel *label = leaves.at(i)->result;
        if (i >= results.size()) {
            label->clear();
            continue;
        }
        const LeafResult &result = results.at(i);
        const QString actual
            = result.actual.isUndefined() ? tr("nothing") : compactJson(result.actual);
        label->setText(result.matched ? tr("✓ %1").arg(actual) : tr("✗ %1").arg(actual));
        label->setToolTip(
            result.matched
                ? tr("Matches the sample, where %1 is %2").arg(result.path, actual)
                : tr("Does not match the sample, where %1 is %2").arg(result.path, actual));
        label->setStyleSheet(result.matched ? QStringLiteral("color: #1b7a2f;")
                                            : QString::fromLatin1(errorStyle));
    }
}

void ConditionBuilder::setError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void ConditionBuilder::rebuild(const QJsonValue &condition)
{
    m_loading = true;
    if (m_root) {
        // Out of the tree at once (nothing finds its rows any more), deleted once the event
        // that caused the rebuild has been handled.
        m_root->frame->hide();
        m_root->frame->setParent(nullptr);
        m_root->frame->deleteLater();
    }
    m_root = std::make_unique<Group>();
    buildGroup(m_root.get(), normalized(condition).toObject());
    m_rowsPage->layout()->addWidget(m_root->frame);
    m_root->frame->show(); // a child created after its parent was shown starts hidden
    m_loading = false;
}

void ConditionBuilder::buildGroup(Group *group, const QJsonObject &json)
{
    const bool isRoot = group == m_root.get();
    group->frame = new QWidget(m_rowsPage);
    group->frame->setObjectName(isRoot ? QStringLiteral("conditionRootGroup")
                                       : QStringLiteral("conditionGroup"));
    auto *layout = new QVBoxLayout(group->frame);
    layout->setContentsMargins(isRoot ? 0 : 16, 0, 0, 0);
    auto *header = new QHBoxLayout;
    group->mode = new QComboBox(group->frame);
    group->mode->setObjectName(QStringLiteral("conditionGroupMode"));
    group->mode->setAccessibleName(tr("Match all or any of these conditions"));
    group->mode->addItem(tr("All of these match"), QStringLiteral("all"));
    group->mode->addItem(tr("Any of these matches"), QStringLiteral("any"));
    group->mode->setCurrentIndex(json.contains(QLatin1String("any")) ? 1 : 0);
    auto *addLeafButton = new QPushButton(tr("Add condition"), group->frame);
    addLeafButton->setObjectName(QStringLiteral("addConditionButton"));
    addLeafButton->setAccessibleName(tr("Add a condition to this group"));
    auto *addGroupButton = new QPushButton(tr("Add group"), group->frame);
    addGroupButton->setObjectName(QStringLiteral("addConditionGroupButton"));
    addGroupButton->setAccessibleName(tr("Add a group of conditions to this group"));
    header->addWidget(group->mode);
    header->addWidget(addLeafButton);
    header->addWidget(addGroupButton);
    header->addStretch(1);
    layout->addLayout(header);
    group->items = new QVBoxLayout;
    layout->addLayout(group->items);

    connect(group->mode, &QComboBox::currentIndexChanged, this, [this] { handleEdited({}); });
    connect(addLeafButton, &QPushButton::clicked, this, [this, group] {
        Leaf *leaf = addLeaf(group, {{QStringLiteral("op"), QStringLiteral("eq")}});
        handleEdited({});
        leaf->path->setFocus(Qt::OtherFocusReason);
    });
    connect(addGroupButton, &QPushButton::clicked, this, [this, group] {
        addGroup(group, {{QStringLiteral("any"), QJsonArray()}});
        handleEdited({});
    });

    const QJsonArray items = json.value(json.contains(QLatin1String("any")) ? QLatin1String("any")
                                                                            : QLatin1String("all"))
                                 .toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        if (object.contains(QLatin1String("all")) || object.contains(QLatin1String("any")))
            addGroup(group, object);
        else
            addLeaf(group, object);
    }
}

ConditionBuilder::Leaf *ConditionBuilder::addLeaf(Group *group, const QJsonObject &json)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    auto leaf = std::make_unique<Leaf>();
    static int numbers = 0;
    leaf->number = ++numbers;
    leaf->row = new QWidget(group->frame);
    leaf->row->setObjectName(QStringLiteral("conditionRow"));
    auto *layout = new QHBoxLayout(leaf->row);
    layout->setContentsMargins(0, 0, 0, 0);
    leaf->path = new PointerComboBox(leaf->row);
    leaf->path->setObjectName(QStringLiteral("conditionPath"));
    leaf->path->setAccessibleName(tr("Field of the payload"));
    leaf->path->setToolTip(tr("Pick a field, or drag one here from the sample payload"));
    leaf->path->setPointers(m_pointers);
    leaf->path->setPointer(json.value(QLatin1String("path")).toString());
    leaf->op = new QComboBox(leaf->row);
    leaf->op->setObjectName(QStringLiteral("conditionOperator"));
    leaf->op->setAccessibleName(tr("Operator"));
    for (const OperatorChoice &choice : operatorChoices)
        leaf->op->addItem(tr(choice.label), QString::fromLatin1(choice.op));
    const QString op = json.value(QLatin1String("op")).toString();
    if (leaf->op->findData(op) < 0 && !op.isEmpty())
        leaf->op->addItem(op, op); // unknown: kept as written, and the error says why
    leaf->op->setCurrentIndex(qMax(0, leaf->op->findData(op)));
    leaf->value = new TemplateLineEdit(QStringLiteral("conditionValue"), leaf->row);
    leaf->value->setAccessibleName(tr("Value"));
    leaf->value->setPlaceholderText(tr("value, number, true, [\"a\", \"b\"] or 15m"));
    leaf->value->setText(textFromValue(json.value(QLatin1String("value"))));
    leaf->result = new QLabel(leaf->row);
    leaf->result->setObjectName(QStringLiteral("conditionResult"));
    auto *remove = new QToolButton(leaf->row);
    remove->setObjectName(QStringLiteral("removeConditionButton"));
    remove->setText(QStringLiteral("✕"));
    remove->setAccessibleName(tr("Remove this condition"));
    remove->setToolTip(tr("Remove this condition"));
    layout->addWidget(leaf->path, 3);
    layout->addWidget(leaf->op, 2);
    layout->addWidget(leaf->value, 4);
    layout->addWidget(remove);
    // What the sample has there, on a line of its own so it is never cut off.
    auto *rowAndResult = new QWidget(group->frame);
    auto *stacked = new QVBoxLayout(rowAndResult);
    stacked->setContentsMargins(0, 0, 0, 0);
    stacked->setSpacing(0);
    leaf->row->setParent(rowAndResult);
    leaf->result->setParent(rowAndResult);
    leaf->result->setIndent(4);
    stacked->addWidget(leaf->row);
    stacked->addWidget(leaf->result);
    leaf->row = rowAndResult;
    group->items->addWidget(leaf->row);
    leaf->row->show();

    Leaf *raw = leaf.get();
    QWidget *row = leaf->row;
    connect(leaf->path, &PointerComboBox::pointerPicked, this, [this] { handleEdited({}); });
    connect(leaf->op, &QComboBox::currentIndexChanged, this, [this] { handleEdited({}); });
    connect(leaf->value, &QLineEdit::textChanged, this,
            [this, raw] { handleEdited(QStringLiteral("condition-value-%1").arg(raw->number)); });
    connect(remove, &QToolButton::clicked, this, [this, group, row] {
        removeItem(group, row);
        handleEdited({});
    });
    group->children.push_back({row, std::move(leaf), nullptr});
    m_loading = wasLoading;
    return raw;
}

ConditionBuilder::Group *ConditionBuilder::addGroup(Group *parent, const QJsonObject &json)
{
    auto group = std::make_unique<Group>();
    Group *raw = group.get();
    const bool wasLoading = m_loading;
    m_loading = true;
    buildGroup(raw, json);
    m_loading = wasLoading;
    raw->frame->setParent(parent->frame);
    auto *remove = new QToolButton(raw->frame);
    remove->setObjectName(QStringLiteral("removeConditionGroupButton"));
    remove->setText(QStringLiteral("✕"));
    remove->setAccessibleName(tr("Remove this group"));
    remove->setToolTip(tr("Remove this group and its conditions"));
    static_cast<QHBoxLayout *>(raw->frame->layout()->itemAt(0)->layout())->addWidget(remove);
    parent->items->addWidget(raw->frame);
    raw->frame->show();
    QWidget *row = raw->frame;
    connect(remove, &QToolButton::clicked, this, [this, parent, row] {
        removeItem(parent, row);
        handleEdited({});
    });
    parent->children.push_back({row, nullptr, std::move(group)});
    return raw;
}

void ConditionBuilder::removeItem(Group *group, QWidget *row)
{
    for (auto it = group->children.begin(); it != group->children.end(); ++it) {
        if (it->row != row)
            continue;
        row->hide();
        row->setParent(nullptr);
        row->deleteLater(); // its own button is still delivering the click
        group->children.erase(it);
        return;
    }
}

QJsonValue ConditionBuilder::groupJson(const Group *group) const
{
    QJsonArray items;
    for (const Group::Item &item : group->children) {
        if (item.group) {
            items.append(groupJson(item.group.get()));
            continue;
        }
        const Leaf *leaf = item.leaf.get();
        QJsonObject json {{QStringLiteral("path"), leaf->path->pointer()},
                          {QStringLiteral("op"), leaf->op->currentData().toString()}};
        const QJsonValue value = valueFromText(leaf->value->text());
        if (!value.isUndefined())
            json.insert(QStringLiteral("value"), value);
        items.append(json);
    }
    return QJsonObject {{group->mode->currentData().toString(), items}};
}

void ConditionBuilder::collectLeaves(const Group *group, QList<Leaf *> &leaves) const
{
    for (const Group::Item &item : group->children) {
        if (item.group)
            collectLeaves(item.group.get(), leaves);
        else
            leaves.append(item.leaf.get());
    }
}

void ConditionBuilder::handleEdited(const QString &mergeKey)
{
    if (m_loading)
        return;
    setError({});
    Q_EMIT edited(mergeKey);
}

} // namespace OtBridge
