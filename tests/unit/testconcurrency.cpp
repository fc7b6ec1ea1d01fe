// Two Vigies on one database: two connections, and two processes, writing in turn. Nobody ever sees
// "database is locked"; when the other one really holds the database too long, the message says so.
#include "storage/database.h"
#include "storage/repository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// A DECP file of `records` contracts whose ids start with `prefix`.
bool writeDecp(const QString &path, const QByteArray &prefix, int records)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("{\"marches\": [\n");
    for (int i = 0; i < records; ++i) {
        file.write(R"({"id": ")" + prefix + QByteArray::number(i)
                   + R"(", "acheteur": {"id": "13000548100010"}, "objet": "Accueil", "montant": )"
                   + QByteArray::number(1000 + i) + R"(, "titulaires": [{"typeIdentifiant": "SIRET", "id": ")"
                   + QByteArray::number(44306184100000LL + (i % 500) * 10) + "\"}]}"
                   + (i + 1 < records ? ",\n" : "\n"));
    }
    file.write("]}\n");
    return true;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void twoConnectionsWriteInTurn();
    void staleReaderGetsPlainMessage();
    void whileAnotherProcessImports();
    void twoImportsAtOnce();
    void heldTooLongGetsPlainMessage();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConcurrency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("shared.sqlite"));
    Database db;
    QVERIFY2(db.create(m_path), qPrintable(db.errorString()));
}

void TestConcurrency::twoConnectionsWriteInTurn()
{
    Database a;
    Database b;
    QVERIFY(a.open(m_path));
    QVERIFY(b.open(m_path));
    Repository ra(a.connection());
    Repository rb(b.connection());
    for (int i = 0; i < 200; ++i) {
        Repository &r = (i % 3 == 1) ? rb : ra; // irregular turns
        Source s;
        s.title = QStringLiteral("Source %1").arg(i);
        QVERIFY2(r.saveSource(s), qPrintable(r.lastError()));
        // Each sees the other's writes at once.
        QCOMPARE(count(a.connection(), QStringLiteral("sources")), i + 1);
        QCOMPARE(count(b.connection(), QStringLiteral("sources")), i + 1);
        s.notes = QStringLiteral("edited by the other one");
        Repository &other = (&r == &ra) ? rb : ra;
        QVERIFY2(other.saveSource(s), qPrintable(other.lastError()));
    }
    QVERIFY(a.checkIntegrity(true).isEmpty());
}

void TestConcurrency::staleReaderGetsPlainMessage()
{
    Database a;
    Database b;
    QVERIFY(a.open(m_path));
    QVERIFY(b.open(m_path));
    Repository ra(a.connection());
    Repository rb(b.connection());
    for (int i = 0; i < 300; ++i) {
        Source s;
        s.title = QStringLiteral("Source %1").arg(i);
        QVERIFY(ra.saveSource(s));
    }
    // b reads half a table (as a half-fetched model does) and so keeps an old snapshot...
    QSqlQuery reader(b.connection());
    reader.setForwardOnly(true);
    QVERIFY(reader.exec(QStringLiteral("SELECT id FROM sources")));
    QVERIFY(reader.next());
    // ...while a writes.
    Source s;
    s.title = QStringLiteral("Written by a");
    QVERIFY(ra.saveSource(s));
    // b cannot write from its old snapshot: SQLite refuses at once, and the user is told why in plain words.
    Source t;
    t.title = QStringLiteral("Written by b");
    const bool saved = rb.saveSource(t);
    if (!saved) {
        QVERIFY2(rb.lastError().contains(QStringLiteral("another Vigie")), qPrintable(rb.lastError()));
        QVERIFY2(!rb.lastError().contains(QStringLiteral("locked")), qPrintable(rb.lastError()));
    }
    qInfo("a save from a stale snapshot: %s", saved ? "went through" : qPrintable(rb.lastError()));
    reader.finish();
    // Once it has let go of its snapshot, it can write.
    if (!saved)
        QVERIFY2(rb.saveSource(t), qPrintable(rb.lastError()));
    QCOMPARE(count(a.connection(), QStringLiteral("sources")), 302);
}

