#pragma once

#include "core/model/code.h"
#include "core/model/theme.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QXmlStreamWriter;

namespace tematik {

class Project;

// The codebook as REFI-QDA writes it, shared by the codebook file (.qdc) and the project file
// (project.qde in a .qdpx): the code tree, and the themes and dimensions as sets of codes.
//
// Themes and dimensions become <Set>s with a <MemberCode> per code, not non-codable parent codes:
// turning them into parents would move every code under a theme and lose the researcher's own code
// tree, which must arrive unchanged in the other tool; a set groups codes without moving them, which is
// what a theme is. A dimension's set holds the codes of all its themes, since sets do not nest. Both
// schemas allow sets: Codebook.xsd inside <CodeBook> after <Codes> (members as MemberCode@guid),
// Project-mrt2019.xsd only at the project level (members as MemberCode@targetGUID).
//
// What sets cannot say, that a set is a dimension and which dimension a theme's set belongs to, is a
// last line of the set's Description ("Tematik: aggregate dimension", "Tematik: theme in “Trygghet”"):
// other tools show it as part of the description, which reads sensibly, and Tematik's import takes it
// off again and rebuilds the data structure (see structureOf).
//
// GUIDs are the stored ones (lower case, no braces), so that a re-export names the same things.
class CodebookXml
{
    Q_DECLARE_TR_FUNCTIONS(CodebookXml)

public:
    enum class Flavor
    {
        Codebook, // .qdc: <CodeBook> is the root and holds the sets
        Project   // project.qde: <CodeBook> holds the codes only; sets go in Project/Sets
    };

    // Reads the codes, themes and each theme's codes once.
    explicit CodebookXml(Project &project);

    // A set's description read back: the description without its structure line, and what that line
    // says. Fixed English, not translated, so that an import in any language recognises it.
    struct SetStructure
    {
        QString description;
        bool dimension = false;
        QString dimensionName; // of a theme in a dimension
    };
    static SetStructure structureOf(const QString &description);

    const QList<Code> &codes() const { return m_codes; }
    bool hasCodes() const { return !m_codes.isEmpty(); }
    bool hasSets() const { return !m_themes.isEmpty(); }

    // <CodeBook> with its codes (and for Flavor::Codebook the namespace and the sets). codeNotes: the
    // GUIDs of the notes on each code, written as NoteRefs (Flavor::Project only; codebook files have
    // none). Requires hasCodes(): <Codes> may not be empty.
    void write(QXmlStreamWriter &xml, Flavor flavor, const QHash<CodeId, QStringList> &codeNotes = {}) const;
    // <Sets>, one per theme and dimension; themeNotes become MemberNotes (Flavor::Project only).
    // Requires hasSets(): <Sets> may not be empty.
    void writeSets(QXmlStreamWriter &xml, Flavor flavor, const QHash<ThemeId, QStringList> &themeNotes = {}) const;

    // A code's <Description>: its definition, then its guidance (when to use, when not to use, an
    // example) under labels, since REFI-QDA has one description per code and a coder in another tool
    // needs the guidance as much as the definition.
    static QString description(const Code &code);

private:
    void writeCode(QXmlStreamWriter &xml, const Code &code, Flavor flavor,
                   const QHash<CodeId, QStringList> &codeNotes) const;

    QList<Code> m_codes; // parents before children, siblings in order
    QHash<qint64, QList<const Code *>> m_children; // by parent id; 0 for the top level
    QList<Theme> m_themes;
    QHash<ThemeId, QList<CodeId>> m_themeCodes;
    QHash<ThemeId, QString> m_themeNames;
    QHash<CodeId, QString> m_codeGuids;
};

} // namespace tematik
