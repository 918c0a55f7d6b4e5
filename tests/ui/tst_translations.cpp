// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// German and French must stay complete: every message of every .ts file translated, nothing
// left unfinished, nothing in the sources that lupdate would still have to add, and the
// compiled catalogues inside the program that ships. English, the source language, has a
// catalogue of its plural forms alone (otbridge_en.ts, lupdate -pluralonly), kept complete too.
class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();
    void upToDateWithSources_data();
    void upToDateWithSources();
    void compiledIntoResources_data();
    void compiledIntoResources();
    void programSpeaksTheLanguage_data();
    void programSpeaksTheLanguage();
    void englishSaysOneAndMany_data();
    void englishSaysOneAndMany();

private:
    struct Problems
    {
        int messages = 0;
        QStringList list;
    };
    static Problems check(const QString &path);
    // otbridge_en.ts: the plural forms of the source language, nothing else.
    static bool isPluralOnly(const QString &path)
    {
        return QFileInfo(path).fileName() == QLatin1String("otbridge_en.ts");
    }
    void addTsRows();

    QStringList m_tsFiles;
};

void tst_Translations::initTestCase()
{
    const QDir dir(QStringLiteral(OTBRIDGE_TRANSLATIONS_DIR));
    for (const QString &name : dir.entryList({QStringLiteral("otbridge_*.ts")}, QDir::Files))
        m_tsFiles.append(dir.filePath(name));
    QVERIFY2(m_tsFiles.size() >= 2, qPrintable(dir.path()));
    for (const char *language : {"de", "fr"})
        QVERIFY(m_tsFiles.contains(dir.filePath(QStringLiteral("otbridge_%1.ts").arg(language))));
}

void tst_Translations::addTsRows()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : std::as_const(m_tsFiles))
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

tst_Translations::Problems tst_Translations::check(const QString &path)
{
    Problems problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.list.append(QStringLiteral("cannot read: %1").arg(file.errorString()));
        return problems;
    }
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    const auto placeholders = [](const QString &text) {
        QSet<QString> found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured());
        return found;
    };

    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished")) {
                xml.skipCurrentElement();
                continue;
            }
            ++problems.messages;
            const QString where = context + QStringLiteral(": \"") + source + QLatin1Char('"');
            QStringList forms;
            QString text;
            while (xml.readNext() != QXmlStreamReader::Invalid && !xml.isEndElement()) {
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms.append(xml.readElementText());
            }
            if (forms.isEmpty())
                forms.append(text);
            if (type == QLatin1String("unfinished"))
                problems.list.append(QStringLiteral("unfinished: ") + where);
            else if (std::any_of(forms.cbegin(), forms.cend(),
                                 [](const QString &form) { return form.trimmed().isEmpty(); }))
                problems.list.append(QStringLiteral("missing: ") + where);
            else if (std::any_of(forms.cbegin(), forms.cend(), [&](const QString &form) {
                         return placeholders(form) != placeholders(source);
                     }))
                problems.list.append(QStringLiteral("placeholders differ: ") + where);
        }
    }
    if (xml.hasError())
        problems.list.append(QStringLiteral("XML error at line %1: %2")
                                 .arg(xml.lineNumber())
                                 .arg(xml.errorString()));
    return problems;
}

void tst_Translations::complete_data()
{
    addTsRows();
}

void tst_Translations::complete()
{
    QFETCH(QString, path);
    const Problems problems = check(path);
    QVERIFY2(problems.list.isEmpty(),
             qPrintable(QStringLiteral("%1 has %2 problem(s):\n  %3")
                            .arg(path)
                            .arg(problems.list.size())
                            .arg(problems.list.join(QStringLiteral("\n  ")))));
    QVERIFY2(problems.messages > (isPluralOnly(path) ? 10 : 100), "the catalogue looks empty");
}

void tst_Translations::upToDateWithSources_data()
{
    addTsRows();
}

// lupdate run over a copy: a string added to core/, app/ or ui/ without its translation shows
// up as unfinished there. Fix with: cmake --build --preset debug --target update_translations,
// then translate.
void tst_Translations::upToDateWithSources()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    const QDir sources(QStringLiteral(OTBRIDGE_SOURCE_DIR));
    QProcess lupdate;
    lupdate.setWorkingDirectory(sources.path());
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments {
        QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
        QStringLiteral("-I"),      sources.filePath("core"),     QStringLiteral("-I"),
        sources.filePath("ui"),    sources.filePath("core"),     sources.filePath("app"),
        sources.filePath("ui"),    QStringLiteral("-ts"),        copy};
    if (isPluralOnly(path))
        arguments.prepend(QStringLiteral("-pluralonly"));
    lupdate.start(QStringLiteral(OTBRIDGE_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    const Problems problems = check(copy);
    QVERIFY2(problems.list.isEmpty(),
             qPrintable(QStringLiteral("%1 lacks strings the sources use (run the "
                                       "update_translations target, then translate):\n  %2")
                            .arg(path, problems.list.join(QStringLiteral("\n  ")))));
}

void tst_Translations::compiledIntoResources_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("console");
    QTest::addRow("de") << QStringLiteral("de") << QStringLiteral("Konsole");
    QTest::addRow("fr") << QStringLiteral("fr") << QStringLiteral("Console");
}

void tst_Translations::compiledIntoResources()
{
    QFETCH(QString, language);
    QFETCH(QString, console);
    const QString qm = QStringLiteral(":/i18n/otbridge_%1.qm").arg(language);
    QVERIFY2(QFile::exists(qm), qPrintable(qm));
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QCOMPARE(translator.translate("OtBridge::MainWindow", "Console"), console);
    QVERIFY(!translator.translate("OtBridge::MainWindow", "Not listening").isEmpty());
}

void tst_Translations::programSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    // app/main.cpp's help text for --headless, as translated in the .ts files.
    QTest::addRow("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Ohne Fenster");
    QTest::addRow("fr") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("Exécuter sans fenêtre");
}

void tst_Translations::programSpeaksTheLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const QString binary = qEnvironmentVariable("OTBRIDGE_BINARY");
    if (binary.isEmpty() || !QFile::exists(binary))
        QSKIP("OTBRIDGE_BINARY does not name the built otbridge program");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    environment.insert(QStringLiteral("LANGUAGE"), locale.left(2));
    process.setProcessEnvironment(environment);
    process.start(binary, {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(help.contains(expected), qPrintable(help));
}

void tst_Translations::englishSaysOneAndMany_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::addRow("one row") << QByteArray("OtBridge::ConsolePage") << QByteArray("%n rows shown")
                             << 1 << "1 row shown";
    QTest::addRow("rows") << QByteArray("OtBridge::ConsolePage") << QByteArray("%n rows shown") << 3
                          << "3 rows shown";
    QTest::addRow("one request") << QByteArray("OtBridge::ResponseView")
                                 << QByteArray("%n request(s) in %1 s, %2 per second") << 1
                                 << "1 request in %1 s, %2 per second";
    QTest::addRow("no requests") << QByteArray("OtBridge::ResponseView")
                                 << QByteArray("%n request(s) in %1 s, %2 per second") << 0
                                 << "0 requests in %1 s, %2 per second";
}

// "1 request(s)" and "1 rows shown" no more: the window speaks English plurals.
void tst_Translations::englishSaysOneAndMany()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/otbridge_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString translated
        = QCoreApplication::translate(context.constData(), source.constData(), nullptr, count);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated, expected);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
