// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventexport.h"

#include "api/eventjson.h"
#include "store/deliverystore.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace OtBridge {

namespace {

QString writeError(const QString &path, const QString &error)
{
    return QCoreApplication::translate("OtBridge::EventExport", "cannot write %1: %2")
        .arg(path, error);
}

} // namespace

Result<int> exportEventsAsJsonLines(const EventStore *store, const DeliveryStore *deliveries,
                                    const QList<QUuid> &ids, const QString &path,
                                    const std::function<bool()> &canceled)
{
    // Until commit() the lines go to a temporary file beside path, which the destructor
    // removes: a cancelled or failed export never leaves a file that looks complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(writeError(path, file.errorString()));
    int written = 0;
    for (const QUuid &id : ids) {
        if (canceled && canceled())
            return Result<int>::failure(
                QCoreApplication::translate("OtBridge::EventExport",
                                            "the export was cancelled; %1 was not written")
                    .arg(path));
        const std::optional<Event> event = store->event(id);
        if (!event)
            continue;
        QList<DeliveryRecord> records;
        std::optional<Acknowledgement> ack;
        QList<EscalationRecord> escalations;
        if (deliveries && deliveries->isOpen()) {
            records = deliveries->deliveriesForEvent(id);
            ack = deliveries->acknowledgement(id);
            escalations = deliveries->escalations(id);
        }
        QByteArray line = QJsonDocument(eventStatusToJson(*event, records, ack, escalations))
                              .toJson(QJsonDocument::Compact);
        line += '\n';
        if (file.write(line) != line.size())
            return Result<int>::failure(writeError(path, file.errorString()));
        ++written;
    }
    if (!file.commit())
        return Result<int>::failure(writeError(path, file.errorString()));
    return written;
}

} // namespace OtBridge
