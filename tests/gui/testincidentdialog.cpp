#include "citationseditor.h"
#include "guitest.h"
#include "incidentdialog.h"
#include "mainwindow.h"
#include "models/incidenttablemodel.h"
#include "models/recordset.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/repository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vigie;
using namespace vigie::guitest;

namespace {

const QDate kToday(2024, 6, 1);

// Types into a table cell the way a user does: F2 opens the editor, Return commits.
void typeInCell(QTableWidget *table, int row, int column, const QString &text)
{
    // "Add claim" opens the claimant's editor at once, as a user expects; reuse it then.
    QWidget *focus = QApplication::focusWidget();
    const bool open = qobject_cast<QLineEdit *>(focus) && table->viewport()->isAncestorOf(focus)
        && table->currentRow() == row && table->currentColumn() == column;
    if (!open) {
        table->setFocus();
        table->setCurrentCell(row, column);
        QTest::keyClick(table, Qt::Key_F2);
    }
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "no cell editor opened");
    editor->selectAll();
    if (text.isEmpty())
        QTest::keyClick(editor, Qt::Key_Delete);
    else
        typeText(editor, text);
    const QPointer<QLineEdit> closed(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    // The view deletes its editor later; wait, or the next focus change reaches a dead editor.
    QTRY_VERIFY(!closed);
}

// Ticks or unticks a category of the current claim with the keyboard.
void toggleCategory(QListWidget *list, const QString &code, const std::shared_ptr<const RecordSet> &records)
{
    RowId id = 0;
    for (const DataCategory &category : records->dataCategories()) {
        if (category.code == code)
            id = category.id;
    }
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toLongLong() == id) {
            list->setFocus();
            list->setCurrentRow(i);
            QTest::keyClick(list, Qt::Key_Space);
            return;
        }
    }
    QFAIL("category not in the list");
}

void clickOk(QWidget *dialog)
{
    auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestIncidentDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void eachRuleAtItsField_data();
    void eachRuleAtItsField();
    void badThenGoodInputFoundInMainWindow();
    void editKeepsWhatTheDialogDoesNotShow();
    void contextPrefillsSubcontractorFromContract();
    void newSourceFromCitationsAndClaims();

private:
    int incidentCount() const { return int(m_repository->incidents().size()); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repository> m_repository;
    std::shared_ptr<const RecordSet> m_records;
};

void TestIncidentDialog::initTestCase()
{
    useTestEnvironment(m_settingsDir.path(), "testincidentdialog");
}

void TestIncidentDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->create(m_path), qPrintable(m_database->errorString()));
    QSqlDatabase connection = m_database->connection();
    QString error;
    QVERIFY2(populateDemoData(connection, &error), qPrintable(error));
    m_repository = std::make_unique<Repository>(connection);
    m_records = RecordSet::load(*m_repository, &error);
    QVERIFY2(m_records, qPrintable(error));
}

void TestIncidentDialog::cleanup()
{
    m_records.reset();
    m_repository.reset();
    m_database.reset();
    m_dir.reset();
}

