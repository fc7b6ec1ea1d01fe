#include "csvmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie {

namespace {

const QStringList kRequired = {QStringLiteral("id"), QStringLiteral("buyerId")};

} // namespace

QString CsvMappingDialog::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("id"), QT_TR_NOOP("Contract id")},
        {QStringLiteral("buyerId"), QT_TR_NOOP("Buyer (SIRET)")},
        {QStringLiteral("buyerName"), QT_TR_NOOP("Buyer's name")},
        {QStringLiteral("object"), QT_TR_NOOP("Object")},
        {QStringLiteral("cpv"), QT_TR_NOOP("CPV code")},
        {QStringLiteral("procedure"), QT_TR_NOOP("Procedure")},
        {QStringLiteral("nature"), QT_TR_NOOP("Nature")},
        {QStringLiteral("amount"), QT_TR_NOOP("Amount excl. VAT")},
        {QStringLiteral("notifiedOn"), QT_TR_NOOP("Notification date")},
        {QStringLiteral("publishedOn"), QT_TR_NOOP("Publication date")},
        {QStringLiteral("durationMonths"), QT_TR_NOOP("Duration (months)")},
        {QStringLiteral("territory"), QT_TR_NOOP("Place of performance")},
        {QStringLiteral("holderId"), QT_TR_NOOP("Holder (SIRET, VAT or other id)")},
        {QStringLiteral("holderIdType"), QT_TR_NOOP("Type of the holder's id")},
        {QStringLiteral("holderName"), QT_TR_NOOP("Holder's name")},
    };
    const char *name = names.value(field);
    return name ? tr(name) : field;
}

CsvMappingDialog::CsvMappingDialog(const QString &fileName, const decp::CsvInfo &info, const decp::CsvMapping &mapping,
                                   QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Columns of %1").arg(QFileInfo(fileName).fileName()));
    auto *layout = new QVBoxLayout(this);
    const QString separator = info.separator == ';' ? tr("semicolons")
        : info.separator == '\t'                    ? tr("tabs")
                                                    : tr("commas");
    auto *help = new QLabel(tr("This spreadsheet is in %1, its columns separated by %2. Say which column holds "
                               "what; Vigie recognised the columns it could. The contract id and the buyer are "
                               "needed, the rest may stay unknown.")
                                .arg(info.encoding, separator));
    help->setWordWrap(true);
    layout->addWidget(help);

    auto *fields = new QGroupBox(tr("Columns"));
    auto *form = new QFormLayout(fields);
    for (const QString &field : decp::CsvMapping::fields()) {
        auto *combo = new QComboBox;
        combo->setObjectName(field + QStringLiteral("ComboBox"));
        combo->addItem(tr("(none: unknown)"), QString());
        for (const QString &header : info.headers)
            combo->addItem(header, header);
        const QString chosen = mapping.columns.value(field);
        const int index = chosen.isEmpty() ? 0 : combo->findData(chosen, Qt::UserRole, Qt::MatchFixedString);
        combo->setCurrentIndex(std::max(0, index));
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::updateOk);
        QString label = fieldName(field);
        if (kRequired.contains(field))
            label = tr("%1 (needed):").arg(label);
        else
            label += QLatin1Char(':');
        auto *title = new QLabel(label);
        title->setBuddy(combo);
        form->addRow(title, combo);
        m_combos.insert(field, combo);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *sample = new QTableWidget(int(info.sampleRows.size()), int(info.headers.size()));
    sample->setObjectName(QStringLiteral("sampleTableWidget"));
    sample->setHorizontalHeaderLabels(info.headers);
    sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    sample->verticalHeader()->hide();
    for (int row = 0; row < info.sampleRows.size(); ++row) {
        const QStringList &cells = info.sampleRows.at(row);
        for (int column = 0; column < cells.size() && column < info.headers.size(); ++column)
            sample->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    sample->resizeColumnsToContents();
    for (int column = 0; column < sample->columnCount(); ++column)
        sample->setColumnWidth(column, std::min(sample->columnWidth(column), 220));

    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 2);
    auto *preview = new QVBoxLayout;
    preview->addWidget(new QLabel(tr("First rows of the file:")));
    preview->addWidget(sample, 1);
    columns->addLayout(preview, 3);
    layout->addLayout(columns, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateOk();
    resize(980, 560);
}

decp::CsvMapping CsvMappingDialog::mapping() const
{
    decp::CsvMapping result;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const QString header = it.value()->currentData().toString();
        if (!header.isEmpty())
            result.columns.insert(it.key(), header);
    }
    return result;
}

void CsvMappingDialog::updateOk()
{
    bool complete = true;
    for (const QString &field : kRequired) {
        const QComboBox *combo = m_combos.value(field);
        if (combo && combo->currentIndex() <= 0)
            complete = false;
    }
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(complete);
    ok->setToolTip(complete ? QString() : tr("Choose the columns of the contract id and of the buyer first."));
}

} // namespace vigie
