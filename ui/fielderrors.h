#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

class QComboBox;
class QLabel;
class QWidget;

namespace vigie {

/// The colour of problems in forms: the border of a field and the message under it.
inline constexpr const char *kErrorColour = "#b71c1c";

/// A field of a form that can show a problem: its name in error lists, its widget, the label under it.
struct MarkableField
{
    QString name;
    QWidget *widget = nullptr;
    QLabel *label = nullptr;
};

/// What an editable combo box's typed text designates: the current item when its text is the one shown,
/// else the one item of that text (case ignored). 0 when none matches; `ambiguous` is set when several
/// items have that text (two subcontractors of the same name), so that the form can ask which one.
qint64 chosenItemId(const QComboBox *combo, bool *ambiguous = nullptr);

/// The problems of a form, shown where they are: each field with a problem gets a red border and its
/// messages under it, and a sentence under the form says how many there are and that nothing was saved.
/// Editing a marked line edit takes its mark away. The source, subcontractor and task dialogs share it.
class FormErrors
{
    Q_DECLARE_TR_FUNCTIONS(vigie::FormErrors)
    Q_DISABLE_COPY_MOVE(FormErrors) // its connections hold `this`

public:
    FormErrors() = default;

    /// `fields` in the form's order, so that the focus goes to the first problem a reader meets; `summary`
    /// under the form. Their labels turn red and hide until there is something to say.
    void setFields(const QList<MarkableField> &fields, QLabel *summary);

    /// Takes every mark and message away.
    void clear();
    /// Shows `errors` (field name, message) at their fields, counts them under the form and gives the focus
    /// to the first. Returns true when there are none, i.e. when the form may be saved.
    bool check(const QList<std::pair<QString, QString>> &errors);
    /// A problem of the whole form (what the repository refused), under the form.
    void fail(const QString &message);

private:
    void unmark(QWidget *widget, QLabel *label);

    QList<MarkableField> m_fields;
    QLabel *m_summary = nullptr;
    QList<QWidget *> m_marked;
};

} // namespace vigie