void TestIncidentDialog::eachRuleAtItsField_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("dates"); // occurred, discovered, CNIL, public
    QTest::addColumn<QString>("people");
    QTest::addColumn<bool>("category");
    QTest::addColumn<QString>("label"); // the error label that must show, empty when valid
    QTest::addColumn<QString>("message"); // part of the message it must hold

    const QString title = QStringLiteral("Fuite test");
    const QStringList noDates = {QString(), QString(), QString(), QString()};
    QTest::newRow("valid, all unknown") << title << noDates << QString() << true << QString() << QString();
    QTest::newRow("valid, partial dates") << title
                                          << QStringList {QStringLiteral("2023"), QStringLiteral("02/2023"),
                                                          QStringLiteral("2023-03-01"), QStringLiteral("24/08/2023")}
                                          << QStringLiteral("6 353 810") << true << QString() << QString();
    QTest::newRow("same month, day unknown")
        << title << QStringList {QStringLiteral("15/02/2023"), QStringLiteral("02/2023"), QString(), QString()}
        << QString() << true << QString() << QString();
    QTest::newRow("no title") << QStringLiteral("   ") << noDates << QString() << true
                              << QStringLiteral("titleErrorLabel") << QStringLiteral("title");
    QTest::newRow("discovered before occurred")
        << title << QStringList {QStringLiteral("10/05/2023"), QStringLiteral("01/02/2023"), QString(), QString()}
        << QString() << true << QStringLiteral("discoveredOnErrorLabel") << QStringLiteral("before");
    QTest::newRow("CNIL before discovered")
        << title << QStringList {QString(), QStringLiteral("05/2023"), QStringLiteral("04/2023"), QString()}
        << QString() << true << QStringLiteral("cnilNotifiedOnErrorLabel") << QStringLiteral("before");
    QTest::newRow("CNIL before occurred")
        << title << QStringList {QStringLiteral("2023"), QString(), QStringLiteral("2022"), QString()} << QString()
        << true << QStringLiteral("cnilNotifiedOnErrorLabel") << QStringLiteral("before");
    QTest::newRow("public before occurred")
        << title << QStringList {QStringLiteral("03/2023"), QString(), QString(), QStringLiteral("28/02/2023")}
        << QString() << true << QStringLiteral("madePublicOnErrorLabel") << QStringLiteral("before");
    QTest::newRow("occurred in the future")
        << title << QStringList {QStringLiteral("02/06/2024"), QString(), QString(), QString()} << QString() << true
        << QStringLiteral("occurredOnErrorLabel") << QStringLiteral("future");
    QTest::newRow("public in the future")
        << title << QStringList {QString(), QString(), QString(), QStringLiteral("2099")} << QString() << true
        << QStringLiteral("madePublicOnErrorLabel") << QStringLiteral("future");
    QTest::newRow("not a date") << title << QStringList {QStringLiteral("fin octobre"), QString(), QString(), QString()}
                                << QString() << true << QStringLiteral("occurredOnErrorLabel")
                                << QStringLiteral("fin octobre");
    QTest::newRow("not a calendar date") << title
                                         << QStringList {QString(), QStringLiteral("30/02/2023"), QString(), QString()}
                                         << QString() << true << QStringLiteral("discoveredOnErrorLabel")
                                         << QStringLiteral("30/02/2023");
    QTest::newRow("negative count") << title << noDates << QStringLiteral("-5") << true
                                    << QStringLiteral("claimsErrorLabel") << QStringLiteral("negative");
    QTest::newRow("count not a number") << title << noDates << QStringLiteral("beaucoup") << true
                                        << QStringLiteral("claimsErrorLabel") << QStringLiteral("beaucoup");
    QTest::newRow("claim without category") << title << noDates << QStringLiteral("12") << false
                                            << QStringLiteral("claimsErrorLabel") << QStringLiteral("category");
}

