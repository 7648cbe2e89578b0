#pragma once

#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace tematik {

class Figure;

// The kinds of figure, in one place: the figure view fills its chooser from it and
// `tematik-cli export figure` finds the figure a KIND names.
class FigureRegistry
{
public:
    FigureRegistry();
    ~FigureRegistry();
    FigureRegistry(FigureRegistry &&) noexcept;
    FigureRegistry &operator=(FigureRegistry &&) noexcept;

    // Every figure core draws: the data structure, the thematic map and the two bar charts.
    static const FigureRegistry &standard();

    void add(std::unique_ptr<Figure> figure);
    QList<const Figure *> figures() const;
    // The figure with this id; null if none.
    const Figure *find(const QString &id) const;

private:
    std::vector<std::unique_ptr<Figure>> m_figures;
};

} // namespace tematik
