#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <memory>

namespace tematik {

class Project;

// The demo project: the fictional interview corpus bundled in the program, with its participants as
// cases, a small codebook with codings and exemplar quotes, and themes in two aggregate dimensions, so that a new
// user (and the screenshot script) sees a project with real analysis in it.
// The corpus and resources/demo/demo.json are compiled in as Qt resources under :/demo.
class DemoProject
{
    Q_DECLARE_TR_FUNCTIONS(DemoProject)

public:
    // How far the demo's analysis has come: Coded is the corpus with its participants, a first codebook
    // and a few codings; Analysed adds the rest of the coding, the exemplar quotes and the themes.
    enum class Stage
    {
        Coded,
        Analysed
    };

    // The demo's file name in the user's data folder. It names the demo's edition, raised whenever the
    // demo's content changes: a user then gets the new demo, and the one they worked in stays as it was.
    static QString fileName() { return QStringLiteral("demo-2.tematik"); }

    // Builds the demo project in a new file at path; on failure no file is left behind.
    static Result<std::unique_ptr<Project>> create(const QString &path, Stage stage = Stage::Analysed);
};

} // namespace tematik
