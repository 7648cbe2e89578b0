#include "core/store/casestore.h"

#include "core/store/database.h"
#include "core/store/projectnotifier.h"
#include "core/store/storedvalues.h"

namespace tematik {
namespace {

CaseInfo readCase(const Statement &q)
{
    return CaseInfo{q.int64(0), q.text(1), q.text(2), q.text(3)};
}

SpeakerInfo readSpeaker(const Statement &q)
{
    return SpeakerInfo{q.int64(0), q.int64(1), q.text(2), q.optionalInt64(3)};
}

constexpr const char *speakerColumns =
    "SELECT sp.id, sp.source_id, sp.label, sp.case_id FROM speakers sp ";

} // namespace

Result<CaseId> CaseStore::add(const QString &name, const QString &description, const QString &guid)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A case needs a name.")};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    Statement &q = m_db.cached("INSERT INTO cases (guid, name, description) VALUES (?, ?, ?)");
    q.bind(1, guid.isEmpty() ? newGuid() : guid).bind(2, trimmed).bind(3, description);
    if (!q.exec()) {
        if (q.error().contains(QLatin1String("UNIQUE")))
            return Error{tr("There is already a case named “%1”.").arg(trimmed)};
        return m_db.error(q);
    }
    const CaseId id = m_db.lastInsertId();
    m_db.afterCommit([this] { Q_EMIT m_notifier.casesChanged(); });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return id;
}

Status CaseStore::remove(CaseId id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    // The memos on the case go with it.
    QList<MemoId> memos;
    Statement &memoQuery = m_db.cached("SELECT id FROM memos WHERE case_id = ?");
    memoQuery.bind(1, id);
    while (memoQuery.next())
        memos.append(memoQuery.int64(0));
    Statement &q = m_db.cached("DELETE FROM cases WHERE id = ?");
    q.bind(1, id);
    if (!q.exec())
        return m_db.error(q);
    if (m_db.changes() == 0)
        return Error{tr("There is no case with id %1.").arg(id)};
    m_db.afterCommit([this, memos] {
        for (MemoId m : memos)
            Q_EMIT m_notifier.memoRemoved(m);
        Q_EMIT m_notifier.casesChanged();
    });
    return tx.commit();
}

QList<CaseInfo> CaseStore::list() const
{
    QList<CaseInfo> result;
    Statement &q = m_db.cached("SELECT id, guid, name, description FROM cases ORDER BY name, id");
    while (q.next())
        result.append(readCase(q));
    return result;
}

std::optional<CaseInfo> CaseStore::find(CaseId id) const
{
    Statement &q = m_db.cached("SELECT id, guid, name, description FROM cases WHERE id = ?");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    CaseInfo c = readCase(q);
    q.reset();
    return c;
}

std::optional<CaseInfo> CaseStore::findByName(const QString &name) const
{
    const QString trimmed = name.trimmed();
    std::optional<CaseInfo> folded;
    for (const CaseInfo &c : list()) {
        if (c.name == trimmed)
            return c;
        if (!folded && c.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            folded = c;
    }
    return folded;
}

Result<AttributeId> CaseStore::addAttribute(const QString &name, AttributeType type, const QString &guid)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("An attribute needs a name.")};
    if (const auto existing = findAttribute(trimmed)) {
        if (existing->type != type)
            return Error{tr("The attribute “%1” exists already, with another type (%2).")
                             .arg(trimmed, attributeTypeName(existing->type))};
        return existing->id;
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    Statement &q = m_db.cached("INSERT INTO attributes (guid, name, type, position) VALUES (?, ?, ?, "
                               "(SELECT ifnull(max(position), 0) + 1 FROM attributes))");
    q.bind(1, guid.isEmpty() ? newGuid() : guid).bind(2, trimmed).bind(3, attributeTypeName(type));
    if (!q.exec())
        return m_db.error(q);
    const AttributeId id = m_db.lastInsertId();
    m_db.afterCommit([this] { Q_EMIT m_notifier.casesChanged(); });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return id;
}

QList<AttributeInfo> CaseStore::attributes() const
{
    QList<AttributeInfo> result;
    Statement &q = m_db.cached("SELECT id, guid, name, type FROM attributes ORDER BY position, id");
    while (q.next())
        result.append(AttributeInfo{q.int64(0), q.text(1), q.text(2),
                                    attributeTypeFromName(q.text(3)).value_or(AttributeType::Text)});
    return result;
}

