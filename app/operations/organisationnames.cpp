#include "organisationnames.h"

#include "storage/repository.h"

#include <QCoreApplication>
#include <QDir>

namespace vigie::operations {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::operations)
};

} // namespace

RowId findOrganisation(const Repository &repository, const QString &reference, const QString &databaseName,
                       QString *error)
{
    const QList<RowId> found = repository.organisationsNamed(reference);
    if (found.size() == 1)
        return found.first();
    const QString name = QDir::toNativeSeparators(databaseName);
    if (found.isEmpty())
        *error = Text::tr("no organisation of %1 has the identifier or the name \"%2\"").arg(name, reference);
    else
        *error = Text::tr("%n organisations of %1 are called \"%2\": give its SIREN, SIRET, TVA or HORS-UE "
                          "identifier instead",
                          nullptr, int(found.size()))
                     .arg(name, reference);
    return 0;
}

bool findOrganisations(const Repository &repository, const QStringList &references, const QString &databaseName,
                       QList<RowId> *ids, QString *error)
{
    for (const QString &reference : references) {
        const RowId id = findOrganisation(repository, reference, databaseName, error);
        if (!id)
            return false;
        *ids << id;
    }
    return true;
}

bool changeWatchList(Repository &repository, const QStringList &add, const QStringList &remove,
                     const QString &databaseName, QString *error)
{
    QList<RowId> added, removed;
    QString reason;
    if (!findOrganisations(repository, add, databaseName, &added, &reason)
        || !findOrganisations(repository, remove, databaseName, &removed, &reason)) {
        *error = Text::tr("%1; the watch list is unchanged").arg(reason);
        return false;
    }
    if (!repository.runInTransaction(
            [&] { return repository.setWatched(added, true) && repository.setWatched(removed, false); })) {
        *error = Text::tr("cannot change the watch list of %1: %2")
                     .arg(QDir::toNativeSeparators(databaseName), repository.lastError());
        return false;
    }
    return true;
}

} // namespace vigie::operations
