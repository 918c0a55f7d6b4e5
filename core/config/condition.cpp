// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conditionoperator.h"

#include "config/notificationsteps.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace OtBridge {

namespace {

enum class Op : quint8 {
    Eq,
    Ne,
    In,
    NotIn,
    Contains,
    StartsWith,
    EndsWith,
    Matches,
    Exists,
    Gt,
    Gte,
    Lt,
    Lte,
    BeforeNow,
    AfterNow,
    Added, // addConditionOperator()'s: Leaf::added says which
};

// The operators, in the order people look for them: what the designer offers, in this order
// and with these words (conditionOperators()).
struct OpEntry
{
    const char *name;
    Op op;
    ConditionOperator::Value value;
    const char *label;
};

using V = ConditionOperator::Value;
constexpr OpEntry opTable[] = {
    {"eq", Op::Eq, V::Any, QT_TRANSLATE_NOOP("QObject", "equals")},
    {"ne", Op::Ne, V::Any, QT_TRANSLATE_NOOP("QObject", "does not equal")},
    {"in", Op::In, V::List, QT_TRANSLATE_NOOP("QObject", "is one of")},
    {"not_in", Op::NotIn, V::List, QT_TRANSLATE_NOOP("QObject", "is none of")},
    {"contains", Op::Contains, V::Any, QT_TRANSLATE_NOOP("QObject", "contains")},
    {"starts_with", Op::StartsWith, V::Text, QT_TRANSLATE_NOOP("QObject", "starts with")},
    {"ends_with", Op::EndsWith, V::Text, QT_TRANSLATE_NOOP("QObject", "ends with")},
    {"matches", Op::Matches, V::Pattern, QT_TRANSLATE_NOOP("QObject", "matches the pattern")},
    {"exists", Op::Exists, V::Bool, QT_TRANSLATE_NOOP("QObject", "exists")},
    {"gt", Op::Gt, V::NumberOrTime, QT_TRANSLATE_NOOP("QObject", "is greater than")},
    {"gte", Op::Gte, V::NumberOrTime, QT_TRANSLATE_NOOP("QObject", "is at least")},
    {"lt", Op::Lt, V::NumberOrTime, QT_TRANSLATE_NOOP("QObject", "is less than")},
    {"lte", Op::Lte, V::NumberOrTime, QT_TRANSLATE_NOOP("QObject", "is at most")},
    {"before_now", Op::BeforeNow, V::Offset, QT_TRANSLATE_NOOP("QObject", "is before now, offset")},
    {"after_now", Op::AfterNow, V::Offset, QT_TRANSLATE_NOOP("QObject", "is after now, offset")},
};

struct AddedOperator
{
    ConditionOperator op;
    ConditionTest test;
};

QList<AddedOperator> &addedOperators()
{
    static QList<AddedOperator> operators;
    return operators;
}

QString knownOperators()
{
    QStringList names;
    for (const OpEntry &entry : opTable)
        names.append(QString::fromLatin1(entry.name));
    for (const AddedOperator &added : std::as_const(addedOperators()))
        names.append(added.op.name);
    const QString last = names.takeLast();
    return QObject::tr("%1 or %2").arg(names.join(QLatin1String(", ")), last);
}

// Whether an added operator's value is of the kind it declares.
bool fitsKind(const QJsonValue &value, ConditionOperator::Value kind)
{
    switch (kind) {
    case ConditionOperator::Value::Any:
        return !value.isUndefined();
    case ConditionOperator::Value::List:
        return value.isArray();
    case ConditionOperator::Value::Text:
    case ConditionOperator::Value::Pattern:
        return value.isString();
    case ConditionOperator::Value::Bool:
        return value.isUndefined() || value.isBool();
    case ConditionOperator::Value::NumberOrTime:
    case ConditionOperator::Value::Offset:
        return value.isDouble() || value.isString();
    }
    return false;
}

QString kindWords(ConditionOperator::Value kind)
{
    switch (kind) {
    case ConditionOperator::Value::Any:
        break;
    case ConditionOperator::Value::List:
        return QObject::tr("an array value");
    case ConditionOperator::Value::Text:
    case ConditionOperator::Value::Pattern:
        return QObject::tr("a string value");
    case ConditionOperator::Value::Bool:
        return QObject::tr("true or false");
    case ConditionOperator::Value::NumberOrTime:
    case ConditionOperator::Value::Offset:
        return QObject::tr("a number or a time");
    }
    return QObject::tr("a value");
}

// One reference token of a JSON Pointer, unescaped; index is its value as an array index, or -1
// when it is not one ("-", "01", "x"), so that arrays are indexed without parsing per event.
struct PathToken
{
    QString key;
    qsizetype index = -1;
};

// The values of 'in' and 'not_in' sorted by kind, so that a look-up is a binary search on the
// event's value instead of a scan comparing QJsonValues.
struct ValueSet
{
    QList<double> numbers;
    QList<QString> strings;
    QList<QJsonValue> composites; // arrays and objects, rare enough to compare one by one
    bool hasTrue = false;
    bool hasFalse = false;
    bool hasNull = false;

