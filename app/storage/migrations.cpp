#include "migrations.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace vigie {

namespace {

// Dates are ISO 8601 text known to the year, month or day ("2021", "2021-10", "2021-10-28"); NULL is unknown.
#define VIGIE_DATE_CHECK(col)                                                                                          \
    "CHECK (" col " IS NULL OR " col " GLOB '[0-9][0-9][0-9][0-9]' OR " col                                            \
    " GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR " col " GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')"

// Migration 1: the whole first schema. Amounts are integer cents, NULL when unknown.
const char *const kMigration1[] = {
    R"(CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        publisher TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('official', 'union', 'press', 'expert', 'court', 'open_data', 'other')),
        published_on TEXT )" VIGIE_DATE_CHECK("published_on") R"(,
        url TEXT,
        file_ref TEXT,
        retrieved_on TEXT )" VIGIE_DATE_CHECK("retrieved_on") R"(,
        notes TEXT
    ) STRICT)",

    R"(CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL CHECK (role IN ('buyer', 'subcontractor', 'other')),
        id_type TEXT CHECK (id_type IN ('SIREN', 'SIRET', 'TVA', 'HORS-UE')),
        identifier TEXT,
        siren TEXT CHECK (siren IS NULL OR (length(siren) = 9 AND siren GLOB '[0-9]*')),
        parent_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
        notes TEXT,
        CHECK ((id_type IS NULL) = (identifier IS NULL)),
        CHECK (parent_id IS NULL OR parent_id <> id)
    ) STRICT)",
    "CREATE UNIQUE INDEX organisations_identifier ON organisations (id_type, identifier) WHERE identifier IS NOT NULL",
    "CREATE INDEX organisations_siren ON organisations (siren)",
    "CREATE INDEX organisations_parent ON organisations (parent_id)",

    R"(CREATE TABLE contracts (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL CHECK (length(trim(reference)) > 0),
        buyer_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        object TEXT,
        cpv_code TEXT,
        procedure TEXT,
        nature TEXT,
        amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
        amount_kind TEXT NOT NULL DEFAULT 'exact' CHECK (amount_kind IN ('exact', 'ceiling', 'approximate')),
        notified_on TEXT )" VIGIE_DATE_CHECK("notified_on") R"(,
        duration_months INTEGER CHECK (duration_months IS NULL OR duration_months > 0),
        territory TEXT,
        notes TEXT,
        UNIQUE (buyer_id, reference)
    ) STRICT)",
    "CREATE INDEX contracts_notified ON contracts (notified_on)",

    R"(CREATE TABLE contract_holders (
        contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        PRIMARY KEY (contract_id, organisation_id)
    ) STRICT, WITHOUT ROWID)",
    "CREATE INDEX contract_holders_organisation ON contract_holders (organisation_id)",

    R"(CREATE TABLE amendments (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
        signed_on TEXT )" VIGIE_DATE_CHECK("signed_on") R"(,
        new_amount_cents INTEGER CHECK (new_amount_cents IS NULL OR new_amount_cents >= 0),
        new_duration_months INTEGER CHECK (new_duration_months IS NULL OR new_duration_months > 0),
        object TEXT
    ) STRICT)",
    "CREATE INDEX amendments_contract ON amendments (contract_id)",

    R"(CREATE TABLE subcontracting_acts (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
        subcontractor_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
        declared_on TEXT )" VIGIE_DATE_CHECK("declared_on") R"(,
        object TEXT
    ) STRICT)",
    "CREATE INDEX subcontracting_acts_contract ON subcontracting_acts (contract_id)",
    "CREATE INDEX subcontracting_acts_subcontractor ON subcontracting_acts (subcontractor_id)",

    R"(CREATE TABLE data_categories (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        weight INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 0 AND weight <= 100),
        description TEXT
    ) STRICT)",

    R"(CREATE TABLE tasks (
        id INTEGER PRIMARY KEY,
        subcontractor_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        contract_id INTEGER REFERENCES contracts (id) ON DELETE SET NULL,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT,
        channel TEXT CHECK (channel IN ('phone', 'online', 'mail', 'on_site', 'back_office', 'other')),
        started_on TEXT )" VIGIE_DATE_CHECK("started_on") R"(,
        ended_on TEXT )" VIGIE_DATE_CHECK("ended_on") R"(,
        notes TEXT
    ) STRICT)",
    "CREATE INDEX tasks_subcontractor ON tasks (subcontractor_id)",
    "CREATE INDEX tasks_contract ON tasks (contract_id)",

    R"(CREATE TABLE task_data_categories (
        task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
        category_id INTEGER NOT NULL REFERENCES data_categories (id) ON DELETE RESTRICT,
        PRIMARY KEY (task_id, category_id)
    ) STRICT, WITHOUT ROWID)",

    R"(CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        subcontractor_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
        contract_id INTEGER REFERENCES contracts (id) ON DELETE SET NULL,
        task_id INTEGER REFERENCES tasks (id) ON DELETE SET NULL,
        occurred_on TEXT )" VIGIE_DATE_CHECK("occurred_on") R"(,
        discovered_on TEXT )" VIGIE_DATE_CHECK("discovered_on") R"(,
        cnil_notified_on TEXT )" VIGIE_DATE_CHECK("cnil_notified_on") R"(,
        made_public_on TEXT )" VIGIE_DATE_CHECK("made_public_on") R"(,
        breach_confidentiality INTEGER NOT NULL DEFAULT 0 CHECK (breach_confidentiality IN (0, 1)),
        breach_integrity INTEGER NOT NULL DEFAULT 0 CHECK (breach_integrity IN (0, 1)),
        breach_availability INTEGER NOT NULL DEFAULT 0 CHECK (breach_availability IN (0, 1)),
        status TEXT NOT NULL DEFAULT 'reported' CHECK (status IN ('suspected', 'reported', 'confirmed', 'closed')),
        description TEXT,
        notes TEXT
    ) STRICT)",
    "CREATE INDEX incidents_subcontractor ON incidents (subcontractor_id)",
    "CREATE INDEX incidents_contract ON incidents (contract_id)",

    R"(CREATE TABLE incident_consequences (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('fraud', 'phishing', 'identity_theft', 'account_takeover', 'other')),
        description TEXT,
        people INTEGER CHECK (people IS NULL OR people >= 0),
        source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,
        quote TEXT
    ) STRICT)",
    "CREATE INDEX incident_consequences_incident ON incident_consequences (incident_id)",

    // A claim is what one party says about an incident: how many people, which data. Official and expert
    // claims may disagree; all are kept. people NULL = nobody gave a number.
    R"(CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        claimant TEXT NOT NULL CHECK (length(trim(claimant)) > 0),
        is_official INTEGER NOT NULL DEFAULT 0 CHECK (is_official IN (0, 1)),
        people INTEGER CHECK (people IS NULL OR people >= 0),
        people_note TEXT,
        claimed_on TEXT )" VIGIE_DATE_CHECK("claimed_on") R"(,
        source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,
        quote TEXT
    ) STRICT)",
    "CREATE INDEX claims_incident ON claims (incident_id)",
    "CREATE INDEX claims_source ON claims (source_id)",

    R"(CREATE TABLE claim_data_categories (
        claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        category_id INTEGER NOT NULL REFERENCES data_categories (id) ON DELETE RESTRICT,
        PRIMARY KEY (claim_id, category_id)
    ) STRICT, WITHOUT ROWID)",

    // Figures that frame the others (the 2021 running cost of Pôle emploi...).
    R"(CREATE TABLE context_figures (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL CHECK (length(trim(label)) > 0),
        organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
        amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
        amount_kind TEXT NOT NULL DEFAULT 'exact' CHECK (amount_kind IN ('exact', 'ceiling', 'approximate')),
        count INTEGER,
        period TEXT )" VIGIE_DATE_CHECK("period") R"(,
        source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,
        quote TEXT
    ) STRICT)",

    // Which source backs which fact, with the quoted passage. A fact with no row here is unsourced.
    R"(CREATE TABLE organisation_sources (
        organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
        quote TEXT,
        PRIMARY KEY (organisation_id, source_id)
    ) STRICT)",
    R"(CREATE TABLE contract_sources (
        contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
        quote TEXT,
        PRIMARY KEY (contract_id, source_id)
    ) STRICT)",
    R"(CREATE TABLE task_sources (
        task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
        quote TEXT,
        PRIMARY KEY (task_id, source_id)
    ) STRICT)",
    R"(CREATE TABLE incident_sources (
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
        quote TEXT,
        PRIMARY KEY (incident_id, source_id)
    ) STRICT)",
    "CREATE INDEX organisation_sources_source ON organisation_sources (source_id)",
    "CREATE INDEX contract_sources_source ON contract_sources (source_id)",
    "CREATE INDEX task_sources_source ON task_sources (source_id)",
    "CREATE INDEX incident_sources_source ON incident_sources (source_id)",

    // Default data categories; weights are the user's to change.
    R"(INSERT INTO data_categories (code, name, weight) VALUES
        ('identity', 'Identité (nom, prénom)', 1),
        ('nir', 'Numéro de sécurité sociale (NIR)', 5),
        ('email', 'Adresse électronique', 2),
        ('phone', 'Numéro de téléphone', 2),
        ('postal_address', 'Adresse postale ou code postal', 2),
        ('bank_details', 'Coordonnées bancaires', 5),
        ('driving_licence', 'Numéro de permis de conduire', 4),
        ('professional_history', 'Parcours professionnel', 2),
        ('geolocation', 'Géolocalisation', 3),
        ('health', 'Santé, handicap', 5),
        ('union_membership', 'Appartenance syndicale', 5),
        ('password', 'Identifiants de connexion', 4))",

    // Key/value facts about the file itself (demo or not, created by which version).
    R"(CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT
    ) STRICT)",
};

