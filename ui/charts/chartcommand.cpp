#include "chartcommand.h"

#include "charts/chartrequest.h"
#include "operations/organisationnames.h"
#include "storage/analysisreader.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace vigie {

namespace {

// lupdate files these strings under the context named here, the one they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(vigie::ChartCommand)
};

bool parseYear(const QString &text, int *year)
{
    bool ok = false;
    *year = text.toInt(&ok);
    return ok && *year >= 1900 && *year <= 2200;
}

int runChart(const cli::Invocation &invocation)
{
    for (const char *required : {"db", "kind", "out"}) {
        if (!invocation.isSet(QLatin1String(required)))
            return invocation.usageError(Tr::tr("--%1 is required").arg(QLatin1String(required)));
    }
    auto value = [&](const char *name) { return invocation.value(QLatin1String(name)); };
    auto isSet = [&](const char *name) { return invocation.isSet(QLatin1String(name)); };
    ChartRequest request;
    const QString kind = value("kind");
    if (kind == QLatin1String("spending-exposure"))
        request.kind = ChartKind::SpendingExposure;
    else if (kind == QLatin1String("disclosure-delays"))
        request.kind = ChartKind::DisclosureDelays;
    else
        return invocation.usageError(
            Tr::tr("--kind must be spending-exposure or disclosure-delays, not \"%1\"").arg(kind));

    ExportOptions options;
    const QString outPath = value("out");
    const QString format = isSet("format") ? value("format") : QFileInfo(outPath).suffix();
    if (!parseExportFormat(format, &options.format))
        return invocation.usageError(Tr::tr("--format must be png, svg or pdf, not \"%1\"").arg(format));
    AnalysisFilter &filter = request.filter;
    int year = 0;
    if (isSet("from")) {
        if (!parseYear(value("from"), &year))
            return invocation.usageError(Tr::tr("--from must be a year, not \"%1\"").arg(value("from")));
        filter.from = QDate(year, 1, 1);
    }
    if (isSet("to")) {
        if (!parseYear(value("to"), &year))
            return invocation.usageError(Tr::tr("--to must be a year, not \"%1\"").arg(value("to")));
        filter.to = QDate(year, 12, 31);
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return invocation.usageError(
            Tr::tr("--from %1 is after --to %2").arg(filter.from.year()).arg(filter.to.year()));
    if (isSet("by") && !parseGranularity(value("by"), &filter.granularity))
        return invocation.usageError(Tr::tr("--by must be month, quarter or year, not \"%1\"").arg(value("by")));
    if (isSet("mode") && !parseSpendingMode(value("mode"), &filter.mode))
        return invocation.usageError(Tr::tr("--mode must be notified or spread, not \"%1\"").arg(value("mode")));
    if (isSet("claims")) {
        if (value("claims") == QLatin1String("official"))
            filter.claims = ClaimChoice::Official;
        else if (value("claims") == QLatin1String("highest"))
            filter.claims = ClaimChoice::Highest;
        else
            return invocation.usageError(
                Tr::tr("--claims must be official or highest, not \"%1\"").arg(value("claims")));
    }
    filter.creditSubcontracting = isSet("credit-subcontracting");
    filter.groupByParent = isSet("group");
    request.cumulative = isSet("cumulative");
    if (isSet("page") && isSet("size"))
        return invocation.usageError(Tr::tr("--page and --size cannot be used together"));
    if (isSet("page")) {
        const QString page = value("page").toUpper();
        if (page == QLatin1String("A4"))
            options.page = ExportOptions::Page::A4;
        else if (page == QLatin1String("A5"))
            options.page = ExportOptions::Page::A5;
        else
            return invocation.usageError(Tr::tr("--page must be A4 or A5, not \"%1\"").arg(value("page")));
    }
    options.landscape = isSet("landscape");
    if (isSet("size")) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})[xX×](\\d{2,5})$"));
        const auto match = re.match(value("size"));
        if (!match.hasMatch())
            return invocation.usageError(
                Tr::tr("--size must be WxH in pixels (for example 1200x800), not \"%1\"").arg(value("size")));
        options.page = ExportOptions::Page::Custom;
        options.customPixels = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (isSet("dpi")) {
        bool ok = false;
        options.dpi = value("dpi").toInt(&ok);
        if (!ok || options.dpi < 50 || options.dpi > 1200)
            return invocation.usageError(
                Tr::tr("--dpi must be a number from 50 to 1200, not \"%1\"").arg(value("dpi")));
    }
    options.title = value("title");
    options.subtitle = value("subtitle");
    options.unionName = value("union");

    // A missing database is an error, never created.
    const QString dbPath = value("db");
    Database database;
    if (!database.open(dbPath, Database::Access::ReadOnly))
        return invocation.fail(database.errorString());
    options.databasePath = QFileInfo(dbPath).absoluteFilePath();
    // A subcontractor is named as `vigie watch` names one: an ambiguous name is refused, never guessed.
    const Repository repository(database.connection());
    OutsourcingAnalysis analysis(std::make_unique<AnalysisReader>(database.connection()));
    QHash<RowId, RowId> groupOf;
    for (const OrganisationRef &o : analysis.organisations())
        groupOf.insert(o.id, o.groupId);
    for (const QString &name : invocation.values(QStringLiteral("subcontractor"))) {
        QString error;
        const RowId id = operations::findOrganisation(repository, name, dbPath, &error);
        if (!id)
            return invocation.fail(error);
        if (!groupOf.contains(id))
            return invocation.fail(Tr::tr("\"%1\" has no contracts or incidents in %2 to draw")
                                       .arg(name, QDir::toNativeSeparators(dbPath)));
        filter.subcontractorIds << (filter.groupByParent ? groupOf.value(id) : id);
    }
    QString error;
    if (!exportChartRequest(analysis, request, options, outPath, &error))
        return invocation.fail(error);
    return cli::Success;
}

} // namespace