    void insert(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Double:
            numbers.append(value.toDouble());
            break;
        case QJsonValue::String:
            strings.append(value.toString());
            break;
        case QJsonValue::Bool:
            (value.toBool() ? hasTrue : hasFalse) = true;
            break;
        case QJsonValue::Null:
            hasNull = true;
            break;
        default:
            composites.append(value);
        }
    }
    void sort()
    {
        std::sort(numbers.begin(), numbers.end());
        std::sort(strings.begin(), strings.end());
    }
    bool contains(const QJsonValue &value) const
    {
        switch (value.type()) {
        case QJsonValue::Double:
            return std::binary_search(numbers.cbegin(), numbers.cend(), value.toDouble());
        case QJsonValue::String:
            return std::binary_search(strings.cbegin(), strings.cend(), value.toString());
        case QJsonValue::Bool:
            return value.toBool() ? hasTrue : hasFalse;
        case QJsonValue::Null:
            return hasNull;
        default:
            return composites.contains(value);
        }
    }
};

struct Leaf
{
    Op op = Op::Eq;
    qsizetype added = -1; // Op::Added: the index in addedOperators()
    bool isTime = false; // gt…lte: compare ISO-8601 times instead of numbers
    bool exists = true;
    QList<PathToken> tokens;
    QJsonValue value; // eq, ne, contains
    QString text; // contains (a string), starts_with, ends_with
    double number = 0; // gt…lte on numbers
    qint64 msecs = 0; // gt…lte on times: the time; before_now, after_now: the offset
    QRegularExpression regex;
    ValueSet set;
    // for explain()
    QString location;
    QString path;
    QString opName;
};

// The tree in pre-order: a group's children follow it, and each node records where its subtree
// ends, so that walking it needs no child lists and stays in one block of memory.
struct Node
{
    enum Kind : quint8 { All, Any, Not, LeafNode };
    Kind kind;
    int end = 0; // one past the last node of this subtree
    int leaf = -1; // into Data::leaves for LeafNode
};

