// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conditionbuilder.h"

#include "pointercombobox.h"
#include "templatelineedit.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
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

// What a value of each kind looks like, as a hint in the empty value field.
QString valueHint(ConditionOperator::Value value)
{
    using V = ConditionOperator::Value;
    switch (value) {
    case V::Any:
        break;
    case V::List:
        return ConditionBuilder::tr("a list, such as [\"a\", \"b\"]");
    case V::Text:
        return ConditionBuilder::tr("text");
    case V::Pattern:
        return ConditionBuilder::tr("a regular expression, such as ^INV-[0-9]+$");
    case V::Bool:
        return ConditionBuilder::tr("true (the default) or false");
    case V::NumberOrTime:
        return ConditionBuilder::tr("a number or an ISO-8601 time");
    case V::Offset:
        return ConditionBuilder::tr("an offset such as 15m, -2h or 1d");
    }
    return ConditionBuilder::tr("text, a number, true or [\"a\", \"b\"]");
}

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
    QGridLayout *grid = nullptr; // path, operator, value and remove: one line, or two (arrange)
    PointerComboBox *path = nullptr;
    QComboBox *op = nullptr;
    TemplateLineEdit *value = nullptr;
    QToolButton *remove = nullptr;
    QLabel *result = nullptr;
    int number = 0; // for merging typing into one undo step
};

