#include "importcommand.h"

#include "operations/databaseoperations.h"
#include "storage/database.h"
#include "storage/decpimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vigie::cli {

namespace {

// lupdate files these strings under vigie::cli (a free Text::tr() function would hide them from it).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::cli)
};

QString fileLine(const DecpFileSummary &f)
{
    QString line = Text::tr("%1 (%2): %3 records read: %4 accepted, %5 merged (%6 duplicates, %7 updated, %8 older "
                            "versions), %9 rejected")
                       .arg(f.file, f.format.toUpper())
                       .arg(f.recordsRead)
                       .arg(f.accepted)
                       .arg(f.merged)
                       .arg(f.duplicates)
                       .arg(f.updated)
                       .arg(f.older)
                       .arg(f.rejected);
    if (f.skippedConcessions || f.skippedFilter) {
        line += QStringLiteral("; ")
            + Text::tr("skipped: %1 concessions, %2 outside the filter").arg(f.skippedConcessions).arg(f.skippedFilter);
    }
    if (f.warnings)
        line += QStringLiteral("; ") + Text::tr("%n values read as unknown or flagged", nullptr, int(f.warnings));
    if (f.watched)
        line += QStringLiteral("; ") + Text::tr("%n contracts of watched groups", nullptr, int(f.watched));
    return line;
}

} // namespace

int runImportCommand(const Invocation &invocation)
{
    if (!invocation.isSet(QStringLiteral("db")))
        return invocation.usageError(Text::tr("missing --db"));
    DecpImportOptions options;
    options.files = invocation.positional();
    options.buyers = invocation.values(QStringLiteral("buyer"));
    options.holders = invocation.values(QStringLiteral("holder"));
    options.watchedOnly = invocation.isSet(QStringLiteral("watched"));
    options.reportPath = invocation.value(QStringLiteral("report"));
    for (const QString &value : options.buyers + options.holders) {
        if (const QString problem = decpFilterValueError(value); !problem.isEmpty())
            return invocation.usageError(Text::tr("--buyer and --holder take a SIREN or a SIRET: %1").arg(problem));
    }
    for (const QString &map : invocation.values(QStringLiteral("map"))) {
        QString error;
        const decp::CsvMapping mapping = decp::CsvMapping::fromString(map, &error);
        if (mapping.isEmpty())
            return invocation.usageError(error.isEmpty() ? Text::tr("--map is empty") : error);
        options.csvMapping.columns.insert(mapping.columns);
    }
    if (invocation.isSet(QStringLiteral("report"))) {
        const QFileInfo report(options.reportPath);
        if (options.reportPath.isEmpty() || !report.absoluteDir().exists())
            return invocation.fail(Text::tr("cannot write the report %1: its folder does not exist")
                                       .arg(QDir::toNativeSeparators(options.reportPath)));
    }

    const QString path = invocation.value(QStringLiteral("db"));
    // Checked before opening the database, so that a mistyped file name does not cost an integrity check.
    for (const QString &file : std::as_const(options.files)) {
        if (!QFileInfo::exists(file))
            return invocation.fail(Text::tr("%1 does not exist").arg(QDir::toNativeSeparators(file)));
    }
    Database database;
    if (!database.open(path))
        return invocation.fail(database.errorString());
    // The database as it was is backed up first, and pruned as the Preferences say (the window's import too).
    DecpImporter importer(database.connection());
    const DecpImportResult result = operations::importDecp(database, importer, options);
    if (!result.ok)
        return invocation.fail(result.error);

    QString out;
    for (const DecpFileSummary &f : result.files)
        out += fileLine(f) + QLatin1Char('\n');
    if (result.changed)
        out += Text::tr("Imported into %1 in %2 s.")
                   .arg(QDir::toNativeSeparators(path))
                   .arg(double(result.elapsedMs) / 1000.0, 0, 'f', 1);
    else
        out += Text::tr("Nothing new: %1 is unchanged.").arg(QDir::toNativeSeparators(path));
    out += QLatin1Char('\n');
    if (!options.reportPath.isEmpty())
        out += Text::tr("Report: %1").arg(QDir::toNativeSeparators(options.reportPath)) + QLatin1Char('\n');
    printOut(out);
    return Success;
}

} // namespace vigie::cli