void TestIncidentDialog::eachRuleAtItsField()
{
    QFETCH(QString, title);
    QFETCH(QStringList, dates);
    QFETCH(QString, people);
    QFETCH(bool, category);
    QFETCH(QString, label);
    QFETCH(QString, message);

    IncidentDialog dialog(*m_repository, m_records);
    dialog.setToday(kToday);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    setText(&dialog, "titleLineEdit", title);
    const char *const dateEdits[]
        = {"occurredOnLineEdit", "discoveredOnLineEdit", "cnilNotifiedOnLineEdit", "madePublicOnLineEdit"};
    for (int i = 0; i < 4; ++i)
        setText(&dialog, dateEdits[i], dates.at(i));
    auto *tabs = child<QTabWidget>(&dialog, "tabWidget");
    tabs->setCurrentWidget(child<QWidget>(&dialog, "claimsTab"));
    QTest::mouseClick(child<QPushButton>(&dialog, "addClaimPushButton"), Qt::LeftButton);
    auto *claims = child<QTableWidget>(&dialog, "claimsTableWidget");
    QCOMPARE(claims->rowCount(), 1);
    typeInCell(claims, 0, IncidentDialog::ClaimantColumn, QStringLiteral("Pôle emploi"));
    typeInCell(claims, 0, IncidentDialog::PeopleColumn, people);
    if (category)
        toggleCategory(child<QListWidget>(&dialog, "claimCategoriesListWidget"), QStringLiteral("nir"), m_records);

    const int before = incidentCount();
    clickOk(&dialog);
    const QStringList labels = {QStringLiteral("titleErrorLabel"),        QStringLiteral("occurredOnErrorLabel"),
                                QStringLiteral("discoveredOnErrorLabel"), QStringLiteral("cnilNotifiedOnErrorLabel"),
                                QStringLiteral("madePublicOnErrorLabel"), QStringLiteral("claimsErrorLabel")};
    if (label.isEmpty()) {
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(child<QLabel>(&dialog, "summaryErrorLabel")->text()));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(incidentCount(), before + 1);
        QVERIFY(m_repository->incident(dialog.savedIncidentId()));
        return;
    }
    // Refused: the dialog stays open, the message sits at the field, nothing is written.
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.savedIncidentId(), RowId(0));
    QCOMPARE(incidentCount(), before);
    for (const QString &name : labels) {
        auto *errorLabel = dialog.findChild<QLabel *>(name);
        QVERIFY(errorLabel);
        QCOMPARE(errorLabel->isVisible(), name == label);
    }
    QVERIFY2(dialog.findChild<QLabel *>(label)->text().contains(message, Qt::CaseInsensitive),
             qPrintable(dialog.findChild<QLabel *>(label)->text()));
    QVERIFY(child<QLabel>(&dialog, "summaryErrorLabel")->isVisible());
    if (label == QLatin1String("claimsErrorLabel")) {
        const int column = category ? IncidentDialog::PeopleColumn : IncidentDialog::CategoriesColumn;
        QVERIFY(claims->item(0, column)->toolTip().contains(message, Qt::CaseInsensitive));
        QCOMPARE(tabs->currentWidget(), child<QWidget>(&dialog, "claimsTab"));
    } else {
        // The field itself is framed in red and says why in its tooltip, and has the focus.
        const QString editName = label.chopped(int(qstrlen("ErrorLabel"))) + QStringLiteral("LineEdit");
        auto *edit = dialog.findChild<QLineEdit *>(editName);
        QVERIFY(edit);
        QVERIFY(edit->styleSheet().contains(QStringLiteral("border")));
        QVERIFY(edit->toolTip().contains(message, Qt::CaseInsensitive));
        QCOMPARE(tabs->currentWidget(), child<QWidget>(&dialog, "generalTab"));
        QTRY_VERIFY(edit->hasFocus());
    }
}

