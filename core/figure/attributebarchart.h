#pragma once

#include "core/figure/figure.h"

namespace tematik {

// Coded segments by the value of a case attribute (the case of the segment's speaker), for all
// themes together and for each theme: e.g. how much of each theme comes from "lokal" and from
// "regional" participants. Segments whose speaker has no case or no value are counted as not given.
class AttributeBarChart : public Figure
{
    Q_DECLARE_TR_FUNCTIONS(AttributeBarChart)

public:
    QString id() const override { return QStringLiteral("bars-attribute"); }
    QString displayName() const override;
    bool needsAttribute() const override { return true; }
    Result<QByteArray> svg(Project &project, const FigureOptions &options) const override;
};

} // namespace tematik
