#include "fielderrors.h"

#include <QLabel>
#include <QWidget>

namespace vigie {

QWidget *markFieldErrors(const QList<std::pair<QString, QString>> &errors, const QList<MarkableField> &fields,
                         QList<QWidget *> *marked)
{
    QWidget *first = nullptr;
    for (const MarkableField &field : fields) {
        for (const auto &[name, message] : errors) {
            if (name != field.name)
                continue;
            field.widget->setStyleSheet(
                QStringLiteral("%1 { border: 2px solid %2; }")
                    .arg(QLatin1String(field.widget->metaObject()->className()), QLatin1String(kErrorColour)));
            marked->append(field.widget);
            const QString shown = field.label->text();
            field.label->setText(shown.isEmpty() ? message : shown + QLatin1Char('\n') + message);
            field.label->show();
            if (!first)
                first = field.widget;
        }
    }
    return first;
}

} // namespace vigie
