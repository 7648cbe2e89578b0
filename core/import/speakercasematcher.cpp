#include "core/import/speakercasematcher.h"

#include "core/store/casestore.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/text/codepointindex.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace tematik {
namespace {

bool isGenericInterviewee(const QString &label)
{
    static const QSet<QString> labels{QStringLiteral("ip"), QStringLiteral("r"), QStringLiteral("respondent"),
                                      QStringLiteral("informant"), QStringLiteral("intervjuperson"),
                                      QStringLiteral("interviewee"), QStringLiteral("participant")};
    return labels.contains(label.toLower());
}

// Lower-cased names and identifying values → case; keys that fit two cases map to 0 (ambiguous).
QHash<QString, CaseId> caseKeys(CaseStore &cases)
{
    QHash<QString, CaseId> keys;
    const auto add = [&keys](const QString &key, CaseId id) {
        const QString k = key.trimmed().toLower();
        if (k.isEmpty())
            return;
        const auto it = keys.constFind(k);
        keys.insert(k, it == keys.constEnd() || *it == id ? id : CaseId(0));
    };
    const QList<CaseInfo> all = cases.list();
    QHash<AttributeId, QHash<QString, int>> valueCounts;
    QHash<CaseId, QHash<AttributeId, QString>> values;
    for (const CaseInfo &c : all) {
        add(c.name, c.id);
        values.insert(c.id, cases.values(c.id));
        for (auto it = values[c.id].cbegin(); it != values[c.id].cend(); ++it)
            ++valueCounts[it.key()][it.value().trimmed().toLower()];
    }
    for (const AttributeInfo &a : cases.attributes()) {
        if (a.type != AttributeType::Text)
            continue;
        const QHash<QString, int> &counts = valueCounts.value(a.id);
        bool unique = counts.size() >= 2;
        for (int n : counts)
            unique = unique && n == 1;
        if (!unique)
            continue;
        for (const CaseInfo &c : all) {
            if (values[c.id].contains(a.id))
                add(values[c.id].value(a.id), c.id);
        }
    }
    return keys;
}

// The one case whose name stands as a whole word in the text before the source's first turn.
std::optional<CaseId> caseNamedInHeader(Project &project, SourceId source, const QList<CaseInfo> &all)
{
    const QList<SpeakerTurn> turns = project.sources().turns(source);
    Result<QString> text = project.sources().text(source);
    if (!text || turns.isEmpty())
        return std::nullopt;
    const QString header = text->left(CodePointIndex(*text).toUtf16(turns.first().start));
    std::optional<CaseId> found;
    for (const CaseInfo &c : all) {
        const QRegularExpression word(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                          .arg(QRegularExpression::escape(c.name)));
        if (word.match(header).hasMatch()) {
            if (found)
                return std::nullopt;
            found = c.id;
        }
    }
    return found;
}

} // namespace

Result<int> SpeakerCaseMatcher::match(Project &project, std::optional<SourceId> onlySource)
{
    CaseStore &cases = project.cases();
    const QList<CaseInfo> all = cases.list();
    if (all.isEmpty())
        return 0;
    Transaction tx(project.database());
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    const QHash<QString, CaseId> keys = caseKeys(cases);
    const QList<SpeakerInfo> speakers = onlySource ? cases.speakersOf(*onlySource) : cases.speakers();
    int linked = 0;
    QHash<SourceId, std::optional<CaseId>> headerCase;
    for (const SpeakerInfo &s : speakers) {
        if (s.caseId)
            continue;
        CaseId target = keys.value(s.label.trimmed().toLower(), 0);
        bool viaHeader = false;
        if (target == 0 && isGenericInterviewee(s.label)) {
            if (!headerCase.contains(s.sourceId))
                headerCase.insert(s.sourceId, caseNamedInHeader(project, s.sourceId, all));
            target = headerCase.value(s.sourceId).value_or(0);
            viaHeader = target != 0;
        }
        if (target == 0)
            continue;
        if (Status st = cases.linkSpeaker(s.id, target); !st)
            return st.takeError();
        if (viaHeader) {
            if (Status st = cases.linkSource(target, s.sourceId); !st)
                return st.takeError();
        }
        ++linked;
    }
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return linked;
}

} // namespace tematik
