// libFuzzer target: the parsers of single values (amounts, dates, CPV codes, durations, identifiers) on arbitrary
// bytes.
#include "inputcheck.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const QString problem = vigie::fuzz::valuesInputProblem(bytes); !problem.isEmpty()) {
        std::fprintf(stderr, "property violated: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
