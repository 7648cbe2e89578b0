#include "bench/guisteps.h"

#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/documentview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextBlock>
#include <QUndoStack>

namespace tematik {
namespace {

// The size of a laptop window, so that the painted area is what a researcher sees.
const QSize windowSize(1280, 800);

// Lets the window finish what a real event loop would do before the next step is timed.
void settle()
{
    QApplication::processEvents();
    QApplication::sendPostedEvents();
}

} // namespace

GuiSteps::GuiSteps(const QString &referencePath, SourceId largest, SourceId other, CodeId code, int codingsInLargest)
    : m_referencePath(referencePath), m_largest(largest), m_other(other), m_code(code),
      m_codingsInLargest(codingsInLargest)
{
}

GuiSteps::~GuiSteps() = default;

QList<BenchStep> GuiSteps::steps()
{
    return {
        {QStringLiteral("gui_open_project"),
         QStringLiteral("a new MainWindow opens the reference project (sources, codebook with counts, the first "
                        "document) and shows itself, painted"),
         [this] { return openProject(); }},
        {QStringLiteral("gui_open_largest_painted"),
         QStringLiteral("MainWindow::showSource of the largest document (with all its codings), from "
                        "the store to its text, highlights and stripes painted"),
         [this] { return openLargestPainted(); }},
        {QStringLiteral("gui_add_coding_repaint"),
         QStringLiteral("coding a selection on screen in the largest document (the store's transaction, the "
                        "notification, the view's update) and the repaint; undone untimed between runs"),
         [this] { return addCodingRepaint(); }},
        {QStringLiteral("gui_scroll_step"),
         QStringLiteral("one mouse-wheel step (3 lines) down the largest document, with text, highlights and "
                        "stripes repainted"),
         [this] { return scrollStep(); }},
    };
}

Result<MainWindow *> GuiSteps::window()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(windowSize);
        if (!m_window->openProjectFile(m_referencePath))
            return Error{QStringLiteral("cannot open %1").arg(m_referencePath)};
        m_window->show();
        m_window->showSource(m_largest);
        settle();
    }
    return m_window.get();
}

Result<DocumentView *> GuiSteps::largestShown()
{
    Result<MainWindow *> w = window();
    if (!w)
        return w.takeError();
    if ((*w)->documentView()->source() != m_largest)
        (*w)->showSource(m_largest);
    return (*w)->documentView();
}

Result<Lap> GuiSteps::openProject()
{
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.resize(windowSize);
    if (!window.openProjectFile(m_referencePath))
        return Error{QStringLiteral("cannot open %1").arg(m_referencePath)};
    window.show();
    window.repaint();
    const qint64 elapsed = timer.nsecsElapsed();
    const ProjectCounts counts = window.project()->counts();
    settle();
    return Lap{elapsed, QStringLiteral("%1 sources, %2 codes, %3 codings; %4 blocks shown")
                            .arg(counts.sources)
                            .arg(counts.codes)
                            .arg(counts.codings)
                            .arg(window.documentView()->blockCount())};
}

Result<Lap> GuiSteps::openLargestPainted()
{
    Result<MainWindow *> w = window();
    if (!w)
        return w.takeError();
    DocumentView *view = (*w)->documentView();
    (*w)->showSource(m_other);
    settle();

    QElapsedTimer timer;
    timer.start();
    (*w)->showSource(m_largest);
    view->repaint();
    const qint64 elapsed = timer.nsecsElapsed();
    if (view->codings().size() != m_codingsInLargest)
        return Error{QStringLiteral("the view shows %1 codings, not %2").arg(view->codings().size()).arg(m_codingsInLargest)};
    return Lap{elapsed, QStringLiteral("%1 characters, %2 codings in %3 stripe columns")
                            .arg(view->text().size())
                            .arg(view->codings().size())
                            .arg(view->stripeLaneCount())};
}

Result<Lap> GuiSteps::addCodingRepaint()
{
    Result<DocumentView *> shown = largestShown();
    if (!shown)
        return shown.takeError();
    DocumentView *view = *shown;
    // Some words on screen, a third of the way down the document.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 3);
    settle();
    const qint64 start = view->cursorForPosition(QPoint(40, view->viewport()->height() / 3)).position();
    view->selectRange(start, start + 120);
    view->repaint();
    const qsizetype before = view->codings().size();

    QElapsedTimer timer;
    timer.start();
    const Status coded = m_window->codeSelection(m_code);
    view->repaint();
    const qint64 elapsed = timer.nsecsElapsed();
    if (!coded)
        return coded.takeError();
    const qsizetype after = view->codings().size();
    m_window->undoStack()->undo();
    settle();
    if (after != before + 1)
        return Error{QStringLiteral("the view shows %1 codings after coding, not %2").arg(after).arg(before + 1)};
    return Lap{elapsed, QStringLiteral("1 coding added (%1 shown), repainted").arg(after)};
}

Result<Lap> GuiSteps::scrollStep()
{
    Result<DocumentView *> shown = largestShown();
    if (!shown)
        return shown.takeError();
    DocumentView *view = *shown;
    QScrollBar *bar = view->verticalScrollBar();
    const int step = QApplication::wheelScrollLines();
    if (bar->value() + step > bar->maximum() || bar->value() < bar->maximum() / 4) {
        bar->setValue(bar->maximum() / 4);
        view->repaint();
        settle();
    }

    QElapsedTimer timer;
    timer.start();
    const int from = bar->value();
    bar->setValue(from + step);
    view->repaint();
    const qint64 elapsed = timer.nsecsElapsed();
    return Lap{elapsed, QStringLiteral("lines %1 → %2 of %3").arg(from).arg(bar->value()).arg(bar->maximum())};
}

} // namespace tematik