void TestIncidentDialog::badThenGoodInputFoundInMainWindow()
{
    IncidentDialog dialog(*m_repository, m_records);
    dialog.setToday(kToday);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Bad input everywhere at once: no title, dates in the wrong order, a date in the future,
    // a negative count and a claim without data category.
    setText(&dialog, "occurredOnLineEdit", QStringLiteral("10/05/2023"));
    setText(&dialog, "discoveredOnLineEdit", QStringLiteral("01/02/2023"));
    setText(&dialog, "cnilNotifiedOnLineEdit", QStringLiteral("2099"));
    setText(&dialog, "madePublicOnLineEdit", QStringLiteral("06/2023"));
    auto *subcontractors = child<QComboBox>(&dialog, "subcontractorComboBox");
    subcontractors->setCurrentIndex(subcontractors->findText(QStringLiteral("Majorel")));
    QTest::mouseClick(child<QCheckBox>(&dialog, "confidentialityCheckBox"), Qt::LeftButton);
    auto *claims = child<QTableWidget>(&dialog, "claimsTableWidget");
    auto *categories = child<QListWidget>(&dialog, "claimCategoriesListWidget");
    child<QTabWidget>(&dialog, "tabWidget")->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(&dialog, "addClaimPushButton"), Qt::LeftButton);
    typeInCell(claims, 0, IncidentDialog::ClaimantColumn, QStringLiteral("Pôle emploi"));
    typeInCell(claims, 0, IncidentDialog::PeopleColumn, QStringLiteral("-12"));
    claims->setCurrentCell(0, IncidentDialog::ClaimantColumn);
    toggleCategory(categories, QStringLiteral("identity"), m_records);
    QTest::mouseClick(child<QPushButton>(&dialog, "addClaimPushButton"), Qt::LeftButton);
    typeInCell(claims, 1, IncidentDialog::ClaimantColumn, QStringLiteral("Syndicat"));
    QCOMPARE(claims->rowCount(), 2);

    const int before = incidentCount();
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(incidentCount(), before);
    QVERIFY(child<QLabel>(&dialog, "titleErrorLabel")->isVisible());
    QVERIFY(!child<QLabel>(&dialog, "occurredOnErrorLabel")->isVisible());
    QVERIFY(child<QLabel>(&dialog, "discoveredOnErrorLabel")->text().contains(QStringLiteral("before")));
    QVERIFY(child<QLabel>(&dialog, "cnilNotifiedOnErrorLabel")->text().contains(QStringLiteral("future")));
    QVERIFY(!child<QLabel>(&dialog, "madePublicOnErrorLabel")->isVisible());
    QVERIFY(claims->item(0, IncidentDialog::PeopleColumn)->toolTip().contains(QStringLiteral("negative")));
    QVERIFY(!claims->item(0, IncidentDialog::CategoriesColumn)->toolTip().contains(QStringLiteral("at least")));
    QVERIFY(claims->item(1, IncidentDialog::CategoriesColumn)->toolTip().contains(QStringLiteral("at least one")));
    // Selecting the second claim shows its error on the category list too.
    claims->setCurrentCell(1, IncidentDialog::ClaimantColumn);
    QVERIFY(categories->toolTip().contains(QStringLiteral("at least one")));
    claims->setCurrentCell(0, IncidentDialog::ClaimantColumn);
    QVERIFY(categories->toolTip().isEmpty());
    const QString claimErrors = child<QLabel>(&dialog, "claimsErrorLabel")->text();
    QVERIFY(claimErrors.contains(QStringLiteral("Claim 1")) && claimErrors.contains(QStringLiteral("Claim 2")));
    // Focus goes to the first problem: the title, on the first tab.
    QCOMPARE(child<QTabWidget>(&dialog, "tabWidget")->currentIndex(), 0);
    QTRY_VERIFY(child<QLineEdit>(&dialog, "titleLineEdit")->hasFocus());
    saveScreenshot(&dialog, "incidentdialog-errors.png");
    child<QTabWidget>(&dialog, "tabWidget")->setCurrentIndex(1);
    saveScreenshot(&dialog, "incidentdialog-claims-errors.png");

    // Good input, with an unknown date and an unknown number of people.
    const QString title = QStringLiteral("Hameçonnage après la fuite Majorel");
    typeText(child<QLineEdit>(&dialog, "titleLineEdit"), title);
    QVERIFY(!child<QLabel>(&dialog, "titleErrorLabel")->isVisible()); // typing clears the mark
    setText(&dialog, "discoveredOnLineEdit", QString());
    setText(&dialog, "cnilNotifiedOnLineEdit", QString());
    child<QTabWidget>(&dialog, "tabWidget")->setCurrentIndex(1);
    typeInCell(claims, 0, IncidentDialog::PeopleColumn, QString());
    claims->setCurrentCell(1, IncidentDialog::ClaimantColumn);
    toggleCategory(categories, QStringLiteral("email"), m_records);
    clickOk(&dialog);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(child<QLabel>(&dialog, "summaryErrorLabel")->text()));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(incidentCount(), before + 1);
    const auto saved = m_repository->incident(dialog.savedIncidentId());
    QVERIFY(saved);
    QCOMPARE(saved->title, title);
    QCOMPARE(saved->subcontractorName, QStringLiteral("Majorel"));
    QCOMPARE(saved->occurredOn.toIso(), QStringLiteral("2023-05-10"));
    QVERIFY(saved->discoveredOn.isUnknown());
    QCOMPARE(saved->madePublicOn.toIso(), QStringLiteral("2023-06"));
    QVERIFY(saved->confidentiality);
    QCOMPARE(saved->claims.size(), 2);
    QVERIFY(!saved->claims.at(0).people);
    QCOMPARE(saved->claims.at(1).categoryIds.size(), 1);

    // The main window, on the same file, finds it through the search box. The test's own connection is
    // closed first so the file is checkpointed: see the report on Database's header check under WAL.
    m_records.reset();
    m_repository.reset();
    m_database.reset();
    MainWindow window;
    QString error;
    QVERIFY2(window.openDatabase(m_path, &error), qPrintable(error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentView(MainWindow::View::Incidents);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("hameconnage"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("incidentsTableView"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, IncidentTableModel::TitleColumn).data().toString(), title);
    QCOMPARE(table->model()->index(0, IncidentTableModel::DiscoveredColumn).data().toString(),
             QStringLiteral("unknown"));
    QCOMPARE(table->model()->index(0, IncidentTableModel::PeopleColumn).data().toString(), QStringLiteral("unknown"));
}

void TestIncidentDialog::editKeepsWhatTheDialogDoesNotShow()
{
    const Incident *majorel = nullptr;
    for (const Incident &incident : m_records->incidents()) {
        if (incident.title.contains(QStringLiteral("Majorel")))
            majorel = &incident;
    }
    QVERIFY(majorel);
    IncidentDialog dialog(*m_repository, m_records);
    dialog.setToday(kToday);
    dialog.setIncident(*majorel);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QLineEdit>(&dialog, "titleLineEdit")->text(), majorel->title);
    QCOMPARE(child<QLineEdit>(&dialog, "madePublicOnLineEdit")->text(), QStringLiteral("08/2023"));
    auto *claims = child<QTableWidget>(&dialog, "claimsTableWidget");
    QCOMPARE(claims->rowCount(), int(majorel->claims.size()));
    clickOk(&dialog);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(child<QLabel>(&dialog, "summaryErrorLabel")->text()));
    const auto saved = m_repository->incident(majorel->id);
    QVERIFY(saved);
    QCOMPARE(saved->claims.size(), majorel->claims.size());
    for (int i = 0; i < saved->claims.size(); ++i) {
        QCOMPARE(saved->claims.at(i).people, majorel->claims.at(i).people);
        QCOMPARE(saved->claims.at(i).categoryIds, majorel->claims.at(i).categoryIds);
        QCOMPARE(saved->claims.at(i).sourceId, majorel->claims.at(i).sourceId);
        QCOMPARE(saved->claims.at(i).claimedOn, majorel->claims.at(i).claimedOn);
        QCOMPARE(saved->claims.at(i).quote, majorel->claims.at(i).quote);
    }
    QCOMPARE(saved->citations.size(), majorel->citations.size());
    QCOMPARE(saved->notes, majorel->notes);
    QCOMPARE(saved->madePublicOn, majorel->madePublicOn);
}

