#include "incidentcommands.h"

#include <QCoreApplication>

namespace vigie {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::IncidentCommand)
};

} // namespace

IncidentCommand::IncidentCommand(UndoContext &history, const QString &text)
    : QUndoCommand(text)
    , m_history(history)
{
}

bool IncidentCommand::write(Incident incident, Repository::SaveMode mode)
{
    // Validated against a "today" no earlier than its own dates: what was valid when saved stays restorable.
    return m_history.repository() && m_history.repository()->saveIncident(incident, QDate::currentDate(), mode);
}

bool IncidentCommand::remove(RowId id)
{
    return m_history.repository() && m_history.repository()->deleteIncident(id);
}

void IncidentCommand::done(RowId select)
{
    m_history.done(EditedKind::Incident, select);
}

void IncidentCommand::fail(const QString &what)
{
    m_history.fail(*this, what);
}

AddIncidentCommand::AddIncidentCommand(UndoContext &history, const Incident &saved)
    : IncidentCommand(history, Text::tr("add incident \"%1\"").arg(saved.title))
    , m_incident(saved)
{
}

void AddIncidentCommand::undo()
{
    if (!remove(m_incident.id)) {
        fail(Text::tr("Cannot undo the addition of the incident \"%1\"").arg(m_incident.title));
        return;
    }
    done(0);
}

void AddIncidentCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    if (!write(m_incident, Repository::SaveMode::Recreate)) {
        fail(Text::tr("Cannot add the incident \"%1\" again").arg(m_incident.title));
        return;
    }
    done(m_incident.id);
}

EditIncidentCommand::EditIncidentCommand(UndoContext &history, const Incident &before, const Incident &after)
    : IncidentCommand(history, Text::tr("edit incident \"%1\"").arg(after.title))
    , m_before(before)
    , m_after(after)
{
}

void EditIncidentCommand::undo()
{
    if (!write(m_before, Repository::SaveMode::Update)) {
        fail(Text::tr("Cannot restore the previous version of the incident \"%1\"").arg(m_before.title));
        return;
    }
    done(m_before.id);
}

void EditIncidentCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    if (!write(m_after, Repository::SaveMode::Update)) {
        fail(Text::tr("Cannot edit the incident \"%1\" again").arg(m_after.title));
        return;
    }
    done(m_after.id);
}

DeleteIncidentCommand::DeleteIncidentCommand(UndoContext &history, const Incident &incident)
    : IncidentCommand(history, Text::tr("delete incident \"%1\"").arg(incident.title))
    , m_incident(incident)
{
}

void DeleteIncidentCommand::undo()
{
    if (!write(m_incident, Repository::SaveMode::Recreate)) {
        fail(Text::tr("Cannot bring back the incident \"%1\"").arg(m_incident.title));
        return;
    }
    done(m_incident.id);
}

void DeleteIncidentCommand::redo()
{
    if (!remove(m_incident.id)) {
        fail(Text::tr("Cannot delete the incident \"%1\"").arg(m_incident.title));
        return;
    }
    done(0);
}

} // namespace vigie
