#include "core/report/codebooktable.h"

#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"

#include <QHash>

namespace tematik {

ReportTable CodebookTable::build(Project &project)
{
    ReportTable table;
    table.title = tr("Codebook");
    table.header = {tr("Code"),    tr("Definition"), tr("When to use"), tr("When not to use"),
                    tr("Example"), tr("Codings"),    tr("Sources")};
    const QHash<CodeId, CodeUse> use = project.codings().useByCode();
    QHash<CodeId, QString> paths;
    // list() gives parents before children, so a parent's path is known when its child comes.
    for (const Code &code : project.codes().list()) {
        const QString path = code.parentId
                                 ? QString(paths.value(*code.parentId) + QLatin1String(" / ") + code.name)
                                 : code.name;
        paths.insert(code.id, path);
        const CodeUse used = use.value(code.id);
        table.rows.append({path, code.description, code.whenToUse, code.whenNotToUse, code.example,
                           ReportCell::fromNumber(used.codings), ReportCell::fromNumber(used.sources)});
    }
    return table;
}

} // namespace tematik