std::optional<AttributeInfo> CaseStore::findAttribute(const QString &name) const
{
    for (const AttributeInfo &a : attributes()) {
        if (a.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

Status CaseStore::setValue(CaseId caseId, AttributeId attribute, const std::optional<QString> &value)
{
    Statement &type = m_db.cached("SELECT type, name FROM attributes WHERE id = ?");
    type.bind(1, attribute);
    if (!type.next())
        return Error{tr("There is no attribute with id %1.").arg(attribute)};
    const AttributeType kind = attributeTypeFromName(type.text(0)).value_or(AttributeType::Text);
    const QString attributeName = type.text(1);
    type.reset();
    std::optional<QString> stored;
    if (value) {
        stored = canonicalValue(kind, *value);
        if (!stored)
            return Error{tr("“%1” is not a valid %2 value for “%3”.").arg(*value, attributeTypeName(kind), attributeName)};
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &q = stored ? m_db.cached("INSERT INTO case_values (case_id, attribute_id, value) VALUES (?, ?, ?) "
                                        "ON CONFLICT (case_id, attribute_id) DO UPDATE SET value = excluded.value")
                          : m_db.cached("DELETE FROM case_values WHERE case_id = ? AND attribute_id = ?");
    q.bind(1, caseId).bind(2, attribute);
    if (stored)
        q.bind(3, *stored);
    if (!q.exec()) {
        if (q.error().contains(QLatin1String("FOREIGN KEY")))
            return Error{tr("There is no case with id %1.").arg(caseId)};
        return m_db.error(q);
    }
    m_db.afterCommit([this] { Q_EMIT m_notifier.casesChanged(); });
    return tx.commit();
}

QHash<AttributeId, QString> CaseStore::values(CaseId caseId) const
{
    QHash<AttributeId, QString> result;
    Statement &q = m_db.cached("SELECT attribute_id, value FROM case_values WHERE case_id = ?");
    q.bind(1, caseId);
    while (q.next())
        result.insert(q.int64(0), q.text(1));
    return result;
}

QStringList CaseStore::valuesOf(AttributeId attribute) const
{
    QStringList result;
    Statement &q = m_db.cached("SELECT DISTINCT value FROM case_values WHERE attribute_id = ? ORDER BY value");
    q.bind(1, attribute);
    while (q.next())
        result.append(q.text(0));
    return result;
}

Status CaseStore::linkSpeaker(SpeakerId speaker, std::optional<CaseId> caseId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &q = m_db.cached("UPDATE speakers SET case_id = ? WHERE id = ?");
    q.bind(1, caseId).bind(2, speaker);
    if (!q.exec()) {
        if (q.error().contains(QLatin1String("FOREIGN KEY")))
            return Error{tr("There is no case with id %1.").arg(caseId.value_or(0))};
        return m_db.error(q);
    }
    if (m_db.changes() == 0)
        return Error{tr("There is no speaker with id %1.").arg(speaker)};
    Statement &source = m_db.cached("SELECT source_id FROM speakers WHERE id = ?");
    source.bind(1, speaker);
    const SourceId sourceId = source.next() ? source.int64(0) : 0;
    source.reset();
    m_db.afterCommit([this, sourceId] { Q_EMIT m_notifier.speakersChanged(sourceId); });
    return tx.commit();
}

QList<SpeakerInfo> CaseStore::speakers() const
{
    static const QByteArray sql = QByteArray(speakerColumns) + "ORDER BY sp.source_id, sp.id";
    QList<SpeakerInfo> result;
    Statement &q = m_db.cached(sql.constData());
    while (q.next())
        result.append(readSpeaker(q));
    return result;
}

QList<SpeakerInfo> CaseStore::speakersOf(SourceId source) const
{
    static const QByteArray sql = QByteArray(speakerColumns) + "WHERE sp.source_id = ? ORDER BY sp.id";
    QList<SpeakerInfo> result;
    Statement &q = m_db.cached(sql.constData());
    q.bind(1, source);
    while (q.next())
        result.append(readSpeaker(q));
    return result;
}

int CaseStore::turnCount(SpeakerId speaker) const
{
    return int(m_db.cached("SELECT count(*) FROM turns WHERE speaker_id = ?").bind(1, speaker).firstInt64());
}

Status CaseStore::linkSource(CaseId caseId, SourceId source)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &q = m_db.cached("INSERT OR IGNORE INTO case_sources (case_id, source_id) VALUES (?, ?)");
    q.bind(1, caseId).bind(2, source);
    if (!q.exec())
        return m_db.error(q);
    m_db.afterCommit([this] { Q_EMIT m_notifier.casesChanged(); });
    return tx.commit();
}

QList<CaseId> CaseStore::casesOfSource(SourceId source) const
{
    QList<CaseId> result;
    Statement &q = m_db.cached("SELECT case_id FROM case_sources WHERE source_id = ? ORDER BY case_id");
    q.bind(1, source);
    while (q.next())
        result.append(q.int64(0));
    return result;
}

} // namespace tematik
