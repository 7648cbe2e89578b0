#pragma once

#include "core/model/code.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace tematik {

class Database;
class ProjectNotifier;

struct NewCode
{
    QString name;
    std::optional<CodeId> parentId;
    QString color; // "#rrggbb"; empty picks the next colour of the default palette
    QString description;
};

// The codebook: a tree of codes, each with a name unique among its siblings.
class CodeStore
{
    Q_DECLARE_TR_FUNCTIONS(CodeStore)

public:
    CodeStore(Database &db, ProjectNotifier &notifier, CoderId &coder)
        : m_db(db), m_notifier(notifier), m_coder(coder)
    {
    }

    Result<CodeId> add(const NewCode &code);
    Status rename(CodeId id, const QString &name);
    Status setColor(CodeId id, const QString &color);
    Status setDescription(CodeId id, const QString &description);
    // Removes the code, its descendants and all their codings.
    Status remove(CodeId id);
    // Puts removed codes back under their old ids and guids, parents first (for undo).
    Status restore(const QList<Code> &codes);
    // The code and its descendants, parents before children.
    QList<Code> subtree(CodeId id) const;

    QList<Code> list() const; // parents before children, siblings in order
    std::optional<Code> find(CodeId id) const;
    // "Parent/Child" paths, as the command line names codes.
    std::optional<Code> findByPath(const QString &path) const;
    QString path(CodeId id) const;

    // A pleasant, distinguishable colour for the n-th code.
    static QString paletteColor(int n);

private:
    // failure: the translated message for a failed update, with %1 for the reason.
    Status update(CodeId id, const char *sql, const QString &value, const QString &failure);

    Database &m_db;
    ProjectNotifier &m_notifier;
    CoderId &m_coder;
};

} // namespace tematik
