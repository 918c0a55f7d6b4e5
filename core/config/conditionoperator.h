// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/condition.h"

#include <QJsonValue>

#include <functional>

namespace OtBridge {

// An added operator's test: actual is what the leaf's path found (never undefined: a leaf whose
// path finds nothing does not match), value the leaf's, already checked against the operator's
// kind of value.
using ConditionTest = std::function<bool(const QJsonValue &actual, const QJsonValue &value)>;

// Adds an operator after condition.cpp's table, or replaces the added one of the same name: a
// test's operator, or one defined outside condition.cpp. conditionOperators() lists it, so the
// designer offers it; Condition::compile checks its value by kind. Call it before anything
// compiles a condition, from one thread.
void addConditionOperator(const ConditionOperator &op, const ConditionTest &test);

} // namespace OtBridge
