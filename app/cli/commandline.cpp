#include "commandline.h"

#include "export/tableexport.h"
#include "importcommand.h"
#include "operations/databaseoperations.h"
#include "restorecommand.h"
#include "storage/contractsearch.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "subcommand.h"
#include "watchcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace vigie::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::cli)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Messages are one line: scripts read the first line of stderr.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.trimmed();
}

int runInit(const Invocation &invocation);
int runExport(const Invocation &invocation);
int runCheck(const Invocation &invocation);

} // namespace

const QList<Subcommand> &coreSubcommands()
{
    static const QList<Subcommand> table = {
        {QStringLiteral("init"),
         QStringLiteral("init DB [--demo]"),
         QT_TRANSLATE_NOOP("vigie::cli",
                           "create a new database (never overwrites a file); --demo adds the facts "
                           "of the two seed documents"),
         {{QStringLiteral("demo"), false}},
         1,
         1,
         &runInit},
        {QStringLiteral("export"),
         QStringLiteral("export TABLE --db DB --format json|csv [--out FILE] [--separator ,|;] [--search TEXT]"),
         QT_TRANSLATE_NOOP("vigie::cli",
                           "write a table (subcontractors, contracts, tasks, incidents, sources) as "
                           "JSON or CSV, to standard output or FILE; --search keeps the contracts whose object "
                           "or holders match TEXT, as the All public contracts page searches, most recent first"),
         {{QStringLiteral("db"), true},
          {QStringLiteral("format"), true},
          {QStringLiteral("out"), true},
          {QStringLiteral("separator"), true},
          {QStringLiteral("search"), true}},
         1,
         1,
         &runExport},
        {QStringLiteral("check"),
         QStringLiteral("check DB"),
         QT_TRANSLATE_NOOP("vigie::cli", "print the schema version and check the database's integrity"),
         {},
         1,
         1,
         &runCheck},
        // DECP import (app/cli/importcommand.cpp).
        {QStringLiteral("import"),
         QStringLiteral("import FILE... --db DB [--buyer SIREN]... [--holder SIREN]... [--watched] "
                        "[--map FIELD=Header,...] [--report REPORT.csv]"),
         QT_TRANSLATE_NOOP("vigie::cli",
                           "import public-contract open data (DECP JSON, XML or CSV) in one "
                           "transaction, optionally only some buyers' or holders' contracts, with a "
                           "CSV report of what was accepted, merged or rejected"),
         {{QStringLiteral("db"), true},
          {QStringLiteral("buyer"), true, true},
          {QStringLiteral("holder"), true, true},
          {QStringLiteral("watched"), false},
          {QStringLiteral("map"), true, true},
          {QStringLiteral("report"), true}},
         1,
         1 << 20,
         &runImportCommand},
        // Backups (app/cli/restorecommand.cpp).
        {QStringLiteral("restore"),
         QStringLiteral("restore --db DB --list | restore --db DB BACKUP"),
         QT_TRANSLATE_NOOP("vigie::cli",
                           "list the backups of a database with what each holds, or replace the database "
                           "with one of them (a path or its number in the list); the replaced database is "
                           "kept as a backup too"),
         {{QStringLiteral("db"), true}, {QStringLiteral("list"), false}},
         0,
         1,
         &runRestoreCommand},
        {QStringLiteral("backup"),
         QStringLiteral("backup --db DB [--keep N]"),
         QT_TRANSLATE_NOOP("vigie::cli",
                           "back up a database now, keeping the newest N backups (by default as many as the "
                           "Preferences keep, 10 unless changed)"),
         {{QStringLiteral("db"), true}, {QStringLiteral("keep"), true}},
         0,
         0,
         &runBackupCommand},
        // Watch list (app/cli/watchcommand.cpp).
        {QStringLiteral("watch"),
         QStringLiteral("watch --db DB [--add ORGANISATION]... [--remove ORGANISATION]..."),
         QT_TRANSLATE_NOOP("vigie::cli",
                           "print the watch list (the groups whose new contracts an import flags), after adding "
                           "or removing organisations, each given by its SIREN, SIRET, TVA or HORS-UE identifier "
                           "or by its name, all or none"),
         {{QStringLiteral("db"), true}, {QStringLiteral("add"), true, true}, {QStringLiteral("remove"), true, true}},
         0,
         0,
         &runWatchCommand},
    };
    return table;
}

