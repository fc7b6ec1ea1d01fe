#pragma once

#include <QString>

class QSqlDatabase;

namespace vigie {

/// Fills an empty Vigie database with the facts of the two seed documents (the Solidaires Sud Emploi
/// leaflet and the CGT press release of 24 August 2023), each fact citing its document with the
/// passage it comes from. Nothing is added that the documents do not say: unknown stays NULL.
/// One transaction: on failure nothing is written and `error` says why. Sets meta 'demo' = '1'.
bool populateDemoData(QSqlDatabase &db, QString *error = nullptr);

} // namespace vigie
