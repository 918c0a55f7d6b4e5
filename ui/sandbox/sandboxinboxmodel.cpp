// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxinboxmodel.h"

#include "datetimetext.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace OtBridge {

namespace {

constexpr int previewLength = 120;

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject part(const QJsonObject &message, const char *key)
{
    return message.value(QLatin1String(key)).toObject();
}

qint64 seqOf(const QJsonObject &message)
{
    return message.value(QLatin1String("seq")).toInteger(-1);
}

// One line, at most previewLength characters.
QString preview(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > previewLength)
        line = line.left(previewLength - 1) + QChar(0x2026);
    return line;
}

} // namespace

SandboxInboxModel::SandboxInboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

SandboxInboxModel::~SandboxInboxModel() = default;

int SandboxInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int SandboxInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SandboxInboxModel::channelLabel(const QString &channel)
{
    if (channel == QLatin1String("email"))
        return tr("Email");
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    if (channel == QLatin1String("fax"))
        return tr("Fax");
    if (channel == QLatin1String("whatsapp"))
        return tr("WhatsApp");
    if (channel == QLatin1String("capture"))
        return tr("Captured request");
    return channel;
}

QString SandboxInboxModel::recipients(const QJsonObject &message)
{
    if (text(message, "channel") == QLatin1String("capture"))
        return tr("capture \"%1\"").arg(text(message, "name"));
    QStringList addresses;
    for (const QJsonValue &destination : message.value(QLatin1String("destinations")).toArray())
        addresses.append(text(destination.toObject(), "address"));
    return addresses.join(QStringLiteral(", "));
}

QString SandboxInboxModel::summary(const QJsonObject &message)
{
    const QString channel = text(message, "channel");
    if (channel == QLatin1String("email")) {
        const QJsonObject email = part(message, "email");
        const QString subject = text(email, "subject");
        return preview(subject.isEmpty() ? text(email, "text") : subject);
    }
    if (channel == QLatin1String("sms"))
        return preview(text(part(message, "sms"), "text"));
    if (channel == QLatin1String("fax")) {
        const QJsonArray documents
            = part(message, "fax").value(QLatin1String("documents")).toArray();
        QStringList names;
        int pages = 0;
        for (const QJsonValue &document : documents) {
            names.append(text(document.toObject(), "name"));
            pages += document.toObject().value(QLatin1String("pages")).toInt();
        }
        const QString list = names.join(QStringLiteral(", "));
        return preview(pages == 1 ? tr("1 page: %1").arg(list)
                                  : tr("%1 pages: %2").arg(QLocale().toString(pages), list));
    }
    if (channel == QLatin1String("whatsapp")) {
        const QJsonObject whatsApp = part(message, "whatsapp");
        if (whatsApp.contains(QLatin1String("template_id")))
            return preview(
                tr("Template %1 (%2)")
                    .arg(text(whatsApp, "template_id"), text(whatsApp, "language_code")));
        const QString body = text(whatsApp, "text");
        return preview(body.isEmpty() ? text(whatsApp, "kind") : body);
    }
    if (channel == QLatin1String("capture")) {
        const QString query = text(message, "query");
        return preview(text(message, "method") + QLatin1Char(' ') + text(message, "path")
                       + (query.isEmpty() ? QString() : QLatin1Char('?') + query));
    }
    return {};
}

QString SandboxInboxModel::state(const QJsonObject &message)
{
    if (text(message, "channel") == QLatin1String("capture"))
        return tr("Captured");
    QStringList states;
    for (const QJsonValue &value : message.value(QLatin1String("job_state")).toArray())
        states.append(value.toString());
    return states.join(QStringLiteral(", "));
}

