#include "tests/crash/crashscript.h"

#include "core/import/caseimport.h"
#include "core/import/sourceimport.h"
#include "core/interchange/qdcimporter.h"
#include "core/interchange/qdpximporter.h"
#include "core/io/atomicfile.h"
#include "core/search/textsearch.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/database.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/store/themestore.h"

#include <QDir>
#include <QFile>
#include <QUuid>

#include <algorithm>
#include <array>
#include <numeric>
#include <random>

namespace tematik::test {
namespace {

const QStringList corpusFiles{
    QStringLiteral("interview-01.txt"),  QStringLiteral("interview-01.rtf"),
    QStringLiteral("interview-02.txt"),  QStringLiteral("interview-02-bom-crlf.txt"),
    QStringLiteral("interview-03.txt"),  QStringLiteral("interview-03-cp1252.txt"),
    QStringLiteral("interview-04.txt"),  QStringLiteral("interview-04.docx"),
    QStringLiteral("interview-05.txt"),  QStringLiteral("interview-05.odt"),
    QStringLiteral("interview-06.txt"),  QStringLiteral("interview-06.pdf"),
    QStringLiteral("focusgroup.txt"),    QStringLiteral("focusgroup.docx"),
    QStringLiteral("dialogmote.txt"),    QStringLiteral("meeting.vtt"),
    QStringLiteral("meeting.srt"),
};
const QString participants = QStringLiteral("participants.csv");
const QString refiProject = QStringLiteral("nvivo-mac-15-nvivo_project.qdpx");
const QString refiCodebook = QStringLiteral("taguette-1.4.1-codebook.qdc");
const QString largeTranscript = QStringLiteral("large-focusgroup.txt");
// The focus group this many times over: about 1.1 MB, 5,000 speaker turns; an import that takes long
// enough for kills to land inside it and that fills the WAL past its checkpoint.
constexpr int largeCopies = 75;
// Words and prefixes of the corpus, for actions that code every hit of a search.
const QStringList searchTerms{
    QStringLiteral("samverkan"), QStringLiteral("tid"),     QStringLiteral("mandat"),
    QStringLiteral("förtroende"), QStringLiteral("nätverk*"), QStringLiteral("kommun*"),
    QStringLiteral("styrdokument"), QStringLiteral("liksom"), QStringLiteral("\"inte riktigt\""),
};

// splitmix64: spreads (seed, n) over the generator's seed so that neighbouring actions draw unrelated
// numbers.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    // 0 … n - 1; n > 0.
    qint64 below(qint64 n) { return qint64(m_engine() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list[below(list.size())]; }
    // Lower case, without braces, as the project file keeps GUIDs.
    QString guid()
    {
        const quint64 a = m_engine();
        const quint64 b = m_engine();
        return QUuid(uint(a), ushort(a >> 32), ushort(a >> 48), uchar(b), uchar(b >> 8), uchar(b >> 16),
                     uchar(b >> 24), uchar(b >> 32), uchar(b >> 40), uchar(b >> 48), uchar(b >> 56))
            .toString(QUuid::WithoutBraces);
    }

private:
    std::mt19937_64 m_engine;
};

template<typename T>
QList<T> byId(QList<T> list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return list;
}

// One chosen action: what it is called and the write that performs it.
struct Step
{
    const char *kind = nullptr;
    std::function<Status()> write;
};

template<typename T>
Status statusOf(const Result<T> &result)
{
    return result.ok() ? Status() : result.takeError();
}

// Everything an action may choose among, read once before it is chosen.
struct State
{
    Project &project;
    const QString &folder;
    Random &random;
    int n;
    QList<SourceInfo> sources = byId(project.sources().list());
    QList<Code> codes = byId(project.codes().list());
    QList<Coding> codings = byId(project.codings().all());
    QList<Theme> themes = byId(project.themes().list());
    QList<Memo> memos = [this] {
        QList<Memo> m;
        for (const ListedMemo &l : project.memos().list())
            m.append(l.memo);
        return byId(m);
    }();