const cli::Subcommand &chartSubcommand()
{
    static const cli::Subcommand chart
        = {QStringLiteral("chart"),
           QStringLiteral("chart --db DB --kind spending-exposure|disclosure-delays --out FILE [--format png|svg|pdf] "
                          "[--from YEAR] [--to YEAR] [--by month|quarter|year] [--mode notified|spread] "
                          "[--claims official|highest] [--subcontractor NAME]... [--credit-subcontracting] [--group] "
                          "[--cumulative] [--dpi N] [--page A4|A5] [--landscape] [--size WxH] [--title TEXT] "
                          "[--subtitle TEXT] [--union NAME]"),
           QT_TRANSLATE_NOOP("vigie::cli",
                             "draw a chart of the database without a display and export it as PNG, SVG or PDF, with "
                             "the filter in words and the sources of its figures under it; a subcontractor is named "
                             "by its identifier or by a name no other organisation has"),
           {{QStringLiteral("db"), true},
            {QStringLiteral("kind"), true},
            {QStringLiteral("out"), true},
            {QStringLiteral("format"), true},
            {QStringLiteral("from"), true},
            {QStringLiteral("to"), true},
            {QStringLiteral("by"), true},
            {QStringLiteral("mode"), true},
            {QStringLiteral("claims"), true},
            {QStringLiteral("subcontractor"), true, true},
            {QStringLiteral("credit-subcontracting"), false},
            {QStringLiteral("group"), false},
            {QStringLiteral("cumulative"), false},
            {QStringLiteral("dpi"), true},
            {QStringLiteral("page"), true},
            {QStringLiteral("landscape"), false},
            {QStringLiteral("size"), true},
            {QStringLiteral("title"), true},
            {QStringLiteral("subtitle"), true},
            {QStringLiteral("union"), true}},
           0,
           0,
           &runChart,
           true};
    return chart;
}

} // namespace vigie
