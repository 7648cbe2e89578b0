#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tematik {

class Project;

// The project's codebook as a REFI-QDA Codebook Exchange file (.qdc): UTF-8 XML in the namespace
// urn:QDA-XML:codebook:1.0, valid against Codebook.xsd. See CodebookXml for what is written.
class QdcExporter
{
    Q_DECLARE_TR_FUNCTIONS(QdcExporter)

public:
    // Fails when the project has no codes: the schema requires at least one.
    static Result<QByteArray> write(Project &project);
    // Writes atomically: on failure an existing file at path stays as it was.
    static Status writeFile(Project &project, const QString &path);
};

} // namespace tematik
