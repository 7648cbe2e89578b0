#pragma once

#include "core/figure/figure.h"

namespace tematik {

// Coded segments by theme: a bar for each dimension (in bold, its themes' total) and for each theme.
class ThemeBarChart : public Figure
{
    Q_DECLARE_TR_FUNCTIONS(ThemeBarChart)

public:
    QString id() const override { return QStringLiteral("bars-themes"); }
    QString displayName() const override;
    Result<QByteArray> svg(Project &project, const FigureOptions &options) const override;
};

} // namespace tematik
