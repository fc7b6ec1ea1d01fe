#include "chartsview.h"

#include "charts/disclosurechart.h"
#include "charts/keyfigurespanel.h"
#include "charts/spendingexposurechart.h"
#include "core/amount.h"
#include "preferences.h"
#include "storage/analysisreader.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace vigie {

namespace {

constexpr int kNoYear = 1899; // the spin boxes' "any" value
constexpr int kTipRecords = 6; // records listed in a tooltip before "and n more"

} // namespace

ChartsView::ChartsView(const QSqlDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_analysis(std::make_unique<OutsourcingAnalysis>(std::make_unique<AnalysisReader>(db)))
{
    buildUi();
    reload();
}

ChartsView::~ChartsView() = default;

void ChartsView::buildUi()
{
    auto *filters = new QHBoxLayout;
    auto yearBox = [this](const QString &name, const QString &anyText) {
        auto *box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(kNoYear, 2100);
        box->setSpecialValueText(anyText);
        box->setValue(kNoYear);
        box->setGroupSeparatorShown(false);
        return box;
    };
    m_fromSpinBox = yearBox(QStringLiteral("fromSpinBox"), tr("first year"));
    m_toSpinBox = yearBox(QStringLiteral("toSpinBox"), tr("last year"));
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_fromSpinBox);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_toSpinBox);

    m_granularityComboBox = new QComboBox(this);
    m_granularityComboBox->setObjectName(QStringLiteral("granularityComboBox"));
    m_granularityComboBox->addItem(tr("By year"), int(Granularity::Year));
    m_granularityComboBox->addItem(tr("By quarter"), int(Granularity::Quarter));
    m_granularityComboBox->addItem(tr("By month"), int(Granularity::Month));
    filters->addWidget(m_granularityComboBox);

    m_modeComboBox = new QComboBox(this);
    m_modeComboBox->setObjectName(QStringLiteral("modeComboBox"));
    m_modeComboBox->addItem(tr("Amounts at notification"), int(SpendingMode::Notified));
    m_modeComboBox->addItem(tr("Amounts spread over durations"), int(SpendingMode::Spread));

    m_claimsComboBox = new QComboBox(this);
    m_claimsComboBox->setObjectName(QStringLiteral("claimsComboBox"));
    m_claimsComboBox->addItem(tr("Official claims"), int(ClaimChoice::Official));
    m_claimsComboBox->addItem(tr("Highest sourced claims"), int(ClaimChoice::Highest));

    // A push button with a menu keeps room for its arrow (a tool button draws it over the text).
    m_subcontractorsButton = new QPushButton(this);
    m_subcontractorsButton->setObjectName(QStringLiteral("subcontractorsPushButton"));
    m_subcontractorsMenu = new QMenu(m_subcontractorsButton);
    m_subcontractorsButton->setMenu(m_subcontractorsMenu);
    filters->addWidget(m_claimsComboBox);
    filters->addWidget(m_subcontractorsButton);

    filters->addStretch();
    auto *options = new QHBoxLayout; // a second row, so that the page fits a laptop screen
    m_creditCheckBox = new QCheckBox(tr("Credit sub-contracting"), this);
    m_creditCheckBox->setObjectName(QStringLiteral("creditCheckBox"));
    m_creditCheckBox->setToolTip(tr("Declared sub-contracting acts count for the sub-contractor, not the holder"));
    m_groupCheckBox = new QCheckBox(tr("Group subsidiaries"), this);
    m_groupCheckBox->setObjectName(QStringLiteral("groupCheckBox"));
    m_cumulativeCheckBox = new QCheckBox(tr("Running total"), this);
    m_cumulativeCheckBox->setObjectName(QStringLiteral("cumulativeCheckBox"));
    // How amounts are counted, on the row of the other ways of counting: each row fits beside the navigation
    // in a window 1024 pixels wide.
    options->addWidget(m_modeComboBox);
    options->addWidget(m_creditCheckBox);
    options->addWidget(m_groupCheckBox);
    options->addWidget(m_cumulativeCheckBox);
    options->addStretch();
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportPushButton"));
    options->addWidget(exportButton);

    m_spendingChart = new SpendingExposureChart;
    m_spendingChartView = new QChartView(m_spendingChart, this);
    m_spendingChartView->setObjectName(QStringLiteral("spendingChartView"));
    m_spendingChartView->setRenderHint(QPainter::Antialiasing);
    m_disclosureChart = new DisclosureChart;
    m_disclosureChartView = new QChartView(m_disclosureChart, this);
    m_disclosureChartView->setObjectName(QStringLiteral("disclosureChartView"));
    m_disclosureChartView->setRenderHint(QPainter::Antialiasing);

    auto *spendingPage = new QWidget(this);
    auto *spendingLayout = new QVBoxLayout(spendingPage);
    spendingLayout->setContentsMargins(0, 0, 0, 0);
    spendingLayout->addWidget(m_spendingChartView, 1);
    m_notesLabel = new QLabel(spendingPage);
    m_notesLabel->setObjectName(QStringLiteral("notesLabel"));
    m_notesLabel->setWordWrap(true);
    spendingLayout->addWidget(m_notesLabel);

    m_tabWidget = new QTabWidget(this);
    m_tabWidget->setObjectName(QStringLiteral("chartsTabWidget"));
    m_tabWidget->addTab(spendingPage, tr("Spending and exposure"));
    m_tabWidget->addTab(m_disclosureChartView, tr("Disclosure delays"));

    m_keyFigures = new KeyFiguresPanel(this);
    auto *body = new QHBoxLayout;
    body->addWidget(m_tabWidget, 1);
    body->addWidget(m_keyFigures);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(options);
    layout->addLayout(body, 1);

    for (QSpinBox *box : {m_fromSpinBox, m_toSpinBox})
        connect(box, &QSpinBox::valueChanged, this, &ChartsView::refresh);
    for (QComboBox *box : {m_granularityComboBox, m_modeComboBox, m_claimsComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &ChartsView::refresh);
    for (QCheckBox *box : {m_creditCheckBox, m_cumulativeCheckBox})
        connect(box, &QCheckBox::toggled, this, &ChartsView::refresh);
    connect(m_groupCheckBox, &QCheckBox::toggled, this, [this] {
        rebuildSubcontractorMenu(); // the choices become groups
        refresh();
    });
    connect(exportButton, &QPushButton::clicked, this, &ChartsView::exportWithDialog);
    connect(m_spendingChart, &SpendingExposureChart::spendingHovered, this,
            [this](bool entered, int period, int stack) {
                if (entered)
                    QToolTip::showText(QCursor::pos(), describeSpending(period, stack), m_spendingChartView);
                else
                    QToolTip::hideText();
            });
    connect(m_spendingChart, &SpendingExposureChart::exposureHovered, this, [this](bool entered, int period) {
        if (entered)
            QToolTip::showText(QCursor::pos(), describeExposure(period), m_spendingChartView);
        else
            QToolTip::hideText();
    });
    connect(m_disclosureChart, &DisclosureChart::rowHovered, this, [this](bool entered, int row) {
        if (entered)
            QToolTip::showText(QCursor::pos(), m_disclosureChart->describe(row), m_disclosureChartView);
        else
            QToolTip::hideText();
    });
}