// Migration 2: DECP open-data import. Import batches (one per imported file, with its counts), the DECP
// identity and version of imported contracts, their version history, a watch list of groups, and a
// full-text index over contract objects and holder names.
const char *const kMigration2[] = {
    // A source file is recognised by its SHA-1 (the checksum data.gouv.fr publishes), whatever its name.
    "ALTER TABLE sources ADD COLUMN sha1 TEXT "
    "CHECK (sha1 IS NULL OR (length(sha1) = 40 AND sha1 NOT GLOB '*[^0-9a-f]*'))",
    "CREATE UNIQUE INDEX sources_sha1 ON sources (sha1) WHERE sha1 IS NOT NULL",

    // records_in_file = records_read + concessions and records outside the filter, which are skipped;
    // every record read is accepted (new contract), merged (into a known contract) or rejected.
    R"(CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,
        file_name TEXT NOT NULL CHECK (length(file_name) > 0),
        format TEXT NOT NULL CHECK (format IN ('json', 'xml', 'csv')),
        started_at TEXT NOT NULL,
        finished_at TEXT,
        filter TEXT,
        records_in_file INTEGER NOT NULL DEFAULT 0,
        skipped_concessions INTEGER NOT NULL DEFAULT 0 CHECK (skipped_concessions >= 0),
        skipped_filter INTEGER NOT NULL DEFAULT 0 CHECK (skipped_filter >= 0),
        records_read INTEGER NOT NULL DEFAULT 0 CHECK (records_read >= 0),
        accepted INTEGER NOT NULL DEFAULT 0 CHECK (accepted >= 0),
        merged INTEGER NOT NULL DEFAULT 0 CHECK (merged >= 0),
        updated INTEGER NOT NULL DEFAULT 0 CHECK (updated >= 0 AND updated <= merged),
        rejected INTEGER NOT NULL DEFAULT 0 CHECK (rejected >= 0),
        warnings INTEGER NOT NULL DEFAULT 0 CHECK (warnings >= 0),
        CHECK (accepted + merged + rejected = records_read),
        CHECK (records_read + skipped_concessions + skipped_filter = records_in_file)
    ) STRICT)",

    // Groups whose new contracts are flagged on import (TESSI, Majorel...): the flag reaches their
    // subsidiaries through parent_id.
    "ALTER TABLE organisations ADD COLUMN watched INTEGER NOT NULL DEFAULT 0 CHECK (watched IN (0, 1))",

    // DECP identity of an imported contract: its "id" and the buyer identifier as the file gives them,
    // the date of its latest data (orders versions) and a fingerprint of the record (spots duplicates).
    "ALTER TABLE contracts ADD COLUMN decp_id TEXT",
    "ALTER TABLE contracts ADD COLUMN decp_buyer TEXT",
    "ALTER TABLE contracts ADD COLUMN decp_version TEXT " VIGIE_DATE_CHECK("decp_version"),
    "ALTER TABLE contracts ADD COLUMN decp_fingerprint INTEGER",
    "ALTER TABLE contracts ADD COLUMN import_batch_id INTEGER REFERENCES import_batches (id) ON DELETE SET NULL",
    "ALTER TABLE contracts ADD COLUMN watch_flag INTEGER NOT NULL DEFAULT 0 CHECK (watch_flag IN (0, 1))",
    "CREATE INDEX contracts_amount ON contracts (amount_cents)",
    "CREATE INDEX contracts_watch ON contracts (id) WHERE watch_flag = 1",
    // Amendments and acts that came from DECP are replaced by a newer version; those typed by hand stay.
    "ALTER TABLE amendments ADD COLUMN from_decp INTEGER NOT NULL DEFAULT 0 CHECK (from_decp IN (0, 1))",
    "ALTER TABLE subcontracting_acts ADD COLUMN from_decp INTEGER NOT NULL DEFAULT 0 CHECK (from_decp IN (0, 1))",

    // Earlier versions of a contract: 'superseded' ones it had before a newer version replaced them,
    // 'older' ones read after the newer version was already stored.
    R"(CREATE TABLE contract_versions (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
        fingerprint INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('superseded', 'older')),
        batch_id INTEGER REFERENCES import_batches (id) ON DELETE SET NULL,
        version_on TEXT )" VIGIE_DATE_CHECK("version_on") R"(,
        object TEXT,
        cpv_code TEXT,
        procedure TEXT,
        nature TEXT,
        amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
        notified_on TEXT )" VIGIE_DATE_CHECK("notified_on") R"(,
        duration_months INTEGER CHECK (duration_months IS NULL OR duration_months > 0),
        territory TEXT,
        holders TEXT,
        amendments INTEGER NOT NULL DEFAULT 0,
        UNIQUE (contract_id, fingerprint)
    ) STRICT)",

    // Full-text search over objects and holder names (and identifiers). FTS5 cannot be written from
    // triggers while trusted_schema is off, so triggers queue the contracts to re-index and the search
    // code (storage/contractsearch.cpp) brings the index up to date before it queries.
    "CREATE VIRTUAL TABLE contracts_fts USING fts5(object, holders, tokenize = 'unicode61 remove_diacritics 2', "
    "prefix = '2 3')",
    "CREATE TABLE contracts_fts_pending (contract_id INTEGER PRIMARY KEY) STRICT",
    R"(CREATE TRIGGER contracts_fts_on_insert AFTER INSERT ON contracts BEGIN
        INSERT OR IGNORE INTO contracts_fts_pending (contract_id) VALUES (NEW.id);
    END)",
    R"(CREATE TRIGGER contracts_fts_on_update AFTER UPDATE OF object ON contracts BEGIN
        INSERT OR IGNORE INTO contracts_fts_pending (contract_id) VALUES (NEW.id);
    END)",
    R"(CREATE TRIGGER contracts_fts_on_delete AFTER DELETE ON contracts BEGIN
        INSERT OR IGNORE INTO contracts_fts_pending (contract_id) VALUES (OLD.id);
    END)",
    R"(CREATE TRIGGER contract_holders_fts_on_insert AFTER INSERT ON contract_holders BEGIN
        INSERT OR IGNORE INTO contracts_fts_pending (contract_id) VALUES (NEW.contract_id);
    END)",
    R"(CREATE TRIGGER contract_holders_fts_on_delete AFTER DELETE ON contract_holders BEGIN
        INSERT OR IGNORE INTO contracts_fts_pending (contract_id) VALUES (OLD.contract_id);
    END)",
    R"(CREATE TRIGGER organisations_fts_on_rename AFTER UPDATE OF name, identifier ON organisations BEGIN
        INSERT OR IGNORE INTO contracts_fts_pending (contract_id)
            SELECT contract_id FROM contract_holders WHERE organisation_id = NEW.id;
    END)",
    "INSERT INTO contracts_fts_pending (contract_id) SELECT id FROM contracts",
};

