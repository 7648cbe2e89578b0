#pragma once

#include "bench/benchrunner.h"
#include "core/model/ids.h"
#include "core/result.h"

#include <QList>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace tematik {

class Project;
class ReferenceWorkload;

// The benchmark's steps over the reference workload, and what they share: the corpus written out as
// .txt files and the finished reference project, both built once and outside any timing.
class ReferenceSteps
{
public:
    explicit ReferenceSteps(const ReferenceWorkload &workload);
    ~ReferenceSteps();

    // Writes the corpus and builds the reference project, in keepFolder when one is given (so that it
    // outlives the run) or else in a temporary folder. A large project already kept there is checked and
    // used again rather than built.
    Status prepare(const QString &keepFolder);
    QString referencePath() const { return m_referencePath; }
    SourceId largestSource() const { return m_largestSource; }
    // A document other than the largest, to switch away from it.
    SourceId otherSource() const { return m_otherSource; }
    CodeId busiestCode() const { return m_busiestCode; }

    // In the order they run; a new step is one more line here.
    QList<BenchStep> steps();

private:
    Result<Lap> createImport();
    Result<Lap> addCodings();
    Result<Lap> openProject();
    Result<Lap> loadLargest();
    Result<Lap> segmentsOfCode();
    Result<Lap> themeSegments();
    Result<Lap> themeSegmentsPage();
    Result<Lap> searchKwic();
    Result<Lap> searchPhrase();
    Result<Lap> quickCheck();
    // A new backup into an empty folder, or (unchanged) one that the newest backup already holds.
    Result<Lap> backup(bool unchanged);

    // Takes the ids the steps need from a kept large project, after checking that it holds the workload.
    Status reuse();
    // Fails unless the project holds exactly the workload: sources, characters, turns, codes, codings.
    Status check(Project &project) const;
    // Makes the named theme the one the theme steps read.
    Status findTheme(Project &project, const QString &name);

    // A new project at path with every corpus file imported; sources gets their ids in document order.
    Result<std::unique_ptr<Project>> createAndImport(const QString &path, QList<SourceId> &sources) const;
    // A path for a throwaway project that no earlier run has used.
    QString scratchPath();
    // The reference project, opened on first use by the steps that only read.
    Result<Project *> reader();

    const ReferenceWorkload &m_workload;
    QTemporaryDir m_folder;
    QStringList m_files;
    qint64 m_fileBytes = 0; // of all the files
    QString m_referencePath;
    SourceId m_largestSource = 0;
    SourceId m_otherSource = 0;
    CodeId m_busiestCode = 0;
    // A theme of the busiest code's category, made in prepare(), and how many codings its codes have.
    ThemeId m_theme = 0;
    qsizetype m_themeCodings = 0;
    QString m_phrase; // for search_phrase
    int m_scratchProjects = 0;
    std::unique_ptr<Project> m_reader;
};

} // namespace tematik
