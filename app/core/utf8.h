#pragma once

#include <QStringView>

#include <string>

namespace vigie {

/// UTF-16 to UTF-8 into a buffer the caller reuses: toUtf8() would allocate for every value of every row
/// of an import. A lone surrogate becomes U+FFFD.
void toUtf8(QStringView text, std::string &utf8);

} // namespace vigie
