#include "keyfigurespanel.h"

#include "core/amount.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace vigie {

KeyFiguresPanel::KeyFiguresPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("keyFiguresPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Key figures for this filter"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_total = addFigure(tr("Total outsourced"), QStringLiteral("totalValueLabel"));
    m_subcontractors = addFigure(tr("Subcontractors"), QStringLiteral("subcontractorsValueLabel"));
    m_incidents = addFigure(tr("Incidents"), QStringLiteral("incidentsValueLabel"));
    m_people = addFigure(tr("People exposed"), QStringLiteral("peopleValueLabel"));
    m_eurosPerPerson = addFigure(tr("Outsourcing per person exposed"), QStringLiteral("eurosPerPersonValueLabel"));
    layout->addStretch();
}

QLabel *KeyFiguresPanel::addFigure(const QString &caption, const QString &objectName)
{
    auto *captionLabel = new QLabel(caption, this);
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout()->addWidget(captionLabel);
    layout()->addWidget(value);
    return value;
}

void KeyFiguresPanel::setFigures(const KeyFigures &figures, const Omissions &omissions)
{
    const QLocale locale;
    m_total->setText(formatAmountShort(figures.totalSpending, locale));
    m_total->setToolTip(formatAmount(figures.totalSpending, locale));
    m_subcontractors->setText(locale.toString(figures.subcontractors));
    m_incidents->setText(locale.toString(figures.incidents));
    m_incidents->setToolTip(omissions.incidentsUnknownPeople ? tr("%n incident(s) with no count of people affected",
                                                                  nullptr, omissions.incidentsUnknownPeople)
                                                             : QString());
    // Incidents none of which has a count of people: how many were exposed is unknown, not zero.
    const bool peopleUnknown = figures.incidents > 0 && figures.incidents == omissions.incidentsUnknownPeople;
    m_people->setText(peopleUnknown ? tr("unknown") : locale.toString(figures.peopleExposed));
    m_people->setToolTip(!peopleUnknown && omissions.incidentsUnknownPeople
                             ? tr("At least this many: %n incident(s) with no count of people affected are left out",
                                  nullptr, omissions.incidentsUnknownPeople)
                             : QString());
    if (figures.eurosPerPerson)
        m_eurosPerPerson->setText(formatAmount(Cents(std::llround(*figures.eurosPerPerson * 100)), locale));
    else
        m_eurosPerPerson->setText(tr("unknown"));
    // Divided by a minimum of people, the ratio is a maximum.
    m_eurosPerPerson->setToolTip(figures.eurosPerPerson && omissions.incidentsUnknownPeople
                                     ? tr("At most: the people of %n incident(s) with no count are not counted",
                                          nullptr, omissions.incidentsUnknownPeople)
                                     : QString());
}

} // namespace vigie
