#include "core/figure/figureregistry.h"

#include "core/figure/attributebarchart.h"
#include "core/figure/datastructurefigure.h"
#include "core/figure/thematicmapfigure.h"
#include "core/figure/themebarchart.h"

namespace tematik {

FigureRegistry::FigureRegistry() = default;
FigureRegistry::~FigureRegistry() = default;
FigureRegistry::FigureRegistry(FigureRegistry &&) noexcept = default;
FigureRegistry &FigureRegistry::operator=(FigureRegistry &&) noexcept = default;

const FigureRegistry &FigureRegistry::standard()
{
    static const FigureRegistry registry = [] {
        FigureRegistry r;
        r.add(std::make_unique<DataStructureFigure>());
        r.add(std::make_unique<ThematicMapFigure>());
        r.add(std::make_unique<ThemeBarChart>());
        r.add(std::make_unique<AttributeBarChart>());
        return r;
    }();
    return registry;
}

void FigureRegistry::add(std::unique_ptr<Figure> figure)
{
    m_figures.push_back(std::move(figure));
}

QList<const Figure *> FigureRegistry::figures() const
{
    QList<const Figure *> list;
    for (const auto &figure : m_figures)
        list.append(figure.get());
    return list;
}

const Figure *FigureRegistry::find(const QString &id) const
{
    for (const auto &figure : m_figures) {
        if (figure->id() == id)
            return figure.get();
    }
    return nullptr;
}

} // namespace tematik
