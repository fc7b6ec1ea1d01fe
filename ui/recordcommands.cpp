#include "recordcommands.h"

#include "storage/repository.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::RecordCommand)
};

// What differs between the kinds of record: how each is written, deleted, named and shown.

bool write(Repository &repository, Source &source, Repository::SaveMode mode)
{
    return repository.saveSource(source, mode);
}
bool write(Repository &repository, Organisation &organisation, Repository::SaveMode mode)
{
    return repository.saveOrganisation(organisation, mode);
}
bool write(Repository &repository, Task &task, Repository::SaveMode mode)
{
    return repository.saveTask(task, mode);
}

bool remove(Repository &repository, const Source &source)
{
    return repository.deleteSource(source.id);
}
bool remove(Repository &repository, const Organisation &organisation)
{
    // Undoing its addition: the establishments that save put in its group leave it with it.
    return repository.deleteOrganisation(organisation.id, organisation.establishmentsLinked);
}
bool remove(Repository &repository, const Task &task)
{
    return repository.deleteTask(task.id);
}

EditedKind kindOf(const Source &)
{
    return EditedKind::Source;
}
EditedKind kindOf(const Organisation &)
{
    return EditedKind::Subcontractor;
}
EditedKind kindOf(const Task &)
{
    return EditedKind::Task;
}

template<typename Change> QString describe(Change change, const Source &source)
{
    switch (change) {
    case Change::Add:
        return Text::tr("add source \"%1\"").arg(source.title);
    case Change::Edit:
        return Text::tr("edit source \"%1\"").arg(source.title);
    case Change::Delete:
        break;
    }
    return Text::tr("delete source \"%1\"").arg(source.title);
}

template<typename Change> QString describe(Change change, const Organisation &organisation)
{
    switch (change) {
    case Change::Add:
        return Text::tr("add subcontractor \"%1\"").arg(organisation.name);
    case Change::Edit:
        return Text::tr("edit subcontractor \"%1\"").arg(organisation.name);
    case Change::Delete:
        break;
    }
    return Text::tr("delete subcontractor \"%1\"").arg(organisation.name);
}

template<typename Change> QString describe(Change change, const Task &task)
{
    switch (change) {
    case Change::Add:
        return Text::tr("add task \"%1\"").arg(task.title);
    case Change::Edit:
        return Text::tr("edit task \"%1\"").arg(task.title);
    case Change::Delete:
        break;
    }
    return Text::tr("delete task \"%1\"").arg(task.title);
}

// Undoing a subcontractor's edit: the establishments that edit put in its group leave it again.
bool undoSideEffects(Repository &repository, const Organisation &after)
{
    return after.establishmentsLinked.isEmpty() || repository.detachFromGroup(after.id, after.establishmentsLinked);
}
bool undoSideEffects(Repository &, const Source &)
{
    return true;
}
bool undoSideEffects(Repository &, const Task &)
{
    return true;
}

} // namespace

void UndoContext::setRepository(Repository *repository)
{
    m_repository = repository;
}

void UndoContext::done(EditedKind kind, RowId id)
{
    if (m_stepDepth > 0) {
        m_stepChange = std::pair(kind, id);
        return;
    }
    if (changed)
        changed(kind, id);
}

void UndoContext::fail(QUndoCommand &command, const QString &what)
{
    // A change that cannot be made leaves the database as it was; the command leaves the stack.
    command.setObsolete(true);
    const QString reason = m_repository ? m_repository->lastError() : QString();
    const QString message = reason.isEmpty() || what.isEmpty() ? what + reason : Text::tr("%1: %2").arg(what, reason);
    if (m_stepDepth > 0) {
        if (m_stepFailure.isEmpty())
            m_stepFailure = message;
        return;
    }
    report(message);
}

void UndoContext::report(const QString &message)
{
    if (failed)
        failed(message);
    if (changed)
        changed(EditedKind::Incident, 0);
}

void UndoContext::beginStep()
{
    if (m_stepDepth++ == 0) {
        m_stepFailure.clear();
        m_stepChange.reset();
    }
}

