#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace tematik {

// Turns a figure's SVG (from core's figures) into the other files a researcher puts in a paper: PNG
// at print resolution and PDF with vector shapes and text, both on white. Saves are atomic (QSaveFile):
// a failure leaves no partial file and an existing file as it was; errors name the file.
class FigureRenderer
{
    Q_DECLARE_TR_FUNCTIONS(FigureRenderer)

public:
    // PNGs are drawn at twice the SVG's size: about 190 dpi at the figure's printed width of 16 cm.
    static constexpr double printScale = 2;

    // The figure on white at scale times its SVG size; an error when the bytes are not SVG.
    static Result<QImage> image(const QByteArray &svg, double scale = printScale);
    static Status writePng(const QByteArray &svg, const QString &path, double scale = printScale);
    // One page the size of the figure (SVG pixels at 96 dpi), without margins.
    static Status writePdf(const QByteArray &svg, const QString &path);
    // SVG, PNG or PDF by the path's extension; any other extension is an error.
    static Status write(const QByteArray &svg, const QString &path);
    // "SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)" for QFileDialog.
    static QString fileDialogFilter();
};

} // namespace tematik
