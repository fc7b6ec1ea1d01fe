#pragma once

#include "recordcommands.h"
#include "storage/repository.h"

namespace vigie {

/// Base of the incident commands: writes through the history's repository and reports.
class IncidentCommand : public QUndoCommand
{
public:
    IncidentCommand(UndoContext &history, const QString &text);

protected:
    /// Writes `incident` under its own id, over the stored one (Update) or as the deleted record again (Recreate,
    /// which fails if the id was taken); its claims and consequences are written as new rows.
    bool write(Incident incident, Repository::SaveMode mode);
    bool remove(RowId id);
    void done(RowId select);
    void fail(const QString &what);

    UndoContext &m_history;
};

/// An incident the incident dialog has just saved. Undo deletes it; redo saves it again, same content.
class AddIncidentCommand : public IncidentCommand
{
public:
    AddIncidentCommand(UndoContext &history, const Incident &saved);
    void undo() override;
    void redo() override;

private:
    Incident m_incident;
    bool m_first = true; // the dialog did the first save
};

/// An edit the incident dialog has just saved. Undo writes back the previous version with its claims.
class EditIncidentCommand : public IncidentCommand
{
public:
    EditIncidentCommand(UndoContext &history, const Incident &before, const Incident &after);
    void undo() override;
    void redo() override;

private:
    Incident m_before;
    Incident m_after;
    bool m_first = true;
};

/// Deletes an incident; undo brings it back with its claims, consequences and citations.
class DeleteIncidentCommand : public IncidentCommand
{
public:
    DeleteIncidentCommand(UndoContext &history, const Incident &incident);
    void undo() override;
    void redo() override;

private:
    Incident m_incident;
};

} // namespace vigie
