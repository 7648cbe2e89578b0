#include "app/cli/commandline.h"
#include "core/figure/figure.h"
#include "core/figure/figureregistry.h"
#include "core/store/project.h"

#include <QFileInfo>

// tematik-cli commands that draw figures: export figure.

namespace tematik {

int CommandLine::runExportFigure(const QStringList &args)
{
    const FigureRegistry &registry = FigureRegistry::standard();
    QStringList kinds;
    for (const Figure *figure : registry.figures())
        kinds.append(figure->id());
    if (args.size() != 3)
        return usage(tr("export figure takes a project, a kind of figure (%1) and an output file")
                         .arg(kinds.join(QLatin1String(", "))));
    const Figure *figure = registry.find(args[1]);
    if (!figure)
        return usage(tr("unknown figure %1: use %2").arg(args[1], kinds.join(QLatin1String(", "))));
    const QString out = args[2];
    const QString suffix = QFileInfo(out).suffix().toLower();
    // PNG and PDF are drawn with QtGui, which the command line does not link.
    if (suffix == QLatin1String("png") || suffix == QLatin1String("pdf"))
        return usage(tr("cannot write %1: tematik-cli writes figures as SVG only; export PNG or PDF from "
                        "the app's figure view, or convert the SVG")
                         .arg(QFileInfo(out).fileName()));
    if (suffix != QLatin1String("svg"))
        return usage(tr("cannot write %1: the file name must end in .svg").arg(QFileInfo(out).fileName()));
    FigureOptions options;
    if (figure->needsAttribute()) {
        if (m_attributes.size() != 1)
            return usage(
                tr("figure %1 needs one --attribute NAME, the case attribute to compare").arg(args[1]));
        options.attribute = m_attributes.first();
    }
    std::unique_ptr<Project> project = openProjectToRead(args[0]);
    if (!project)
        return 1;
    if (Status written = figure->write(*project, options, out); !written)
        return fail(written.error());
    if (!m_json)
        m_out << tr("%1: %2 written as SVG").arg(out, figure->displayName()) << '\n';
    return 0;
}

} // namespace tematik