namespace {

// The window as a row of its own, so that its options are parsed and refused as a subcommand's are.
const Subcommand &windowCommand()
{
    static const Subcommand window
        = {QString(),
           QStringLiteral("[--db FILE] [--read-only]"),
           QT_TRANSLATE_NOOP("vigie::cli",
                             "open the window on FILE (or the last database used); --read-only browses it and changes "
                             "nothing"),
           {{QStringLiteral("db"), true}, {QStringLiteral("read-only"), false}},
           0,
           0,
           nullptr,
           true};
    return window;
}

// Qt's own options, which QGuiApplication takes out of the arguments (with the value after those that have one).
// They start with one dash; Qt accepts two as well.
bool isQtOption(const QString &argument, bool *takesValue)
{
    static const QStringList withValue = {QStringLiteral("platform"),
                                          QStringLiteral("platformpluginpath"),
                                          QStringLiteral("platformtheme"),
                                          QStringLiteral("plugin"),
                                          QStringLiteral("qwindowgeometry"),
                                          QStringLiteral("qwindowicon"),
                                          QStringLiteral("qwindowtitle"),
                                          QStringLiteral("display"),
                                          QStringLiteral("geometry"),
                                          QStringLiteral("style"),
                                          QStringLiteral("stylesheet"),
                                          QStringLiteral("session"),
                                          QStringLiteral("name"),
                                          QStringLiteral("title"),
                                          QStringLiteral("qmljsdebugger")};
    static const QStringList flags = {QStringLiteral("reverse"), QStringLiteral("nograb"), QStringLiteral("dograb"),
                                      QStringLiteral("sync"), QStringLiteral("widgetcount")};
    if (!argument.startsWith(QLatin1Char('-')))
        return false;
    const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1).section(QLatin1Char('='), 0, 0);
    *takesValue = withValue.contains(name) && !argument.contains(QLatin1Char('='));
    return withValue.contains(name) || flags.contains(name);
}

const Subcommand *findSubcommand(const QList<Subcommand> &table, const QString &name)
{
    for (const Subcommand &s : table) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") || argument == QLatin1String("help");
}

bool isVersion(const QString &argument)
{
    return argument == QLatin1String("--version");
}

QString helpText(const QList<Subcommand> &table)
{
    QString text = Text::tr("Vigie %1: audit of public-employment outsourcing and data breaches.")
                       .arg(QCoreApplication::applicationVersion())
        + QLatin1Char('\n') + QLatin1Char('\n');
    text += Text::tr("Usage:") + QLatin1Char('\n');
    text += QStringLiteral("  vigie %1\n      %2\n").arg(windowCommand().synopsis, Text::tr(windowCommand().summary));
    for (const Subcommand &s : table)
        text += QStringLiteral("  vigie %1\n      %2\n").arg(s.synopsis, Text::tr(s.summary));
    text += QStringLiteral("  vigie --help | --version\n\n");
    text
        += Text::tr("Exit status: 0 success, 1 error (one line on standard error), 2 wrong usage.") + QLatin1Char('\n');
    return text;
}

} // namespace

void printOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int Invocation::fail(const QString &message) const
{
    printError(QStringLiteral("vigie: %1\n").arg(oneLine(message)));
    return Failure;
}

int Invocation::usageError(const QString &message) const
{
    if (m_subcommand->name.isEmpty()) {
        // The window's command line.
        printError(QStringLiteral("vigie: %1 (%2 vigie %3; %4)\n")
                       .arg(oneLine(message), Text::tr("usage:"), m_subcommand->synopsis,
                            Text::tr("the subcommands: vigie --help")));
    } else {
        printError(QStringLiteral("vigie %1: %2 (%3 vigie %4)\n")
                       .arg(m_subcommand->name, oneLine(message), Text::tr("usage:"), m_subcommand->synopsis));
    }
    return UsageError;
}