// Times without an offset are taken as UTC, not as the local time of whichever machine runs the
// rule, so that a rule means the same on every node.
std::optional<qint64> parseTime(const QString &text)
{
    // Most strings are not times; reject them before QDateTime's parser does more work.
    if (text.size() < 10 || !text.at(0).isDigit())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

// "30s", "15m", "2h", "1d", "-15m" → milliseconds (the steps' durations read the same).
std::optional<qint64> parseOffset(const QString &text)
{
    return parseDuration(text);
}

template<typename T> bool compare(Op op, T actual, T expected)
{
    switch (op) {
    case Op::Gt:
        return actual > expected;
    case Op::Gte:
        return actual >= expected;
    case Op::Lt:
        return actual < expected;
    default:
        return actual <= expected;
    }
}

// "0" or a digit string without a leading zero; anything else never names an element.
qsizetype arrayIndex(const QString &token)
{
    if (token.isEmpty() || token.size() > 9 || (token.size() > 1 && token.at(0) == u'0'))
        return -1;
    for (const QChar c : token) {
        if (c < u'0' || c > u'9')
            return -1;
    }
    return token.toLongLong();
}

enum class PointerError { None, NoSlash, BadTilde };

// RFC 6901: "" is the whole document; otherwise '/'-separated tokens where "~1" stands for '/'
// and "~0" for '~'.
PointerError parsePointerTokens(const QString &pointer, QList<PathToken> *tokens)
{
    if (pointer.isEmpty())
        return PointerError::None;
    if (!pointer.startsWith(QLatin1Char('/')))
        return PointerError::NoSlash;
    PathToken token;
    for (qsizetype i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer.at(i) == QLatin1Char('/')) {
            token.index = arrayIndex(token.key);
            tokens->append(token);
            token = PathToken();
            continue;
        }
        const QChar c = pointer.at(i);
        if (c != QLatin1Char('~')) {
            token.key.append(c);
            continue;
        }
        const QChar next = i + 1 < pointer.size() ? pointer.at(i + 1) : QChar();
        if (next != QLatin1Char('0') && next != QLatin1Char('1'))
            return PointerError::BadTilde;
        token.key.append(next == QLatin1Char('0') ? QLatin1Char('~') : QLatin1Char('/'));
        ++i;
    }
    return PointerError::None;
}

