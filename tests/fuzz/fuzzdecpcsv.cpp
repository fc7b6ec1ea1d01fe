// libFuzzer target: the CSV reader (encoding, separator and column detection, quoting, then reading) on arbitrary
// bytes.
#include "inputcheck.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const QString problem = vigie::fuzz::csvInputProblem(bytes); !problem.isEmpty()) {
        std::fprintf(stderr, "property violated: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
