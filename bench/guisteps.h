#pragma once

#include "bench/benchrunner.h"
#include "core/model/ids.h"

#include <QString>

#include <memory>

namespace tematik {

class DocumentView;
class MainWindow;

// The steps a researcher feels in the app itself, on the reference project: opening it, opening its
// largest document with every highlight and stripe painted, coding there, and scrolling. They drive the
// real MainWindow (offscreen unless a display is asked for) and time until the paint has finished.
class GuiSteps
{
public:
    // referencePath: the finished reference project; largest, code: its largest document and a code.
    // codingsInLargest: how many codings the largest document must show.
    GuiSteps(const QString &referencePath, SourceId largest, SourceId other, CodeId code, int codingsInLargest);
    ~GuiSteps();

    QList<BenchStep> steps();

private:
    Result<Lap> openProject();
    Result<Lap> openLargestPainted();
    Result<Lap> addCodingRepaint();
    Result<Lap> scrollStep();
    // A window with the reference project open on the largest document, made on first use.
    Result<MainWindow *> window();
    // That window's text view, showing the largest document.
    Result<DocumentView *> largestShown();

    QString m_referencePath;
    SourceId m_largest = 0;
    SourceId m_other = 0;
    CodeId m_code = 0;
    int m_codingsInLargest = 0;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace tematik
