#pragma once

#include "core/figure/figure.h"

namespace tematik {

// The data structure of a Gioia-style analysis: three columns of boxes, first-order concepts (the
// codes), second-order themes and aggregate dimensions, each concept joined to its theme and each theme
// to its dimension by a bracket of lines; a theme sits centred on its concepts and a dimension on its
// themes. Without dimensions the figure has the first two columns only.
class DataStructureFigure : public Figure
{
    Q_DECLARE_TR_FUNCTIONS(DataStructureFigure)

public:
    QString id() const override { return QStringLiteral("data-structure"); }
    QString displayName() const override;
    Result<QByteArray> svg(Project &project, const FigureOptions &options) const override;
};

} // namespace tematik
