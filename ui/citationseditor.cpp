#include "citationseditor.h"

#include "models/recordset.h"
#include "sourcedialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie {

QComboBox *newSourceComboBox(const QList<Source> &sources, RowId selected, const QString &noneText)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QLatin1String(kSourceComboName));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    if (!noneText.isEmpty())
        combo->addItem(noneText, RowId(0));
    offerSources(combo, sources);
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    combo->setToolTip(combo->currentText());
    QObject::connect(combo, &QComboBox::currentTextChanged, combo, &QComboBox::setToolTip);
    return combo;
}

void offerSources(QComboBox *combo, const QList<Source> &sources)
{
    for (const Source &source : sources) {
        if (combo->findData(source.id) >= 0)
            continue;
        combo->addItem(source.title, source.id);
        combo->setItemData(combo->count() - 1, source.title, Qt::ToolTipRole);
    }
}

CitationsEditor::CitationsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("Cite a source"), this))
    , m_remove(new QPushButton(tr("Remove citation"), this))
    , m_new(new QPushButton(tr("New so&urce..."), this))
{
    // The names the dialogs' tests and the screenshots find them by.
    m_table->setObjectName(QStringLiteral("citationsTableWidget"));
    m_add->setObjectName(QStringLiteral("addCitationPushButton"));
    m_remove->setObjectName(QStringLiteral("removeCitationPushButton"));
    m_new->setObjectName(QStringLiteral("citationNewSourcePushButton"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Source"), tr("Quote")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SourceColumn, 380);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_new);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QList<Source> sources = m_sources ? m_sources() : QList<Source>();
        if (sources.isEmpty())
            return;
        const int row = addRow(Citation {sources.first().id, QString(), QString()});
        m_table->setCurrentCell(row, SourceColumn);
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        const RowId id = m_newSource ? m_newSource() : 0;
        if (id == 0)
            return;
        sourcesChanged();
        const int row = addRow(Citation {id, QString(), QString()});
        m_table->setCurrentCell(row, QuoteColumn);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    sourcesChanged();
}

void CitationsEditor::setSources(std::function<QList<Source>()> sources, std::function<RowId()> newSource)
{
    m_sources = std::move(sources);
    m_newSource = std::move(newSource);
    m_new->setEnabled(bool(m_newSource));
    sourcesChanged();
}

void CitationsEditor::setRepository(Repository &repository, std::shared_ptr<const RecordSet> records)
{
    setSources([this, records] { return (records ? records->sources() : QList<Source>()) + m_addedSources; },
               [this, &repository] {
                   SourceDialog dialog(repository, this);
                   dialog.setObjectName(QStringLiteral("sourceDialog"));
                   if (dialog.exec() != QDialog::Accepted)
                       return RowId(0);
                   m_addedSources << dialog.savedSource();
                   return m_addedSources.last().id;
               });
}

void CitationsEditor::sourcesChanged()
{
    const QList<Source> sources = m_sources ? m_sources() : QList<Source>();
    // Every row offers every source, the ones just added included.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, SourceColumn)))
            offerSources(combo, sources);
    }
    const bool any = !sources.isEmpty();
    m_add->setEnabled(any);
    m_add->setToolTip(any ? QString() : tr("This database has no source yet."));
}

void CitationsEditor::setNewSourceToolTip(const QString &toolTip)
{
    m_new->setToolTip(toolTip);
}

void CitationsEditor::setCitations(const QList<Citation> &citations)
{
    m_table->setRowCount(0);
    for (const Citation &citation : citations)
        addRow(citation);
}

QList<Citation> CitationsEditor::citations() const
{
    QList<Citation> citations;
    QList<RowId> cited;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *combo = qobject_cast<const QComboBox *>(m_table->cellWidget(row, SourceColumn));
        const RowId sourceId = combo ? combo->currentData().toLongLong() : 0;
        if (sourceId == 0 || cited.contains(sourceId))
            continue;
        cited << sourceId;
        const QTableWidgetItem *quote = m_table->item(row, QuoteColumn);
        citations << Citation {sourceId, QString(), quote ? quote->text().trimmed() : QString()};
    }
    return citations;
}

int CitationsEditor::addRow(const Citation &citation)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setCellWidget(row, SourceColumn,
                           newSourceComboBox(m_sources ? m_sources() : QList<Source>(), citation.sourceId));
    m_table->setItem(row, QuoteColumn, new QTableWidgetItem(citation.quote));
    return row;
}

} // namespace vigie
