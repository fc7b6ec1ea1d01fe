#pragma once

#include "decpreader.h"

namespace vigie::decp {

/// DECP JSON with RapidJSON's SAX reader: the 2019 layout ({"marches": [...]}), the 2022+ layout
/// ({"marches": {"marche": [...], "contrat-concession": [...]}}), consolidated files mixing them,
/// and a bare top-level array of records. Only the current record is held in memory.
class JsonReader : public RecordReader
{
public:
    bool read(QIODevice &device, const Sink &sink) override;

    /// Largest record accepted, in bytes of text; a bigger one is an error rather than a memory hog.
    static constexpr qsizetype kMaxRecordText = 64 * 1024 * 1024;
};

} // namespace vigie::decp
