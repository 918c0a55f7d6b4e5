// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagesetting.h"

#include <QCoreApplication>
#include <QTranslator>

namespace OtBridge {

QList<LanguageOption> languageOptions()
{
    return {
        {QString(), QCoreApplication::translate("LanguageSetting", "System language")},
        // Names in their own language: not translated on purpose.
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
}

QLocale localeForLanguage(const QString &code, const QLocale &system)
{
    for (const LanguageOption &option : languageOptions()) {
        if (!code.isEmpty() && option.code == code)
            return QLocale(code);
    }
    return system;
}

bool loadTranslation(QTranslator &translator, const QLocale &locale)
{
    if (translator.load(locale, QStringLiteral("otbridge"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        return true;
    // The source language's catalogue holds its plural forms alone; it serves every language
    // without one of its own (and the C locale of a bare server).
    return translator.load(QStringLiteral(":/i18n/otbridge_en.qm"));
}

} // namespace OtBridge
