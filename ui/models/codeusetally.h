#pragma once

#include "core/store/codingstore.h"

#include <QHash>
#include <QSet>

namespace tematik {

// How much each code is used (codings, and the sources they lie in), kept up to date a source at a
// time: the project is counted once, then after each change only the source that changed (tens of
// microseconds there, where recounting the whole project takes milliseconds). Views that show counts
// per code share it.
class CodeUseTally
{
public:
    explicit CodeUseTally(const CodingStore &codings);

    // Counts the source again; returns the codes whose use changed.
    QSet<CodeId> recount(SourceId source);

    CodeUse use(CodeId code) const { return m_use.value(code); }
    // How many codings each code has in each source, as last counted.
    const QHash<SourceId, QHash<CodeId, int>> &countsBySource() const { return m_countsBySource; }

private:
    const CodingStore &m_codings;
    QHash<CodeId, CodeUse> m_use;
    QHash<SourceId, QHash<CodeId, int>> m_countsBySource; // what m_use adds up
};

} // namespace tematik
