#pragma once
// What unit and GUI tests share: a file's checksum (to prove a file was left unchanged), running the vigie
// executable as a script would, and damaging a database the way a failing disk does. Header-only: each
// test is its own executable.

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace vigie::testing {

// SHA-256 of a file, read in blocks (databases may be large); empty when it cannot be read.
inline QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

struct CliRun
{
    int exitCode = -1; // -1: did not finish, or crashed
    QByteArray out;
    QByteArray err;
};

// Runs the vigie executable (VIGIE_EXECUTABLE, defined for every test) without a display, in a UTF-8 C
// locale, with `environment` added (HOME, XDG_CONFIG_HOME...), and waits up to a minute.
inline CliRun runVigie(const QStringList &arguments, const QString &workingDirectory = QString(),
                       const QHash<QString, QString> &extraEnvironment = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Headless subcommands must not need a display.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VIGIE_EXECUTABLE), arguments);
    CliRun result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// One page of an index overwritten with junk. The header, the schema and the tables still read, so the file
// opens and its records load; only PRAGMA quick_check (or integrity_check) finds the damage.
inline bool damageIndexPage(const QString &path, const QString &index)
{
    qint64 page = 0;
    qint64 pageSize = 0;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        QSqlQuery query(db);
        // Fold the WAL into the file first, so that the page written below is the one SQLite reads.
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND name = ?"));
        query.addBindValue(index);
        if (query.exec() && query.next())
            page = query.value(0).toLongLong();
        if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
            pageSize = query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (page <= 1 || pageSize <= 0)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize))
        return false;
    return file.write(QByteArray(int(pageSize), '\x5a')) == pageSize;
}

} // namespace vigie::testing
