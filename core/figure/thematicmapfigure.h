#pragma once

#include "core/figure/figure.h"

namespace tematik {

// A thematic map: each theme as a rounded box with its codes hanging from it, the themes of a dimension
// side by side in a frame headed by the dimension's name; themes in no dimension follow unframed.
class ThematicMapFigure : public Figure
{
    Q_DECLARE_TR_FUNCTIONS(ThematicMapFigure)

public:
    QString id() const override { return QStringLiteral("thematic-map"); }
    QString displayName() const override;
    Result<QByteArray> svg(Project &project, const FigureOptions &options) const override;
};

} // namespace tematik
