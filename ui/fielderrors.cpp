#include "fielderrors.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace vigie {

qint64 chosenItemId(const QComboBox *combo, bool *ambiguous)
{
    if (ambiguous)
        *ambiguous = false;
    const QString text = combo->currentText().trimmed();
    if (combo->currentIndex() >= 0 && combo->itemText(combo->currentIndex()) == text)
        return combo->currentData().toLongLong();
    qint64 found = 0;
    int matches = 0;
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).compare(text, Qt::CaseInsensitive) == 0) {
            found = combo->itemData(i).toLongLong();
            ++matches;
        }
    }
    if (matches > 1 && ambiguous)
        *ambiguous = true;
    return matches == 1 ? found : 0;
}

void FormErrors::setFields(const QList<MarkableField> &fields, QLabel *summary)
{
    m_fields = fields;
    m_summary = summary;
    const QString red = QStringLiteral("color: %1;").arg(QLatin1String(kErrorColour));
    for (const MarkableField &field : fields) {
        field.label->setStyleSheet(red);
        field.label->hide();
        // Editing a field takes its red mark away; OK checks again anyway.
        auto *edit = qobject_cast<QLineEdit *>(field.widget);
        if (!edit) {
            if (auto *combo = qobject_cast<QComboBox *>(field.widget))
                edit = combo->lineEdit();
        }
        if (edit) {
            QObject::connect(edit, &QLineEdit::textEdited, field.label,
                             [this, widget = field.widget, label = field.label] { unmark(widget, label); });
        }
    }
    summary->setStyleSheet(red);
    summary->hide();
}

void FormErrors::unmark(QWidget *widget, QLabel *label)
{
    widget->setStyleSheet(QString());
    label->clear();
    label->hide();
    // The last problem put right: the count under the form has nothing left to count.
    if (m_marked.removeAll(widget) > 0 && m_marked.isEmpty() && m_summary)
        m_summary->hide();
}

void FormErrors::clear()
{
    for (const MarkableField &field : std::as_const(m_fields))
        unmark(field.widget, field.label); // every marked widget is a field's: none stays marked
    m_summary->clear();
    m_summary->hide();
}

bool FormErrors::check(const QList<std::pair<QString, QString>> &errors)
{
    if (errors.isEmpty())
        return true;
    QWidget *first = nullptr;
    for (const MarkableField &field : std::as_const(m_fields)) {
        for (const auto &[name, message] : errors) {
            if (name != field.name)
                continue;
            field.widget->setStyleSheet(
                QStringLiteral("%1 { border: 2px solid %2; }")
                    .arg(QLatin1String(field.widget->metaObject()->className()), QLatin1String(kErrorColour)));
            m_marked.append(field.widget);
            const QString shown = field.label->text();
            field.label->setText(shown.isEmpty() ? message : shown + QLatin1Char('\n') + message);
            field.label->show();
            if (!first)
                first = field.widget;
        }
    }
    fail(tr("%n problem(s) to fix: see the fields marked in red. Nothing was saved.", nullptr, int(errors.size())));
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return false;
}

void FormErrors::fail(const QString &message)
{
    m_summary->setText(message);
    m_summary->show();
}

} // namespace vigie
