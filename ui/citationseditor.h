#pragma once

#include "storage/records.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace vigie {

class RecordSet;
class Repository;

/// The object name of every list of sources, so that a dialog can offer a source it has just added in all of them.
inline constexpr const char *kSourceComboName = "sourceComboBox";

/// A list of sources to choose from, named kSourceComboName. `noneText`, when given, is a first choice meaning
/// "no source" (id 0).
QComboBox *newSourceComboBox(const QList<Source> &sources, RowId selected, const QString &noneText = QString());
/// Adds to a list of sources those of `sources` it does not offer yet, titled, with the title as tooltip.
void offerSources(QComboBox *combo, const QList<Source> &sources);

/// The sources that back a record, each with the passage that says so: a table of source and quote, and
/// buttons to cite a source, to add a new source to the database and cite it, and to remove a citation.
/// The incident and subcontractor dialogs share it.
class CitationsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { SourceColumn, QuoteColumn, ColumnCount };

    explicit CitationsEditor(QWidget *parent = nullptr);

    /// Where the sources come from (the database's and those added since), and how a new one is made: it
    /// returns the new source's id, or 0 when the user cancelled.
    void setSources(std::function<QList<Source>()> sources, std::function<RowId()> newSource);
    /// The usual set-up: the sources of `records` and those added from here, "New source..." opening the
    /// source dialog on `repository` (what it saves stays saved, even if the form is then cancelled).
    void setRepository(Repository &repository, std::shared_ptr<const RecordSet> records);
    /// The sources added through setRepository()'s "New source...".
    const QList<Source> &addedSources() const { return m_addedSources; }
    /// Call this when a source was added elsewhere in the dialog: every row offers it, and "Cite a source"
    /// (only offered when there is a source to cite) is enabled.
    void sourcesChanged();
    void setNewSourceToolTip(const QString &toolTip);

    void setCitations(const QList<Citation> &citations);
    /// The citations as the table lists them, one per source: a source cited twice keeps its first quote
    /// (the citation tables' key is the record and the source).
    QList<Citation> citations() const;

private:
    int addRow(const Citation &citation);

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_new;
    std::function<QList<Source>()> m_sources;
    std::function<RowId()> m_newSource;
    QList<Source> m_addedSources;
};

} // namespace vigie