// Migration 3: the change history of hand-entered records (storage/history.cpp). One row per insert,
// update or delete: which row, when, by whom, and the row's values before and after, as JSON. The
// triggers that fill it are installed by each Vigie connection (as TEMP triggers): only those may use
// the JSON functions with trusted_schema off, and they know who is writing; imports and other programs
// are not recorded. A deleted incident keeps its claims, their data categories, its consequences and
// its sources in old_values, so it can be brought back whole.
const char *const kMigration3[] = {
    R"(CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        table_name TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        changed_at TEXT NOT NULL,
        changed_by TEXT,
        old_values TEXT,
        new_values TEXT
    ) STRICT)",
    "CREATE INDEX history_row ON history (table_name, row_id)",
    "CREATE INDEX history_action ON history (table_name, action)",
};

// 4: the contracts entered by hand found without reading the whole table, for the followed contracts the
// main window holds (Repository::followedContracts) once millions of open-data contracts are imported.
const char *const kMigration4[] = {
    "CREATE INDEX contracts_by_hand ON contracts (id) WHERE import_batch_id IS NULL",
};

// 5: a lighter search index. Search matches words and word prefixes and reads rowids only: the index
// keeps which column a word is in but not its positions (detail=column), no column sizes (they only
// serve ranking) and no prefix indexes (a prefix reads the term list instead). Building it for a
// million contracts took 6.5 s of CPU, now 3.2 s, and a prefix search still answers in tens of
// milliseconds (README, "Search index"). Every contract is queued to be indexed again.
const char *const kMigration5[] = {
    "DROP TABLE contracts_fts",
    "CREATE VIRTUAL TABLE contracts_fts USING fts5(object, holders, tokenize = 'unicode61 remove_diacritics 2', "
    "detail = column, columnsize = 0)",
    "INSERT OR IGNORE INTO contracts_fts_pending (contract_id) SELECT id FROM contracts",
};