void TestIncidentDialog::contextPrefillsSubcontractorFromContract()
{
    QVERIFY(!m_records->contracts().isEmpty());
    const Contract &contract = m_records->contracts().first();
    QVERIFY(!contract.holders.isEmpty());
    IncidentDialog dialog(*m_repository, m_records);
    dialog.setContext(0, contract.id);
    QCOMPARE(child<QComboBox>(&dialog, "contractComboBox")->currentData().toLongLong(), contract.id);
    QCOMPARE(child<QComboBox>(&dialog, "subcontractorComboBox")->currentData().toLongLong(),
             contract.holders.first().id);
}

void TestIncidentDialog::newSourceFromCitationsAndClaims()
{
    IncidentDialog dialog(*m_repository, m_records);
    dialog.setToday(kToday);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int sources = int(m_repository->sources().size());
    auto *tabs = child<QTabWidget>(&dialog, "tabWidget");
    auto *claims = child<QTableWidget>(&dialog, "claimsTableWidget");
    tabs->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(&dialog, "addClaimPushButton"), Qt::LeftButton);
    // "Add claim" opened the claimant's editor: type there, Return commits.
    auto *editor = claims->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Syndicat"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(claims->item(0, IncidentDialog::ClaimantColumn)->text(), QStringLiteral("Syndicat"));
    claims->setCurrentCell(0, IncidentDialog::ClaimantColumn);

    // Answers the source dialog that the button opens: a title, a date, OK.
    auto answer = [](const QString &title, bool *done) {
        QTimer::singleShot(50, qApp, [title, done] {
            QWidget *source = QApplication::activeModalWidget();
            QVERIFY(source && source->objectName() == QLatin1String("sourceDialog"));
            setText(source, "titleLineEdit", title);
            setText(source, "publishedOnLineEdit", QStringLiteral("05/2024"));
            clickOk(source);
            *done = true;
        });
    };
    bool done = false;
    answer(QStringLiteral("Tract du syndicat"), &done);
    QTest::mouseClick(child<QPushButton>(&dialog, "claimNewSourcePushButton"), Qt::LeftButton);
    QVERIFY(done);
    QCOMPARE(int(m_repository->sources().size()), sources + 1);
    QCOMPARE(dialog.addedSources().size(), 1);
    const RowId claimSource = dialog.addedSources().first().id;
    auto *claimCombo = qobject_cast<QComboBox *>(claims->cellWidget(0, IncidentDialog::ClaimSourceColumn));
    QVERIFY(claimCombo);
    QCOMPARE(claimCombo->currentData().toLongLong(), claimSource);

    tabs->setCurrentIndex(2);
    QVERIFY(citeNewSource(&dialog, QStringLiteral("Article de presse"), QStringLiteral("05/2024")));
    const RowId cited = dialog.addedSources().last().id;
    auto *citations = child<QTableWidget>(&dialog, "citationsTableWidget");
    QCOMPARE(citations->rowCount(), 1);
    QCOMPARE(
        qobject_cast<QComboBox *>(citations->cellWidget(0, CitationsEditor::SourceColumn))->currentData().toLongLong(),
        cited);
    // Every source list of the dialog offers both new sources.
    QVERIFY(claimCombo->findData(cited) >= 0);

    // The incident saved cites it; cancelled, the sources would stay anyway.
    setText(&dialog, "titleLineEdit", QStringLiteral("Incident avec sources neuves"));
    tabs->setCurrentIndex(1);
    auto *categories = child<QListWidget>(&dialog, "claimCategoriesListWidget");
    claims->setCurrentCell(0, IncidentDialog::ClaimantColumn);
    toggleCategory(categories, QStringLiteral("identity"), m_records);
    clickOk(&dialog);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(child<QLabel>(&dialog, "summaryErrorLabel")->text()));
    const auto saved = m_repository->incident(dialog.savedIncidentId());
    QVERIFY(saved);
    QCOMPARE(saved->claims.first().sourceId, claimSource);
    QCOMPARE(saved->citations.size(), 1);
    QCOMPARE(saved->citations.first().sourceId, cited);
}

QTEST_MAIN(TestIncidentDialog)
#include "testincidentdialog.moc"
