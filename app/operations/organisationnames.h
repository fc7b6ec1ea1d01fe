#pragma once

#include "storage/records.h"

#include <QList>
#include <QString>

namespace vigie {

class Repository;

namespace operations {

/// The one rule for naming an organisation on the command line (`vigie watch --add`, `vigie chart
/// --subcontractor`): its SIREN, SIRET, TVA or HORS-UE identifier (spaces allowed), or its name when no other
/// organisation has it (case ignored). Returns its id, or 0 with `error` saying that none or several have it.
/// `databaseName` names the database in the message.
RowId findOrganisation(const Repository &repository, const QString &reference, const QString &databaseName,
                       QString *error);

/// findOrganisation() for each reference, all or none: the first that fails stops it, with its `error`.
bool findOrganisations(const Repository &repository, const QStringList &references, const QString &databaseName,
                       QList<RowId> *ids, QString *error);

/// Puts the organisations named by `add` on the watch list and takes those of `remove` off it (each named as
/// findOrganisation() says), all in one transaction kept in the change history, or nothing at all: every name
/// is checked before anything is written. On failure `error` says why, ending with the list being unchanged.
bool changeWatchList(Repository &repository, const QStringList &add, const QStringList &remove,
                     const QString &databaseName, QString *error);

} // namespace operations

} // namespace vigie
