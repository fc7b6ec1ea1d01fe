#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

// How two connections (as two Vigie windows would) share one database file.
class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void secondConnectionOpensFreshDatabase();
    void connectionsWriteAlternately();
};

void TestDatabase::secondConnectionOpensFreshDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    Database first;
    QVERIFY2(first.create(path), qPrintable(first.errorString()));
    QSqlQuery(first.connection()).exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('A', 'press')"));
    // The first connection stays open: the second must still recognise the file.
    Database second;
    QVERIFY2(second.open(path), qPrintable(second.errorString()));
    QSqlQuery query(second.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sources")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDatabase::connectionsWriteAlternately()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    Database a;
    QVERIFY(a.create(path));
    Database b;
    QVERIFY2(b.open(path), qPrintable(b.errorString()));
    for (int i = 0; i < 20; ++i) {
        Database &writer = i % 2 ? a : b;
        QSqlQuery insert(writer.connection());
        QVERIFY2(insert.exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('S%1', 'press')").arg(i)),
                 qPrintable(insert.lastError().text()));
    }
    QSqlQuery count(a.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM sources")) && count.next());
    QCOMPARE(count.value(0).toInt(), 20);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "testdatabase.moc"
