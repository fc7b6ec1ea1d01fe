#pragma once

#include "analytics/outsourcinganalysis.h"

#include <QFrame>

class QLabel;

namespace vigie {

/// The key figures of the current filter, beside the charts: total outsourced, subcontractors, incidents,
/// people exposed, euros of outsourcing per person exposed ("unknown" when nobody is exposed).
class KeyFiguresPanel : public QFrame
{
    Q_OBJECT

public:
    explicit KeyFiguresPanel(QWidget *parent = nullptr);
    void setFigures(const KeyFigures &figures, const Omissions &omissions);

private:
    QLabel *addFigure(const QString &caption, const QString &objectName);

    QLabel *m_total = nullptr;
    QLabel *m_subcontractors = nullptr;
    QLabel *m_incidents = nullptr;
    QLabel *m_people = nullptr;
    QLabel *m_eurosPerPerson = nullptr;
};

} // namespace vigie
