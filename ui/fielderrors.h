#pragma once

#include <QList>
#include <QString>

#include <utility>

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

/// Marks each field named in `errors` (field name, message): a red border, and its messages under it, one per
/// line. Goes through `fields` in their order (the form's), so that the returned widget, to take the focus, is
/// the first problem a reader meets. The widgets marked are added to `marked`, for the dialog to clear later.
QWidget *markFieldErrors(const QList<std::pair<QString, QString>> &errors, const QList<MarkableField> &fields,
                         QList<QWidget *> *marked);

} // namespace vigie