/// Splits the arguments after the subcommand name into options and positional arguments.
class Parser
{
public:
    // Returns an empty string on success, else what is wrong. Sets *help when --help was given.
    static QString parse(const Subcommand &subcommand, const QStringList &arguments, Invocation *invocation, bool *help)
    {
        invocation->m_subcommand = &subcommand;
        bool optionsEnded = false;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QString &argument = arguments.at(i);
            if (optionsEnded || !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
                invocation->m_positional << argument;
                continue;
            }
            if (argument == QLatin1String("--")) {
                optionsEnded = true;
                continue;
            }
            if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
                *help = true;
                continue;
            }
            // The window's arguments may still hold Qt's own options (runGui parses what QApplication left).
            bool qtValue = false;
            if (subcommand.name.isEmpty() && isQtOption(argument, &qtValue)) {
                i += qtValue ? 1 : 0;
                continue;
            }
            if (!argument.startsWith(QLatin1String("--")))
                return Text::tr("unknown option %1").arg(argument);
            QString name = argument.mid(2);
            QString value;
            bool hasInlineValue = false;
            if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
                value = name.mid(equals + 1);
                name.truncate(equals);
                hasInlineValue = true;
            }
            const auto spec = std::find_if(subcommand.options.cbegin(), subcommand.options.cend(),
                                           [&](const OptionSpec &o) { return o.name == name; });
            if (spec == subcommand.options.cend()) {
                QStringList names;
                for (const OptionSpec &o : subcommand.options)
                    names << o.name;
                const QString closest = closestName(name, names);
                return closest.isEmpty() ? Text::tr("unknown option --%1").arg(name)
                                         : Text::tr("unknown option --%1 (did you mean --%2?)").arg(name, closest);
            }
            if (!spec->repeatable && invocation->isSet(name))
                return Text::tr("--%1 given more than once").arg(name);
            if (!spec->takesValue) {
                if (hasInlineValue)
                    return Text::tr("--%1 takes no value").arg(name);
                invocation->m_flags.insert(name);
                continue;
            }
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size())
                    return Text::tr("--%1 needs a value").arg(name);
                value = arguments.at(++i);
            }
            invocation->m_values[name].append(value);
        }
        const auto count = invocation->m_positional.size();
        if (!*help && count < subcommand.minPositional)
            return Text::tr("missing argument");
        if (count > subcommand.maxPositional)
            return Text::tr("unexpected argument \"%1\"").arg(invocation->m_positional.at(subcommand.maxPositional));
        return {};
    }
};