void ChartsView::rebuildSubcontractorMenu()
{
    QSet<RowId> checked;
    for (QAction *action : m_subcontractorsMenu->actions()) {
        if (action->isChecked())
            checked.insert(action->data().toLongLong());
    }
    m_subcontractorsMenu->clear();
    const bool group = m_groupCheckBox->isChecked();
    QSet<RowId> listed;
    for (const OrganisationRef &organisation : m_analysis->organisations()) {
        const RowId id = group ? organisation.groupId : organisation.id;
        if (listed.contains(id))
            continue;
        listed.insert(id);
        QAction *action = m_subcontractorsMenu->addAction(m_names.value(id, organisation.name));
        action->setCheckable(true);
        action->setData(id);
        action->setChecked(checked.contains(id));
        connect(action, &QAction::toggled, this, &ChartsView::refresh);
    }
}

AnalysisFilter ChartsView::filter() const
{
    AnalysisFilter f;
    if (m_fromSpinBox->value() != kNoYear)
        f.from = QDate(m_fromSpinBox->value(), 1, 1);
    if (m_toSpinBox->value() != kNoYear)
        f.to = QDate(m_toSpinBox->value(), 12, 31);
    f.granularity = Granularity(m_granularityComboBox->currentData().toInt());
    f.mode = SpendingMode(m_modeComboBox->currentData().toInt());
    f.claims = ClaimChoice(m_claimsComboBox->currentData().toInt());
    f.creditSubcontracting = m_creditCheckBox->isChecked();
    f.groupByParent = m_groupCheckBox->isChecked();
    for (QAction *action : m_subcontractorsMenu->actions()) {
        if (action->isChecked())
            f.subcontractorIds << action->data().toLongLong();
    }
    return f;
}

