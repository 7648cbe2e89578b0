#pragma once

#include "core/interchange/interchangereport.h"
#include "core/model/ids.h"
#include "core/model/memo.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace tematik {

class Project;
class RefiXmlReader;

// The codes and sets of REFI-QDA XML, shared by the codebook import (a .qdc's <CodeBook>) and the
// project import (a .qde's <CodeBook> and <Sets>): first read, then put into a project. Codes keep
// the file's GUIDs, known GUIDs are merged, clashing names get a suffix, sets become themes; the
// report says which (see QdcImporter for the rules).
class CodebookImport
{
public:
    explicit CodebookImport(InterchangeReport &report) : m_report(report) {}

    // Reads the children of a <Codes> element; the reader is on it.
    void readCodes(RefiXmlReader &xml);
    // Reads the children of a <Sets> element; the reader is on it.
    void readSets(RefiXmlReader &xml);
    // Adds the codes read, then the sets; the caller holds the transaction.
    Status write(Project &project);
    // The project's code for a GUID (normalised) or id the file used, once written.
    std::optional<CodeId> codeFor(const QString &key) const;
    // The notes the codes (NoteRef) and sets (MemberNote) refer to, by note GUID, with what they are on,
    // once written. A codebook file has neither, a project's has both.
    const QList<std::pair<QString, MemoTarget>> &noteTargets() const { return m_noteTargets; }

    // Reports an element that has no place where it stands, and skips it.
    static void skipUnknown(RefiXmlReader &xml, InterchangeReport &report, const QString &where);
    // A GUID normalised, or the id as written when it is not one (ids such as "c001" occur, NOTES §5.3).
    static QString keyOf(const std::optional<QString> &raw);

    // A code as the file states it, before it meets the project.
    struct FileCode
    {
        QString key; // its GUID normalised, or else its id as written, so that sets can still refer to it
        bool hasGuid = false;
        QString name;
        std::optional<QString> color; // as written
        bool codable = true;
        QString description;
        QStringList notes; // NoteRef targets, normalised
        QList<FileCode> children;
    };

    struct FileSet
    {
        QString guid; // normalised; empty when the file gives none that reads as one
        QString name;
        QString description;
        QStringList members; // keys, as FileCode::key
        QStringList notes;   // MemberNote targets, normalised
    };

    // Sets read by another CodebookImport (on another thread, while this one's codes were written),
    // added after write(): their members are found among this one's codes. Lines go to report.
    Status writeSets(Project &project, const QList<FileSet> &sets, InterchangeReport &report);
    // The sets read, taken out of this CodebookImport.
    QList<FileSet> takeSets() { return std::exchange(m_sets, {}); }

private:
    FileCode readCode(RefiXmlReader &xml);
    FileSet readSet(RefiXmlReader &xml);

    InterchangeReport &m_report;
    QList<FileCode> m_codes;
    QList<FileSet> m_sets;
    QHash<QString, CodeId> m_written;
    QList<std::pair<QString, MemoTarget>> m_noteTargets;
};

} // namespace tematik
