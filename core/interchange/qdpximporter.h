#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tematik {

// Reading a REFI-QDA project exchange file (.qdpx): a ZIP holding one project document (.qde) and a
// sources/ folder. This first part finds and reads the project document; importing what it describes
// comes next.
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
};

} // namespace tematik