void ChartsView::setFilter(const AnalysisFilter &f)
{
    m_updating = true;
    m_fromSpinBox->setValue(f.from.isValid() ? f.from.year() : kNoYear);
    m_toSpinBox->setValue(f.to.isValid() ? f.to.year() : kNoYear);
    m_granularityComboBox->setCurrentIndex(m_granularityComboBox->findData(int(f.granularity)));
    m_modeComboBox->setCurrentIndex(m_modeComboBox->findData(int(f.mode)));
    m_claimsComboBox->setCurrentIndex(m_claimsComboBox->findData(int(f.claims)));
    m_creditCheckBox->setChecked(f.creditSubcontracting);
    m_groupCheckBox->setChecked(f.groupByParent);
    rebuildSubcontractorMenu();
    for (QAction *action : m_subcontractorsMenu->actions())
        action->setChecked(f.subcontractorIds.contains(action->data().toLongLong()));
    m_updating = false;
    refresh();
}

bool ChartsView::cumulative() const
{
    return m_cumulativeCheckBox->isChecked();
}

void ChartsView::reload()
{
    m_analysis->invalidate();
    m_names.clear();
    for (const OrganisationRef &organisation : m_analysis->organisations())
        m_names.insert(organisation.id, organisation.name);
    m_updating = true;
    rebuildSubcontractorMenu();
    m_updating = false;
    refresh();
}

void ChartsView::refresh()
{
    if (m_updating)
        return;
    const AnalysisFilter f = filter();
    const int chosen = int(f.subcontractorIds.size());
    m_subcontractorsButton->setText(chosen == 0 ? tr("All subcontractors")
                                                : tr("%n subcontractor(s)", nullptr, chosen));
    const std::optional<ChartData> computed = m_analysis->compute(f);
    if (!computed) {
        m_notesLabel->setText(m_analysis->lastError());
        return;
    }
    m_data = *computed;
    SpendingExposureChart::Options options;
    options.cumulative = cumulative();
    options.maxPeriods = SpendingExposureChart::maxPeriodsForWidth(m_spendingChartView->width());
    m_spendingChart->setChartData(m_data, options);
    m_disclosureChart->setTimelines(m_analysis->disclosureTimelines(f));
    m_keyFigures->setFigures(m_data.keyFigures, m_data.omissions);
    m_notesLabel->setText(m_data.omissionNotes().join(QStringLiteral(" · ")));
}

