#include "storage/database.h"
#include "storage/decpimporter.h"
#include "storage/demodata.h"
#include "storage/history.h"
#include "storage/repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

qint64 historyCount(const QSqlDatabase &db, const QString &where = QStringLiteral("1"))
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM history WHERE ") + where) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// The incident of the demo data with the most claims (the 2023 Majorel breach).
RowId incidentWithMostClaims(const Repository &repository)
{
    RowId best = 0;
    qsizetype claims = -1;
    for (const Incident &incident : repository.incidents()) {
        if (incident.claims.size() > claims) {
            claims = incident.claims.size();
            best = incident.id;
        }
    }
    return best;
}

QStringList describe(const Incident &incident)
{
    QStringList lines {incident.title,
                       QString::number(incident.subcontractorId),
                       incident.discoveredOn.toIso(),
                       incident.madePublicOn.toIso(),
                       incident.status,
                       incident.description,
                       QString::number(incident.confidentiality)};
    for (const Claim &c : incident.claims) {
        QList<RowId> categories = c.categoryIds;
        std::sort(categories.begin(), categories.end());
        QStringList ids;
        for (RowId id : categories)
            ids << QString::number(id);
        lines << QStringLiteral("claim %1 %2 %3 %4 [%5] %6")
                     .arg(c.claimant, c.people ? QString::number(*c.people) : QStringLiteral("?"))
                     .arg(c.sourceId)
                     .arg(c.isOfficial)
                     .arg(ids.join(QLatin1Char(',')), c.quote);
    }
    for (const Consequence &c : incident.consequences)
        lines << QStringLiteral("consequence %1 %2").arg(c.kind, c.description);
    for (const Citation &c : incident.citations)
        lines << QStringLiteral("source %1 %2").arg(c.sourceId).arg(c.quote);
    std::sort(lines.begin() + 7, lines.end());
    return lines;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void editsAreRecordedWithAuthor();
    void authorIsPerConnection();
    void importsAndRollbacksAreNotRecorded();
    void deletedIncidentComesBackWhole();
    void restoreLeavesOutWhatIsGoneSince_data();
    void restoreLeavesOutWhatIsGoneSince();
    void failedRestoreChangesNothing();

private:
    QString demo();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestHistory::demo()
{
    const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    Database db;
    if (!db.create(path))
        return {};
    QSqlDatabase connection = db.connection();
    return populateDemoData(connection) ? path : QString();
}

void TestHistory::editsAreRecordedWithAuthor()
{
    const QString path = m_dir->filePath(QStringLiteral("base.sqlite"));
    Database db;
    QVERIFY(db.create(path));
    Repository repository(db.connection());
    QVERIFY(history::setChangedBy(db.connection(), QStringLiteral("déléguée")));
    Source source;
    source.title = QStringLiteral("Tract");
    source.kind = QStringLiteral("union");
    QVERIFY2(repository.saveSource(source), qPrintable(repository.lastError()));
    source.title = QStringLiteral("Tract Solidaires");
    QVERIFY2(repository.saveSource(source), qPrintable(repository.lastError()));
    // Saving it unchanged records nothing.
    QVERIFY2(repository.saveSource(source), qPrintable(repository.lastError()));

    QString error;
    const QList<history::Entry> entries
        = history::entriesFor(db.connection(), QStringLiteral("sources"), source.id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(entries.size(), 2);
    const history::Entry &update = entries.at(0);
    QCOMPARE(update.action, QStringLiteral("update"));
    QCOMPARE(update.changedBy, QStringLiteral("déléguée"));
    QCOMPARE(update.changedColumns(), QStringList {QStringLiteral("title")});
    QCOMPARE(update.oldValues.value(QStringLiteral("title")).toString(), QStringLiteral("Tract"));
    QCOMPARE(update.newValues.value(QStringLiteral("title")).toString(), QStringLiteral("Tract Solidaires"));
    QVERIFY(update.newValues.value(QStringLiteral("publisher")).isNull());
    QVERIFY(qAbs(update.changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(entries.at(1).action, QStringLiteral("insert"));
    QVERIFY(entries.at(1).oldValues.isEmpty());
    QVERIFY(entries.at(0).id > entries.at(1).id);
    // By default the author is the OS user.
    Database other;
    QVERIFY(other.open(path));
    Repository second(other.connection());
    source.notes = QStringLiteral("vu");
    QVERIFY(second.saveSource(source));
    QCOMPARE(history::entriesFor(other.connection(), QStringLiteral("sources"), source.id).first().changedBy,
             history::osUserName());
}

void TestHistory::authorIsPerConnection()
{
    const QString path = m_dir->filePath(QStringLiteral("base.sqlite"));
    Database a;
    QVERIFY(a.create(path));
    Database b;
    QVERIFY(b.open(path));
    QVERIFY(history::setChangedBy(a.connection(), QStringLiteral("alice")));
    QVERIFY(history::setChangedBy(b.connection(), QStringLiteral("bob")));
    Repository ra(a.connection());
    Repository rb(b.connection());
    for (int i = 0; i < 5; ++i) {
        Source s;
        s.title = QStringLiteral("A%1").arg(i);
        QVERIFY(ra.saveSource(s));
        Source t;
        t.title = QStringLiteral("B%1").arg(i);
        QVERIFY(rb.saveSource(t));
        QCOMPARE(history::entriesFor(a.connection(), QStringLiteral("sources"), s.id).first().changedBy,
                 QStringLiteral("alice"));
        QCOMPARE(history::entriesFor(a.connection(), QStringLiteral("sources"), t.id).first().changedBy,
                 QStringLiteral("bob"));
    }
}

void TestHistory::importsAndRollbacksAreNotRecorded()
{
    const QString path = demo();
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY(db.open(path));
    const qint64 before = historyCount(db.connection());
    DecpImportOptions options;
    options.files = {QStringLiteral(VIGIE_TEST_DATA_DIR "/decp/tessi.json")};
    DecpImporter importer(db.connection());
    const DecpImportResult result = importer.run(options);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(historyCount(db.connection()), before);

    // A save that fails is rolled back with its history, and leaves recording off.
    Repository repository(db.connection());
    Incident bad;
    bad.title = QStringLiteral("x");
    bad.subcontractorId = 999999; // no such organisation
    QVERIFY(!repository.saveIncident(bad));
    QCOMPARE(historyCount(db.connection()), before);
    QVERIFY(
        QSqlQuery(db.connection()).exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('raw', 'press')")));
    QCOMPARE(historyCount(db.connection()), before);
}

void TestHistory::deletedIncidentComesBackWhole()
{
    const QString path = demo();
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY(db.open(path));
    Repository repository(db.connection());
    const RowId id = incidentWithMostClaims(repository);
    const std::optional<Incident> original = repository.incident(id);
    QVERIFY(original);
    QVERIFY(original->claims.size() >= 2);
    QVERIFY(!original->claims.first().categoryIds.isEmpty());

    QVERIFY2(repository.deleteIncident(id), qPrintable(repository.lastError()));
    QVERIFY(!repository.incident(id));
    QList<history::Entry> deleted = history::deletedRecords(db.connection(), QStringLiteral("incidents"));
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().rowId, id);
    QCOMPARE(deleted.first().oldValues.value(QStringLiteral("title")).toString(), original->title);
    QCOMPARE(deleted.first().oldValues.value(QStringLiteral("claims")).toArray().size(), original->claims.size());
    // The claims' own deletions are recorded too.
    QCOMPARE(history::deletedRecords(db.connection(), QStringLiteral("claims")).size(), original->claims.size());

    QStringList notes;
    QString error;
    const qint64 restored = history::restoreIncident(db.connection(), deleted.first().id, &notes, &error);
    QVERIFY2(restored == id, qPrintable(error));
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n'))));
    const std::optional<Incident> back = repository.incident(id);
    QVERIFY(back);
    QCOMPARE(describe(*back), describe(*original));
    QVERIFY(history::deletedRecords(db.connection(), QStringLiteral("incidents")).isEmpty());
    QCOMPARE(history::entriesFor(db.connection(), QStringLiteral("incidents"), id).first().action,
             QStringLiteral("insert"));
    QVERIFY(db.checkIntegrity(true).isEmpty());

    // Twice is refused, clearly.
    QCOMPARE(history::restoreIncident(db.connection(), deleted.first().id, &notes, &error), 0);
    QVERIFY2(error.contains(QStringLiteral("exists already")), qPrintable(error));
    QCOMPARE(history::restoreIncident(db.connection(), 999999, &notes, &error), 0);
    QVERIFY2(error.contains(QStringLiteral("999999")), qPrintable(error));
}

void TestHistory::restoreLeavesOutWhatIsGoneSince_data()
{
    QTest::addColumn<QString>("since");
    QTest::addColumn<bool>("linkBack");
    QTest::newRow("source deleted since") << QStringLiteral("deleted") << false;
    // Before schema 6 the freed id went to the next source, which the incident brought back would have cited.
    QTest::newRow("another source added since") << QStringLiteral("another added") << false;
    // Undo brings the source back under its own id: it is the same source, and is cited again.
    QTest::newRow("source deleted, then brought back") << QStringLiteral("brought back") << true;
    // A history written before schema 6, when the freed id went to the next source: that one is not cited.
    QTest::newRow("its id taken by another source before schema 6") << QStringLiteral("taken before 6") << false;
}

void TestHistory::restoreLeavesOutWhatIsGoneSince()
{
    QFETCH(QString, since);
    QFETCH(bool, linkBack);
    const QString path = demo();
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY(db.open(path));
    Repository repository(db.connection());
    Source only;
    only.title = QStringLiteral("Cited by one claim only");
    QVERIFY(repository.saveSource(only));
    const RowId id = incidentWithMostClaims(repository);
    Incident incident = *repository.incident(id);
    incident.claims.first().sourceId = only.id;
    QVERIFY2(repository.saveIncident(incident, QDate(2030, 1, 1)), qPrintable(repository.lastError()));
    QVERIFY(repository.deleteIncident(id));
    QVERIFY2(repository.deleteSource(only.id), qPrintable(repository.lastError()));
    if (since == QStringLiteral("another added")) {
        Source other;
        other.title = QStringLiteral("Another source");
        QVERIFY(repository.saveSource(other));
        QVERIFY(other.id > only.id);
    } else if (since == QStringLiteral("brought back")) {
        QVERIFY2(repository.saveSource(only, Repository::SaveMode::Recreate), qPrintable(repository.lastError()));
    } else if (since == QStringLiteral("taken before 6")) {
        // As SQLite did before AUTOINCREMENT, and as the upgrade notes it.
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO sources (id, title, kind) VALUES (%1, 'Another', 'press')").arg(only.id)));
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = (SELECT CAST(max(id) AS TEXT) FROM history) "
                                          "WHERE key = 'ids_reused_up_to_history'")));
        QCOMPARE(query.numRowsAffected(), 1);
    }

    QStringList notes;
    QString error;
    const history::Entry entry = history::deletedRecords(db.connection(), QStringLiteral("incidents")).first();
    QCOMPARE(history::restoreIncident(db.connection(), entry.id, &notes, &error), qint64(id));
    const QString said = notes.join(QLatin1Char(' '));
    QCOMPARE(said.contains(QString::number(only.id)), !linkBack);
    const Incident back = *repository.incident(id);
    QCOMPARE(back.claims.size(), incident.claims.size());
    QCOMPARE(back.claims.first().sourceId == only.id, linkBack);
    for (const Claim &claim : back.claims.mid(1))
        QVERIFY(claim.sourceId != only.id);
    QVERIFY(db.checkIntegrity(true).isEmpty());
}

void TestHistory::failedRestoreChangesNothing()
{
    const QString path = demo();
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY(db.open(path));
    Repository repository(db.connection());
    const RowId id = incidentWithMostClaims(repository);
    QVERIFY(repository.deleteIncident(id));
    const history::Entry entry = history::deletedRecords(db.connection(), QStringLiteral("incidents")).first();
    // A damaged entry: its last claim breaks a rule of the schema, after the incident and the other
    // claims have been written.
    QJsonObject old = entry.oldValues;
    QJsonArray claims = old.value(QStringLiteral("claims")).toArray();
    QJsonObject last = claims.last().toObject();
    last.insert(QStringLiteral("people"), -5);
    claims.replace(claims.size() - 1, last);
    old.insert(QStringLiteral("claims"), claims);
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE history SET old_values = :json WHERE id = :id"));
    query.bindValue(QStringLiteral(":json"), QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":id"), entry.id);
    QVERIFY(query.exec());
    const qint64 historyBefore = historyCount(db.connection());

    QString error;
    QCOMPARE(history::restoreIncident(db.connection(), entry.id, nullptr, &error), 0);
    QVERIFY2(error.contains(QStringLiteral("claims")), qPrintable(error));
    QVERIFY(!repository.incident(id));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM claims WHERE incident_id = %1").arg(id)) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(historyCount(db.connection()), historyBefore);
    // Recording is off again: a write outside Repository is not recorded.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('raw', 'press')")));
    QCOMPARE(historyCount(db.connection()), historyBefore);
}

QTEST_GUILESS_MAIN(TestHistory)
#include "testhistory.moc"
