#pragma once

#include "core/interchange/interchangereport.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tematik {

class Project;
class ZipArchive;

// Reading a REFI-QDA project exchange file (.qdpx): a ZIP holding one project document (.qde) and a
// sources/ folder, into an empty project, in one transaction.
//
// What is imported so far: users as coders (keeping their GUIDs), the codebook and sets (as a
// codebook import does, see CodebookImport), text sources through the ordinary source import (so that
// speaker turns are found) under their GUIDs, their text from sources/ (names matched in any case,
// BOM stripped, UTF-8) or given inline, and each selection's codings under their GUIDs, codes, coders,
// times and exemplar marks. Positions are checked against the selection's name and read another way
// when that way matches (see SelectionPositions). Variables become case attributes and cases keep their
// values and the sources they name; values on a source (MAXQDA's and Quirkos' document variables) go
// on the case the file links it to, or on a case of its name. Notes with inline text become memos on
// the source, code, coding, set (theme) or project that refers to them. Links, graphs, notes on
// selections and other kinds of source are left out and reported.
//
// The archive may be hostile: ZipArchive caps every entry and the total expanded, and a .qde that is
// itself a ZIP (an archive packed twice) is refused rather than unpacked again.
class QdpxImporter
{
    Q_DECLARE_TR_FUNCTIONS(QdpxImporter)

public:
    // The project document's XML, after checking that its root element is <Project>. It is the single
    // .qde at the top of the archive, whatever its case and name: the spec says project.qde, its own
    // example Project.qde, and ATLAS.ti may write "<project name>.qde" (NOTES §5.1). When several lie
    // there, project.qde is taken. fileName is what messages call the file.
    static Result<QByteArray> readProjectDocument(const QByteArray &qdpx, const QString &fileName);
    // The same from an archive already open.
    static Result<QByteArray> readProjectDocument(ZipArchive &zip, const QString &fileName);

    // Imports the whole file into project, which must be empty (a coder of its own aside): a REFI-QDA
    // project is a project, not something to merge into one (NOTES §5.10). All or nothing; the error
    // names the file and the reason.
    static Result<InterchangeReport> import(Project &project, const QString &path);
    // A new project at projectPath (which must not exist yet) holding the .qdpx. On failure nothing is
    // left behind: the new file, empty since the import is one transaction, is removed again.
    struct NewProject
    {
        std::unique_ptr<Project> project;
        InterchangeReport report;
    };
    static Result<NewProject> importAsNewProject(const QString &path, const QString &projectPath);
    // The same from bytes already read; fileName is what messages call the file.
    static Result<InterchangeReport> importBytes(Project &project, const QByteArray &qdpx, const QString &fileName);
};

} // namespace tematik