QString ChartsView::describeSpending(int periodIndex, int stack)
{
    const ChartData &shown = m_spendingChart->chartData();
    if (periodIndex < 0 || periodIndex >= shown.periods.size() || stack < 0 || stack >= m_spendingChart->stackCount())
        return {};
    const QLocale locale;
    const QList<RowId> organisations = m_spendingChart->stackOrganisations(stack);
    QStringList lines;
    Cents total = 0;
    QList<QPair<Cents, QString>> parts;
    for (const SpendingSeries &series : shown.spending) {
        if (organisations.contains(series.organisationId)) {
            total += series.cents.at(periodIndex);
            if (series.cents.at(periodIndex) != 0)
                parts << qMakePair(series.cents.at(periodIndex), series.name);
        }
    }
    lines << tr("%1, %2: %3")
                 .arg(m_spendingChart->stackName(stack), shown.periodLabels.at(periodIndex),
                      formatAmount(total, locale));
    if (organisations.size() > 1) {
        // "Other subcontractors": what each of them brings.
        std::sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int i = 0; i < parts.size() && i < kTipRecords; ++i)
            lines << QStringLiteral("  %1: %2").arg(parts.at(i).second, formatAmountShort(parts.at(i).first, locale));
        if (parts.size() > kTipRecords)
            lines << tr("  and %n other(s)", nullptr, int(parts.size() - kTipRecords));
        return lines.join(u'\n');
    }
    QList<RecordRef> records;
    for (int period = shown.periods.at(periodIndex); period <= shown.periodEnds.at(periodIndex); ++period)
        records << m_analysis->spendingRecords(shown.filter, period, organisations.value(0));
    std::sort(records.begin(), records.end(),
              [](const RecordRef &a, const RecordRef &b) { return std::abs(a.value) > std::abs(b.value); });
    for (int i = 0; i < records.size() && i < kTipRecords; ++i) {
        const RecordRef &r = records.at(i);
        QString what;
        switch (r.kind) {
        case RecordRef::Kind::Amendment:
            what = tr("amendment to contract %1").arg(r.label);
            break;
        case RecordRef::Kind::SubcontractingAct:
            what = tr("sub-contracting act under contract %1").arg(r.label);
            break;
        default:
            what = tr("contract %1").arg(r.label);
            break;
        }
        lines << QStringLiteral("  %1: %2").arg(what, formatAmount(r.value, locale));
    }
    if (records.size() > kTipRecords)
        lines << tr("  and %n other record(s)", nullptr, int(records.size() - kTipRecords));
    return lines.join(u'\n');
}

QString ChartsView::describeExposure(int periodIndex)
{
    const ChartData &shown = m_spendingChart->chartData();
    if (periodIndex < 0 || periodIndex >= shown.periods.size())
        return {};
    const QLocale locale;
    const ExposurePoint &point = shown.exposure.at(periodIndex);
    const QString &label = shown.periodLabels.at(periodIndex);
    const bool official = shown.filter.claims == ClaimChoice::Official;
    QStringList lines;
    if (point.incidents > 0)
        lines << tr("%1: %2 people exposed by %n incident(s)", nullptr, point.incidents)
                     .arg(label, locale.toString(point.people));
    else if (point.incidentsUnknownPeople == 0)
        lines << tr("%1: no incident recorded").arg(label);
    if (point.incidentsUnknownPeople > 0)
        lines << (official ? tr("%1: %n incident(s) with no official count of the people exposed", nullptr,
                                point.incidentsUnknownPeople)
                           : tr("%1: %n incident(s) with no sourced count of the people exposed", nullptr,
                                point.incidentsUnknownPeople))
                     .arg(label);
    // The running total counts the incidents of known size only: with others before, it is a minimum, and
    // with no known size yet, unknown.
    int unknownSoFar = 0;
    for (int p = 0; p <= periodIndex; ++p)
        unknownSoFar += shown.exposure.at(p).incidentsUnknownPeople;
    const QString total = unknownSoFar == 0 ? locale.toString(point.cumulativePeople)
        : point.cumulativePeople == 0       ? tr("unknown")
                                            : tr("at least %1").arg(locale.toString(point.cumulativePeople));
    if (point.incidents > 0)
        lines << tr("Running total: %1; weighted exposure index: %2").arg(total, locale.toString(point.weightedIndex));
    else
        lines << tr("Running total: %1").arg(total);
    int listed = 0;
    for (int period = shown.periods.at(periodIndex); period <= shown.periodEnds.at(periodIndex); ++period) {
        for (const RecordRef &r : m_analysis->exposureRecords(shown.filter, period)) {
            if (r.kind != RecordRef::Kind::Incident)
                continue;
            if (listed++ < kTipRecords)
                lines << QStringLiteral("  %1: %2").arg(r.label, r.known ? locale.toString(r.value) : tr("unknown"));
        }
    }
    if (listed > kTipRecords)
        lines << tr("  and %n other incident(s)", nullptr, listed - kTipRecords);
    return lines.join(u'\n');
}

