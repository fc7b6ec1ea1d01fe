#include "commandline.h"

namespace vigie::cli {

bool isHeadlessCommand(const QString &)
{
    return false; // placeholder until the command line lands
}

int run(const QStringList &)
{
    return 2;
}

} // namespace vigie::cli
