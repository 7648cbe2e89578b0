#include "ui/models/codeusetally.h"

namespace tematik {

CodeUseTally::CodeUseTally(const CodingStore &codings)
    : m_codings(codings), m_use(codings.useByCode())
{
}

QSet<CodeId> CodeUseTally::recount()
{
    QHash<CodeId, CodeUse> now = m_codings.useByCode();
    QSet<CodeId> changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto was = m_use.constFind(it.key());
        if (was == m_use.cend() || was->codings != it->codings || was->sources != it->sources)
            changed.insert(it.key());
    }
    for (auto it = m_use.cbegin(); it != m_use.cend(); ++it) {
        if (!now.contains(it.key()))
            changed.insert(it.key());
    }
    m_use = std::move(now);
    return changed;
}

} // namespace tematik
