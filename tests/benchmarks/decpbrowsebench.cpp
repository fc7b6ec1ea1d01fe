// Browsing a million imported contracts: first paint, jump to the end, sorted view and search
// keystrokes through ContractWindowModel, with the peak memory.
//   decpbrowsebench --db DB [--search "tele"]
// DB is a database with many contracts, e.g. made by `vigie import` of a decpgenerate file.
#include "models/contractwindowmodel.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <sys/resource.h>

namespace {

double ms(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("search"), QStringLiteral("text typed, one keystroke at a time"),
                      QStringLiteral("text"), QStringLiteral("prestations maint")});
    parser.process(app);
    vigie::Database database;
    if (!database.open(parser.value(QStringLiteral("db")))) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    using Model = vigie::ContractWindowModel;
    QElapsedTimer clock;
    clock.start();
    {
        Model model(database.connection());
        const QString first = model.index(0, Model::ReferenceColumn).data().toString();
        std::printf("first paint      %7.1f ms  (%d rows counted, first row %s)\n", ms(clock), model.rowCount(),
                    qPrintable(first));
        clock.restart();
        const int last = model.rowCount() - 1;
        model.index(last, Model::ReferenceColumn).data();
        std::printf("jump to the end  %7.1f ms\n", ms(clock));
        clock.restart();
        model.index(last / 2, Model::ReferenceColumn).data();
        std::printf("jump to middle   %7.1f ms\n", ms(clock));
        clock.restart();
        model.sort(Model::AmountColumn, Qt::DescendingOrder);
        const QString largest = model.index(0, Model::AmountColumn).data().toString();
        std::printf("sort by amount   %7.1f ms  (largest %s)\n", ms(clock), qPrintable(largest));
        clock.restart();
        model.index(last, Model::AmountColumn).data();
        std::printf("  and its end    %7.1f ms\n", ms(clock));
        // Scroll through 20,000 rows, as a user dragging the scroll bar would.
        clock.restart();
        for (int row = 0; row < 20000; row += 25)
            model.index(row, Model::ObjectColumn).data();
        std::printf("scroll 20k rows  %7.1f ms  (%d pages held)\n", ms(clock), model.cachedPages());

        const QString text = parser.value(QStringLiteral("search"));
        double worst = 0;
        for (int n = 1; n <= text.size(); ++n) {
            clock.restart();
            model.setSearchText(text.left(n));
            model.index(0, Model::ReferenceColumn).data();
            const double t = ms(clock);
            worst = std::max(worst, t);
            std::printf("search %-20s %7.1f ms  (%d rows%s)\n",
                        qPrintable(QLatin1Char('"') + text.left(n) + QLatin1Char('"')), t, model.rowCount(),
                        model.isTruncated() ? ", truncated" : "");
        }
        std::printf("worst keystroke  %7.1f ms (target < 100 ms)\n", worst);
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory      %7.0f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
