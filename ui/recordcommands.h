#pragma once

#include "storage/records.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace vigie {

class Repository;

/// The records the window changes through its undo stack.
enum class EditedKind { Incident, Subcontractor, Task, Source };

/// What the commands of one undo stack share: the repository they write through and how they report. A record
/// a command brings back comes back under its own id, so whatever names it still does.
class UndoContext
{
public:
    explicit UndoContext(Repository *repository = nullptr)
        : m_repository(repository)
    {
    }

    Repository *repository() const { return m_repository; }
    /// Set when the database changes; the undo stack is cleared at the same time.
    void setRepository(Repository *repository);

    /// After a command changed the database: the record to show (id 0: none).
    void done(EditedKind kind, RowId id);
    /// A command could not make its change (the database is as it was): says so (`what`, then the repository's
    /// reason; the reason alone when `what` is empty) and drops the command from the stack.
    void fail(QUndoCommand &command, const QString &what);

    /// Says a change was not made (`message`) and shows no record.
    void report(const QString &message);

    /// Between beginStep() and endStep() the commands of one step (StepCommand) run: their failures and
    /// changes are kept, then endStep() returns the first failure's message (empty: none failed) and reports
    /// the last change once, when none failed.
    void beginStep();
    QString endStep();

    /// Called after every change a command makes, with the record to show (id 0: none).
    std::function<void(EditedKind, RowId)> changed;
    /// Called when a command cannot do or undo its change; the command is then dropped from the stack.
    std::function<void(const QString &)> failed;

private:
    Repository *m_repository = nullptr;
    int m_stepDepth = 0;
    QString m_stepFailure;
    std::optional<std::pair<EditedKind, RowId>> m_stepChange;
};

/// Several commands made one step, done and undone whole in one transaction: a record with the sources
/// made from its dialog. If one part cannot be done or undone, none is, and the step leaves the stack.
/// Like its parts, it is pushed after the change was made: its first redo does nothing.
class StepCommand : public QUndoCommand
{
public:
    StepCommand(UndoContext &context, const QString &text, std::vector<std::unique_ptr<QUndoCommand>> parts);
    void undo() override;
    void redo() override;

private:
    void run(bool undo);

    UndoContext &m_context;
    std::vector<std::unique_ptr<QUndoCommand>> m_parts;
    bool m_first = true;
};

/// A source, subcontractor or task added, edited or deleted from the window, pushed once the window made the
/// change (its first redo does nothing). Undo of an add deletes the record (refused, with the reason, if
/// something refers to it); undo of a delete writes it back under its id. Undoing a subcontractor's edit or
/// addition also takes out of its group the establishments that save linked to it.
template<typename Record> class RecordCommand : public QUndoCommand
{
public:
    enum class Change { Add, Edit, Delete };

    /// Add: `after` as stored after the save. Edit: both as stored. Delete: `before` as stored.
    RecordCommand(UndoContext &context, Change change, std::optional<Record> before, std::optional<Record> after);
    /// The save a dialog made: an addition when `shown` (the record the dialog opened on) had no id yet,
    /// else an edit from `shown` to `stored`.
    static RecordCommand *forSave(UndoContext &context, const Record &shown, const Record &stored);
    void undo() override;
    void redo() override;

private:
    UndoContext &m_context;
    Change m_change;
    std::optional<Record> m_before;
    std::optional<Record> m_after;
    bool m_first = true;
};

using SourceCommand = RecordCommand<Source>;
using SubcontractorCommand = RecordCommand<Organisation>;
using TaskCommand = RecordCommand<Task>;

} // namespace vigie
