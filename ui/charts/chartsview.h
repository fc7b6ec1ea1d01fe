#pragma once

#include "analytics/outsourcinganalysis.h"
#include "charts/chartexporter.h"
#include "charts/chartrequest.h"

#include <QSqlDatabase>
#include <QWidget>

#include <memory>

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QSpinBox;
class QTabWidget;
class QPushButton;

namespace vigie {

class DisclosureChart;
class KeyFiguresPanel;
class SpendingExposureChart;

/// The charts page: filters, the spending/exposure chart, the disclosure-delays chart, the key figures and
/// export. Reads the database through OutsourcingAnalysis only; call reload() after the data changed.
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsView(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~ChartsView() override;

    AnalysisFilter filter() const;
    void setFilter(const AnalysisFilter &filter);
    bool cumulative() const;

    SpendingExposureChart *spendingChart() const { return m_spendingChart; }
    DisclosureChart *disclosureChart() const { return m_disclosureChart; }
    const ChartData &chartData() const { return m_data; }

    using Kind = ChartKind;
    /// Exports a fresh copy of a chart for the current filter; fills the filter text, notes and sources.
    bool exportChart(Kind kind, ExportOptions options, const QString &fileName, QString *error);

    /// Tooltip text for a bar segment and for a point of the exposure line: value and what makes it up.
    QString describeSpending(int periodIndex, int stack);
    QString describeExposure(int periodIndex);

public slots:
    /// Rereads the database (organisations, figures) and redraws.
    void reload();
    /// Redraws for the filter shown.
    void refresh();
    /// Asks for titles and a file, then exports the chart on the current tab.
    void exportWithDialog();

private:
    void buildUi();
    void rebuildSubcontractorMenu();

    QSqlDatabase m_db;
    std::unique_ptr<OutsourcingAnalysis> m_analysis;
    ChartData m_data;
    QHash<RowId, QString> m_names;

    QSpinBox *m_fromSpinBox = nullptr;
    QSpinBox *m_toSpinBox = nullptr;
    QComboBox *m_granularityComboBox = nullptr;
    QComboBox *m_modeComboBox = nullptr;
    QComboBox *m_claimsComboBox = nullptr;
    QPushButton *m_subcontractorsButton = nullptr;
    QMenu *m_subcontractorsMenu = nullptr;
    QCheckBox *m_creditCheckBox = nullptr;
    QCheckBox *m_groupCheckBox = nullptr;
    QCheckBox *m_cumulativeCheckBox = nullptr;
    QTabWidget *m_tabWidget = nullptr;
    QChartView *m_spendingChartView = nullptr;
    QChartView *m_disclosureChartView = nullptr;
    SpendingExposureChart *m_spendingChart = nullptr;
    DisclosureChart *m_disclosureChart = nullptr;
    QLabel *m_notesLabel = nullptr;
    KeyFiguresPanel *m_keyFigures = nullptr;
    bool m_updating = false;
};

} // namespace vigie