    QString file(const QString &name) const { return folder + u'/' + name; }
    QString name(const char *what) const { return QString::fromUtf8(what) + u' ' + QString::number(n); }
    QList<Theme> ofKind(Theme::Kind kind) const
    {
        QList<Theme> result;
        for (const Theme &t : themes) {
            if (t.kind == kind)
                result.append(t);
        }
        return result;
    }
    // A non-empty range of a source, up to a few sentences long.
    NewCoding range(const SourceInfo &source, CodeId code)
    {
        const qint64 start = random.below(source.codePoints);
        const qint64 length = 1 + random.below(std::min<qint64>(400, source.codePoints - start));
        return NewCoding{source.id, code, start, start + length};
    }
    QList<SourceInfo> textSources() const
    {
        QList<SourceInfo> result;
        for (const SourceInfo &s : sources) {
            if (s.codePoints > 0)
                result.append(s);
        }
        return result;
    }
    // Codes that code may be moved under or merged into: not itself, nor one of its subcodes.
    QList<Code> outside(CodeId code) const
    {
        QList<CodeId> within;
        for (const Code &c : project.codes().subtree(code))
            within.append(c.id);
        QList<Code> result;
        for (const Code &c : codes) {
            if (!within.contains(c.id))
                result.append(c);
        }
        return result;
    }
};

Step importStep(State &s, const char *kind, const QString &file)
{
    return {kind, [&s, path = s.file(file)] { return statusOf(SourceImport::importFile(s.project, path)); }};
}

// The action's kind by weight, then its targets; an action with nothing to act on becomes a new code.
Step choose(State &s)
{
    Project &p = s.project;
    Random &r = s.random;
    if (s.n == 0)
        return {"import-qdpx", [&s] { return statusOf(QdpxImporter::import(s.project, s.file(refiProject))); }};
    if (s.n <= 3)
        return importStep(s, "import", corpusFiles[(s.n - 1) * 5 % corpusFiles.size()]);
    if (s.n == 4)
        return {"import-cases", [&s] { return statusOf(CaseImport::importFile(s.project, s.file(participants))); }};
    if (s.n % 100 == 10)
        return importStep(s, "import-large", largeTranscript);

    enum Kind {
        Import, ImportCases, ImportCodebook, AddCode, AddCoding, CodeWithNewCode, CodeSearchHits, RestoreCodings,
        SetBounds, Recode, SetExemplar, RemoveCoding, RenameCode, SetCodeDetails, SetCodeColor, MoveCode,
        MergeCodes, RemoveCode, AddTheme, AddDimension, RenameTheme, MoveTheme, SetThemeStatus, SetThemeDefinition,
        AssignCode, UnassignCode, RemoveTheme, AddMemo, EditMemo, RemoveMemo, RenameSource, RemoveSource, KindCount
    };
    static constexpr std::array<int, KindCount> weights{
        6, 1, 1, 8, 20, 4, 3, 2, //
        8, 4, 4, 6, 2, 2, 1, 3,  //
        3, 2, 3, 1, 1, 2, 1, 1,  //
        5, 1, 1, 5, 3, 2, 1, 1,
    };
    qint64 roll = r.below(std::accumulate(weights.begin(), weights.end(), 0));
    int kind = 0;
    while (roll >= weights[size_t(kind)])
        roll -= weights[size_t(kind++)];

    const QList<SourceInfo> texts = s.textSources();
    const QList<Theme> plainThemes = s.ofKind(Theme::Kind::Theme);
    const QList<Theme> dimensions = s.ofKind(Theme::Kind::Dimension);
    switch (Kind(kind)) {
    case Import:
        return importStep(s, "import", r.pick(corpusFiles));
    case ImportCases:
        return {"import-cases", [&s] { return statusOf(CaseImport::importFile(s.project, s.file(participants))); }};
    case ImportCodebook:
        return {"import-codebook", [&s] { return statusOf(QdcImporter::import(s.project, s.file(refiCodebook))); }};
    case AddCode:
        break;
    case AddCoding:
        if (texts.isEmpty() || s.codes.isEmpty())
            break;
        return {"add-coding", [&p, c = s.range(r.pick(texts), r.pick(s.codes).id)] { return statusOf(p.codings().add(c)); }};
    case CodeWithNewCode: {
        if (texts.isEmpty())
            break;
        const NewCode code{s.name("ny kod"), std::nullopt, {}, {}};
        // As the editor codes with a new code: both in one transaction, one undo step.
        return {"code-with-new-code", [&p, code, c = s.range(r.pick(texts), 0)]() -> Status {
                    Transaction tx(p.database());
                    if (!tx.isActive())
                        return tx.beginStatus();
                    Result<CodeId> id = p.codes().add(code);
                    if (!id)
                        return id.takeError();
                    NewCoding coding = c;
                    coding.codeId = *id;
                    if (Result<CodingId> added = p.codings().add(coding); !added)
                        return added.takeError();
                    return tx.commit();
                }};
    }
    case CodeSearchHits: {
        if (s.codes.isEmpty())
            break;
        SearchOptions options;
        options.limit = int(20 + r.below(300));
        Result<QList<SearchHit>> hits = TextSearch(p.database()).find(r.pick(searchTerms), options);
        if (!hits || hits->isEmpty())
            break;
        QList<NewCoding> codings;
        const CodeId code = r.pick(s.codes).id;
        for (const SearchHit &h : *hits)
            codings.append(NewCoding{h.source, code, h.start, h.end});
        return {"code-search-hits", [&p, codings] { return statusOf(p.codings().addAll(codings)); }};
    }
    case RestoreCodings: {
        // Codings that come back with GUIDs and times of their own, as an interchange import or a redo
        // brings them: many rows at once, which CodingStore inserts with its indexes set aside.
        if (s.codings.isEmpty() || s.codes.isEmpty())
            break;
        QList<Coding> restored;
        const qint64 count = 1 + r.below(std::min<qint64>(600, s.codings.size() * 3));
        for (qint64 i = 0; i < count; ++i) {
            Coding c = r.pick(s.codings);
            c.id = 0;
            c.guid = r.guid();
            c.codeId = r.pick(s.codes).id;
            c.coderId = p.coder();
            c.createdAt = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC).addSecs(r.below(86400));
            c.exemplar = r.chance(10);
            restored.append(c);
        }
        return {"restore-codings", [&p, restored] { return p.codings().restore(restored); }};
    }
    case SetBounds: {
        if (s.codings.isEmpty())
            break;
        const Coding c = r.pick(s.codings);
        const auto source = std::find_if(s.sources.begin(), s.sources.end(),
                                         [&c](const SourceInfo &i) { return i.id == c.sourceId; });
        const NewCoding moved = s.range(*source, c.codeId);
        return {"set-bounds", [&p, id = c.id, moved] { return p.codings().setBounds(id, moved.start, moved.end); }};
    }
    case Recode: {
        // A coding given to another code: removed and added again in one transaction.
        if (s.codings.isEmpty() || s.codes.size() < 2)
            break;
        const Coding c = r.pick(s.codings);
        const NewCoding recoded{c.sourceId, r.pick(s.codes).id, c.start, c.end};
        return {"recode", [&p, id = c.id, recoded]() -> Status {
                    Transaction tx(p.database());
                    if (!tx.isActive())
                        return tx.beginStatus();
                    if (Status st = p.codings().remove(id); !st)
                        return st;
                    if (Result<CodingId> added = p.codings().add(recoded); !added)
                        return added.takeError();
                    return tx.commit();
                }};
    }
    case SetExemplar: {
        if (s.codings.isEmpty())
            break;
        const Coding c = r.pick(s.codings);
        return {"set-exemplar", [&p, c] { return p.codings().setExemplar(c.id, !c.exemplar); }};
    }
    case RemoveCoding:
        if (s.codings.isEmpty())
            break;
        return {"remove-coding", [&p, id = r.pick(s.codings).id] { return p.codings().remove(id); }};
    case RenameCode:
        if (s.codes.isEmpty())
            break;
        return {"rename-code", [&p, id = r.pick(s.codes).id, name = s.name("omdöpt kod")] { return p.codes().rename(id, name); }};
    case SetCodeDetails: {
        if (s.codes.isEmpty())
            break;
        const CodeDetails details{s.name("Definition"), s.name("Använd när"), s.name("Inte när"),
                                  s.name("”Exempel…”")};
        return {"set-code-details", [&p, id = r.pick(s.codes).id, details] { return p.codes().setDetails(id, details); }};
    }
    case SetCodeColor:
        if (s.codes.isEmpty())
            break;
        return {"set-code-color", [&p, id = r.pick(s.codes).id, color = CodeStore::paletteColor(int(r.below(40)))] {
                    return p.codes().setColor(id, color);
                }};
    case MoveCode: {
        if (s.codes.isEmpty())
            break;
        const CodeId id = r.pick(s.codes).id;
        const QList<Code> parents = s.outside(id);
        std::optional<CodeId> parent;
        if (!parents.isEmpty() && r.chance(60))
            parent = r.pick(parents).id;
        return {"move-code", [&p, id, parent, index = int(r.below(6))] { return statusOf(p.codes().move(id, parent, index)); }};
    }
    case MergeCodes: {
        if (s.codes.size() < 2)
            break;
        const CodeId from = r.pick(s.codes).id;
        const QList<Code> targets = s.outside(from);
        if (targets.isEmpty())
            break;
        return {"merge-codes", [&p, from, into = r.pick(targets).id] { return statusOf(p.codes().merge(from, into)); }};
    }
    case RemoveCode:
        if (s.codes.size() < 4)
            break;
        return {"remove-code", [&p, id = r.pick(s.codes).id] { return p.codes().remove(id); }};
    case AddTheme: {
        std::optional<ThemeId> dimension;
        if (!dimensions.isEmpty() && r.chance(60))
            dimension = r.pick(dimensions).id;
        return {"add-theme", [&p, dimension, name = s.name("tema"), definition = s.name("Temat handlar om")] {
                    return statusOf(p.themes().addTheme(name, dimension, definition));
                }};
    }
    case AddDimension:
        return {"add-dimension", [&p, name = s.name("dimension")] { return statusOf(p.themes().addDimension(name)); }};
    case RenameTheme:
        if (s.themes.isEmpty())
            break;
        return {"rename-theme", [&p, id = r.pick(s.themes).id, name = s.name("omdöpt tema")] { return p.themes().rename(id, name); }};
    case MoveTheme: {
        if (s.themes.isEmpty())
            break;
        const Theme t = r.pick(s.themes);
        std::optional<ThemeId> dimension;
        if (t.kind == Theme::Kind::Theme && !dimensions.isEmpty() && r.chance(70))
            dimension = r.pick(dimensions).id;
        return {"move-theme", [&p, id = t.id, dimension, index = int(r.below(5))] {
                    return statusOf(p.themes().move(id, dimension, index));
                }};
    }
    case SetThemeStatus:
        if (s.themes.isEmpty())
            break;
        return {"set-theme-status", [&p, id = r.pick(s.themes).id, status = Theme::Status(r.below(3))] {
                    return p.themes().setStatus(id, status);
                }};
    case SetThemeDefinition:
        if (s.themes.isEmpty())
            break;
        return {"set-theme-definition", [&p, id = r.pick(s.themes).id, text = s.name("Ny definition")] {
                    return p.themes().setDefinition(id, text);
                }};
    case AssignCode:
        if (plainThemes.isEmpty() || s.codes.isEmpty())
            break;
        return {"assign-code", [&p, code = r.pick(s.codes).id, theme = r.pick(plainThemes).id] {
                    return statusOf(p.themes().assignCode(code, theme));
                }};
    case UnassignCode:
        if (s.codes.isEmpty())
            break;
        return {"unassign-code", [&p, code = r.pick(s.codes).id] { return statusOf(p.themes().assignCode(code, std::nullopt)); }};
    case RemoveTheme:
        if (s.themes.isEmpty())
            break;
        return {"remove-theme", [&p, id = r.pick(s.themes).id] { return statusOf(p.themes().remove(id)); }};
    case AddMemo: {
        QList<MemoTarget> targets{MemoTarget::project()};
        if (!s.sources.isEmpty())
            targets.append(MemoTarget::source(r.pick(s.sources).id));
        if (!s.codes.isEmpty())
            targets.append(MemoTarget::code(r.pick(s.codes).id));
        if (!s.codings.isEmpty())
            targets.append(MemoTarget::coding(r.pick(s.codings).id));
        if (!s.themes.isEmpty())
            targets.append(MemoTarget::theme(r.pick(s.themes).id));
        const NewMemo memo{r.pick(targets), s.name("Memo"), s.name("Tanke om samverkan, mandat och tid. Nr")};
        return {"add-memo", [&p, memo] { return statusOf(p.memos().add(memo)); }};
    }
    case EditMemo:
        if (s.memos.isEmpty())
            break;
        return {"edit-memo", [&p, id = r.pick(s.memos).id, title = s.name("Ändrat memo"), body = s.name("Omskrivet…")] {
                    return p.memos().setText(id, title, body);
                }};
    case RemoveMemo:
        if (s.memos.isEmpty())
            break;
        return {"remove-memo", [&p, id = r.pick(s.memos).id] { return p.memos().remove(id); }};
    case RenameSource:
        if (s.sources.isEmpty())
            break;
        return {"rename-source", [&p, id = r.pick(s.sources).id, name = s.name("källa")] { return p.sources().rename(id, name); }};
    case RemoveSource:
        if (s.sources.size() < 5)
            break;
        return {"remove-source", [&p, id = r.pick(s.sources).id] { return p.sources().remove(id); }};
    case KindCount:
        break;
    }
    std::optional<CodeId> parent;
    if (!s.codes.isEmpty() && r.chance(30))
        parent = r.pick(s.codes).id;
    return {"add-code", [&p, code = NewCode{s.name("kod"), parent, {}, s.name("Koden betyder")}] {
                return statusOf(p.codes().add(code));
            }};
}

} // namespace

