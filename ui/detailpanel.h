#pragma once

#include "storage/history.h"
#include "storage/records.h"

#include <QTextBrowser>

namespace vigie {

class RecordSet;

/// Shows what links to the selected record: a subcontractor's contracts, tasks and incidents; a
/// contract's holders, tasks and incidents; an incident's claims with their data and sources; a
/// source's facts. Links to other records emit recordActivated(); web links open in the browser.
class DetailPanel : public QTextBrowser
{
    Q_OBJECT

public:
    enum class Kind { Subcontractor, Contract, Task, Incident, Source };

    explicit DetailPanel(QWidget *parent = nullptr);

    void showNothing();
    /// Shows the record, then its change history (`history`, newest first) when there is any.
    void showRecord(const RecordSet &records, Kind kind, RowId id, const QList<history::Entry> &history = {});

    /// Shows a contract that need not be in `records` (an open-data contract nobody follows).
    void showContract(const RecordSet &records, const Contract &contract, const QList<history::Entry> &history = {});

    /// The history table of a kind of record: "incidents", "organisations"...
    static QString historyTable(Kind kind);

    /// "vigie:incident/12" for a record link.
    static QString recordUrl(Kind kind, RowId id);

signals:
    void recordActivated(vigie::DetailPanel::Kind kind, vigie::RowId id);

private:
    void followLink(const QUrl &url);
};

} // namespace vigie
