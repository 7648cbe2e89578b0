#pragma once

#include "core/model/source.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace tematik {

class Database;
class ProjectNotifier;

// What an import hands to the store: the decoded text and everything needed to keep the original.
struct NewSource
{
    QString name;     // preferred name; made unique in the project
    QString fileName; // original file name, without folder
    QString format;
    QString encoding;
    QByteArray original;
    QString contentHash; // SHA-256 of original, hex; computed when empty
    QString text;
    QList<SpeakerTurn> turns; // positions in code points of text
    // Kept from an interchange file so that its codings, notes and a later round trip still find the
    // source; lower case without braces. Empty: a new GUID.
    QString guid{};
    // The text folded for the search index (FoldedText::fold), when the caller folded it already, on
    // another thread; empty: folded here.
    QString folded{};
};

// Sources of a project: their text, original bytes, speakers and turns.
class SourceStore
{
    Q_DECLARE_TR_FUNCTIONS(SourceStore)

public:
    SourceStore(Database &db, ProjectNotifier &notifier, CoderId &coder)
        : m_db(db), m_notifier(notifier), m_coder(coder)
    {
    }

    // Stores a source with its speakers and turns in one transaction.
    Result<SourceId> add(const NewSource &source);
    Status rename(SourceId id, const QString &name);
    Status remove(SourceId id);

    // Without the number of turns, which is counted (a few microseconds a source, but 15 ms for the
    // 176,000 turns of 500 sources that a view opening the project does not show).
    QList<SourceInfo> list() const;
    qint64 count() const;
    std::optional<SourceInfo> find(SourceId id) const;
    int turnCount(SourceId id) const;
    // By exact name, or else by the name without extension, or by the original file name.
    std::optional<SourceInfo> findByName(const QString &name) const;
    // Sources already holding exactly these bytes.
    QList<SourceId> findByHash(const QString &contentHash) const;

    Result<QString> text(SourceId id) const;
    Result<QByteArray> original(SourceId id) const;
    QList<SpeakerTurn> turns(SourceId id) const;

    static QString hashOf(const QByteArray &bytes);

private:
    QString uniqueName(const QString &wanted) const;

    Database &m_db;
    ProjectNotifier &m_notifier;
    CoderId &m_coder;
};

} // namespace tematik
