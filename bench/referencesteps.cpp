#include "bench/referencesteps.h"

#include "bench/referenceworkload.h"
#include "core/import/sourceimport.h"
#include "core/search/textsearch.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/projectbackups.h"
#include "core/store/schema.h"
#include "core/store/segmentquery.h"
#include "core/store/sourcestore.h"
#include "core/store/themestore.h"
#include "core/text/codepointindex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace tematik {
namespace {

const QString coderName = QStringLiteral("Bench");

QString grouped(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

// Closes a throwaway project and deletes it with the WAL and shared-memory files SQLite keeps beside
// it, so that repeated runs do not fill the temporary folder.
void discard(std::unique_ptr<Project> project)
{
    const QString path = project->path();
    project.reset();
    QFile::remove(path);
    QFile::remove(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));
}

// Three words in a row, joined by single spaces, from the middle of text: a phrase that a 130-word
// vocabulary makes once in about two million places, so it is found in few documents.
QString rarePhrase(const QString &text)
{
    const QStringList words = QStringView(text).mid(text.size() / 2, 2'000).toString().split(u' ');
    for (qsizetype i = 1; i + 3 < words.size(); ++i) {
        const auto plain = [](const QString &w) {
            return !w.isEmpty() && std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
        };
        if (plain(words[i]) && plain(words[i + 1]) && plain(words[i + 2]))
            return words.mid(i, 3).join(u' ');
    }
    return {};
}

} // namespace

ReferenceSteps::ReferenceSteps(const ReferenceWorkload &workload) : m_workload(workload) {}

ReferenceSteps::~ReferenceSteps() = default;

QList<BenchStep> ReferenceSteps::steps()
{
    return {
        {QStringLiteral("create_import"),
         QStringLiteral("Project::create of a new file, then SourceImport::importFile of the 20 .txt files"),
         [this] { return createImport(); }},
        {QStringLiteral("add_codings"),
         QStringLiteral("CodingStore::addAll of the 20,000 codings into a freshly imported project (codings "
                        "only: the import and the codebook are added untimed before)"),
         [this] { return addCodings(); }},
        {QStringLiteral("open_project"),
         QStringLiteral("Project::open of the reference project, SourceStore::list and CodeStore::list"),
         [this] { return openProject(); }},
        {QStringLiteral("load_largest"),
         QStringLiteral("SourceStore::text, CodingStore::forSource and SourceStore::turns of the largest "
                        "document, on an open project"),
         [this] { return loadLargest(); }},
        {QStringLiteral("segments_of_code"),
         QStringLiteral("CodingStore::segmentsOfCode for the code with the most codings, on an open project"),
         [this] { return segmentsOfCode(); }},
        {QStringLiteral("theme_segments"),
         QStringLiteral("SegmentQuery::ofTheme for a theme of the 10 codes of the busiest code's category: every "
                        "segment with its source, speaker, case and text, on an open project"),
         [this] { return themeSegments(); }},
        {QStringLiteral("theme_segments_page"),
         QStringLiteral("SegmentQuery::ofTheme for the same theme, the first page of 200 segments with their "
                        "text, as the retrieval panel reads them, on an open project"),
         [this] { return themeSegmentsPage(); }},
        {QStringLiteral("quick_check"),
         QStringLiteral("Schema::checkPages (PRAGMA quick_check) of the reference project, which Project::open "
                        "runs, on an open project"),
         [this] { return quickCheck(); }},
        {QStringLiteral("backup"),
         QStringLiteral("ProjectBackups::take of the reference project into an empty backups folder: VACUUM INTO, "
                        "integrity_check of the copy, sync, rename"),
         [this] { return backup(false); }},
        {QStringLiteral("backup_unchanged"),
         QStringLiteral("ProjectBackups::take when the newest backup holds the same: the copy is made and "
                        "checked, found equal and removed"),
         [this] { return backup(true); }},
        {QStringLiteral("search_kwic"),
         QStringLiteral("TextSearch::find of a word found in every document (\"ansvar\"), the first 100 hits as "
                        "keyword-in-context lines of 40 characters each side, on an open project"),
         [this] { return searchKwic(); }},
        {QStringLiteral("search_phrase"),
         QStringLiteral("TextSearch::find of a rare phrase (three words from the middle of the largest document, "
                        "quoted), every hit with context, on an open project"),
         [this] { return searchPhrase(); }},
    };
}

Status ReferenceSteps::prepare(const QString &keepFolder)
{
    if (!m_folder.isValid())
        return Error{QStringLiteral("cannot make a temporary folder: %1").arg(m_folder.errorString())};
    Result<QStringList> files = m_workload.writeFiles(m_folder.path());
    if (!files)
        return files.takeError();
    m_files = *files;
    m_fileBytes = 0;
    for (const QString &file : std::as_const(m_files))
        m_fileBytes += QFileInfo(file).size();

    m_phrase = rarePhrase(m_workload.documents().at(m_workload.largestDocument()).text);
    const bool large = m_workload.size() == ReferenceWorkload::Size::Large;
    const QString fileName = large ? QStringLiteral("large.tematik") : QStringLiteral("reference.tematik");
    if (keepFolder.isEmpty()) {
        m_referencePath = m_folder.filePath(fileName);
    } else {
        if (!QDir().mkpath(keepFolder))
            return Error{QStringLiteral("cannot make the folder %1").arg(keepFolder)};
        m_referencePath = QDir(keepFolder).absoluteFilePath(fileName);
    }
    // The large project takes minutes to build, so a kept one is used again, once it is checked below.
    if (large && QFileInfo::exists(m_referencePath))
        return reuse();

    QList<SourceId> sources;
    Result<std::unique_ptr<Project>> created = createAndImport(m_referencePath, sources);
    if (!created)
        return created.takeError();
    Project &project = **created;
    if (Status s = project.setCoder(coderName); !s)
        return s;
    Result<QList<CodeId>> codes = m_workload.addCodebook(project);
    if (!codes)
        return codes.takeError();
    if (Result<QList<CodingId>> codings = project.codings().addAll(m_workload.codings(sources, *codes)); !codings)
        return codings.takeError();
    if (Status s = check(project); !s)
        return s;
    m_largestSource = sources.at(m_workload.largestDocument());
    m_otherSource = sources.at(m_workload.largestDocument() == 0 ? 1 : 0);
    m_busiestCode = codes->at(m_workload.busiestChildCode());

    if (large) {
        // An analyst's themes: one for each group of codes, named after its category and group.
        const int groups = m_workload.codeCount() / ReferenceWorkload::codesPerGroup;
        for (int g = 0; g < groups; ++g) {
            Result<ThemeId> theme = project.themes().addTheme(m_workload.themeName(g));
            if (!theme)
                return theme.takeError();
            for (CodeId code : codes->mid(g * ReferenceWorkload::codesPerGroup, ReferenceWorkload::codesPerGroup)) {
                if (Result<std::optional<ThemeId>> assigned = project.themes().assignCode(code, *theme); !assigned)
                    return assigned.takeError();
            }
        }
        return findTheme(project, m_workload.themeName(m_workload.busiestGroup()));
    }

    // The theme an analyst would make of one category: its child codes, which addCodebook lists together.
    Result<ThemeId> theme = project.themes().addTheme(QStringLiteral("Busiest category"));
    if (!theme)
        return theme.takeError();
    const int first = m_workload.busiestChildCode() / ReferenceWorkload::codesPerGroup * ReferenceWorkload::codesPerGroup;
    for (CodeId code : codes->mid(first, ReferenceWorkload::codesPerGroup)) {
        if (Result<std::optional<ThemeId>> assigned = project.themes().assignCode(code, *theme); !assigned)
            return assigned.takeError();
    }
    // Closing here checkpoints the WAL, so open_project starts from one self-contained file.
    return findTheme(project, QStringLiteral("Busiest category"));
}

Status ReferenceSteps::reuse()
{
    Result<std::unique_ptr<Project>> opened = Project::open(m_referencePath);
    if (!opened)
        return opened.takeError();
    Project &project = **opened;
    if (Status s = check(project); !s)
        return s;
    // Sources were imported in document order and the codebook added in its order, so ids follow it.
    QList<SourceId> sources;
    for (const SourceInfo &source : project.sources().list())
        sources.append(source.id);
    std::sort(sources.begin(), sources.end());
    Result<QList<CodeId>> codes = m_workload.childCodes(project);
    if (!codes)
        return codes.takeError();
    m_largestSource = sources.at(m_workload.largestDocument());
    m_otherSource = sources.at(m_workload.largestDocument() == 0 ? 1 : 0);
    m_busiestCode = codes->at(m_workload.busiestChildCode());
    return findTheme(project, m_workload.themeName(m_workload.busiestGroup()));
}

Status ReferenceSteps::findTheme(Project &project, const QString &name)
{
    const std::optional<Theme> theme = project.themes().findByName(name);
    if (!theme)
        return Error{QStringLiteral("the project has no theme %1").arg(name)};
    m_theme = theme->id;
    m_themeCodings = project.codings().forCodes(project.themes().codesOf(m_theme)).size();
    return {};
}

Status ReferenceSteps::check(Project &project) const
{
    // The read steps are only comparable if the file holds exactly the workload, turns included.
    qint64 turns = 0;
    for (const ReferenceWorkload::Document &doc : m_workload.documents())
        turns += doc.turns;
    const ProjectCounts counts = project.counts();
    if (counts.sources != m_workload.documents().size() || counts.codePoints != m_workload.characters()
        || counts.turns != turns || counts.codes != m_workload.codebookEntries()
        || counts.codings != m_workload.plannedCodings())
        return Error{QStringLiteral("the reference project holds %1 sources, %2 characters, %3 turns (%4 "
                                    "expected), %5 codes and %6 codings")
                         .arg(counts.sources)
                         .arg(counts.codePoints)
                         .arg(counts.turns)
                         .arg(turns)
                         .arg(counts.codes)
                         .arg(counts.codings)};
    return {};
}

Result<std::unique_ptr<Project>> ReferenceSteps::createAndImport(const QString &path, QList<SourceId> &sources) const
{
    Result<std::unique_ptr<Project>> project = Project::create(path);
    if (!project)
        return project;
    sources.clear();
    for (const QString &file : m_files) {
        Result<ImportReport> report = SourceImport::importFile(**project, file);
        if (!report)
            return report.takeError();
        sources.append(report->sourceId);
    }
    return project;
}

QString ReferenceSteps::scratchPath()
{
    return m_folder.filePath(QStringLiteral("scratch-%1.tematik").arg(++m_scratchProjects));
}

Result<Project *> ReferenceSteps::reader()
{
    if (!m_reader) {
        // Read-only, as it only reads: the steps that open the project for writing must find it free.
        Result<std::unique_ptr<Project>> project = Project::open(m_referencePath, true);
        if (!project)
            return project.takeError();
        m_reader = std::move(*project);
    }
    return m_reader.get();
}

Result<Lap> ReferenceSteps::createImport()
{
    const QString path = scratchPath();
    QList<SourceId> sources;
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Project>> project = createAndImport(path, sources);
    const qint64 elapsed = timer.nsecsElapsed();
    if (!project)
        return project.takeError();
    const ProjectCounts counts = (*project)->counts();
    discard(std::move(*project));
    const double seconds = double(elapsed) / 1e9;
    return Lap{elapsed, QStringLiteral("%1 sources, %2 characters, %3 turns; %4 sources/s, %5 MB/s of %6 bytes")
                            .arg(grouped(counts.sources), grouped(counts.codePoints), grouped(counts.turns))
                            .arg(counts.sources / seconds, 0, 'f', 1)
                            .arg(double(m_fileBytes) / 1e6 / seconds, 0, 'f', 2)
                            .arg(grouped(m_fileBytes))};
}

Result<Lap> ReferenceSteps::addCodings()
{
    QList<SourceId> sources;
    Result<std::unique_ptr<Project>> project = createAndImport(scratchPath(), sources);
    if (!project)
        return project.takeError();
    Project &p = **project;
    if (Status s = p.setCoder(coderName); !s)
        return s.takeError();
    Result<QList<CodeId>> codes = m_workload.addCodebook(p);
    if (!codes)
        return codes.takeError();
    const QList<NewCoding> codings = m_workload.codings(sources, *codes);

    QElapsedTimer timer;
    timer.start();
    Result<QList<CodingId>> added = p.codings().addAll(codings);
    const qint64 elapsed = timer.nsecsElapsed();
    if (!added)
        return added.takeError();
    discard(std::move(*project));
    return Lap{elapsed, QStringLiteral("%1 codings in one call, %2 codings/s")
                            .arg(grouped(added->size()), grouped(qint64(double(added->size()) * 1e9 / double(elapsed))))};
}

Result<Lap> ReferenceSteps::openProject()
{
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Project>> project = Project::open(m_referencePath);
    if (!project)
        return project.takeError();
    const QList<SourceInfo> sources = (*project)->sources().list();
    const QList<Code> codes = (*project)->codes().list();
    const qint64 elapsed = timer.nsecsElapsed();
    const auto categories = std::count_if(codes.cbegin(), codes.cend(), [](const Code &c) { return !c.parentId; });
    return Lap{elapsed, QStringLiteral("%1 sources, %2 categories, %3 codes")
                            .arg(grouped(sources.size()), grouped(categories), grouped(codes.size() - categories))};
}

Result<Lap> ReferenceSteps::quickCheck()
{
    Result<Project *> project = reader();
    if (!project)
        return project.takeError();
    QElapsedTimer timer;
    timer.start();
    const Status checked = Schema::checkPages((*project)->database());
    const qint64 elapsed = timer.nsecsElapsed();
    if (!checked)
        return checked.takeError();
    return Lap{elapsed, QStringLiteral("%1 MiB checked").arg(QFileInfo(m_referencePath).size() / double(1 << 20), 0, 'f', 1)};
}

Result<Lap> ReferenceSteps::backup(bool unchanged)
{
    const ProjectBackups backups(m_referencePath);
    if (!unchanged || ProjectBackups(m_referencePath).list().isEmpty()) {
        QDir(backups.folder()).removeRecursively();
        if (unchanged) {
            if (Result<TakenBackup> first = backups.take(); !first)
                return first.takeError();
        }
    }
    QElapsedTimer timer;
    timer.start();
    Result<TakenBackup> taken = backups.take();
    const qint64 elapsed = timer.nsecsElapsed();
    if (!taken)
        return taken.takeError();
    if (taken->unchanged != unchanged)
        return Error{QStringLiteral("the backup was %1 expected").arg(unchanged ? QStringLiteral("new, not unchanged as")
                                                                               : QStringLiteral("unchanged, not new as"))};
    return Lap{elapsed, QStringLiteral("%1 MiB project, %2 MiB backup")
                            .arg(QFileInfo(m_referencePath).size() / double(1 << 20), 0, 'f', 1)
                            .arg(QFileInfo(taken->path).size() / double(1 << 20), 0, 'f', 1)};
}

Result<Lap> ReferenceSteps::loadLargest()
{
    Result<Project *> project = reader();
    if (!project)
        return project.takeError();
    Project &p = **project;

    QElapsedTimer timer;
    timer.start();
    Result<QString> text = p.sources().text(m_largestSource);
    const QList<Coding> codings = p.codings().forSource(m_largestSource);
    const QList<SpeakerTurn> turns = p.sources().turns(m_largestSource);
    const qint64 elapsed = timer.nsecsElapsed();

    if (!text)
        return text.takeError();
    const ReferenceWorkload::Document &largest = m_workload.documents().at(m_workload.largestDocument());
    const qint64 characters = CodePointIndex(*text).codePointCount();
    if (characters != m_workload.largestCharacters() || codings.size() != m_workload.codingsInLargest()
        || turns.size() != largest.turns)
        return Error{QStringLiteral("the largest document came back with %1 characters, %2 codings and %3 turns")
                         .arg(characters)
                         .arg(codings.size())
                         .arg(turns.size())};
    return Lap{elapsed, QStringLiteral("%1 characters, %2 codings, %3 turns")
                            .arg(grouped(characters), grouped(codings.size()), grouped(turns.size()))};
}

Result<Lap> ReferenceSteps::segmentsOfCode()
{
    Result<Project *> project = reader();
    if (!project)
        return project.takeError();

    QElapsedTimer timer;
    timer.start();
    const QList<CodedSegment> segments = (*project)->codings().segmentsOfCode(m_busiestCode);
    const qint64 elapsed = timer.nsecsElapsed();

    if (segments.size() != m_workload.codingsOfBusiestCode())
        return Error{QStringLiteral("%1 segments instead of %2").arg(segments.size()).arg(m_workload.codingsOfBusiestCode())};
    qint64 characters = 0;
    for (const CodedSegment &s : segments)
        characters += s.coding.end - s.coding.start;
    return Lap{elapsed, QStringLiteral("%1 segments, %2 characters")
                            .arg(grouped(segments.size()), grouped(characters))};
}

Result<Lap> ReferenceSteps::themeSegments()
{
    Result<Project *> project = reader();
    if (!project)
        return project.takeError();

    QElapsedTimer timer;
    timer.start();
    const QList<RetrievedSegment> segments = SegmentQuery((*project)->database()).ofTheme(m_theme);
    const qint64 elapsed = timer.nsecsElapsed();

    if (segments.size() != m_themeCodings)
        return Error{QStringLiteral("%1 segments instead of %2").arg(segments.size()).arg(m_themeCodings)};
    qint64 characters = 0;
    for (const RetrievedSegment &s : segments)
        characters += s.text.size();
    return Lap{elapsed, QStringLiteral("%1 segments, %2 UTF-16 units").arg(grouped(segments.size()), grouped(characters))};
}

Result<Lap> ReferenceSteps::themeSegmentsPage()
{
    Result<Project *> project = reader();
    if (!project)
        return project.takeError();

    const SegmentPage page{0, 200};
    QElapsedTimer timer;
    timer.start();
    const QList<RetrievedSegment> segments = SegmentQuery((*project)->database()).ofTheme(m_theme, {}, page);
    const qint64 elapsed = timer.nsecsElapsed();

    if (segments.size() != page.limit)
        return Error{QStringLiteral("%1 segments instead of a page of %2").arg(segments.size()).arg(page.limit)};
    QSet<SourceId> sources;
    for (const RetrievedSegment &s : segments)
        sources.insert(s.sourceId);
    return Lap{elapsed, QStringLiteral("%1 segments from %2 sources").arg(grouped(segments.size())).arg(sources.size())};
}

Result<Lap> ReferenceSteps::searchKwic()
{
    Result<Project *> project = reader();
    if (!project)
        return project.takeError();

    // A page of hits, as a results list shows them: a common word fills it from the first documents.
    SearchOptions options;
    options.limit = 100;
    QElapsedTimer timer;
    timer.start();
    Result<QList<SearchHit>> hits = TextSearch((*project)->database()).find(QStringLiteral("ansvar"), options);
    const qint64 elapsed = timer.nsecsElapsed();

    if (!hits)
        return hits.takeError();
    if (hits->size() != options.limit)
        return Error{QStringLiteral("%1 hits instead of a page of %2").arg(hits->size()).arg(options.limit)};
    QSet<SourceId> sources;
    for (const SearchHit &h : std::as_const(*hits))
        sources.insert(h.source);
    return Lap{elapsed, QStringLiteral("%1 hits in %2 sources").arg(grouped(hits->size()), grouped(sources.size()))};
}

Result<Lap> ReferenceSteps::searchPhrase()
{
    Result<Project *> project = reader();
    if (!project)
        return project.takeError();

    QElapsedTimer timer;
    timer.start();
    Result<QList<SearchHit>> hits = TextSearch((*project)->database()).find(u'"' + m_phrase + u'"');
    const qint64 elapsed = timer.nsecsElapsed();

    if (!hits)
        return hits.takeError();
    if (hits->isEmpty())
        return Error{QStringLiteral("no hit for “%1”").arg(m_phrase)};
    QSet<SourceId> sources;
    for (const SearchHit &h : std::as_const(*hits))
        sources.insert(h.source);
    return Lap{elapsed, QStringLiteral("“%1”: %2 hits in %3 sources").arg(m_phrase, grouped(hits->size()), grouped(sources.size()))};
}

} // namespace tematik
