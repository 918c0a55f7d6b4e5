// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace OtBridge {

// What the sandbox accepted, newest first, as GET /admin/inbox gives it: one row per submitted
// job or captured request. Rows are kept oldest first inside so that newer ones are appended
// and a sequence number finds its row in O(1).
class SandboxInboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxInboxModel)

public:
    enum Column {
        ChannelColumn,
        RecipientsColumn,
        SummaryColumn,
        JobColumn,
        StateColumn,
        ReceivedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SeqRole = Qt::UserRole + 1,
        ChannelRole, // "email", "sms", "fax", "whatsapp" or "capture"
        JobIdRole,
        MessageRole, // the whole entry as a QJsonObject
    };

    explicit SandboxInboxModel(QObject *parent = nullptr);
    ~SandboxInboxModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Entries newer than latestSeq(), newest first, as GET /admin/inbox?since= answers.
    void addNewer(const QList<QJsonObject> &newestFirst);
    // The whole inbox, newest first: states change in place, new entries are added, entries
    // the sandbox no longer has go.
    void replaceAll(const QList<QJsonObject> &newestFirst);
    void clear();

    qint64 latestSeq() const;
    QJsonObject message(int row) const;
    int rowOfSeq(qint64 seq) const; // -1 when absent

    // For a row and the detail view: the words the list shows.
    static QString channelLabel(const QString &channel);
    static QString recipients(const QJsonObject &message);
    static QString summary(const QJsonObject &message);
    static QString state(const QJsonObject &message);

private:
    int rowOfIndex(int index) const { return int(m_messages.size()) - 1 - index; }
    void rebuildIndex();

    QList<QJsonObject> m_messages; // oldest first
    QHash<qint64, int> m_indexOfSeq;
};

} // namespace OtBridge