void TestConcurrency::whileAnotherProcessImports()
{
    const QString input = m_dir->filePath(QStringLiteral("big.json"));
    QVERIFY(writeDecp(input, "P-", 30000));
    Database db;
    QVERIFY(db.open(m_path));
    Repository repository(db.connection());

    QProcess import;
    import.setProcessEnvironment(childEnvironment());
    import.start(QStringLiteral(VIGIE_EXECUTABLE), {QStringLiteral("import"), input, QStringLiteral("--db"), m_path});
    QVERIFY(import.waitForStarted());
    // Edits by hand while the other process writes: each waits its turn (the import is one transaction).
    int saves = 0;
    qint64 longestWait = 0;
    while (import.state() == QProcess::Running || saves < 5) {
        Source s;
        s.title = QStringLiteral("Typed during the import %1").arg(saves);
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(repository.saveSource(s), qPrintable(repository.lastError()));
        longestWait = std::max(longestWait, clock.elapsed());
        ++saves;
        import.waitForFinished(20);
    }
    QVERIFY(import.state() == QProcess::NotRunning || import.waitForFinished(60000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    QCOMPARE(count(db.connection(), QStringLiteral("sources")), saves + 1); // + the file itself
    QCOMPARE(count(db.connection(), QStringLiteral("contracts")), 30000);
    qInfo("%d edits saved during a concurrent import; the longest waited %lld ms", saves, longestWait);
    QVERIFY(db.checkIntegrity(true).isEmpty());
}

void TestConcurrency::twoImportsAtOnce()
{
    const QString first = m_dir->filePath(QStringLiteral("first.json"));
    const QString second = m_dir->filePath(QStringLiteral("second.json"));
    QVERIFY(writeDecp(first, "A-", 15000));
    QVERIFY(writeDecp(second, "B-", 15000));
    QProcess p1;
    QProcess p2;
    for (QProcess *p : {&p1, &p2})
        p->setProcessEnvironment(childEnvironment());
    p1.start(QStringLiteral(VIGIE_EXECUTABLE), {QStringLiteral("import"), first, QStringLiteral("--db"), m_path});
    p2.start(QStringLiteral(VIGIE_EXECUTABLE), {QStringLiteral("import"), second, QStringLiteral("--db"), m_path});
    QVERIFY(p1.waitForFinished(60000) && p2.waitForFinished(60000));
    QVERIFY2(p1.exitCode() == 0, p1.readAllStandardError().constData());
    QVERIFY2(p2.exitCode() == 0, p2.readAllStandardError().constData());
    Database db;
    QVERIFY(db.open(m_path));
    QCOMPARE(count(db.connection(), QStringLiteral("contracts")), 30000);
}

void TestConcurrency::heldTooLongGetsPlainMessage()
{
    // Another program keeps the write lock past the busy timeout (5 s).
    Database holder;
    QVERIFY(holder.open(m_path));
    QSqlQuery hold(holder.connection());
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(hold.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('held', '1')")));

    Database db;
    QVERIFY(db.open(m_path)); // reading is never blocked
    Repository repository(db.connection());
    Source s;
    s.title = QStringLiteral("Blocked");
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!repository.saveSource(s));
    QVERIFY2(clock.elapsed() >= 4000, "the busy timeout should have been waited");
    QVERIFY2(repository.lastError().contains(QStringLiteral("another Vigie")), qPrintable(repository.lastError()));
    QVERIFY(!repository.lastError().contains(QStringLiteral("locked")));

    // The same through the command line, from another process.
    QProcess import;
    import.setProcessEnvironment(childEnvironment());
    import.start(QStringLiteral(VIGIE_EXECUTABLE),
                 {QStringLiteral("import"), QStringLiteral(VIGIE_TEST_DATA_DIR "/decp/tessi.json"),
                  QStringLiteral("--db"), m_path});
    QVERIFY(import.waitForFinished(60000));
    const QString err = QString::fromLocal8Bit(import.readAllStandardError());
    QCOMPARE(import.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("another Vigie")) && !err.contains(QStringLiteral("locked")), qPrintable(err));

    QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
    QVERIFY2(repository.saveSource(s), qPrintable(repository.lastError()));
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "testconcurrency.moc"