QString UndoContext::endStep()
{
    if (--m_stepDepth > 0)
        return m_stepFailure;
    const QString failure = m_stepFailure;
    if (failure.isEmpty() && m_stepChange)
        done(m_stepChange->first, m_stepChange->second);
    return failure;
}

StepCommand::StepCommand(UndoContext &context, const QString &text, std::vector<std::unique_ptr<QUndoCommand>> parts)
    : QUndoCommand(text)
    , m_context(context)
    , m_parts(std::move(parts))
{
}

void StepCommand::undo()
{
    run(true);
}

void StepCommand::redo()
{
    if (m_first) {
        m_first = false;
        for (const auto &part : m_parts)
            part->redo(); // each skips its first redo: the window made the change
        return;
    }
    run(false);
}

void StepCommand::run(bool undo)
{
    Repository *repository = m_context.repository();
    m_context.beginStep();
    const bool ok = repository && repository->runInTransaction([&] {
        const auto one = [&](QUndoCommand &part) {
            undo ? part.undo() : part.redo();
            return !part.isObsolete();
        };
        if (undo)
            return std::all_of(m_parts.rbegin(), m_parts.rend(), [&](const auto &part) { return one(*part); });
        return std::all_of(m_parts.begin(), m_parts.end(), [&](const auto &part) { return one(*part); });
    });
    const QString failure = m_context.endStep();
    if (ok)
        return;
    // The transaction rolled back every part: the database is as it was, and the step leaves the stack.
    setObsolete(true);
    m_context.report(failure.isEmpty() && repository ? repository->lastError() : failure);
}

template<typename Record>
RecordCommand<Record>::RecordCommand(UndoContext &context, Change change, std::optional<Record> before,
                                     std::optional<Record> after)
    : QUndoCommand(describe(change, change == Change::Delete ? *before : *after))
    , m_context(context)
    , m_change(change)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

template<typename Record>
RecordCommand<Record> *RecordCommand<Record>::forSave(UndoContext &context, const Record &shown, const Record &stored)
{
    if (shown.id == 0)
        return new RecordCommand(context, Change::Add, std::nullopt, stored);
    return new RecordCommand(context, Change::Edit, shown, stored);
}

template<typename Record> void RecordCommand<Record>::undo()
{
    Repository *repository = m_context.repository();
    bool ok = repository != nullptr;
    Record shown = m_change == Change::Add ? *m_after : *m_before;
    if (ok) {
        switch (m_change) {
        case Change::Add:
            ok = remove(*repository, *m_after);
            break;
        case Change::Edit:
            ok = repository->runInTransaction([&] {
                return write(*repository, shown, Repository::SaveMode::Update)
                    && undoSideEffects(*repository, *m_after);
            });
            break;
        case Change::Delete:
            ok = write(*repository, shown, Repository::SaveMode::Recreate);
            break;
        }
    }
    if (!ok) {
        m_context.fail(*this, Text::tr("Cannot undo %1").arg(QUndoCommand::text()));
        return;
    }
    m_context.done(kindOf(shown), m_change == Change::Add ? 0 : shown.id);
}

template<typename Record> void RecordCommand<Record>::redo()
{
    if (m_first) {
        m_first = false; // the window made the change
        return;
    }
    Repository *repository = m_context.repository();
    bool ok = repository != nullptr;
    if (ok) {
        switch (m_change) {
        case Change::Add:
            ok = write(*repository, *m_after, Repository::SaveMode::Recreate);
            break;
        case Change::Edit:
            ok = write(*repository, *m_after, Repository::SaveMode::Update);
            break;
        case Change::Delete:
            ok = remove(*repository, *m_before);
            break;
        }
    }
    if (!ok) {
        m_context.fail(*this, Text::tr("Cannot redo %1").arg(QUndoCommand::text()));
        return;
    }
    m_context.done(kindOf(m_before ? *m_before : *m_after), m_change == Change::Delete ? 0 : m_after->id);
}

template class RecordCommand<Source>;
template class RecordCommand<Organisation>;
template class RecordCommand<Task>;

} // namespace vigie