namespace {

int runInit(const Invocation &invocation)
{
    const QString path = invocation.positional().at(0);
    const bool demo = invocation.isSet(QStringLiteral("demo"));
    QString error;
    const std::unique_ptr<Database> database = operations::createDatabase(path, demo, &error);
    if (!database)
        return invocation.fail(error);
    const int version = database->schemaVersion();
    database->close();
    printOut((demo ? Text::tr("Created %1 with the demo data (schema version %2).")
                   : Text::tr("Created %1 (schema version %2)."))
                 .arg(native(path))
                 .arg(version)
             + QLatin1Char('\n'));
    return Success;
}

int runExport(const Invocation &invocation)
{
    const QString table = invocation.positional().at(0);
    if (!exportableTables().contains(table)) {
        return invocation.usageError(
            Text::tr("unknown table \"%1\" (expected %2)").arg(table, exportableTables().join(QStringLiteral(", "))));
    }
    if (!invocation.isSet(QStringLiteral("db")))
        return invocation.usageError(Text::tr("missing --db"));
    if (!invocation.isSet(QStringLiteral("format")))
        return invocation.usageError(Text::tr("missing --format"));
    TableExportOptions options;
    const QString format = invocation.value(QStringLiteral("format"));
    if (format == QLatin1String("json"))
        options.format = ExportFormat::Json;
    else if (format == QLatin1String("csv"))
        options.format = ExportFormat::Csv;
    else
        return invocation.usageError(Text::tr("unknown format \"%1\" (expected json or csv)").arg(format));
    if (invocation.isSet(QStringLiteral("separator"))) {
        const QString separator = invocation.value(QStringLiteral("separator"));
        if (options.format != ExportFormat::Csv)
            return invocation.usageError(Text::tr("--separator applies to CSV only"));
        if (separator == QLatin1String(","))
            options.separator = QLatin1Char(',');
        else if (separator == QLatin1String(";"))
            options.separator = QLatin1Char(';');
        else if (separator == QLatin1String("tab") || separator == QLatin1String("\t"))
            options.separator = QLatin1Char('\t');
        else
            return invocation.usageError(Text::tr("unknown separator \"%1\" (expected , ; or tab)").arg(separator));
    }
    if (invocation.isSet(QStringLiteral("search"))) {
        if (table != QLatin1String("contracts"))
            return invocation.usageError(Text::tr("--search applies to contracts only"));
        const QString search = invocation.value(QStringLiteral("search"));
        if (contractSearchQuery(search).isEmpty())
            return invocation.usageError(
                Text::tr("--search needs a word of two letters or digits at least (got \"%1\")").arg(search));
        options.contracts = ContractSelection {search};
    }

    const QString dbPath = invocation.value(QStringLiteral("db"));
    const QString outPath = invocation.value(QStringLiteral("out"));
    if (invocation.isSet(QStringLiteral("out"))) {
        if (outPath.isEmpty())
            return invocation.usageError(Text::tr("--out needs a file name"));
        const QFileInfo out(outPath);
        const QFileInfo db(dbPath);
        if (out.isDir())
            return invocation.fail(Text::tr("%1 is a folder, not a file").arg(native(outPath)));
        // Exporting over the database itself would destroy it.
        if (out.exists() && db.exists() && out.canonicalFilePath() == db.canonicalFilePath())
            return invocation.fail(
                Text::tr("%1 is the database itself; choose another output file").arg(native(outPath)));
    }

    QString error;
    if (options.contracts) {
        // The search reads the full-text index, which changes after the data (see syncContractSearch): it is
        // brought up to date first, the only write an export makes.
        Database writable;
        if (!writable.open(dbPath))
            return invocation.fail(writable.errorString());
        if (!syncContractSearch(writable.connection(), &error))
            return invocation.fail(Text::tr("cannot update the search index of %1: %2").arg(native(dbPath), error));
    }
    Database database;
    if (!database.open(dbPath, Database::Access::ReadOnly))
        return invocation.fail(database.errorString());
    if (invocation.isSet(QStringLiteral("out"))) {
        if (!exportTableToFile(database.connection(), table, options, outPath, &error))
            return invocation.fail(error);
        return Success;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return invocation.fail(Text::tr("cannot write to standard output: %1").arg(out.errorString()));
    if (!exportTable(database.connection(), table, options, &out, &error))
        return invocation.fail(error);
    if (!out.flush())
        return invocation.fail(Text::tr("cannot write to standard output: %1").arg(out.errorString()));
    return Success;
}

int runCheck(const Invocation &invocation)
{
    const QString path = invocation.positional().at(0);
    Database database;
    // Read-only: checking never changes the file, not even by upgrading its schema.
    if (!database.open(path, Database::Access::ReadOnly))
        return invocation.fail(database.errorString());
    const int version = database.schemaVersion();
    const QStringList problems = database.checkIntegrity(true);
    if (!problems.isEmpty()) {
        return invocation.fail(QCoreApplication::translate("vigie::cli", "%1 is damaged: %2 (%n problem(s))", nullptr,
                                                           int(problems.size()))
                                   .arg(native(path), problems.mid(0, 3).join(QStringLiteral("; "))));
    }
    printOut(Text::tr("%1: Vigie database, schema version %2 (this Vigie writes %3)")
                 .arg(native(path))
                 .arg(version)
                 .arg(currentSchemaVersion())
             + QLatin1Char('\n') + Text::tr("integrity: ok") + QLatin1Char('\n'));
    return Success;
}

} // namespace

QString closestName(const QString &word, const QStringList &names)
{
    // Optimal string alignment distance: a slip of one or two keys ("exprot", "improt", "--fromat").
    auto distance = [](const QString &a, const QString &b) {
        const qsizetype n = a.size(), m = b.size();
        QList<QList<qsizetype>> d(n + 1, QList<qsizetype>(m + 1, 0));
        for (qsizetype i = 0; i <= n; ++i)
            d[i][0] = i;
        for (qsizetype j = 0; j <= m; ++j)
            d[0][j] = j;
        for (qsizetype i = 1; i <= n; ++i) {
            for (qsizetype j = 1; j <= m; ++j) {
                const qsizetype cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
                d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
                if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                    d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
        return d[n][m];
    };
    const QString lower = word.toLower();
    QString best;
    qsizetype bestDistance = 0;
    for (const QString &name : names) {
        const qsizetype d = distance(lower, name);
        if (best.isEmpty() || d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    // Two slips in a short word are another word ("cat" is not "chart").
    const qsizetype allowed = word.size() <= 4 ? 1 : 2;
    return !best.isEmpty() && bestDistance <= allowed ? best : QString();
}

Launch launchFor(const QList<Subcommand> &table, const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (arguments.size() < 2)
        return Launch::Window;
    if (isHelp(first) || isVersion(first))
        return Launch::Headless;
    if (first.startsWith(QLatin1Char('-'))) {
        WindowOptions options;
        return parseWindowOptions(arguments, &options).isEmpty() ? Launch::Window : Launch::Headless;
    }
    const Subcommand *subcommand = findSubcommand(table, first);
    if (!subcommand || !subcommand->needsWidgets)
        return Launch::Headless;
    // Its help and usage errors need no widgets: only a command line that parses starts them.
    Invocation invocation;
    bool help = false;
    const bool parses = Parser::parse(*subcommand, arguments.mid(2), &invocation, &help).isEmpty();
    return parses && !help ? Launch::HeadlessWithWidgets : Launch::Headless;
}

QString parseWindowOptions(const QStringList &arguments, WindowOptions *options)
{
    Invocation invocation;
    bool help = false;
    QString problem = Parser::parse(windowCommand(), arguments.mid(1), &invocation, &help);
    if (problem.isEmpty() && help)
        problem = Text::tr("--help is a command of its own");
    if (!problem.isEmpty())
        return problem;
    options->database = invocation.value(QStringLiteral("db"));
    options->readOnly = invocation.isSet(QStringLiteral("read-only"));
    if (invocation.isSet(QStringLiteral("db")) && options->database.isEmpty())
        return Text::tr("--db needs a file name");
    return {};
}

int run(const QList<Subcommand> &table, const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (isHelp(command)) {
        printOut(helpText(table));
        return Success;
    }
    if (isVersion(command)) {
        printOut(QStringLiteral("vigie %1\n").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (command.startsWith(QLatin1Char('-'))) {
        // Options of the window that are not the window's: say what is wrong rather than open it.
        Invocation invocation;
        bool help = false;
        const QString problem = Parser::parse(windowCommand(), arguments.mid(1), &invocation, &help);
        if (help) {
            printOut(helpText(table));
            return Success;
        }
        return invocation.usageError(problem.isEmpty() ? Text::tr("these options open the window") : problem);
    }
    const Subcommand *subcommand = findSubcommand(table, command);
    if (!subcommand) {
        QStringList names;
        for (const Subcommand &s : table)
            names << s.name;
        const QString closest = closestName(command, names);
        const QString what = command.isEmpty() ? Text::tr("no subcommand")
            : closest.isEmpty()                ? Text::tr("unknown subcommand \"%1\"").arg(command)
                                : Text::tr("unknown subcommand \"%1\" (did you mean \"%2\"?)").arg(command, closest);
        printError(QStringLiteral("vigie: %1; %2\n").arg(what, Text::tr("see vigie --help")));
        return UsageError;
    }
    Invocation invocation;
    bool help = false;
    const QString problem = Parser::parse(*subcommand, arguments.mid(2), &invocation, &help);
    if (help) {
        printOut(QStringLiteral("%1 vigie %2\n  %3\n")
                     .arg(Text::tr("usage:"), subcommand->synopsis, Text::tr(subcommand->summary)));
        return Success;
    }
    if (!problem.isEmpty())
        return invocation.usageError(problem);
    return subcommand->handler(invocation);
}

} // namespace vigie::cli
