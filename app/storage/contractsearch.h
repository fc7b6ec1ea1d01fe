#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace vigie {

/// Brings the full-text index of contracts (objects, holder names and identifiers) up to date with
/// the contracts changed since it was last brought up to date: triggers queue them in
/// contracts_fts_pending, because FTS5 tables cannot be written from triggers while trusted_schema
/// is off. Cheap when nothing changed. Runs in the caller's transaction if one is open, else in its own.
/// Unless `wait`, gives up at once (and returns true) when another connection is writing, so that a
/// search typed during an import never blocks the window.
bool syncContractSearch(const QSqlDatabase &db, QString *error = nullptr, bool wait = true);

/// The FTS5 query for what a user typed: every word must match as a prefix ("tessi doc" ->
/// "tessi"* AND "doc"*). Quotes and operators are taken literally; one-character words are skipped.
/// Empty when the text holds no word.
QString contractSearchQuery(const QString &text);

/// Ids of the contracts matching `text` (see contractSearchQuery), most recently stored first, at most
/// `limit` (ranking every match of a one-letter prefix at a million rows costs seconds; rowid order does not).
/// Brings the index up to date first (unless the connection is read-only).
QList<qint64> searchContracts(const QSqlDatabase &db, const QString &text, int limit, QString *error = nullptr);

} // namespace vigie
