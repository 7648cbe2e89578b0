#pragma once

#include "core/analysis/codematrix.h"

#include <QAbstractTableModel>

namespace tematik {

class Project;

// A code matrix as a table: each cell the chosen measure as a number, shaded as in the exported heat
// map. The matrix is built again when the codings, codes, sources, cases, speaker links or themes change; a
// burst of changes (an import, a merge) rebuilds it once, when control returns to the event loop.
class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        // The row's code id, on cells and on the vertical header.
        CodeIdRole = Qt::UserRole + 1,
        // The shade 0..1 of a cell (a double), unset for the diagonal of code × code.
        HeatRole,
    };

    explicit MatrixModel(Project &project, QObject *parent = nullptr);

    // Each rebuilds the matrix at once. The attribute counts for MatrixKind::Attribute only.
    void setKind(MatrixKind kind);
    void setAttribute(const QString &attribute);
    void setMeasure(MatrixMeasure measure);
    // Only the codes of this theme or dimension; none: every code.
    void setTheme(std::optional<ThemeId> theme);
    MatrixKind kind() const { return m_kind; }
    std::optional<ThemeId> theme() const { return m_theme; }
    QString attribute() const { return m_attribute; }
    MatrixMeasure measure() const { return m_measure; }

    const CodeMatrix &matrix() const { return m_matrix; }
    // Why the matrix is empty when it could not be built (an attribute that is gone), for the user.
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Horizontal: the column's short name on up to three short lines, its full path as tool tip.
    // Vertical: the code's name indented by its depth in the codebook, its path as tool tip.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    // Rebuilds once control returns to the event loop, however many changes come before.
    void scheduleRebuild();

    Project &m_project;
    MatrixKind m_kind = MatrixKind::Overlap;
    QString m_attribute;
    MatrixMeasure m_measure = MatrixMeasure::Segments;
    std::optional<ThemeId> m_theme;
    CodeMatrix m_matrix;
    QString m_error;
    bool m_rebuildPending = false;
};

} // namespace tematik
