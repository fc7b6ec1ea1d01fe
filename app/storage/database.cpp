#include "database.h"

#include "backup.h"
#include "contractsearch.h"
#include "history.h"
#include "migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

#include <atomic>
#include <sqlite3.h>

namespace vigie {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::Database)
};

QAtomicInt g_connectionCounter;

quint32 readBigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

} // namespace

QString vigieHeaderProblem(const QString &path, int *userVersion)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Text::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return Text::tr("%1 is an empty file, not a Vigie database").arg(QDir::toNativeSeparators(path));
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Text::tr("%1 is not a Vigie database (not an SQLite file)").arg(QDir::toNativeSeparators(path));
    const quint32 applicationId = readBigEndian32(header, 68);
    if (userVersion)
        *userVersion = int(readBigEndian32(header, 60));
    if (applicationId == 0 && readBigEndian32(header, 60) == 0 && QFileInfo(path + QStringLiteral("-wal")).size() > 0) {
        // A database just created by another connection may still hold its application id in the WAL:
        // the header cannot tell, so SQLite itself is asked (read-only) by Database::open.
        return {};
    }
    if (applicationId != quint32(kApplicationId))
        return Text::tr("%1 is an SQLite database of another program, not a Vigie database")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

QString plainDatabaseError(int sqliteCode, const QString &sqliteMessage)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Text::tr("another Vigie (or another program) is using the database and did not let go in time; "
                        "try again, or close the other Vigie");
    case SQLITE_FULL:
        return Text::tr("the disk is full");
    case SQLITE_IOERR:
        return Text::tr("cannot read or write the database file: the disk may be full, or the file too large for it "
                        "(%1)")
            .arg(sqliteMessage);
    case SQLITE_READONLY:
        return Text::tr("the database is read-only");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Text::tr("the database file is damaged (%1); restore a backup").arg(sqliteMessage);
    case SQLITE_CANTOPEN:
        return Text::tr("the database file cannot be opened (%1)").arg(sqliteMessage);
    default:
        return sqliteMessage;
    }
}

QString plainDatabaseError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Qt's text repeats the driver's words after SQLite's; SQLite's alone is clearer.
    const QString message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return ok ? plainDatabaseError(code, message) : error.text();
}

QString plainDatabaseError(sqlite3 *handle)
{
    if (!handle)
        return Text::tr("the database is not open");
    return plainDatabaseError(sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)));
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void stopQueriesWhen(const QSqlDatabase &db, const std::atomic<bool> *cancelled)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return;
    if (!cancelled) {
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        handle, 1000, [](void *flag) { return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic<bool> *>(cancelled));
}

Database::Database()
    : m_connectionName(QStringLiteral("vigie-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

bool Database::fail(const QString &message)
{
    m_error = message;
    close();
    return false;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::openConnection(const QString &path, bool readOnly, bool probe)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    // Even a read-only connection to a WAL file creates its -wal and -shm files, and leaves them
    // behind. When nobody has the file open (no -wal, no -shm), the first look goes through an
    // "immutable" URI, which creates nothing: a refused file is left exactly as it was found.
    if (probe && !QFileInfo::exists(path + QStringLiteral("-wal"))
        && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
    if (!db.open())
        return fail(
            Text::tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), plainDatabaseError(db.lastError())));
    m_path = path;
    m_readOnly = readOnly;
    return true;
}

bool Database::configureConnection()
{
    QSqlDatabase db = connection();
    // Files may come from elsewhere: no SQL functions with side effects run from the schema, and
    // no statement may corrupt the file on purpose.
    sqlite3 *handle = sqliteHandle(db);
    if (!handle || sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr) != SQLITE_OK
        || sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr) != SQLITE_OK)
        return fail(Text::tr("cannot protect %1 against damaging statements (SQLite defensive mode)")
                        .arg(QDir::toNativeSeparators(m_path)));
    QSqlQuery query(db);
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA trusted_schema = OFF")};
    if (!m_readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma))
            return fail(Text::tr("cannot configure %1: %2")
                            .arg(QDir::toNativeSeparators(m_path), plainDatabaseError(query.lastError())));
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys")) || !query.next() || query.value(0).toInt() != 1)
        return fail(Text::tr("foreign keys cannot be enforced on %1").arg(QDir::toNativeSeparators(m_path)));
    return true;
}

namespace {
std::atomic<qint64> s_checkNowUpTo {64 * 1024 * 1024};
} // namespace

qint64 Database::checkNowUpTo()
{
    return s_checkNowUpTo.load();
}

void Database::setCheckNowUpTo(qint64 bytes)
{
    s_checkNowUpTo.store(bytes);
}

