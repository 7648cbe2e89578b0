#pragma once

#include "core/model/code.h"
#include "core/model/coding.h"
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
    QString description; // the definition
    // Initialised so that a NewCode may name only the fields it sets.
    QString whenToUse{};
    QString whenNotToUse{};
    QString example{};
    // Kept from an interchange file so that codings and sets in it, and a later round trip, still find
    // the code; lower case without braces (see storedvalues.h). Empty: a new GUID.
    QString guid{};
};

// Where a code sits in the tree: under which parent (none: the top level), at which position among
// its siblings.
struct CodePlacement
{
    CodeId id = 0;
    std::optional<CodeId> parentId;
    int position = 0;
};

// What merging one code into another changed: all that undo needs to put the merged code back.
struct CodeMerge
{
    Code from; // the merged code's row, now removed
    CodeId into = 0;
    QList<CodingId> movedCodings;       // the merged code's codings, now the target's
    QList<Coding> droppedCodings;       // its codings of a range the target had coded already; removed
    QList<CodePlacement> movedChildren; // its children as they were placed under it; now the target's
    QList<MemoId> movedMemos;           // memos on the merged code, now on the target
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
    // Definition, when to use, when not to use and example, as one change.
    Status setDetails(CodeId id, const CodeDetails &details);
    // Moves the code under newParent (none: to the top level), to index among its new siblings (0 is
    // first; past the end is last), renumbering those siblings. Refuses to move a code under itself or
    // one of its subcodes, or beside a code with the same name. Returns where every code whose parent or
    // position changed was before (the moved code first; empty when nothing moved), for place() to undo.
    // Emits codeMoved for the moved code only: its new siblings keep their order.
    Result<QList<CodePlacement>> move(CodeId id, std::optional<CodeId> newParent, int index);
    // Puts codes where the placements say, as one change (the undo of move); emits codeMoved for each.
    Status place(const QList<CodePlacement> &placements);
    // Merges a code into another, as a researcher folds two codes that turned out to mean the same:
    // from's codings move to into, except those of a range into already codes (which are removed, not
    // doubled); from's children become into's last children, in their order; memos on from move to into;
    // then from is removed. Refuses a merge into itself or one of its own subcodes, and a merge that
    // would put two subcodes of the same name under into.
    Result<CodeMerge> merge(CodeId from, CodeId into);
    // Reverses merge(): the merged code, its children, moved codings and memos come back under their
    // old ids and places. The dropped codings are CodingStore::restore's to put back, in the same
    // transaction (see MergeCodesCommand).
    Status unmerge(const CodeMerge &merge);
    // Removes the code, its descendants and all their codings.
    Status remove(CodeId id);
    // Puts removed codes back under their old ids and guids, parents first (for undo).
    Status restore(const QList<Code> &codes);
    // The code and its descendants, parents before children.
    QList<Code> subtree(CodeId id) const;

    QList<Code> list() const; // parents before children, siblings in order
    qint64 count() const;
    std::optional<Code> find(CodeId id) const;
    // "Parent/Child" paths, as the command line names codes.
    std::optional<Code> findByPath(const QString &path) const;
    QString path(CodeId id) const;

    // A pleasant, distinguishable colour for the n-th code.
    static QString paletteColor(int n);

private:
    // failure: the translated message for a failed update, with %1 for the reason.
    Status update(CodeId id, const char *sql, const QString &value, const QString &failure);
    // True when code is ancestor or one of its descendants.
    bool isWithin(CodeId code, CodeId ancestor) const;
    // The message for a second code named name under parent (none: the top level).
    QString clashMessage(const QString &name, std::optional<CodeId> parent) const;

    Database &m_db;
    ProjectNotifier &m_notifier;
    CoderId &m_coder;
};

} // namespace tematik