// 6: an id is never given twice. SQLite gives a new row the highest id + 1, so the id of the last row deleted
// went to the next row added: an undo step, a change history entry or another Vigie still naming the deleted
// record would then name another. With AUTOINCREMENT ids only grow. The tables whose records are deleted and
// brought back (sources, organisations, tasks, incidents, claims) are rebuilt the way SQLite documents it:
// new table, copy, drop, rename, with foreign keys off (migrate() turns them off and runs foreign_key_check
// before committing), then their indexes and triggers again. The column order is unchanged (the columns
// added by migration 2 stay last). The counter starts after the highest id the table or its history knew.
const char *const kMigration6[] = {
    R"(CREATE TABLE sources_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        publisher TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('official', 'union', 'press', 'expert', 'court', 'open_data', 'other')),
        published_on TEXT )" VIGIE_DATE_CHECK("published_on") R"(,
        url TEXT,
        file_ref TEXT,
        retrieved_on TEXT )" VIGIE_DATE_CHECK("retrieved_on") R"(,
        notes TEXT,
        sha1 TEXT CHECK (sha1 IS NULL OR (length(sha1) = 40 AND sha1 NOT GLOB '*[^0-9a-f]*'))
    ) STRICT)",
    "INSERT INTO sources_new SELECT * FROM sources",
    "DROP TABLE sources",
    "ALTER TABLE sources_new RENAME TO sources",
    "CREATE UNIQUE INDEX sources_sha1 ON sources (sha1) WHERE sha1 IS NOT NULL",

    R"(CREATE TABLE organisations_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL CHECK (role IN ('buyer', 'subcontractor', 'other')),
        id_type TEXT CHECK (id_type IN ('SIREN', 'SIRET', 'TVA', 'HORS-UE')),
        identifier TEXT,
        siren TEXT CHECK (siren IS NULL OR (length(siren) = 9 AND siren GLOB '[0-9]*')),
        parent_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
        notes TEXT,
        watched INTEGER NOT NULL DEFAULT 0 CHECK (watched IN (0, 1)),
        CHECK ((id_type IS NULL) = (identifier IS NULL)),
        CHECK (parent_id IS NULL OR parent_id <> id)
    ) STRICT)",
    "INSERT INTO organisations_new SELECT * FROM organisations",
    "DROP TABLE organisations",
    "ALTER TABLE organisations_new RENAME TO organisations",
    "CREATE UNIQUE INDEX organisations_identifier ON organisations (id_type, identifier) WHERE identifier IS NOT NULL",
    "CREATE INDEX organisations_siren ON organisations (siren)",
    "CREATE INDEX organisations_parent ON organisations (parent_id)",
    R"(CREATE TRIGGER organisations_fts_on_rename AFTER UPDATE OF name, identifier ON organisations BEGIN
        INSERT OR IGNORE INTO contracts_fts_pending (contract_id)
            SELECT contract_id FROM contract_holders WHERE organisation_id = NEW.id;
    END)",

    R"(CREATE TABLE tasks_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        subcontractor_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        contract_id INTEGER REFERENCES contracts (id) ON DELETE SET NULL,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT,
        channel TEXT CHECK (channel IN ('phone', 'online', 'mail', 'on_site', 'back_office', 'other')),
        started_on TEXT )" VIGIE_DATE_CHECK("started_on") R"(,
        ended_on TEXT )" VIGIE_DATE_CHECK("ended_on") R"(,
        notes TEXT
    ) STRICT)",
    "INSERT INTO tasks_new SELECT * FROM tasks",
    "DROP TABLE tasks",
    "ALTER TABLE tasks_new RENAME TO tasks",
    "CREATE INDEX tasks_subcontractor ON tasks (subcontractor_id)",
    "CREATE INDEX tasks_contract ON tasks (contract_id)",

    R"(CREATE TABLE incidents_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        subcontractor_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
        contract_id INTEGER REFERENCES contracts (id) ON DELETE SET NULL,
        task_id INTEGER REFERENCES tasks (id) ON DELETE SET NULL,
        occurred_on TEXT )" VIGIE_DATE_CHECK("occurred_on") R"(,
        discovered_on TEXT )" VIGIE_DATE_CHECK("discovered_on") R"(,
        cnil_notified_on TEXT )" VIGIE_DATE_CHECK("cnil_notified_on") R"(,
        made_public_on TEXT )" VIGIE_DATE_CHECK("made_public_on") R"(,
        breach_confidentiality INTEGER NOT NULL DEFAULT 0 CHECK (breach_confidentiality IN (0, 1)),
        breach_integrity INTEGER NOT NULL DEFAULT 0 CHECK (breach_integrity IN (0, 1)),
        breach_availability INTEGER NOT NULL DEFAULT 0 CHECK (breach_availability IN (0, 1)),
        status TEXT NOT NULL DEFAULT 'reported' CHECK (status IN ('suspected', 'reported', 'confirmed', 'closed')),
        description TEXT,
        notes TEXT
    ) STRICT)",
    "INSERT INTO incidents_new SELECT * FROM incidents",
    "DROP TABLE incidents",
    "ALTER TABLE incidents_new RENAME TO incidents",
    "CREATE INDEX incidents_subcontractor ON incidents (subcontractor_id)",
    "CREATE INDEX incidents_contract ON incidents (contract_id)",

    R"(CREATE TABLE claims_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        claimant TEXT NOT NULL CHECK (length(trim(claimant)) > 0),
        is_official INTEGER NOT NULL DEFAULT 0 CHECK (is_official IN (0, 1)),
        people INTEGER CHECK (people IS NULL OR people >= 0),
        people_note TEXT,
        claimed_on TEXT )" VIGIE_DATE_CHECK("claimed_on") R"(,
        source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,
        quote TEXT
    ) STRICT)",
    "INSERT INTO claims_new SELECT * FROM claims",
    "DROP TABLE claims",
    "ALTER TABLE claims_new RENAME TO claims",
    "CREATE INDEX claims_incident ON claims (incident_id)",
    "CREATE INDEX claims_source ON claims (source_id)",

    // The copies set each counter to the highest id left (and leave a row even for an empty table; inserted
    // here should they not); a record deleted from the end of its table is known to the change history only.
    R"(INSERT INTO sqlite_sequence (name, seq)
        SELECT table_name, max(row_id) FROM history
        WHERE table_name IN ('sources', 'organisations', 'tasks', 'incidents', 'claims')
            AND table_name NOT IN (SELECT name FROM sqlite_sequence)
        GROUP BY table_name)",
    R"(UPDATE sqlite_sequence SET seq = (SELECT max(row_id) FROM history WHERE table_name = sqlite_sequence.name)
        WHERE seq < (SELECT max(row_id) FROM history WHERE table_name = sqlite_sequence.name))",
    // The history written before this migration may name ids given twice: bringing back a record deleted then
    // still looks for a link's row deleted after it (history.cpp), up to this entry.
    R"(INSERT INTO meta (key, value)
        VALUES ('ids_reused_up_to_history', CAST((SELECT coalesce(max(id), 0) FROM history) AS TEXT)))",
};

