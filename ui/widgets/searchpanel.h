#pragma once

#include "core/model/ids.h"
#include "core/result.h"
#include "core/search/textsearch.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace tematik {

class Editor;
class Project;
class SearchResultModel;

// Searches the words of every source and lists the hits as a keyword-in-context concordance: source,
// speaker, the words before (right-aligned), the hit in bold, the words after. Hits can be chosen and
// coded, all or the chosen ones, with an existing or a new code, in one undo step; double-clicking a
// hit asks the window to show it in its source.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    // The project to search and the editor to code through, or two nulls.
    void setProject(Project *project, Editor *editor);
    // Puts query in the search field and searches (as Enter in the field does).
    void search(const QString &query);
    // Puts the cursor in the search field, its text selected, to type a new search.
    void focusQuery();

    // Codes the hits with code in one undo step, leaving out hits already coded with it exactly.
    Status codeHits(const QList<SearchHit> &hits, CodeId code);
    // Makes a code of that name (or takes the top-level one that has it) and codes the hits with it,
    // all as one undo step.
    Status codeHitsWithNewCode(const QList<SearchHit> &hits, const QString &name);

    SearchResultModel *model() const { return m_model.get(); }
    QTreeView *view() const { return m_view; }
    QLineEdit *queryField() const { return m_query; }
    // The line under the search field: the hit count, or why the search found nothing.
    QString status() const;
    // What the last coding did, or why it failed.
    QString message() const;

Q_SIGNALS:
    // A hit was activated: the window can show it in its source (code points, half-open).
    void hitActivated(tematik::SourceId source, qint64 start, qint64 end);

private:
    void runSearch();
    void updateCounts();
    // Lets the researcher pick a code for the hits (all of them, or the chosen ones) under button.
    void chooseCode(QPushButton *button, bool chosenOnly);
    void layOutColumns();
    // Space: the selected hits become chosen, or unchosen when all of them are.
    void toggleChosen();
    void activate(const QModelIndex &index);
    void showMessage(const QString &text);

    Project *m_project = nullptr;
    Editor *m_editor = nullptr;
    std::unique_ptr<SearchResultModel> m_model;
    QLineEdit *m_query = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QTreeView *m_view = nullptr;
    QPushButton *m_all = nullptr;
    QPushButton *m_none = nullptr;
    QPushButton *m_codeAll = nullptr;
    QPushButton *m_codeChosen = nullptr;
    QString m_problem; // why the last search found nothing, if it failed
};

} // namespace tematik
