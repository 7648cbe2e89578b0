#pragma once

#include "core/report/reporttable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace tematik {

class Project;
struct ReportOptions;

// The report tables a project can give, in one place: the export dialog lists them and
// `tematik-cli export table` finds them by id.
class ReportTableCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ReportTableCatalog)

public:
    struct Entry
    {
        QString id;          // "meaning-units", "codebook", "member-checking", …
        QString displayName; // for the user, translated
        // Which options of ReportOptions the table reads, so a dialog offers only those.
        bool usesSegmentOptions = false; // exemplarsOnly, withSpeaker
        bool usesPseudonyms = false;
        std::function<ReportTable(Project &, const ReportOptions &)> build;
    };

    static QList<Entry> entries();
    // The entry with that id, if any.
    static std::optional<Entry> find(const QString &id);
    static QStringList ids();
};

} // namespace tematik
