#pragma once

#include "decpreader.h"

namespace vigie::decp {

/// DECP XML (<marches><marche>...</marche><contrat-concession>...</contrat-concession></marches>)
/// with QXmlStreamReader: one record in memory at a time.
class XmlReader : public RecordReader
{
public:
    bool read(QIODevice &device, const Sink &sink) override;
};

} // namespace vigie::decp
