// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QLayout;
class QWidget;

namespace OtBridge {

// How the forms of the Sources, Targets and Settings pages say what is wrong, and how an
// action ended: a message under its field, and a green or red result line.
namespace FormFeedback {

// A hidden, word-wrapped label in a red that reads on the theme's background.
QLabel *createErrorLabel(QWidget *parent, const QString &objectName);
// A field and its error label one under the other (with extra, a button, beside the field).
QWidget *withError(QWidget *field, QLabel *error, QWidget *extra = nullptr);
// Shows error under its field (hides the label when it is empty); a screen reader says it
// when the field has the focus.
void showFieldError(QLabel *label, QWidget *field, const QString &error);
// A result line: green for ok, red otherwise; its accessible name says which.
void showOutcome(QLabel *label, bool ok, const QString &text);
// Has form's rows measure their heights again, after errors under their fields came or went:
// a row's box otherwise keeps the height its text had before (Qt 6.4 caches a layout's height
// for a width), and the next error is cut.
void relayout(QLayout *form);
// A page's title, larger and bold.
QLabel *createHeading(const QString &text, QWidget *parent, const QString &objectName);

} // namespace FormFeedback

} // namespace OtBridge