CrashScript::CrashScript(quint64 seed, QString folder) : m_seed(seed), m_folder(std::move(folder)) {}

Status CrashScript::prepare(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("cannot make %1").arg(folder)};
    const QString data = QStringLiteral(TEMATIK_TEST_DATA);
    QStringList copies;
    for (const QString &f : corpusFiles + QStringList{participants})
        copies.append(QStringLiteral("corpus/") + f);
    copies << QStringLiteral("refi-qda/") + refiProject << QStringLiteral("refi-qda/") + refiCodebook;
    for (const QString &c : copies) {
        QFile in(data + u'/' + c);
        if (!in.open(QIODevice::ReadOnly))
            return Error{in.errorString()};
        if (Status s = AtomicFile::write(in.readAll(), folder + u'/' + c.section(u'/', -1)); !s)
            return s;
    }
    QFile focus(data + QStringLiteral("/corpus/focusgroup.txt"));
    if (!focus.open(QIODevice::ReadOnly))
        return Error{focus.errorString()};
    const QByteArray text = focus.readAll();
    QByteArray large;
    for (int i = 0; i < largeCopies; ++i)
        large += text + '\n';
    return AtomicFile::write(large, folder + u'/' + largeTranscript);
}

Status CrashScript::run(Project &project, int n, const std::function<void(const char *kind)> &starting) const
{
    Random random(mix(m_seed ^ mix(quint64(n))));
    State state{project, m_folder, random, n};
    const Step step = choose(state);
    if (starting)
        starting(step.kind);
    return step.write();
}

} // namespace tematik::test
