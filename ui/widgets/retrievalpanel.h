#pragma once

#include "core/model/ids.h"

#include <QWidget>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListView;

namespace tematik {

class Editor;
class Project;
class SegmentListModel;

// Everything coded with a code (and its subcodes, if asked), or gathered in a theme or dimension, as
// cards to read one after the other: where each segment is from above its words. Filters narrow it to
// a source, a speaker, cases with an attribute value, a coder or the exemplars. A star (or the E key)
// marks exemplars through the Editor; double-click or Enter asks the window to show the segment in
// its source.
class RetrievalPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RetrievalPanel(QWidget *parent = nullptr);
    ~RetrievalPanel() override;

    // The project to read and the editor to mark exemplars through, or two nulls; without an editor
    // (a project open read-only) exemplars cannot be marked. Shows nothing until a code or theme is set.
    void setProject(Project *project, Editor *editor);
    void setCode(CodeId code, bool withSubcodes = false);
    // A theme, or a dimension (the codes of all its themes).
    void setTheme(ThemeId theme);

    // What is shown, e.g. "Theme: Tillit — 42 segments from 12 participants in 10 sources".
    QString heading() const;
    SegmentListModel *model() const { return m_model.get(); }
    QListView *list() const { return m_list; }
    // The selected segments as text to quote: each segment's words, then where they are from.
    QString selectedText() const;

Q_SIGNALS:
    // A segment was activated: the window can show it in its source (code points, half-open).
    void segmentActivated(tematik::SourceId source, qint64 start, qint64 end);

private:
    void fillFilters();
    void applyFilter();
    void updateHeading();
    void toggleExemplars();
    void copySelected();
    void activate(const QModelIndex &index);
    void report(const QString &problem);

    Project *m_project = nullptr;
    Editor *m_editor = nullptr;
    std::unique_ptr<SegmentListModel> m_model;
    QLabel *m_heading = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_speaker = nullptr;
    QComboBox *m_attribute = nullptr;
    QComboBox *m_coder = nullptr;
    QCheckBox *m_exemplarsOnly = nullptr;
    QCheckBox *m_subcodes = nullptr;
    QListView *m_list = nullptr;
    QAction *m_exemplar = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace tematik