QJsonValue resolve(const QJsonValue &event, const QList<PathToken> &tokens)
{
    QJsonValue current = event;
    for (const PathToken &token : tokens) {
        if (current.isObject()) {
            current = current.toObject().value(token.key);
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            if (token.index < 0 || token.index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(token.index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

bool test(const Leaf &leaf, const QJsonValue &actual, qint64 nowMs)
{
    if (actual.isUndefined())
        return leaf.op == Op::Ne || leaf.op == Op::NotIn || (leaf.op == Op::Exists && !leaf.exists);

    switch (leaf.op) {
    case Op::Added:
        return addedOperators().at(leaf.added).test(actual, leaf.value);
    case Op::Eq:
        return actual == leaf.value;
    case Op::Ne:
        return actual != leaf.value;
    case Op::In:
        return leaf.set.contains(actual);
    case Op::NotIn:
        return !leaf.set.contains(actual);
    case Op::Contains:
        if (actual.isString())
            return leaf.value.isString() && actual.toString().contains(leaf.text);
        if (actual.isArray()) {
            const QJsonArray array = actual.toArray();
            return std::find(array.begin(), array.end(), leaf.value) != array.end();
        }
        return false;
    case Op::StartsWith:
        return actual.isString() && actual.toString().startsWith(leaf.text);
    case Op::EndsWith:
        return actual.isString() && actual.toString().endsWith(leaf.text);
    case Op::Matches:
        return actual.isString() && leaf.regex.match(actual.toString()).hasMatch();
    case Op::Exists:
        return leaf.exists;
    case Op::Gt:
    case Op::Gte:
    case Op::Lt:
    case Op::Lte:
        if (leaf.isTime) {
            if (!actual.isString())
                return false;
            const std::optional<qint64> time = parseTime(actual.toString());
            return time && compare(leaf.op, *time, leaf.msecs);
        }
        return actual.isDouble() && compare(leaf.op, actual.toDouble(), leaf.number);
    case Op::BeforeNow:
    case Op::AfterNow: {
        if (!actual.isString())
            return false;
        const std::optional<qint64> time = parseTime(actual.toString());
        if (!time)
            return false;
        return leaf.op == Op::BeforeNow ? *time < nowMs - leaf.msecs : *time > nowMs + leaf.msecs;
    }
    }
    return false;
}

} // namespace

struct Condition::Data
{
    QList<Node> nodes;
    QList<Leaf> leaves;

    bool evaluate(int index, const QJsonValue &event, qint64 nowMs) const
    {
        const Node &node = nodes.at(index);
        switch (node.kind) {
        case Node::LeafNode: {
            const Leaf &leaf = leaves.at(node.leaf);
            return test(leaf, resolve(event, leaf.tokens), nowMs);
        }
        case Node::All:
            for (int child = index + 1; child < node.end; child = nodes.at(child).end) {
                if (!evaluate(child, event, nowMs))
                    return false;
            }
            return true;
        case Node::Any:
            for (int child = index + 1; child < node.end; child = nodes.at(child).end) {
                if (evaluate(child, event, nowMs))
                    return true;
            }
            return false;
        case Node::Not:
            return !evaluate(index + 1, event, nowMs);
        }
        return false;
    }
};

namespace {

class Compiler
{
public:
    explicit Compiler(const ErrorPlace &place)
        : m_place(place)
    { }

    // number: the position in words ("2.1", "" at the top); location: the position for
    // explain() ("all[1].any[0]").
    bool compile(const QJsonValue &json, const QString &number, const QString &location)
    {
        m_number = number;
        m_leaf = -1;
        if (!json.isObject())
            return fail(Error::Kind::Invalid, QObject::tr("a condition must be a JSON object"));
        const QJsonObject object = json.toObject();
        const int groupKeys = int(object.contains(QLatin1String("all")))
            + int(object.contains(QLatin1String("any")))
            + int(object.contains(QLatin1String("not")));
        if (object.contains(QLatin1String("path")) || object.contains(QLatin1String("op"))) {
            if (groupKeys > 0)
                return fail(Error::Kind::Invalid,
                            QObject::tr("a condition has either path and op or one of all, any "
                                        "and not"));
            m_leaf = int(leaves.size());
            return compileLeaf(object, location);
        }
        if (groupKeys != 1)
            return fail(Error::Kind::Invalid, QObject::tr("a group has one of all, any or not"));

        const QString prefix = location.isEmpty() ? location : location + QLatin1Char('.');
        const int self = int(nodes.size());
        if (object.contains(QLatin1String("not"))) {
            nodes.append(Node {Node::Not});
            const QJsonValue inner = object.value(QLatin1String("not"));
            if (!inner.isObject())
                return fail(Error::Kind::Invalid, QObject::tr("'not' needs one condition"));
            // 'not' wraps one condition and adds no number: the numbers follow what people see
            // as a list in the builder.
            if (!compile(inner, number, prefix + QLatin1String("not")))
                return false;
        } else {
            const bool all = object.contains(QLatin1String("all"));
            const QString key = all ? QStringLiteral("all") : QStringLiteral("any");
            nodes.append(Node {all ? Node::All : Node::Any});
            const QJsonValue children = object.value(key);
            if (!children.isArray())
                return fail(Error::Kind::Invalid,
                            QObject::tr("'%1' needs an array of conditions").arg(key));
            const QJsonArray list = children.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString childNumber
                    = (number.isEmpty() ? QString() : number + QLatin1Char('.'))
                    + QString::number(i + 1);
                const QString childLocation
                    = prefix + key + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
                if (!compile(list.at(i), childNumber, childLocation))
                    return false;
            }
        }
        nodes[self].end = int(nodes.size());
        return true;
    }

    QList<Node> nodes;
    QList<Leaf> leaves;
    Error error;

private:
    // An error at the part being compiled: m_number in words, m_leaf as data. Given only words
    // (Condition::compile with a where), the number joins them, as it always did.
    bool fail(Error::Kind kind, const QString &message, int offset = -1)
    {
        ErrorPlace place;
        if (m_place.section == ErrorPlace::Section::None) {
            place = m_place;
            if (!m_number.isEmpty())
                place.scope = QObject::tr("%1 %2").arg(m_place.scope, m_number);
            place.condition = m_number;
            place.conditionLeaf = m_leaf;
        } else {
            place = m_place.withCondition(m_number, m_leaf);
        }
        error = Error(kind, place.withOffset(offset), message);
        return false;
    }

    bool compileLeaf(const QJsonObject &object, const QString &location)
    {
        Leaf leaf;
        leaf.location = location;

        const QJsonValue path = object.value(QLatin1String("path"));
        if (!path.isString())
            return fail(Error::Kind::Missing,
                        QObject::tr("the condition needs a path, a JSON Pointer such as "
                                    "'/document/owner'"));
        leaf.path = path.toString();
        if (!parsePointer(leaf.path, &leaf.tokens))
            return false;

        const QJsonValue op = object.value(QLatin1String("op"));
        if (!op.isString())
            return fail(
                Error::Kind::Missing,
                QObject::tr("the condition needs an operator (use %1)").arg(knownOperators()));
        leaf.opName = op.toString();
        const auto known
            = std::find_if(std::begin(opTable), std::end(opTable), [&](const OpEntry &entry) {
                  return leaf.opName == QLatin1String(entry.name);
              });
        const QList<AddedOperator> &added = addedOperators();
        const auto addedOne
            = std::find_if(added.cbegin(), added.cend(),
                           [&](const AddedOperator &one) { return one.op.name == leaf.opName; });
        if (known == std::end(opTable) && addedOne == added.cend())
            return fail(
                Error::Kind::Unknown,
                QObject::tr("unknown operator '%1' (use %2)").arg(leaf.opName, knownOperators()));
        leaf.op = known != std::end(opTable) ? known->op : Op::Added;

        const QJsonValue value = object.value(QLatin1String("value"));
        switch (leaf.op) {
        case Op::Added:
            if (!fitsKind(value, addedOne->op.value))
                return fail(
                    Error::Kind::Invalid,
                    QObject::tr("'%1' needs %2").arg(leaf.opName, kindWords(addedOne->op.value)));
            leaf.added = addedOne - added.cbegin();
            leaf.value = value;
            break;
        case Op::Eq:
        case Op::Ne:
        case Op::Contains:
            if (value.isUndefined())
                return fail(Error::Kind::Missing,
                            QObject::tr("'%1' needs a value").arg(leaf.opName));
            leaf.value = value;
            leaf.text = value.toString();
            break;
        case Op::In:
        case Op::NotIn: {
            if (!value.isArray())
                return fail(Error::Kind::Invalid,
                            QObject::tr("'%1' needs an array value").arg(leaf.opName));
            const QJsonArray values = value.toArray();
            for (const QJsonValue &element : values)
                leaf.set.insert(element);
            leaf.set.sort();
            break;
        }
        case Op::StartsWith:
        case Op::EndsWith:
            if (!value.isString())
                return fail(Error::Kind::Invalid,
                            QObject::tr("'%1' needs a string value").arg(leaf.opName));
            leaf.text = value.toString();
            break;
        case Op::Matches:
            if (!value.isString())
                return fail(Error::Kind::Invalid,
                            QObject::tr("'%1' needs a string value").arg(leaf.opName));
            leaf.regex.setPattern(value.toString());
            if (!leaf.regex.isValid())
                return fail(Error::Kind::Syntax,
                            QObject::tr("operator 'matches' needs a valid regular expression: "
                                        "%1 at character %2")
                                .arg(leaf.regex.errorString())
                                .arg(leaf.regex.patternErrorOffset() + 1),
                            int(leaf.regex.patternErrorOffset()));
            leaf.regex.optimize();
            break;
        case Op::Exists:
            if (!value.isUndefined() && !value.isBool())
                return fail(Error::Kind::Invalid, QObject::tr("'exists' needs true or false"));
            leaf.exists = value.toBool(true);
            break;
        case Op::Gt:
        case Op::Gte:
        case Op::Lt:
        case Op::Lte:
            if (value.isDouble()) {
                leaf.number = value.toDouble();
            } else if (const std::optional<qint64> time
                       = value.isString() ? parseTime(value.toString()) : std::nullopt) {
                leaf.isTime = true;
                leaf.msecs = *time;
            } else {
                return fail(
                    Error::Kind::Invalid,
                    QObject::tr("'%1' needs a number or an ISO-8601 time").arg(leaf.opName));
            }
            break;
        case Op::BeforeNow:
        case Op::AfterNow: {
            // A number is seconds; past ±10^12 s (31,000 years) it cannot be meant.
            std::optional<qint64> offset;
            if (value.isUndefined())
                offset = 0;
            else if (value.isDouble() && std::abs(value.toDouble()) <= 1e12)
                offset = std::llround(value.toDouble() * 1000);
            else if (value.isString())
                offset = parseOffset(value.toString());
            if (!offset)
                return fail(Error::Kind::Invalid,
                            QObject::tr("offset '%1' must look like 30s, 15m, 2h or 1d")
                                .arg(value.toVariant().toString()));
            leaf.msecs = *offset;
            break;
        }
        }

        nodes.append(Node {Node::LeafNode, int(nodes.size()) + 1, int(leaves.size())});
        leaves.append(std::move(leaf));
        return true;
    }

    bool parsePointer(const QString &pointer, QList<PathToken> *tokens)
    {
        switch (parsePointerTokens(pointer, tokens)) {
        case PointerError::None:
            return true;
        case PointerError::NoSlash:
            return fail(
                Error::Kind::Syntax,
                QObject::tr("path '%1' must be a JSON Pointer starting with '/'").arg(pointer));
        case PointerError::BadTilde:
            return fail(
                Error::Kind::Syntax,
                QObject::tr("path '%1' has a '~' that is not followed by 0 or 1").arg(pointer));
        }
        return false;
    }

    ErrorPlace m_place;
    QString m_number; // the part being compiled, in words ("2.1"; "" at the top)
    int m_leaf = -1; // its index among the leaves when it is one
};

} // namespace

Result<Condition> Condition::compile(const QJsonValue &json, const QString &where)
{
    return compile(json, ErrorPlace::inScope(where));
}

Result<Condition> Condition::compile(const QJsonValue &json, const ErrorPlace &place)
{
    if (json.isUndefined() || json.isNull() || (json.isObject() && json.toObject().isEmpty()))
        return Condition();
    Compiler compiler(place);
    if (!compiler.compile(json, QString(), QString()))
        return Result<Condition>::failure(compiler.error);
    auto data = std::make_shared<Data>();
    data->nodes = std::move(compiler.nodes);
    data->leaves = std::move(compiler.leaves);
    Condition condition;
    condition.m_data = std::move(data);
    return condition;
}

bool Condition::matches(const QJsonValue &event, const QDateTime &now) const
{
    return !m_data || m_data->evaluate(0, event, now.toMSecsSinceEpoch());
}

bool Condition::matches(const QJsonDocument &event, const QDateTime &now) const
{
    if (event.isArray())
        return matches(QJsonValue(event.array()), now);
    if (event.isObject())
        return matches(QJsonValue(event.object()), now);
    return matches(QJsonValue(QJsonValue::Undefined), now);
}

QList<LeafResult> Condition::explain(const QJsonValue &event, const QDateTime &now) const
{
    QList<LeafResult> results;
    if (!m_data)
        return results;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    results.reserve(m_data->leaves.size());
    for (const Leaf &leaf : m_data->leaves) {
        const QJsonValue actual = resolve(event, leaf.tokens);
        results.append({leaf.location, leaf.path, leaf.opName, actual, test(leaf, actual, nowMs)});
    }
    return results;
}

QList<ConditionOperator> conditionOperators()
{
    QList<ConditionOperator> operators;
    for (const OpEntry &entry : opTable)
        operators.append({QString::fromLatin1(entry.name), QObject::tr(entry.label), entry.value});
    for (const AddedOperator &added : std::as_const(addedOperators()))
        operators.append(added.op);
    return operators;
}

void addConditionOperator(const ConditionOperator &op, const ConditionTest &test)
{
    Q_ASSERT(test);
    QList<AddedOperator> &added = addedOperators();
    for (AddedOperator &known : added) {
        if (known.op.name == op.name) {
            known = {op, test};
            return;
        }
    }
    added.append({op, test});
}

QJsonValue valueAtPointer(const QJsonValue &document, const QString &pointer)
{
    QList<PathToken> tokens;
    if (parsePointerTokens(pointer, &tokens) != PointerError::None)
        return QJsonValue(QJsonValue::Undefined);
    return resolve(document, tokens);
}

} // namespace OtBridge
