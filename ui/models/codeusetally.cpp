#include "ui/models/codeusetally.h"

namespace tematik {

CodeUseTally::CodeUseTally(const CodingStore &codings)
    : m_codings(codings), m_countsBySource(codings.countsBySource())
{
    for (auto source = m_countsBySource.cbegin(); source != m_countsBySource.cend(); ++source) {
        for (auto it = source->cbegin(); it != source->cend(); ++it) {
            CodeUse &use = m_use[it.key()];
            use.codings += *it;
            ++use.sources;
        }
    }
}

QSet<CodeId> CodeUseTally::recount(SourceId source)
{
    const QHash<CodeId, int> now = m_codings.countsInSource(source);
    const QHash<CodeId, int> before = m_countsBySource.value(source);
    QSet<CodeId> changed;
    const auto apply = [this, &changed](CodeId code, int was, int is) {
        if (was == is)
            return;
        CodeUse &use = m_use[code];
        use.codings += is - was;
        use.sources += (is > 0) - (was > 0);
        if (use.codings == 0)
            m_use.remove(code);
        changed.insert(code);
    };
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        apply(it.key(), before.value(it.key()), *it);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!now.contains(it.key()))
            apply(it.key(), *it, 0);
    }
    if (now.isEmpty())
        m_countsBySource.remove(source);
    else
        m_countsBySource.insert(source, now);
    return changed;
}

} // namespace tematik
