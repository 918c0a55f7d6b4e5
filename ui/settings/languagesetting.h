// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

namespace OtBridge {

// One entry of the language list: its code (empty: follow the system) and its name in itself,
// so people find their language whatever the window speaks now.
struct LanguageOption
{
    QString code;
    QString nativeName;
};

// System first, then every language the application ships a translation for (and English, its
// source language).
QList<LanguageOption> languageOptions();

// The locale the window should speak for a saved language setting: the system's for an empty
// or unknown code.
QLocale localeForLanguage(const QString &code, const QLocale &system = QLocale::system());

// Loads the application's translation for locale from the resources (:/i18n); for English, and
// for a language without a translation, the English catalogue, which holds only the plural
// forms of the %n messages ("1 row shown"). False when not even that is there (otbridged, which
// has no window, carries de and fr but not the window's English plurals).
bool loadTranslation(QTranslator &translator, const QLocale &locale);

} // namespace OtBridge
