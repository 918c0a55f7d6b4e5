// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace OtBridge {

// The Mustache name that reads the value a JSON Pointer names ("/contract/owner/email" →
// "contract.owner.email", "/items/0/sku" → "items.0.sku"); empty when no name can (the pointer
// is empty or invalid, or a key holds a character a tag name cannot: '.', '{', '}', '#', …).
QString templateNameForPointer(const QString &pointer);
// "{{name}}" for templateNameForPointer(pointer); empty when there is none.
QString placeholderForPointer(const QString &pointer);

// Every name a template can use on document, objects and arrays included, in document order:
// what the designer offers when someone types "{{".
QStringList templateNames(const QJsonValue &document);

} // namespace OtBridge
