#pragma once

#include "core/store/codingstore.h"

#include <QHash>
#include <QSet>

namespace tematik {

// How much each code is used (codings, and the sources they lie in), as the project file keeps it, held
// for views that show it on every paint. Reading it again after a change reads a row per code (the file
// keeps the totals), and tells which codes changed, so that a view repaints only those.
class CodeUseTally
{
public:
    explicit CodeUseTally(const CodingStore &codings);

    // Reads the totals again; returns the codes whose use changed.
    QSet<CodeId> recount();

    CodeUse use(CodeId code) const { return m_use.value(code); }

private:
    const CodingStore &m_codings;
    QHash<CodeId, CodeUse> m_use;
};

} // namespace tematik
