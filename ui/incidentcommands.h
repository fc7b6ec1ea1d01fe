#pragma once

#include "storage/records.h"

#include <QHash>
#include <QUndoCommand>

#include <functional>

namespace vigie {

class Repository;

/// What the incident commands of one undo stack share: the repository they write through, and the ids
/// incidents got when a command brought them back (a deleted row cannot get its old id back, so later
/// commands find the incident under its new id).
class IncidentHistory
{
public:
    explicit IncidentHistory(Repository *repository = nullptr)
        : m_repository(repository)
    {
    }

    Repository *repository() const { return m_repository; }
    /// Set when the database changes; the undo stack is cleared at the same time.
    void setRepository(Repository *repository);

    /// The id an incident has now, given any id it had before.
    RowId currentId(RowId id) const { return m_renamed.value(id, id); }
    void recreated(RowId oldId, RowId newId);

    /// Called after every change a command makes, with the incident to show (0: none).
    std::function<void(RowId)> changed;
    /// Called when a command cannot do or undo its change; the command is then dropped from the stack.
    std::function<void(const QString &)> failed;

private:
    Repository *m_repository = nullptr;
    QHash<RowId, RowId> m_renamed;
};

/// Base of the incident commands: writes through the history's repository and reports.
class IncidentCommand : public QUndoCommand
{
public:
    IncidentCommand(IncidentHistory &history, const QString &text);

protected:
    /// Writes `incident` as a new record (ids of it and its children cleared); returns the new id, 0 on failure.
    RowId insert(Incident incident);
    bool replace(Incident incident, RowId id);
    bool remove(RowId id);
    void done(RowId select);
    void fail(const QString &what);

    IncidentHistory &m_history;
};

/// An incident the incident dialog has just saved. Undo deletes it; redo saves it again, same content.
class AddIncidentCommand : public IncidentCommand
{
public:
    AddIncidentCommand(IncidentHistory &history, const Incident &saved);
    void undo() override;
    void redo() override;

private:
    Incident m_incident;
    RowId m_id; // as first saved; the history maps it to the current id
    bool m_first = true; // the dialog did the first save
};

/// An edit the incident dialog has just saved. Undo writes back the previous version with its claims.
class EditIncidentCommand : public IncidentCommand
{
public:
    EditIncidentCommand(IncidentHistory &history, const Incident &before, const Incident &after);
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
    DeleteIncidentCommand(IncidentHistory &history, const Incident &incident);
    void undo() override;
    void redo() override;

private:
    Incident m_incident;
};

} // namespace vigie
