#pragma once

#include "core/model/casedata.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace tematik {

class Database;
class ProjectNotifier;

// Cases, their typed attributes and values, and which speakers and sources belong to which case.
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    CaseStore(Database &db, ProjectNotifier &notifier) : m_db(db), m_notifier(notifier) {}

    // A non-empty guid is kept from an interchange file (lower case, no braces); empty: a new one.
    Result<CaseId> add(const QString &name, const QString &description = {}, const QString &guid = {});
    Status remove(CaseId id);
    QList<CaseInfo> list() const; // by name
    std::optional<CaseInfo> find(CaseId id) const;
    std::optional<CaseInfo> findByName(const QString &name) const; // exact, then case-insensitive

    // Adds an attribute, or returns the one of that name if its type matches.
    // A non-empty guid is kept for a new attribute, as for add().
    Result<AttributeId> addAttribute(const QString &name, AttributeType type, const QString &guid = {});
    QList<AttributeInfo> attributes() const; // in column order
    std::optional<AttributeInfo> findAttribute(const QString &name) const;

    // Sets a value, checked against the attribute's type; an empty optional makes it missing.
    Status setValue(CaseId caseId, AttributeId attribute, const std::optional<QString> &value);
    QHash<AttributeId, QString> values(CaseId caseId) const;
    // The different values the attribute has among the cases, by their stored text: what a filter offers.
    QStringList valuesOf(AttributeId attribute) const;

    // Links a speaker of a source to a case, or unlinks it.
    Status linkSpeaker(SpeakerId speaker, std::optional<CaseId> caseId);
    // Without the number of each speaker's turns, which is counted: for the whole project that would
    // count every turn (30 ms for 176,000), where a view shows one speaker's on demand.
    QList<SpeakerInfo> speakers() const;
    QList<SpeakerInfo> speakersOf(SourceId source) const;
    int turnCount(SpeakerId speaker) const;
    Status linkSource(CaseId caseId, SourceId source);
    QList<CaseId> casesOfSource(SourceId source) const;

private:
    Database &m_db;
    ProjectNotifier &m_notifier;
};

} // namespace tematik
