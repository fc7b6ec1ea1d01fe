#pragma once

#include "decp/decpcsvreader.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;

namespace vigie {

/// The column-mapping step of a CSV import: which column of the spreadsheet holds which DECP field,
/// started from what decp::CsvMapping::detect() recognised, with the first rows shown to check it.
/// OK needs at least the contract id and the buyer.
class CsvMappingDialog : public QDialog
{
    Q_OBJECT

public:
    CsvMappingDialog(const QString &fileName, const decp::CsvInfo &info, const decp::CsvMapping &mapping,
                     QWidget *parent = nullptr);

    decp::CsvMapping mapping() const;
    /// The combo box of a field ("amount"), whose items are the file's headers after "(none)".
    QComboBox *fieldComboBox(const QString &field) const { return m_combos.value(field); }

    static QString fieldName(const QString &field);

private:
    void updateOk();

    QHash<QString, QComboBox *> m_combos;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vigie
