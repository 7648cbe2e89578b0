#pragma once

#include "core/interchange/interchangereport.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tematik {

class Project;

// Reads a REFI-QDA codebook (.qdc) into any project, in one transaction: its codes with their nesting,
// colours and descriptions (as definitions), and its sets as themes holding their member codes.
//
// A code keeps the file's GUID, so that a later project exchange still finds it. A code whose GUID the
// project already has is merged into that code rather than added twice: the project's name, place and
// colour stay, an empty definition is filled from the file. A new code whose name a sibling already has
// is renamed with a suffix. Categories (isCodable="false") become ordinary codes. The report says which.
//
// All or nothing: a codebook that is not well-formed XML imports nothing, and the error names the file,
// line and column. Codes after the error would be missing, and codes before it would lack children that
// the file does have; a partial codebook looks complete and silently misleads, whereas the user can fix
// or re-export the file. Departures from the schema that leave the meaning clear (an empty <Sets/>,
// ids that are not GUIDs, unknown colours) are imported as far as possible and reported instead.
class QdcImporter
{
    Q_DECLARE_TR_FUNCTIONS(QdcImporter)

public:
    // Files larger than this are refused unread: a codebook of tens of thousands of codes is far smaller.
    static constexpr qint64 maxFileSize = 64LL * 1024 * 1024;

    static Result<InterchangeReport> import(Project &project, const QString &path);
    // The same from bytes already read; fileName is what messages call the file.
    static Result<InterchangeReport> importBytes(Project &project, const QByteArray &xml, const QString &fileName);
};

} // namespace tematik