bool Database::open(const QString &path, Access access, OpenCheck check)
{
    m_error.clear();
    m_checkPending = false;
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Text::tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile())
        return fail(Text::tr("%1 is not a file").arg(QDir::toNativeSeparators(path)));
    int headerVersion = 0;
    if (const QString problem = vigieHeaderProblem(path, &headerVersion); !problem.isEmpty())
        return fail(problem);
    if (headerVersion > currentSchemaVersion()) {
        return fail(Text::tr("%1 was written by a newer Vigie (schema %2; this version knows up to %3)")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(headerVersion)
                        .arg(currentSchemaVersion()));
    }

    // Look before writing anything: a read-only connection checks the file is sound.
    const bool readOnly = access == Access::ReadOnly || !info.isWritable();
    // A schema upgrade is checked first whatever the size: it writes.
    const bool checkLater = check == OpenCheck::Skip
        || (check == OpenCheck::Later && info.size() > checkNowUpTo() && headerVersion == currentSchemaVersion());
    if (!openConnection(path, true, true))
        return false;
    if (!checkLater) {
        const QStringList problems = checkIntegrity(false);
        if (!problems.isEmpty()) {
            return fail(Text::tr("%1 is damaged: %2")
                            .arg(QDir::toNativeSeparators(path), problems.mid(0, 3).join(QStringLiteral("; "))));
        }
    }
    {
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()
            || query.value(0).toInt() != kApplicationId)
            return fail(Text::tr("%1 is an SQLite database of another program, not a Vigie database")
                            .arg(QDir::toNativeSeparators(path)));
    }
    const int version = schemaVersion();
    if (version > currentSchemaVersion()) {
        return fail(Text::tr("%1 was written by a newer Vigie (schema %2; this version knows up to %3)")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(version)
                        .arg(currentSchemaVersion()));
    }
    if (readOnly && version < currentSchemaVersion()) {
        return fail(Text::tr("%1 is read-only and needs an upgrade of its schema (from %2 to %3)")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(version)
                        .arg(currentSchemaVersion()));
    }
    // The probe may be "immutable" (blind to other connections): the session gets a normal connection.
    if (!openConnection(path, readOnly))
        return false;
    if (!configureConnection())
        return false;
    if (!readOnly) {
        QSqlDatabase db = connection();
        if (version < currentSchemaVersion()) {
            // An upgrade rewrites the schema: keep the file as it was, and refuse to go on without that copy.
            QString error;
            if (backups::create(db, path, QStringLiteral("migration"), 0, &error).isEmpty())
                return fail(
                    Text::tr("cannot back up %1 before upgrading it: %2").arg(QDir::toNativeSeparators(path), error));
        }
        if (const QString error = migrate(db); !error.isEmpty())
            return fail(Text::tr("cannot upgrade %1: %2").arg(QDir::toNativeSeparators(path), error));
        // An upgrade may queue every contract for the search index (migration 5): indexed now, once, rather
        // than by the first search, which would stall the window for seconds on a national import. If it
        // fails, the queue stays and the next search or import catches up.
        if (version < currentSchemaVersion())
            syncContractSearch(db);
        QString error;
        if (!history::install(db, &error))
            return fail(error);
    }
    m_checkPending = checkLater && check == OpenCheck::Later;
    return true;
}

bool Database::create(const QString &path)
{
    m_error.clear();
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return fail(Text::tr("%1 already exists; Vigie does not overwrite it").arg(QDir::toNativeSeparators(path)));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Text::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    {
        // Create the file ourselves so that it is private from the first byte (SQLite gives its
        // -wal and -shm files the same permissions).
        QFile file(path);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
            return fail(Text::tr("cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    auto removeFile = [&] {
        close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    };
    if (!openConnection(path, false) || !configureConnection()) {
        const QString error = m_error;
        removeFile();
        m_error = error;
        return false;
    }
    QSqlDatabase db = connection();
    if (const QString error = migrate(db); !error.isEmpty()) {
        removeFile();
        m_error = Text::tr("cannot create the schema in %1: %2").arg(QDir::toNativeSeparators(path), error);
        return false;
    }
    if (QString error; !history::install(db, &error)) {
        removeFile();
        m_error = error;
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('created_by', :version)"));
    query.bindValue(QStringLiteral(":version"), QStringLiteral("Vigie " VIGIE_VERSION));
    query.exec();
    // Write the application id into the main file's header now, so that another process looking at
    // the file (a second Vigie, `vigie check`) recognises it at once.
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList Database::checkIntegrity(bool full) const
{
    QStringList problems;
    QSqlQuery query(connection());
    if (!query.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"))) {
        problems << query.lastError().text();
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return problems;
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems << query.lastError().text();
        return problems;
    }
    while (query.next()) {
        problems << Text::tr("row %1 of table %2 points to a missing row of %3")
                        .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString());
    }
    return problems;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/vigie.sqlite");
}

} // namespace vigie
