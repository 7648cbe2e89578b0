#include "core/report/pseudonyms.h"

#include "core/store/casestore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"

#include <QSet>

namespace tematik {

QString Pseudonyms::defaultAttribute(Project &project)
{
    for (const AttributeInfo &attribute : project.cases().attributes()) {
        const QString name = attribute.name.trimmed().toCaseFolded();
        if (name == QLatin1String("pseudonym") || name == QLatin1String("alias"))
            return attribute.name;
    }
    return {};
}

Pseudonyms Pseudonyms::build(Project &project, const QString &attribute)
{
    Pseudonyms result;
    result.m_active = true;
    CaseStore &cases = project.cases();
    result.m_attribute = attribute.isEmpty() ? defaultAttribute(project) : attribute;
    const std::optional<AttributeInfo> pseudonymAttribute =
        result.m_attribute.isEmpty() ? std::nullopt : cases.findAttribute(result.m_attribute);
    if (!pseudonymAttribute)
        result.m_attribute.clear();

    QHash<CaseId, QString> byCase;
    QSet<QString> taken;
    int participant = 0;
    for (const CaseInfo &info : cases.list()) {
        ++participant;
        QString pseudonym = pseudonymAttribute ? cases.values(info.id).value(pseudonymAttribute->id).trimmed()
                                               : QString();
        // Two cases given the same pseudonym must still read as two people.
        if (pseudonym.isEmpty() || taken.contains(pseudonym))
            pseudonym = tr("Participant %1").arg(participant);
        taken.insert(pseudonym);
        byCase.insert(info.id, pseudonym);
        result.m_cases.insert(info.name, pseudonym);
    }

    int unlinkedSpeaker = 0;
    QHash<QString, QString> unlinkedByLabel; // one label, one pseudonym, across sources
    for (const SpeakerInfo &speaker : cases.speakers()) {
        QString name;
        if (speaker.caseId && byCase.contains(*speaker.caseId)) {
            name = byCase.value(*speaker.caseId);
        } else {
            auto known = unlinkedByLabel.find(speaker.label);
            if (known == unlinkedByLabel.end())
                known = unlinkedByLabel.insert(speaker.label, tr("Speaker %1").arg(++unlinkedSpeaker));
            name = *known;
        }
        result.m_speakers[speaker.sourceId].insert(speaker.label, name);
    }

    int sourceNumber = 0;
    for (const SourceInfo &source : project.sources().list()) {
        ++sourceNumber;
        const QList<CaseId> linked = cases.casesOfSource(source.id);
        result.m_sources.insert(source.id, linked.size() == 1 && byCase.contains(linked.first())
                                               ? byCase.value(linked.first())
                                               : tr("Source %1").arg(sourceNumber));
    }
    return result;
}

QString Pseudonyms::source(SourceId id, const QString &name) const
{
    if (!m_active)
        return name;
    return m_sources.value(id, tr("Source"));
}

QString Pseudonyms::speaker(SourceId source, const QString &label) const
{
    if (!m_active || label.isEmpty())
        return label;
    return m_speakers.value(source).value(label, tr("Speaker"));
}

QString Pseudonyms::caseName(const QString &name) const
{
    if (!m_active || name.isEmpty())
        return name;
    return m_cases.value(name, tr("Participant"));
}

} // namespace tematik
