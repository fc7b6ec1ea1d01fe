#include "preferences.h"

#include <QSettings>

namespace vigie::preferences {

namespace {

const QString kUnionNameKey = QStringLiteral("export/unionName");

} // namespace

QString unionName()
{
    return QSettings().value(kUnionNameKey).toString().trimmed();
}

void setUnionName(const QString &name)
{
    QSettings().setValue(kUnionNameKey, name.trimmed());
}

} // namespace vigie::preferences
