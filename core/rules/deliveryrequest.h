// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/httppreset.h"
#include "result.h"
#include "rules/opentextmessage.h"

#include <QJsonObject>

namespace OtBridge {

// What one delivery sends, rendered once when the event is routed and stored with the
// delivery, so every retry and every replay sends exactly the same message (and the console can
// show it), even after the rule is edited.
struct DeliveryRequest
{
    enum class Kind { OpenText, Http };

    Kind kind = Kind::OpenText;
    QString target; // the workspace target's name
    OpenTextMessage message; // Kind::OpenText
    HttpRequestSpec http; // Kind::Http

    // {"kind": "opentext", "target": …, "message": {…}} or {"kind": "http", "target": …,
    // "request": {"method", "url", "headers": [[name, value], …], "body" (text when UTF-8,
    // else "body_base64")}}. Binary fields (attachments) as base64.
    QJsonObject toJson() const;
    // The same document as compact JSON text, the form the store keeps: written straight into
    // bytes (no QJsonObject in between), equal to QJsonDocument(toJson()).toJson(Compact), keys
    // in the same (sorted) order.
    QByteArray toJsonText() const;
    static Result<DeliveryRequest> fromJson(const QJsonObject &json);
    // fromJson of a stored text: what toJsonText wrote for an OpenText message is read in one
    // pass without a QJsonDocument; anything else, errors included, goes through fromJson, so
    // the answer is always fromJson's.
    static Result<DeliveryRequest> fromJsonText(QByteArrayView json);
};

QJsonObject openTextMessageToJson(const OpenTextMessage &message);
Result<OpenTextMessage> openTextMessageFromJson(const QJsonObject &json);

} // namespace OtBridge
