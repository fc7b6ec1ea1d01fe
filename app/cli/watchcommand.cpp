#include "watchcommand.h"

#include "models/formatting.h"
#include "models/recordset.h"
#include "operations/organisationnames.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QDir>

namespace vigie::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::cli)
};

// One line per watched organisation: its name and identifier, and how many companies of its group the flag
// reaches with it (its subsidiaries, theirs...).
QString watchList(const RecordSet &records)
{
    QString out;
    for (const Organisation &o : records.organisations()) {
        if (!o.watched)
            continue;
        out += organisationChoiceText(o);
        if (const qsizetype below = records.withSubsidiaries(o.id).size() - 1; below > 0)
            out += QStringLiteral(", ") + Text::tr("%n subsidiaries", nullptr, int(below));
        out += QLatin1Char('\n');
    }
    if (out.isEmpty())
        return Text::tr("No organisation is watched: imports flag no contracts.") + QLatin1Char('\n');
    return Text::tr("Watched (imports flag their new contracts and those of their subsidiaries):") + QLatin1Char('\n')
        + out;
}

} // namespace

int runWatchCommand(const Invocation &invocation)
{
    if (!invocation.isSet(QStringLiteral("db")))
        return invocation.usageError(Text::tr("missing --db"));
    const QStringList add = invocation.values(QStringLiteral("add"));
    const QStringList remove = invocation.values(QStringLiteral("remove"));
    for (const QString &value : add) {
        if (remove.contains(value))
            return invocation.usageError(Text::tr("%1 is both added and removed").arg(value));
    }
    const bool changes = !add.isEmpty() || !remove.isEmpty();

    const QString path = invocation.value(QStringLiteral("db"));
    Database database;
    // Listing never writes, not even a schema upgrade.
    if (!database.open(path, changes ? Database::Access::ReadWrite : Database::Access::ReadOnly))
        return invocation.fail(database.errorString());
    Repository repository(database.connection());
    QString error;
    if (changes && !operations::changeWatchList(repository, add, remove, path, &error))
        return invocation.fail(error);
    const std::shared_ptr<const RecordSet> records = RecordSet::load(repository, &error);
    if (!records)
        return invocation.fail(error);
    printOut(watchList(*records));
    return Success;
}

} // namespace vigie::cli
