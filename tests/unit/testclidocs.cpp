// The manual pages (English and French) and the bash completion against the program's own help: the
// commands and options `vigie --help` and `vigie COMMAND --help` print, the words an option takes from a
// list, the export tables and the exit statuses. A black-box test: it runs the built vigie, so it holds
// whichever way the program builds its help.
#include "../testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace vigie::testing;

namespace {

// tests/data/../../resources
const QString kResources = QStringLiteral(VIGIE_TEST_DATA_DIR "/../../resources");

// What the program says about one command ("" for the window, "--" for --help and --version).
struct Command
{
    QStringList options; // without dashes, sorted
    QHash<QString, QStringList> choices; // "--kind spending-exposure|disclosure-delays" -> kind: the words
};

QStringList sorted(QStringList list)
{
    list.removeDuplicates();
    list.sort();
    return list;
}

QStringList optionsIn(const QString &text)
{
    static const QRegularExpression option(QStringLiteral(R"((?:^|[\s\[|])--([a-z][a-z-]*))"));
    QStringList names;
    for (auto it = option.globalMatch(text); it.hasNext();)
        names << it.next().captured(1);
    return sorted(names);
}

QHash<QString, QStringList> choicesIn(const QString &text)
{
    static const QRegularExpression choice(QStringLiteral(R"(--([a-z][a-z-]*) ([A-Za-z0-9-]+(?:\|[A-Za-z0-9-]+)+))"));
    QHash<QString, QStringList> choices;
    for (auto it = choice.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        choices.insert(match.captured(1), match.captured(2).split(QLatin1Char('|')));
    }
    return choices;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// One manual page, as the drift checks need it: for each .SS "vigie NAME" subsection, the options that
// tag its .TP items and its text; and the exit statuses, the .TP items tagged with a number.
struct ManPage
{
    QHash<QString, QStringList> options;
    QHash<QString, QString> text;
    QStringList exitStatuses;
};

// Roff to plain words: fonts and quotes dropped, escaped dashes and spaces as themselves.
QString plain(QString line)
{
    static const QRegularExpression macro(QStringLiteral(R"(^\.(?:B|I|BI|IB|BR|RB|IR|RI)\s+)"));
    static const QRegularExpression font(QStringLiteral(R"(\\f[BIRP])"));
    line.remove(macro);
    line.remove(font);
    line.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    line.replace(QStringLiteral("\\(dq"), QStringLiteral("\""));
    line.replace(QStringLiteral("\\ "), QStringLiteral(" "));
    line.remove(QLatin1Char('"'));
    return line.trimmed();
}

ManPage readManPage(const QString &path)
{
    ManPage page;
    const QStringList lines = readText(path).split(QLatin1Char('\n'));
    QString section;
    bool inSection = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(QLatin1String(".SH"))) {
            inSection = false;
        } else if (line.startsWith(QLatin1String(".SS"))) {
            const QStringList words = plain(line.mid(3)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            inSection = words.value(0) == QLatin1String("vigie");
            section = words.value(1);
            if (section.startsWith(QLatin1String("--")))
                section = QStringLiteral("--");
            page.options[section]; // a subsection without options is still there
        } else if (line == QLatin1String(".TP") && i + 1 < lines.size()) {
            const QString tag = plain(lines.at(i + 1)).section(QLatin1Char(' '), 0, 0);
            if (!tag.isEmpty() && tag.toInt() >= 0 && tag == QString::number(tag.toInt()))
                page.exitStatuses << tag;
            else if (inSection && tag.startsWith(QLatin1String("--")))
                page.options[section] << tag.mid(2);
        }
        if (inSection)
            page.text[section] += plain(line) + QLatin1Char(' ');
    }
    for (QStringList &options : page.options)
        options = sorted(options);
    page.exitStatuses = sorted(page.exitStatuses);
    return page;
}

// The completion's answer when TAB is pressed after `words` (the last one is the word being completed).
QStringList complete(const QStringList &words)
{
    QProcess bash;
    const QString script = QStringLiteral(R"(source "$1" || exit 3
shift
spec=$(complete -p vigie) || exit 4
function=${spec#*-F }
function=${function%% *}
COMP_WORDS=("$@")
COMP_CWORD=$(($# - 1))
"$function" vigie "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\n' "${COMPREPLY[@]}")");
    bash.start(QStringLiteral("bash"),
               QStringList {QStringLiteral("--norc"), QStringLiteral("--noprofile"), QStringLiteral("-c"), script,
                            QStringLiteral("bash"), kResources + QStringLiteral("/completion/vigie.bash")}
                   + words);
    if (!bash.waitForFinished(30000) || bash.exitCode() != 0)
        return {QStringLiteral("bash failed: ") + QString::fromUtf8(bash.readAllStandardError())};
    return sorted(QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
}

// Lists compared as one line each, so that a failure shows both whole.
QString line(const QStringList &words)
{
    return words.join(QLatin1Char(' '));
}

QStringList dashed(const QStringList &names)
{
    QStringList result;
    for (const QString &name : names)
        result << QStringLiteral("--") + name;
    return sorted(result);
}

} // namespace

class TestCliDocs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void manPageCommands_data();
    void manPageCommands();
    void manPageExitStatuses_data();
    void manPageExitStatuses();
    void completionCommands();
    void completionOptions_data();
    void completionOptions();
    void completionChoices_data();
    void completionChoices();
    void completionTables();

private:
    QMap<QString, Command> m_commands; // by name; "" the window, "--" --help and --version
    QStringList m_exitStatuses;
    QStringList m_tables;
    QMap<QString, ManPage> m_manPages; // by language
};

void TestCliDocs::initTestCase()
{
    const CliRun help = runVigie({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString helpText = QString::fromUtf8(help.out);
    static const QRegularExpression usageLine(QStringLiteral(R"(^  vigie (.*)$)"), QRegularExpression::MultilineOption);
    for (auto it = usageLine.globalMatch(helpText); it.hasNext();) {
        const QString synopsis = it.next().captured(1);
        if (synopsis.startsWith(QLatin1String("--help"))) {
            m_commands[QStringLiteral("--")].options = optionsIn(synopsis);
        } else if (synopsis.startsWith(QLatin1Char('[')) || synopsis.startsWith(QLatin1Char('-'))) {
            m_commands[QString()].options += optionsIn(synopsis);
        } else {
            m_commands[synopsis.section(QLatin1Char(' '), 0, 0)];
        }
    }
    QVERIFY2(m_commands.size() > 5, qPrintable(helpText));
    QCOMPARE(m_commands.value(QStringLiteral("--")).options,
             (QStringList {QStringLiteral("help"), QStringLiteral("version")}));

    static const QRegularExpression exitLine(QStringLiteral(R"(^Exit status: (.*)$)"),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression status(QStringLiteral(R"(\b(\d+) )"));
    for (auto it = status.globalMatch(exitLine.match(helpText).captured(1)); it.hasNext();)
        m_exitStatuses << it.next().captured(1);
    m_exitStatuses = sorted(m_exitStatuses);
    QVERIFY2(m_exitStatuses.size() >= 3, qPrintable(helpText));

    for (auto it = m_commands.begin(); it != m_commands.end(); ++it) {
        if (it.key().isEmpty() || it.key() == QLatin1String("--"))
            continue;
        const CliRun run = runVigie({it.key(), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        const QString synopsis = QString::fromUtf8(run.out).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(synopsis.startsWith(QStringLiteral("usage: vigie %1").arg(it.key())), qPrintable(synopsis));
        it->options = optionsIn(synopsis);
        it->choices = choicesIn(synopsis);
    }

    // The window's options are the row "vigie [--db FILE] [--read-only]" of the same help.
    m_commands[QString()].options = sorted(m_commands.value(QString()).options);
    QVERIFY(m_commands.value(QString()).options.contains(QStringLiteral("db")));

    // The tables: the message for an unknown one lists them.
    const CliRun unknownTable
        = runVigie({QStringLiteral("export"), QStringLiteral("no-such-table"), QStringLiteral("--db"),
                    QStringLiteral("x"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(unknownTable.exitCode, 2);
    static const QRegularExpression expected(QStringLiteral(R"(\(expected ([a-z, ]+)\))"));
    m_tables = sorted(expected.match(QString::fromUtf8(unknownTable.err)).captured(1).split(QStringLiteral(", ")));
    QVERIFY2(m_tables.size() >= 5, unknownTable.err.constData());

    m_manPages.insert(QStringLiteral("en"), readManPage(kResources + QStringLiteral("/man/vigie.1.in")));
    m_manPages.insert(QStringLiteral("fr"), readManPage(kResources + QStringLiteral("/man/fr/vigie.1.in")));
}

void TestCliDocs::manPageCommands_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("command");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        for (auto it = m_commands.cbegin(); it != m_commands.cend(); ++it) {
            const QString name = it.key().isEmpty() ? QStringLiteral("(window)") : it.key();
            QTest::addRow("%s %s", qPrintable(language), qPrintable(name)) << language << it.key();
        }
    }
}

void TestCliDocs::manPageCommands()
{
    QFETCH(QString, language);
    QFETCH(QString, command);
    const ManPage page = m_manPages.value(language);
    QVERIFY2(page.options.contains(command), "the command has no .SS \"vigie COMMAND\" subsection");
    QCOMPARE(line(page.options.value(command)), line(m_commands.value(command).options));
    const QString text = page.text.value(command);
    const QHash<QString, QStringList> &choices = m_commands.value(command).choices;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        for (const QString &word : it.value())
            QVERIFY2(text.contains(word), qPrintable(QStringLiteral("--%1 %2 is not documented").arg(it.key(), word)));
    }
    if (command == QLatin1String("export")) {
        for (const QString &table : std::as_const(m_tables))
            QVERIFY2(text.contains(table), qPrintable(table));
    }
}

void TestCliDocs::manPageExitStatuses_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestCliDocs::manPageExitStatuses()
{
    QFETCH(QString, language);
    QCOMPARE(line(m_manPages.value(language).exitStatuses), line(m_exitStatuses));
}

void TestCliDocs::completionCommands()
{
    QStringList commands = m_commands.keys();
    commands.removeAll(QString());
    commands.removeAll(QStringLiteral("--"));
    QCOMPARE(line(complete({QStringLiteral("vigie"), QString()})), line(sorted(commands)));
}

void TestCliDocs::completionOptions_data()
{
    QTest::addColumn<QString>("command");
    for (auto it = m_commands.cbegin(); it != m_commands.cend(); ++it) {
        if (it.key() != QLatin1String("--"))
            QTest::newRow(it.key().isEmpty() ? "(window)" : qPrintable(it.key())) << it.key();
    }
}

void TestCliDocs::completionOptions()
{
    QFETCH(QString, command);
    QStringList words {QStringLiteral("vigie")};
    QStringList expected = m_commands.value(command).options;
    if (command.isEmpty())
        expected += m_commands.value(QStringLiteral("--")).options; // vigie --help, vigie --version
    else
        words << command;
    expected << QStringLiteral("help"); // every command takes --help
    QCOMPARE(line(complete(words << QStringLiteral("--"))), line(dashed(expected)));
}

void TestCliDocs::completionChoices_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QStringList>("words");
    for (auto it = m_commands.cbegin(); it != m_commands.cend(); ++it) {
        for (auto choice = it->choices.cbegin(); choice != it->choices.cend(); ++choice) {
            QTest::addRow("%s --%s", qPrintable(it.key()), qPrintable(choice.key()))
                << it.key() << choice.key() << sorted(choice.value());
        }
    }
}

void TestCliDocs::completionChoices()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    QFETCH(QStringList, words);
    QCOMPARE(line(complete({QStringLiteral("vigie"), command, QStringLiteral("--") + option, QString()})), line(words));
}

void TestCliDocs::completionTables()
{
    QCOMPARE(line(complete({QStringLiteral("vigie"), QStringLiteral("export"), QString()})), line(m_tables));
    QCOMPARE(complete({QStringLiteral("vigie"), QStringLiteral("export"), QStringLiteral("--db"), QStringLiteral("x"),
                       QStringLiteral("con")}),
             QStringList {QStringLiteral("contracts")});
}

QTEST_GUILESS_MAIN(TestCliDocs)
#include "testclidocs.moc"
