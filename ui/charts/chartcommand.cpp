#include "chartcommand.h"

#include "analytics/outsourcinganalysis.h"
#include "charts/chartexporter.h"
#include "charts/disclosurechart.h"
#include "charts/spendingexposurechart.h"
#include "storage/analysisreader.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>

namespace vigie {

namespace {

// lupdate files these strings under the context named here, the one they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(vigie::ChartCommand)
};

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
}

int error(const QString &message)
{
    printLine(stderr, QStringLiteral("vigie chart: ") + message);
    return 1;
}

QString usageText()
{
    return Tr::tr("usage: vigie chart --db DB --kind spending-exposure|disclosure-delays [--from YEAR] [--to YEAR] "
                  "[--by month|quarter|year] [--mode notified|spread] [--claims official|highest] "
                  "[--subcontractor NAME ...] [--credit-subcontracting] [--group] [--cumulative] "
                  "[--format png|svg|pdf] --out FILE [--dpi N] [--page A4|A5] [--landscape] "
                  "[--size WxH] [--title TEXT] [--subtitle TEXT] [--union NAME]");
}

int usage(const QString &message)
{
    printLine(stderr, QStringLiteral("vigie chart: ") + message);
    printLine(stderr, usageText());
    return 2;
}

bool parseYear(const QString &text, int *year)
{
    bool ok = false;
    *year = text.toInt(&ok);
    return ok && *year >= 1900 && *year <= 2200;
}

} // namespace

int runChartCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption db(QStringLiteral("db"), Tr::tr("Database file."), QStringLiteral("DB"));
    const QCommandLineOption kind(QStringLiteral("kind"), Tr::tr("Chart kind."), QStringLiteral("KIND"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("First year."), QStringLiteral("YEAR"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("Last year."), QStringLiteral("YEAR"));
    const QCommandLineOption by(QStringLiteral("by"), Tr::tr("Granularity."), QStringLiteral("PERIOD"));
    const QCommandLineOption mode(QStringLiteral("mode"), Tr::tr("Spending mode."), QStringLiteral("MODE"));
    const QCommandLineOption claims(QStringLiteral("claims"), Tr::tr("Claims."), QStringLiteral("CLAIMS"));
    const QCommandLineOption subcontractor(QStringLiteral("subcontractor"), Tr::tr("Subcontractor."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("Format."), QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), Tr::tr("Resolution."), QStringLiteral("N"));
    const QCommandLineOption page(QStringLiteral("page"), Tr::tr("Page size."), QStringLiteral("PAGE"));
    const QCommandLineOption landscape(QStringLiteral("landscape"), Tr::tr("Landscape."));
    const QCommandLineOption size(QStringLiteral("size"), Tr::tr("Custom size in pixels."), QStringLiteral("WxH"));
    const QCommandLineOption title(QStringLiteral("title"), Tr::tr("Title."), QStringLiteral("TEXT"));
    const QCommandLineOption subtitle(QStringLiteral("subtitle"), Tr::tr("Subtitle."), QStringLiteral("TEXT"));
    const QCommandLineOption unionName(QStringLiteral("union"), Tr::tr("Union name."), QStringLiteral("NAME"));
    const QCommandLineOption credit(QStringLiteral("credit-subcontracting"), Tr::tr("Credit sub-contracting acts."));
    const QCommandLineOption group(QStringLiteral("group"), Tr::tr("Count subsidiaries with their group."));
    const QCommandLineOption cumulative(QStringLiteral("cumulative"), Tr::tr("Running total of people exposed."));
    parser.addOptions({db,  kind, from,      to,   by,    mode,     claims,    subcontractor, format, out,
                       dpi, page, landscape, size, title, subtitle, unionName, credit,        group,  cumulative});
    QStringList args = arguments;
    if (args.size() > 1 && args.at(1) == QLatin1String("chart"))
        args.removeAt(1);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        printLine(stdout, usageText());
        printLine(stdout,
                  Tr::tr("  draw a chart of the database without a display and export it as PNG, SVG or PDF, "
                         "with the filter in words and the sources of its figures under it"));
        return 0;
    }
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    for (const QCommandLineOption *required : {&db, &kind, &out}) {
        if (!parser.isSet(*required))
            return usage(Tr::tr("--%1 is required").arg(required->names().constFirst()));
    }
    const QString kindValue = parser.value(kind);
    if (kindValue != QLatin1String("spending-exposure") && kindValue != QLatin1String("disclosure-delays"))
        return usage(Tr::tr("--kind must be spending-exposure or disclosure-delays, not \"%1\"").arg(kindValue));

    ExportOptions options;
    const QString outPath = parser.value(out);
    const QString formatValue = parser.isSet(format) ? parser.value(format) : QFileInfo(outPath).suffix();
    if (!parseExportFormat(formatValue, &options.format))
        return usage(Tr::tr("--format must be png, svg or pdf, not \"%1\"").arg(formatValue));
    AnalysisFilter filter;
    int year = 0;
    if (parser.isSet(from)) {
        if (!parseYear(parser.value(from), &year))
            return usage(Tr::tr("--from must be a year, not \"%1\"").arg(parser.value(from)));
        filter.from = QDate(year, 1, 1);
    }
    if (parser.isSet(to)) {
        if (!parseYear(parser.value(to), &year))
            return usage(Tr::tr("--to must be a year, not \"%1\"").arg(parser.value(to)));
        filter.to = QDate(year, 12, 31);
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return usage(Tr::tr("--from %1 is after --to %2").arg(filter.from.year()).arg(filter.to.year()));
    if (parser.isSet(by) && !parseGranularity(parser.value(by), &filter.granularity))
        return usage(Tr::tr("--by must be month, quarter or year, not \"%1\"").arg(parser.value(by)));
    if (parser.isSet(mode) && !parseSpendingMode(parser.value(mode), &filter.mode))
        return usage(Tr::tr("--mode must be notified or spread, not \"%1\"").arg(parser.value(mode)));
    if (parser.isSet(claims)) {
        if (parser.value(claims) == QLatin1String("official"))
            filter.claims = ClaimChoice::Official;
        else if (parser.value(claims) == QLatin1String("highest"))
            filter.claims = ClaimChoice::Highest;
        else
            return usage(Tr::tr("--claims must be official or highest, not \"%1\"").arg(parser.value(claims)));
    }
    filter.creditSubcontracting = parser.isSet(credit);
    filter.groupByParent = parser.isSet(group);
    if (parser.isSet(page) && parser.isSet(size))
        return usage(Tr::tr("--page and --size cannot be used together"));
    if (parser.isSet(page)) {
        const QString p = parser.value(page).toUpper();
        if (p == QLatin1String("A4"))
            options.page = ExportOptions::Page::A4;
        else if (p == QLatin1String("A5"))
            options.page = ExportOptions::Page::A5;
        else
            return usage(Tr::tr("--page must be A4 or A5, not \"%1\"").arg(parser.value(page)));
    }
    options.landscape = parser.isSet(landscape);
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})[xX×](\\d{2,5})$"));
        const auto match = re.match(parser.value(size));
        if (!match.hasMatch())
            return usage(
                Tr::tr("--size must be WxH in pixels (for example 1200x800), not \"%1\"").arg(parser.value(size)));
        options.page = ExportOptions::Page::Custom;
        options.customPixels = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (parser.isSet(dpi)) {
        bool ok = false;
        options.dpi = parser.value(dpi).toInt(&ok);
        if (!ok || options.dpi < 50 || options.dpi > 1200)
            return usage(Tr::tr("--dpi must be a number from 50 to 1200, not \"%1\"").arg(parser.value(dpi)));
    }

    // A missing database is an error, never created.
    Database database;
    if (!database.open(parser.value(db), Database::Access::ReadOnly))
        return error(database.errorString());
    OutsourcingAnalysis analysis(std::make_unique<AnalysisReader>(database.connection()));
    const QList<OrganisationRef> organisations = analysis.organisations();
    if (!analysis.lastError().isEmpty())
        return error(analysis.lastError());
    QHash<RowId, QString> names;
    for (const OrganisationRef &o : organisations)
        names.insert(o.id, o.name);
    for (const QString &name : parser.values(subcontractor)) {
        RowId found = 0;
        for (const OrganisationRef &o : organisations) {
            if (o.name.compare(name, Qt::CaseInsensitive) == 0)
                found = filter.groupByParent ? o.groupId : o.id;
        }
        if (!found)
            return error(
                Tr::tr("no subcontractor named \"%1\" has contracts or incidents in %2").arg(name, parser.value(db)));
        filter.subcontractorIds << found;
    }

    const QLocale locale;
    const bool spendingKind = kindValue == QLatin1String("spending-exposure");
    options.filterText
        = describeFilter(filter, names, locale, spendingKind ? FilterWords::Spending : FilterWords::Incidents);
    options.databasePath = QFileInfo(parser.value(db)).absoluteFilePath();
    options.unionName = parser.value(unionName);
    options.subtitle = parser.value(subtitle);
    const std::optional<ChartData> data = analysis.compute(filter);
    if (!data)
        return error(analysis.lastError());
    for (const SourceRef &source : spendingKind ? analysis.sources(filter) : analysis.incidentSources(filter))
        options.sources << source.citation(locale);

    std::unique_ptr<QChart> chart;
    const double pointSize = std::min(options.layoutSize().width(), options.layoutSize().height()) * 0.0125;
    if (spendingKind) {
        options.title = parser.isSet(title) ? parser.value(title) : Tr::tr("Outsourcing and people's data exposed");
        options.notes = data->omissionNotes();
        auto spending = std::make_unique<SpendingExposureChart>();
        SpendingExposureChart::Options chartOptions;
        chartOptions.cumulative = parser.isSet(cumulative);
        chartOptions.pointSize = pointSize;
        chartOptions.maxPeriods = SpendingExposureChart::maxPeriodsForWidth(options.layoutSize().width());
        spending->setChartData(*data, chartOptions);
        chart = std::move(spending);
    } else {
        options.title = parser.isSet(title) ? parser.value(title) : Tr::tr("How long before breaches were made public");
        auto disclosure = std::make_unique<DisclosureChart>();
        disclosure->setTimelines(analysis.disclosureTimelines(filter), 30, pointSize);
        chart = std::move(disclosure);
    }
    QString message;
    if (!exportChart(std::move(chart), options, outPath, &message))
        return error(message);
    return 0;
}

} // namespace vigie