bool ChartsView::exportChart(Kind kind, ExportOptions options, const QString &fileName, QString *error)
{
    options.databasePath = m_db.databaseName();
    return exportChartRequest(*m_analysis, {kind, filter(), cumulative()}, options, fileName, error);
}

void ChartsView::exportWithDialog()
{
    const Kind kind = m_tabWidget->currentIndex() == 0 ? Kind::SpendingExposure : Kind::DisclosureDelays;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export the chart"));
    auto *form = new QFormLayout(&dialog);
    auto *title = new QLineEdit(defaultChartTitle(kind), &dialog);
    title->setObjectName(QStringLiteral("titleLineEdit"));
    auto *subtitle = new QLineEdit(&dialog);
    subtitle->setObjectName(QStringLiteral("subtitleLineEdit"));
    auto *unionName = new QLineEdit(preferences::unionName(), &dialog);
    unionName->setObjectName(QStringLiteral("unionNameLineEdit"));
    auto *format = new QComboBox(&dialog);
    format->setObjectName(QStringLiteral("formatComboBox"));
    format->addItem(tr("PNG image"), int(ExportOptions::Format::Png));
    format->addItem(tr("SVG drawing"), int(ExportOptions::Format::Svg));
    format->addItem(tr("PDF document"), int(ExportOptions::Format::Pdf));
    auto *page = new QComboBox(&dialog);
    page->setObjectName(QStringLiteral("pageComboBox"));
    page->addItem(tr("A4"), int(ExportOptions::Page::A4));
    page->addItem(tr("A5"), int(ExportOptions::Page::A5));
    page->addItem(tr("Custom size"), int(ExportOptions::Page::Custom));
    auto *landscape = new QCheckBox(tr("Landscape"), &dialog);
    landscape->setObjectName(QStringLiteral("landscapeCheckBox"));
    landscape->setChecked(true);
    auto *width = new QSpinBox(&dialog);
    width->setObjectName(QStringLiteral("widthSpinBox"));
    width->setRange(100, 20000);
    width->setValue(1600);
    width->setSuffix(tr(" px"));
    auto *height = new QSpinBox(&dialog);
    height->setObjectName(QStringLiteral("heightSpinBox"));
    height->setRange(100, 20000);
    height->setValue(1000);
    height->setSuffix(tr(" px"));
    auto *dpi = new QSpinBox(&dialog);
    dpi->setObjectName(QStringLiteral("dpiSpinBox"));
    dpi->setRange(50, 1200);
    dpi->setValue(300);
    form->addRow(tr("Title"), title);
    form->addRow(tr("Subtitle"), subtitle);
    form->addRow(tr("Union"), unionName);
    form->addRow(tr("Format"), format);
    form->addRow(tr("Page"), page);
    form->addRow(QString(), landscape);
    form->addRow(tr("Width"), width);
    form->addRow(tr("Height"), height);
    form->addRow(tr("Resolution (dpi)"), dpi);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;

    ExportOptions options;
    options.title = title->text();
    options.subtitle = subtitle->text();
    options.unionName = unionName->text();
    preferences::setUnionName(options.unionName);
    options.format = ExportOptions::Format(format->currentData().toInt());
    options.page = ExportOptions::Page(page->currentData().toInt());
    options.landscape = landscape->isChecked();
    options.customPixels = QSize(width->value(), height->value());
    options.dpi = dpi->value();
    const QString suffix = exportFormatCode(options.format);
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Export the chart"), QStringLiteral("vigie.") + suffix,
                                       tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportChart(kind, options, fileName, &error))
        QMessageBox::warning(this, tr("Export the chart"), tr("The chart was not exported: %1").arg(error));
}

} // namespace vigie
