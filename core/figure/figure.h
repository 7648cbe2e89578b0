#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tematik {

class Project;

// What a figure is drawn from besides the project.
struct FigureOptions
{
    QString attribute; // the case attribute whose values a chart compares, e.g. "nivå"
};

// One kind of figure of a project's themes, written as SVG 1.1. Figures are stateless and live in the
// FigureRegistry, which the figure view and `tematik-cli export figure` both read. Core writes SVG
// only: PNG and PDF need QtGui and are rendered from the SVG in the app (FigureRenderer).
class Figure
{
    Q_DECLARE_TR_FUNCTIONS(Figure)

public:
    virtual ~Figure() = default;

    virtual QString id() const = 0;          // "data-structure", …: what the command line calls it
    virtual QString displayName() const = 0; // for the user, translated
    // True when the figure needs FigureOptions::attribute.
    virtual bool needsAttribute() const { return false; }

    // The SVG file's bytes. An error says why there is nothing to draw (no themes, no such attribute).
    virtual Result<QByteArray> svg(Project &project, const FigureOptions &options) const = 0;

    // Draws the figure and saves it atomically through QSaveFile: a failure leaves no partial file and
    // an existing file as it was. Errors name the file.
    Status write(Project &project, const FigureOptions &options, const QString &path) const;
};

} // namespace tematik
