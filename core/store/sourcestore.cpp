#include "core/store/sourcestore.h"

#include "core/search/searchindex.h"
#include "core/store/database.h"
#include "core/store/projectnotifier.h"
#include "core/store/storedvalues.h"
#include "core/text/codepointindex.h"
#include "core/text/foldedtext.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>

namespace tematik {
namespace {

constexpr const char *selectSource =
    "SELECT s.id, s.guid, s.name, s.format, s.encoding, s.file_name, s.code_points, s.content_hash, "
    "s.imported_at FROM sources s ";

SourceInfo readSource(const Statement &q)
{
    SourceInfo s;
    s.id = q.int64(0);
    s.guid = q.text(1);
    s.name = q.text(2);
    s.format = q.text(3);
    s.encoding = q.text(4);
    s.fileName = q.text(5);
    s.codePoints = q.int64(6);
    s.contentHash = q.text(7);
    s.importedAt = fromStoredTime(q.text(8));
    return s;
}

} // namespace

QString SourceStore::hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString SourceStore::uniqueName(const QString &wanted) const
{
    const QString base = wanted.trimmed().isEmpty() ? tr("Untitled source") : wanted.trimmed();
    Statement &q = m_db.cached("SELECT 1 FROM sources WHERE name = ?");
    QString candidate = base;
    for (int n = 2;; ++n) {
        q.reset();
        q.bind(1, candidate);
        if (!q.next())
            return candidate;
        candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
    }
}

Result<SourceId> SourceStore::add(const NewSource &source)
{
    const qint64 codePoints = CodePointIndex(source.text).codePointCount();
    for (const SpeakerTurn &t : source.turns) {
        if (t.start < 0 || t.start > t.textStart || t.textStart > t.end || t.end > codePoints)
            return Error{tr("A speaker turn lies outside the text of %1.").arg(source.name)};
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();

    const QString name = uniqueName(source.name);
    Statement &insert = m_db.cached(
        "INSERT INTO sources (guid, name, format, encoding, file_name, code_points, content_hash, "
        "imported_at, imported_by, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "(SELECT ifnull(max(position), 0) + 1 FROM sources))");
    insert.bind(1, source.guid.isEmpty() ? newGuid() : source.guid)
        .bind(2, name)
        .bind(3, source.format)
        .bind(4, source.encoding)
        .bind(5, source.fileName)
        .bind(6, codePoints)
        .bind(7, source.contentHash.isEmpty() ? hashOf(source.original) : source.contentHash)
        .bind(8, storedNow());
    if (m_coder > 0)
        insert.bind(9, m_coder);
    if (!insert.exec())
        return m_db.error(insert);
    const SourceId id = m_db.lastInsertId();

    Statement &text = m_db.cached("INSERT INTO source_texts (source_id, plain_text) VALUES (?, ?)");
    text.bind(1, id).bind(2, source.text);
    if (!text.exec())
        return m_db.error(text);
    Statement &file = m_db.cached("INSERT INTO source_files (source_id, bytes) VALUES (?, ?)");
    file.bind(1, id).bindBlob(2, source.original);
    if (!file.exec())
        return m_db.error(file);
    const QString folded = source.folded.isEmpty() ? FoldedText::fold(source.text) : source.folded;
    if (Status s = SearchIndex::add(m_db, id, folded); !s)
        return s.takeError();

    QHash<QString, SpeakerId> speakers;
    Statement &speaker = m_db.cached("INSERT INTO speakers (source_id, label) VALUES (?, ?)");
    Statement &turn = m_db.cached("INSERT INTO turns (source_id, speaker_id, start, text_start, end, begin_ms, "
                                  "end_ms) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const SpeakerTurn &t : source.turns) {
        std::optional<qint64> speakerId;
        if (!t.speaker.isEmpty()) {
            auto it = speakers.find(t.speaker);
            if (it == speakers.end()) {
                speaker.bind(1, id).bind(2, t.speaker);
                if (!speaker.exec())
                    return m_db.error(speaker);
                it = speakers.insert(t.speaker, m_db.lastInsertId());
            }
            speakerId = *it;
        }
        turn.bind(1, id).bind(2, speakerId).bind(3, t.start).bind(4, t.textStart).bind(5, t.end);
        turn.bind(6, t.beginMs).bind(7, t.endMs);
        if (!turn.exec())
            return m_db.error(turn);
    }

    m_db.afterCommit([this, id] { Q_EMIT m_notifier.sourceAdded(id); });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return id;
}

Status SourceStore::rename(SourceId id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A source needs a name.")};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &q = m_db.cached("UPDATE sources SET name = ? WHERE id = ?");
    q.bind(1, trimmed).bind(2, id);
    if (!q.exec())
        return Error{tr("Cannot rename the source to “%1”: %2").arg(trimmed, q.error())};
    if (m_db.changes() == 0)
        return Error{tr("There is no source with id %1.").arg(id)};
    m_db.afterCommit([this, id] { Q_EMIT m_notifier.sourceChanged(id); });
    return tx.commit();
}

Status SourceStore::remove(SourceId id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    // The memos on the source and on its codings go with it.
    QList<MemoId> memos;
    Statement &memoQuery = m_db.cached(
        "SELECT id FROM memos WHERE source_id = ?1 OR coding_id IN (SELECT id FROM codings WHERE source_id = ?1)");
    memoQuery.bind(1, id);
    while (memoQuery.next())
        memos.append(memoQuery.int64(0));
    Statement &q = m_db.cached("DELETE FROM sources WHERE id = ?");
    q.bind(1, id);
    if (!q.exec())
        return m_db.error(q);
    if (m_db.changes() == 0)
        return Error{tr("There is no source with id %1.").arg(id)};
    if (Status s = SearchIndex::remove(m_db, id); !s)
        return s;
    m_db.afterCommit([this, id, memos] {
        for (MemoId m : memos)
            Q_EMIT m_notifier.memoRemoved(m);
        Q_EMIT m_notifier.sourceRemoved(id);
    });
    return tx.commit();
}

QList<SourceInfo> SourceStore::list() const
{
    QList<SourceInfo> result;
    static const QByteArray sql = QByteArray(selectSource) + "ORDER BY s.position, s.id";
    Statement &q = m_db.cached(sql.constData());
    while (q.next())
        result.append(readSource(q));
    return result;
}

std::optional<SourceInfo> SourceStore::find(SourceId id) const
{
    static const QByteArray sql = QByteArray(selectSource) + "WHERE s.id = ?";
    Statement &q = m_db.cached(sql.constData());
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    SourceInfo info = readSource(q);
    q.reset();
    return info;
}

qint64 SourceStore::count() const
{
    return m_db.cached("SELECT count(*) FROM sources").firstInt64();
}

int SourceStore::turnCount(SourceId id) const
{
    return int(m_db.cached("SELECT count(*) FROM turns WHERE source_id = ?").bind(1, id).firstInt64());
}

std::optional<SourceInfo> SourceStore::findByName(const QString &name) const
{
    const QList<SourceInfo> all = list();
    for (const SourceInfo &s : all) {
        if (s.name == name)
            return s;
    }
    for (const SourceInfo &s : all) {
        if (QFileInfo(s.name).completeBaseName() == name || s.fileName == name)
            return s;
    }
    return std::nullopt;
}

QList<SourceId> SourceStore::findByHash(const QString &contentHash) const
{
    QList<SourceId> ids;
    Statement &q = m_db.cached("SELECT id FROM sources WHERE content_hash = ? ORDER BY id");
    q.bind(1, contentHash);
    while (q.next())
        ids.append(q.int64(0));
    return ids;
}

Result<QString> SourceStore::text(SourceId id) const
{
    Statement &q = m_db.cached("SELECT plain_text FROM source_texts WHERE source_id = ?");
    q.bind(1, id);
    if (!q.next())
        return Error{q.failed() ? q.error() : tr("There is no source with id %1.").arg(id)};
    QString text = q.text(0);
    q.reset();
    return text;
}

Result<QByteArray> SourceStore::original(SourceId id) const
{
    Statement &q = m_db.cached("SELECT bytes FROM source_files WHERE source_id = ?");
    q.bind(1, id);
    if (!q.next())
        return Error{q.failed() ? q.error() : tr("There is no source with id %1.").arg(id)};
    QByteArray bytes = q.blob(0);
    q.reset();
    return bytes;
}

QList<SpeakerTurn> SourceStore::turns(SourceId id) const
{
    QList<SpeakerTurn> result;
    Statement &q = m_db.cached("SELECT t.id, ifnull(sp.label, ''), t.start, t.text_start, t.end, t.begin_ms, "
                               "t.end_ms FROM turns t LEFT JOIN speakers sp ON sp.id = t.speaker_id "
                               "WHERE t.source_id = ? ORDER BY t.start, t.id");
    q.bind(1, id);
    while (q.next()) {
        result.append(SpeakerTurn{q.int64(0), q.text(1), q.int64(2), q.int64(3), q.int64(4),
                                  q.optionalInt64(5), q.optionalInt64(6)});
    }
    return result;
}

} // namespace tematik