struct ConditionBuilder::Group
{
    QWidget *frame = nullptr;
    QGridLayout *header = nullptr; // mode, add buttons, remove: one line, or two (arrange)
    QComboBox *mode = nullptr;
    QPushButton *addLeaf = nullptr;
    QPushButton *addGroup = nullptr;
    QToolButton *remove = nullptr; // null for the root
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
    m_json->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
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
        if (i == m_errorLeaf) {
            // The row's problem, under the row it is about.
            label->setText(m_error->text());
            label->setToolTip(QString());
            label->setStyleSheet(QString::fromLatin1(errorStyle));
            continue;
        }
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

void ConditionBuilder::setError(const QString &error, int leaf)
{
    QList<Leaf *> leaves;
    if (!m_jsonMode && m_root)
        collectLeaves(m_root.get(), leaves);
    m_errorLeaf = error.isEmpty() || leaf >= leaves.size() ? -1 : leaf;
    m_error->setText(error);
    // A leaf's problem shows under its row (setResults); the rest under the condition.
    m_error->setVisible(!error.isEmpty() && m_errorLeaf < 0);
    if (m_errorLeaf >= 0)
        setResults({});
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
    group->header = new QGridLayout;
    group->header->setContentsMargins(0, 0, 0, 0);
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
    group->addLeaf = addLeafButton;
    group->addGroup = addGroupButton;
    arrange(group);
    layout->addLayout(group->header);
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
    leaf->grid = new QGridLayout(leaf->row);
    leaf->grid->setContentsMargins(0, 0, 0, 0);
    leaf->path = new PointerComboBox(leaf->row);
    leaf->path->setObjectName(QStringLiteral("conditionPath"));
    leaf->path->setAccessibleName(tr("Field of the payload"));
    leaf->path->setToolTip(tr("Pick a field, or drag one here from the sample payload"));
    leaf->path->setPointers(m_pointers);
    leaf->path->setPointer(json.value(QLatin1String("path")).toString());
    leaf->op = new QComboBox(leaf->row);
    leaf->op->setObjectName(QStringLiteral("conditionOperator"));
    // As wide as the pane allows: the longest operator's words may be cut, never the value.
    leaf->op->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    leaf->op->setMinimumContentsLength(10);
    leaf->op->setAccessibleName(tr("Operator"));
    // The core's table of operators, in its order and with its words.
    for (const ConditionOperator &choice : conditionOperators())
        leaf->op->addItem(choice.label, choice.name);
    const QString op = json.value(QLatin1String("op")).toString();
    if (leaf->op->findData(op) < 0 && !op.isEmpty())
        leaf->op->addItem(op, op); // unknown: kept as written, and the error says why
    leaf->op->setCurrentIndex(qMax(0, leaf->op->findData(op)));
    leaf->value = new TemplateLineEdit(QStringLiteral("conditionValue"), leaf->row);
    leaf->value->setAccessibleName(tr("Value"));
    const auto showHint = [leaf = leaf.get()] {
        const QString name = leaf->op->currentData().toString();
        ConditionOperator::Value kind = ConditionOperator::Value::Any;
        for (const ConditionOperator &choice : conditionOperators()) {
            if (choice.name == name)
                kind = choice.value;
        }
        leaf->value->setPlaceholderText(valueHint(kind));
    };
    showHint();
    leaf->value->setText(textFromValue(json.value(QLatin1String("value"))));
    leaf->result = new QLabel(leaf->row);
    leaf->result->setObjectName(QStringLiteral("conditionResult"));
    auto *remove = new QToolButton(leaf->row);
    remove->setObjectName(QStringLiteral("removeConditionButton"));
    remove->setText(QStringLiteral("✕"));
    remove->setAccessibleName(tr("Remove this condition"));
    remove->setToolTip(tr("Remove this condition"));
    leaf->remove = remove;
    arrange(leaf.get());
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
    connect(leaf->op, &QComboBox::currentIndexChanged, this, [this, showHint] {
        showHint();
        handleEdited({});
    });
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
    raw->remove = remove;
    arrange(raw);
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

bool ConditionBuilder::isWide() const
{
    // Below this, a row's four controls would squeeze the value out of sight (1100×720 with
    // German words): the operator and the value go on a line of their own.
    return width() >= 560;
}

void ConditionBuilder::arrange(Leaf *leaf)
{
    QGridLayout *grid = leaf->grid;
    for (QWidget *widget :
         {static_cast<QWidget *>(leaf->path), static_cast<QWidget *>(leaf->op),
          static_cast<QWidget *>(leaf->value), static_cast<QWidget *>(leaf->remove)})
        grid->removeWidget(widget);
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 0);
    if (m_wide) {
        grid->addWidget(leaf->path, 0, 0);
        grid->addWidget(leaf->op, 0, 1);
        grid->addWidget(leaf->value, 0, 2);
        grid->addWidget(leaf->remove, 0, 3);
        grid->setColumnStretch(0, 3);
        grid->setColumnStretch(1, 2);
        grid->setColumnStretch(2, 4);
    } else {
        grid->addWidget(leaf->path, 0, 0, 1, 2);
        grid->addWidget(leaf->remove, 0, 2);
        grid->addWidget(leaf->op, 1, 0);
        grid->addWidget(leaf->value, 1, 1, 1, 2);
        grid->setColumnStretch(0, 2);
        grid->setColumnStretch(1, 3);
    }
}

void ConditionBuilder::arrange(Group *group)
{
    QGridLayout *header = group->header;
    QList<QWidget *> widgets {group->mode, group->addLeaf, group->addGroup};
    if (group->remove)
        widgets.append(group->remove);
    for (QWidget *widget : std::as_const(widgets))
        header->removeWidget(widget);
    for (int column = 0; column < 5; ++column)
        header->setColumnStretch(column, 0);
    if (m_wide) {
        header->addWidget(group->mode, 0, 0);
        header->addWidget(group->addLeaf, 0, 1);
        header->addWidget(group->addGroup, 0, 2);
        if (group->remove)
            header->addWidget(group->remove, 0, 4);
        header->setColumnStretch(3, 1);
    } else {
        header->addWidget(group->mode, 0, 0, 1, 3);
        if (group->remove)
            header->addWidget(group->remove, 0, 3);
        header->addWidget(group->addLeaf, 1, 0);
        header->addWidget(group->addGroup, 1, 1);
        header->setColumnStretch(2, 1);
    }
}

void ConditionBuilder::arrangeAll(Group *group)
{
    arrange(group);
    for (const Group::Item &item : group->children) {
        if (item.group)
            arrangeAll(item.group.get());
        else
            arrange(item.leaf.get());
    }
}

void ConditionBuilder::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool wide = isWide();
    if (wide == m_wide || !m_root)
        return;
    m_wide = wide;
    arrangeAll(m_root.get());
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