#undef VIGIE_DATE_CHECK

struct Migration
{
    const char *const *begin;
    const char *const *end;
    bool rebuildsTables = false; // drops and recreates tables that rows name: foreign keys checked before commit
};

const Migration kMigrations[] = {
    {std::begin(kMigration1), std::end(kMigration1)}, {std::begin(kMigration2), std::end(kMigration2)},
    {std::begin(kMigration3), std::end(kMigration3)}, {std::begin(kMigration4), std::end(kMigration4)},
    {std::begin(kMigration5), std::end(kMigration5)}, {std::begin(kMigration6), std::end(kMigration6), true},
};

} // namespace

int currentSchemaVersion()
{
    return int(std::size(kMigrations));
}

QStringList migrationStatements(int version)
{
    QStringList statements;
    if (version < 1 || version > currentSchemaVersion())
        return statements;
    const Migration &m = kMigrations[version - 1];
    for (auto it = m.begin; it != m.end; ++it)
        statements << QString::fromUtf8(*it);
    return statements;
}

QString migrate(QSqlDatabase &db, int target)
{
    if (target < 0 || target > currentSchemaVersion())
        target = currentSchemaVersion();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return query.lastError().text();
    const int from = query.value(0).toInt();
    query.finish();
    if (from > currentSchemaVersion()) {
        return QCoreApplication::translate(
                   "vigie::Migrations", "the database was written by a newer Vigie (schema %1, this version knows %2)")
            .arg(from)
            .arg(currentSchemaVersion());
    }
    if (from >= target)
        return {};
    // A rebuilt table drops this connection's TEMP triggers on it (the change history's): they are installed
    // once the file is upgraded.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM temp.sqlite_schema WHERE type = 'trigger'")) || !query.next())
        return query.lastError().text();
    if (query.value(0).toInt() > 0)
        return QStringLiteral("migrate() runs before the change history's triggers are installed");
    query.finish();
    // A migration may rebuild a table (new table, copy, drop, rename). With foreign keys on, dropping the old
    // table would run the ON DELETE actions of every row naming it (a cascade, SET NULL). Keys are off while
    // migrating (the pragma does nothing inside a transaction: checked), and a migration that rebuilds checks
    // them before it commits.
    auto keysEnforced = [&query]() -> std::optional<bool> {
        if (!query.exec(QStringLiteral("PRAGMA foreign_keys")) || !query.next())
            return std::nullopt;
        const bool on = query.value(0).toInt() == 1;
        query.finish();
        return on;
    };
    const std::optional<bool> keysOn = keysEnforced();
    if (!keysOn)
        return query.lastError().text();
    if (*keysOn && (!query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")) || keysEnforced().value_or(true)))
        return QCoreApplication::translate("vigie::Migrations", "foreign keys cannot be turned off for the upgrade");
    const auto keysBack = qScopeGuard([&] {
        if (*keysOn)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    for (int version = from + 1; version <= target; ++version) {
        if (!db.transaction())
            return db.lastError().text();
        auto fail = [&](const QString &what) {
            const QString error
                = QCoreApplication::translate("vigie::Migrations", "migration %1 failed: %2").arg(version).arg(what);
            query.finish();
            db.rollback();
            return error;
        };
        const QStringList statements = migrationStatements(version);
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                return fail(query.lastError().text());
        }
        if (kMigrations[version - 1].rebuildsTables) {
            if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
                return fail(query.lastError().text());
            if (query.next()) {
                return fail(QCoreApplication::translate("vigie::Migrations",
                                                        "row %1 of table %2 would name a missing row of table %3")
                                .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString()));
            }
        }
        query.finish();
        // user_version and application_id are part of the migration's transaction.
        const bool ok = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))
            && query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        if (!ok || !db.commit()) {
            const QString error = ok ? db.lastError().text() : query.lastError().text();
            db.rollback();
            return error;
        }
    }
    return {};
}

} // namespace vigie