QVariant SandboxInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &message = m_messages.at(rowOfIndex(index.row()));
    switch (role) {
    case SeqRole:
        return seqOf(message);
    case ChannelRole:
        return text(message, "channel");
    case JobIdRole:
        return text(message, "job_id");
    case MessageRole:
        return message;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn
            && message.value(QLatin1String("job_state"))
                   .toArray()
                   .contains(QStringLiteral("Error")))
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::ToolTipRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case ChannelColumn:
        return channelLabel(text(message, "channel"));
    case RecipientsColumn:
        return recipients(message);
    case SummaryColumn:
        return summary(message);
    case JobColumn:
        return text(message, "job_id");
    case StateColumn:
        return state(message);
    case ReceivedColumn: {
        const QDateTime received
            = QDateTime::fromString(text(message, "received_at"), Qt::ISODateWithMs);
        if (!received.isValid())
            return text(message, "received_at");
        // The format every page shows; the exact moment in the tooltip.
        return role == Qt::ToolTipRole ? DateTimeText::isoText(received)
                                       : DateTimeText::shortText(received);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SandboxInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ChannelColumn:
        return tr("Channel");
    case RecipientsColumn:
        return tr("To");
    case SummaryColumn:
        return tr("Subject or text");
    case JobColumn:
        return tr("Job");
    case StateColumn:
        return tr("State");
    case ReceivedColumn:
        return tr("Received");
    case ColumnCount:
        break;
    }
    return {};
}

qint64 SandboxInboxModel::latestSeq() const
{
    return m_messages.isEmpty() ? 0 : seqOf(m_messages.constLast());
}

QJsonObject SandboxInboxModel::message(int row) const
{
    if (row < 0 || row >= m_messages.size())
        return {};
    return m_messages.at(rowOfIndex(row));
}

int SandboxInboxModel::rowOfSeq(qint64 seq) const
{
    const auto it = m_indexOfSeq.constFind(seq);
    return it == m_indexOfSeq.constEnd() ? -1 : rowOfIndex(*it);
}

void SandboxInboxModel::addNewer(const QList<QJsonObject> &newestFirst)
{
    const qint64 latest = latestSeq();
    QList<QJsonObject> added; // oldest first
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        if (seqOf(*it) > latest && (added.isEmpty() || seqOf(*it) > seqOf(added.constLast())))
            added.append(*it);
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, 0, int(added.size()) - 1);
    for (const QJsonObject &message : std::as_const(added)) {
        m_indexOfSeq.insert(seqOf(message), int(m_messages.size()));
        m_messages.append(message);
    }
    endInsertRows();
}

void SandboxInboxModel::replaceAll(const QList<QJsonObject> &newestFirst)
{
    // Those we have must be the oldest of what came, in the same order; otherwise the sandbox
    // was cleared or dropped old entries, and the list starts over.
    const qsizetype have = m_messages.size();
    bool prefix = newestFirst.size() >= have;
    for (qsizetype i = 0; prefix && i < have; ++i)
        prefix = seqOf(newestFirst.at(newestFirst.size() - 1 - i)) == seqOf(m_messages.at(i));
    if (!prefix) {
        beginResetModel();
        m_messages.clear();
        for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
            m_messages.append(*it);
        rebuildIndex();
        endResetModel();
        return;
    }
    int firstChanged = -1;
    int lastChanged = -1;
    for (qsizetype i = 0; i < have; ++i) {
        const QJsonObject &fresh = newestFirst.at(newestFirst.size() - 1 - i);
        if (fresh == m_messages.at(i))
            continue;
        m_messages[i] = fresh;
        const int row = rowOfIndex(int(i));
        firstChanged = firstChanged < 0 ? row : std::min(firstChanged, row);
        lastChanged = std::max(lastChanged, row);
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    addNewer(newestFirst.mid(0, newestFirst.size() - have));
}

void SandboxInboxModel::clear()
{
    if (m_messages.isEmpty())
        return;
    beginResetModel();
    m_messages.clear();
    m_indexOfSeq.clear();
    endResetModel();
}

void SandboxInboxModel::rebuildIndex()
{
    m_indexOfSeq.clear();
    for (int i = 0; i < m_messages.size(); ++i)
        m_indexOfSeq.insert(seqOf(m_messages.at(i)), i);
}

} // namespace OtBridge
