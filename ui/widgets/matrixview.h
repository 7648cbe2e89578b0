#pragma once

#include "core/analysis/codematrix.h"
#include "core/result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tematik {

class MatrixModel;
class Project;

// Code matrices for the analysis: which codes co-occur (overlapping, or in the same speaker turn), and
// how codes spread over the values of a case attribute and over the sources, as heat-shaded tables of
// segments or of participants, for every code or the codes of one theme or dimension. Export… writes the
// matrix shown in any report table format. It only reads the project, and follows its changes through the
// project's notifier.
class MatrixView : public QWidget
{
    Q_OBJECT

public:
    // The project must outlive the view.
    explicit MatrixView(Project &project, QWidget *parent = nullptr);
    ~MatrixView() override;

    // What the choosers show; setting them is what a user's choice does.
    void setKind(MatrixKind kind);
    void setAttribute(const QString &attribute);
    void setMeasure(MatrixMeasure measure);
    void setTheme(std::optional<ThemeId> theme);

    MatrixModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Writes the matrix shown, in the measure shown, as a report table in the format of path's
    // extension. Export… asks for the path, then calls this.
    Status exportTo(const QString &path) const;

Q_SIGNALS:
    // A cell was double-clicked: the segments of the row's code that the cell counts may be shown.
    // column indexes model()->matrix().columns().
    void cellActivated(tematik::CodeId rowCode, int column);

private:
    void fillAttributes();
    void fillThemes();
    void updateChoosers();
    void chooseExportFile();

    Project &m_project;
    MatrixModel *m_model = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_attribute = nullptr;
    QComboBox *m_measure = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_caption = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace tematik
