#include "core/report/meaningunittable.h"

#include "core/report/pseudonyms.h"
#include "core/report/reportoptions.h"
#include "core/report/themeorder.h"
#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/segmentquery.h"
#include "core/store/themestore.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace tematik {

ReportTable MeaningUnitTable::build(Project &project, const ReportOptions &options)
{
    ReportTable table;
    table.title = tr("From meaning unit to theme");
    table.header = {tr("Meaning unit"), tr("Code"), tr("Theme")};

    ThemeStore &themes = project.themes();
    QHash<ThemeId, int> themeRank;
    QHash<ThemeId, QString> themeNames;
    for (const Theme &theme : themesInDataStructureOrder(themes.list())) {
        themeRank.insert(theme.id, int(themeRank.size()));
        themeNames.insert(theme.id, theme.name);
    }
    // Each code's place: its theme's rank (codes in no theme after all themes), then codebook order.
    struct CodePlace
    {
        int themeRank = std::numeric_limits<int>::max();
        int codeRank = 0;
        QString name;
        QString theme;
    };
    QHash<CodeId, CodePlace> places;
    QList<CodeId> codes;
    for (const Code &code : project.codes().list()) {
        CodePlace place;
        place.codeRank = int(codes.size());
        place.name = code.name;
        if (const std::optional<ThemeId> theme = themes.themeOf(code.id); theme && themeRank.contains(*theme)) {
            place.themeRank = themeRank.value(*theme);
            place.theme = themeNames.value(*theme);
        }
        places.insert(code.id, place);
        codes.append(code.id);
    }

    SegmentFilter filter;
    filter.exemplarsOnly = options.exemplarsOnly;
    QList<RetrievedSegment> segments = SegmentQuery(project.database()).ofCodes(codes, filter);
    // Segments come in source order; a stable sort keeps that order within each code.
    std::stable_sort(segments.begin(), segments.end(), [&](const RetrievedSegment &a, const RetrievedSegment &b) {
        const CodePlace &pa = places[a.codeId];
        const CodePlace &pb = places[b.codeId];
        return std::tie(pa.themeRank, pa.codeRank) < std::tie(pb.themeRank, pb.codeRank);
    });

    const Pseudonyms names = options.pseudonymise ? Pseudonyms::build(project, options.pseudonymAttribute)
                                                  : Pseudonyms();
    for (const RetrievedSegment &segment : segments) {
        QString quote = tr("“%1”").arg(segment.text.trimmed());
        if (options.withSpeaker) {
            const QString who = !segment.caseName.isEmpty() ? names.caseName(segment.caseName)
                                : !segment.speaker.isEmpty() ? names.speaker(segment.sourceId, segment.speaker)
                                                             : names.source(segment.sourceId, segment.sourceName);
            quote = tr("%1 (%2)", "quote (who said it)").arg(quote, who);
        }
        const CodePlace &place = places[segment.codeId];
        table.rows.append({quote, place.name, place.theme});
    }
    table.caption = options.exemplarsOnly ? tr("%Ln exemplar quote(s)", nullptr, int(table.rows.size()))
                                          : tr("%Ln coded segment(s)", nullptr, int(table.rows.size()));
    if (options.pseudonymise)
        table.caption += QStringLiteral(" · ") + tr("pseudonymised");
    return table;
}

} // namespace tematik
