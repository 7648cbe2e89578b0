#pragma once

#include "core/model/ids.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace tematik {

class Project;

// The names a report shows for participants and sources, real or pseudonymised. Reports quote people;
// a pseudonymised report must not print a source's name, a speaker's label or a case's name, since any
// of them may be a real name ("Intervju Anna", "Anna:").
//
// Pseudonymised:
// - a case shows the value of its pseudonym attribute, or "Participant N" (N by case order) without one;
// - a speaker linked to a case shows the case's pseudonym; an unlinked speaker "Speaker N", numbered in
//   the order sources and labels come;
// - a source linked to exactly one case (an interview) shows that case's pseudonym; any other source
//   "Source N", N by its place in the project.
// Not pseudonymised, every name passes through unchanged. The quoted text itself is never altered.
class Pseudonyms
{
    Q_DECLARE_TR_FUNCTIONS(Pseudonyms)

public:
    // Names as they are.
    Pseudonyms() = default;
    // Pseudonyms from the attribute of that name; empty: the attribute called "pseudonym" or "alias"
    // (any letter case), if there is one.
    static Pseudonyms build(Project &project, const QString &attribute = {});

    bool active() const { return m_active; }
    // The attribute the pseudonyms come from; empty when none (every case is then "Participant N").
    QString attribute() const { return m_attribute; }

    QString source(SourceId id, const QString &name) const;
    QString speaker(SourceId source, const QString &label) const;
    QString caseName(const QString &name) const;

    // The attribute the pseudonyms of build() would come from, if any.
    static QString defaultAttribute(Project &project);

private:
    bool m_active = false;
    QString m_attribute;
    QHash<SourceId, QString> m_sources;
    QHash<QString, QString> m_cases;                         // by case name
    QHash<SourceId, QHash<QString, QString>> m_speakers;     // by source, then label
};

} // namespace tematik
