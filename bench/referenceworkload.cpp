#include "bench/referenceworkload.h"

#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/text/codepointindex.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <numeric>
#include <random>
#include <string_view>
#include <utility>

namespace tematik {
namespace {

using namespace std::string_view_literals;
using Rng = std::mt19937_64;

constexpr Rng::result_type seed = 20261122;

// Words of every length from 1 to the longest, so that any turn can be closed at an exact length.
// All of them lie in the Basic Multilingual Plane, so UTF-16 lengths equal code-point lengths here.
constexpr std::array vocabulary{
    u"å"sv, u"i"sv, u"ö"sv, u"är"sv, u"på"sv, u"så"sv, u"nu"sv, u"om"sv, u"en"sv, u"av"sv, u"ja"sv,
    u"vi"sv, u"ni"sv, u"och"sv, u"att"sv, u"det"sv, u"som"sv, u"för"sv, u"med"sv, u"man"sv, u"när"sv,
    u"får"sv, u"går"sv, u"där"sv, u"här"sv, u"mer"sv, u"nog"sv, u"väl"sv, u"hon"sv, u"han"sv, u"jag"sv,
    u"mig"sv, u"sin"sv, u"bra"sv, u"nån"sv, u"även"sv, u"bara"sv, u"inte"sv, u"våra"sv, u"göra"sv,
    u"både"sv, u"från"sv, u"över"sv, u"ändå"sv, u"ofta"sv, u"alla"sv, u"stöd"sv, u"chef"sv, u"själ"sv,
    u"också"sv, u"själv"sv, u"känns"sv, u"tänka"sv, u"dålig"sv, u"möten"sv, u"hälsa"sv, u"tycka"sv,
    u"säger"sv, u"några"sv, u"månad"sv, u"kunde"sv, u"efter"sv, u"kanske"sv, u"alltså"sv, u"rädsla"sv,
    u"vården"sv, u"försök"sv, u"lärare"sv, u"tjänst"sv, u"behöva"sv, u"skulle"sv, u"ansvar"sv,
    u"nästan"sv, u"mående"sv, u"större"sv, u"arbetet"sv, u"känslan"sv, u"därför"sv, u"kollega"sv,
    u"började"sv, u"förstår"sv, u"uppdrag"sv, u"kunskap"sv, u"förändra"sv, u"tidigare"sv, u"samtalet"sv,
    u"påverkar"sv, u"trygghet"sv, u"möjlighet"sv, u"samhället"sv, u"ledningen"sv, u"framtiden"sv,
    u"svårighet"sv, u"ledarskap"sv, u"föräldrar"sv, u"kollegorna"sv, u"utbildning"sv, u"skillnaden"sv,
    u"erfarenhet"sv, u"stämningen"sv, u"tillsammans"sv, u"situationen"sv, u"handledning"sv,
    u"arbetsplats"sv, u"möjligheten"sv, u"föräldrarna"sv, u"arbetsmiljön"sv, u"återhämtning"sv,
    u"verksamheten"sv, u"medarbetarna"sv, u"förväntningar"sv, u"sjukskrivning"sv, u"oroligheter"sv,
    u"organisationen"sv, u"förändringarna"sv, u"beslutsfattare"sv, u"ansvarsområdet"sv,
    u"arbetskamrater"sv, u"arbetsuppgifter"sv, u"förutsättningar"sv, u"självständighet"sv,
    u"kommunikationen"sv, u"överenskommelse"sv,
};

constexpr qsizetype longestWord = [] {
    size_t longest = 0;
    for (const std::u16string_view word : vocabulary)
        longest = std::max(longest, word.size());
    return qsizetype(longest);
}();

constexpr bool vocabularyIsUsable()
{
    for (qsizetype length = 1; length <= longestWord; ++length) {
        bool found = false;
        for (const std::u16string_view word : vocabulary)
            found = found || qsizetype(word.size()) == length;
        if (!found)
            return false;
    }
    for (const std::u16string_view word : vocabulary) {
        for (const char16_t ch : word) {
            if (ch >= 0xD800 && ch <= 0xDFFF)
                return false;
        }
    }
    return true;
}
static_assert(vocabularyIsUsable(), "every word length up to the longest, and BMP characters only");

constexpr std::array categoryNames{
    u"Arbetsmiljö"sv, u"Ledarskap"sv,    u"Hälsa"sv,     u"Återhämtning"sv, u"Förändring"sv,
    u"Samverkan"sv,   u"Kompetens"sv,    u"Digitalisering"sv, u"Trygghet"sv, u"Delaktighet"sv,
    u"Ekonomi"sv,     u"Familj"sv,       u"Boende"sv,    u"Framtid"sv,      u"Identitet"sv,
    u"Kommunikation"sv, u"Motivation"sv, u"Stress"sv,    u"Tillit"sv,       u"Värderingar"sv,
};
constexpr std::array childNames{
    u"Erfarenheter"sv, u"Hinder"sv, u"Möjligheter"sv,   u"Känslor"sv,    u"Strategier"sv,
    u"Stöd"sv,         u"Krav"sv,   u"Förväntningar"sv, u"Konflikter"sv, u"Lärdomar"sv,
};
// At the large size, each category holds these groups, and each group the child codes.
constexpr std::array groupNames{u"Individ"sv, u"Grupp"sv, u"Organisation"sv, u"Samhälle"sv, u"Över tid"sv};
static_assert(childNames.size() == ReferenceWorkload::codesPerGroup);

// What a size fixes besides its document lengths.
struct Shape
{
    int documents = 0;
    int codings = 0;
    int groupsPerCategory = 1;
};

Shape shapeOf(ReferenceWorkload::Size size)
{
    if (size == ReferenceWorkload::Size::Large)
        return {500, 1'000'000, int(groupNames.size())};
    return {20, 20'000, 1};
}

QStringView view(std::u16string_view s)
{
    return QStringView(s.data(), qsizetype(s.size()));
}

// The standard distributions are implemented differently by each standard library; mapping the
// engine's output by hand keeps the corpus identical everywhere. The modulo bias is far below
// anything a timing could show.
qint64 below(Rng &rng, qint64 n)
{
    return qint64(rng() % quint64(n));
}

qint64 between(Rng &rng, qint64 low, qint64 high)
{
    return low + below(rng, high - low + 1);
}

double unitInterval(Rng &rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

template<typename T>
void shuffle(Rng &rng, QList<T> &items)
{
    for (qsizetype i = items.size() - 1; i > 0; --i)
        std::swap(items[i], items[below(rng, i + 1)]);
}

const QList<QList<QStringView>> &wordsByLength()
{
    static const QList<QList<QStringView>> table = [] {
        QList<QList<QStringView>> byLength(longestWord + 1);
        for (const std::u16string_view word : vocabulary)
            byLength[qsizetype(word.size())].append(view(word));
        return byLength;
    }();
    return table;
}

QStringView wordOfLength(Rng &rng, qsizetype length)
{
    const QList<QStringView> &words = wordsByLength().at(length);
    return words.at(below(rng, words.size()));
}

// A document while it is written, with the UTF-16 span of every word a coding may start or end at.
struct Draft
{
    QString text;
    QList<std::pair<qsizetype, qsizetype>> words;
};

void appendWord(Draft &draft, QStringView word, bool capital)
{
    const qsizetype start = draft.text.size();
    if (capital) {
        draft.text += word.front().toUpper();
        draft.text += word.sliced(1);
    } else {
        draft.text += word;
    }
    draft.words.append({start, draft.text.size()});
}

// Long enough for appendBody to close on an exact length with at most two words.
constexpr qsizetype shortestBody = 2 * longestWord + 4;

// Writes sentences of exactly length characters. Turn lengths, and so document lengths, are chosen
// first and the words are made to fit, so the corpus hits its character counts to the unit.
void appendBody(Draft &draft, Rng &rng, qsizetype length, QChar sentenceEnd)
{
    qsizetype left = length;
    bool firstWord = true;
    bool capital = true;
    int wordsInSentence = 0;
    // Each pass writes at most a space, a word and a mark (longestWord + 2), so the loop leaves
    // between longestWord + 2 and 2 * longestWord + 3 characters for the close below. Since length is
    // at least shortestBody, the loop runs at least once and the close always starts with a space.
    while (left > 2 * longestWord + 3) {
        if (!firstWord) {
            draft.text += u' ';
            --left;
        }
        firstWord = false;
        const QStringView word = view(vocabulary[size_t(below(rng, qint64(vocabulary.size())))]);
        appendWord(draft, word, capital);
        left -= word.size();
        capital = false;
        ++wordsInSentence;
        if (wordsInSentence >= 4 && below(rng, 8) == 0) {
            draft.text += sentenceEnd;
            --left;
            capital = true;
            wordsInSentence = 0;
        } else if (wordsInSentence >= 2 && below(rng, 12) == 0) {
            draft.text += u',';
            --left;
        }
    }
    // A space, one or two words, and the closing mark.
    const qsizetype letters = left - 2;
    draft.text += u' ';
    if (letters <= longestWord) {
        appendWord(draft, wordOfLength(rng, letters), capital);
    } else {
        const qsizetype firstLength = (letters - 1) / 2;
        appendWord(draft, wordOfLength(rng, firstLength), capital);
        draft.text += u' ';
        appendWord(draft, wordOfLength(rng, letters - 1 - firstLength), false);
    }
    draft.text += sentenceEnd;
}

// A transcript of exactly length characters: a title paragraph, then turns that alternate between
// the interviewer's short questions and the interviewee's longer answers, one paragraph each.
Draft writeTranscript(Rng &rng, int number, qsizetype length, int &turns)
{
    // The interviewer's questions are the shortest bodies written before the last turn.
    constexpr qsizetype shortestQuestion = 40;
    static_assert(shortestQuestion >= shortestBody);
    // What follows a turn that is not the last must hold a whole last turn, even under "IP: ".
    constexpr qsizetype reserve = 300;
    static_assert(reserve - qsizetype(sizeof("\nIP: \n") - 1) >= shortestBody);

    Draft draft;
    draft.text = QStringLiteral("Intervju %1\n").arg(number, 2, 10, QLatin1Char('0'));
    draft.text.reserve(length);
    turns = 0;
    bool interviewer = true;
    for (bool last = false; !last; interviewer = !interviewer) {
        const QLatin1String label = interviewer ? QLatin1String("I") : QLatin1String("IP");
        // The blank line before the turn, ": " after its label, and its line end.
        const qsizetype overhead = label.size() + 4;
        const qsizetype wanted = interviewer ? between(rng, shortestQuestion, 220) : between(rng, 120, 1400);
        const qsizetype left = length - draft.text.size();
        last = left - overhead - wanted < reserve;
        draft.text += u'\n';
        draft.text += label;
        draft.text += QLatin1String(": ");
        appendBody(draft, rng, last ? left - overhead : wanted, interviewer ? u'?' : u'.');
        draft.text += u'\n';
        ++turns;
    }
    return draft;
}

// Raises (or lowers) the lengths alike until they add up to total, spreading the remainder over the first.
void fitTotal(QList<qint64> &lengths, qint64 total)
{
    const qint64 count = lengths.size();
    const qint64 missing = total - std::accumulate(lengths.cbegin(), lengths.cend(), qint64(0));
    const qint64 each = missing / count;
    const qint64 rest = missing % count; // of the sign of missing
    for (qint64 i = 0; i < count; ++i)
        lengths[i] += each + (i < std::abs(rest) ? (rest < 0 ? -1 : 1) : 0);
}

// Reference: the largest document has its fixed length; the others are spread evenly over
// 55,000–75,000 characters and then raised alike until the total is exact. Large: most documents are
// of 80,000–237,000 characters (10–30 thousand words of about 7.9 characters with their space and
// marks; the reference corpus has 7.92 characters a word), four are long (400,000–900,000) and the
// largest has 1,100,000 (about 140 thousand words); the ordinary ones are then moved alike until the
// total is 79,200,000 (about 10 million words).
QList<qint64> documentLengths(Rng &rng, ReferenceWorkload::Size size)
{
    QList<qint64> lengths;
    if (size == ReferenceWorkload::Size::Reference) {
        constexpr int others = 19;
        for (int i = 0; i < others; ++i)
            lengths.append(55'000 + qint64(i) * 20'000 / (others - 1));
        fitTotal(lengths, ReferenceWorkload::referenceCharacters - ReferenceWorkload::referenceLargestCharacters);
        lengths.append(ReferenceWorkload::referenceLargestCharacters);
    } else {
        const QList<qint64> longOnes{400'000, 550'000, 700'000, 900'000, 1'100'000};
        for (int i = 0; i < shapeOf(size).documents - int(longOnes.size()); ++i)
            lengths.append(between(rng, 80'000, 237'000));
        fitTotal(lengths, 79'200'000 - std::accumulate(longOnes.cbegin(), longOnes.cend(), qint64(0)));
        lengths.append(longOnes);
    }
    // So that the largest document is not simply the last one imported.
    shuffle(rng, lengths);
    return lengths;
}

// Largest-remainder (Hamilton) apportionment of total over the documents by length: each gets the
// floor of its exact share, and what is left over goes to the largest fractions, earlier documents
// first on a tie.
QList<int> apportion(const QList<qint64> &lengths, int total)
{
    const qint64 sum = std::accumulate(lengths.cbegin(), lengths.cend(), qint64(0));
    QList<int> counts;
    QList<qint64> remainders;
    for (const qint64 length : lengths) {
        counts.append(int(total * length / sum));
        remainders.append(total * length % sum);
    }
    QList<int> order(lengths.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return remainders[a] > remainders[b]; });
    const int leftOver = total - std::accumulate(counts.cbegin(), counts.cend(), 0);
    for (int k = 0; k < leftOver; ++k)
        ++counts[order[k]];
    return counts;
}

} // namespace

Result<ReferenceWorkload> ReferenceWorkload::generate(Size size)
{
    Rng rng(seed);
    ReferenceWorkload w;
    const Shape shape = shapeOf(size);
    w.m_size = size;
    w.m_categories = int(categoryNames.size());
    w.m_groupsPerCategory = shape.groupsPerCategory;

    const QList<qint64> lengths = documentLengths(rng, size);
    w.m_largest = int(std::max_element(lengths.cbegin(), lengths.cend()) - lengths.cbegin());
    w.m_characters = std::accumulate(lengths.cbegin(), lengths.cend(), qint64(0));
    QList<QList<std::pair<qint64, qint64>>> wordsInCodePoints;
    for (int d = 0; d < shape.documents; ++d) {
        Document doc;
        doc.fileName = QStringLiteral("intervju-%1.txt").arg(d + 1, shape.documents > 99 ? 3 : 2, 10, QLatin1Char('0'));
        Draft draft = writeTranscript(rng, d + 1, lengths[d], doc.turns);
        // Stored positions are code points; converting keeps the generator right should a word ever
        // leave the BMP, though today both counts agree.
        const CodePointIndex index(draft.text);
        if (index.codePointCount() != lengths[d])
            return Error{QStringLiteral("%1 came out at %2 characters instead of %3")
                             .arg(doc.fileName)
                             .arg(index.codePointCount())
                             .arg(lengths[d])};
        QList<std::pair<qint64, qint64>> words;
        words.reserve(draft.words.size());
        for (const auto &[start, end] : std::as_const(draft.words))
            words.append({index.toCodePoint(start), index.toCodePoint(end)});
        w.m_words += words.size();
        wordsInCodePoints.append(std::move(words));
        doc.characters = lengths[d];
        doc.text = std::move(draft.text);
        w.m_documents.append(std::move(doc));
    }

    w.m_codingsPerDocument = apportion(lengths, shape.codings);
    if (size == Size::Reference
        && (w.m_characters != referenceCharacters || w.codingsInLargest() != referenceCodingsInLargest))
        return Error{QStringLiteral("%1 characters, and the largest document got %2 codings instead of %3")
                         .arg(w.m_characters)
                         .arg(w.codingsInLargest())
                         .arg(referenceCodingsInLargest)};

    // Code use follows Zipf's law, as in real projects a few codes carry much of the coding; the ranks
    // are shuffled so that the busiest code is not simply the first child of the first category.
    const int childCodeCount = w.codeCount();
    QList<int> codeOfRank(childCodeCount);
    std::iota(codeOfRank.begin(), codeOfRank.end(), 0);
    shuffle(rng, codeOfRank);
    QList<double> cumulative;
    double weight = 0;
    for (int rank = 0; rank < childCodeCount; ++rank)
        cumulative.append(weight += 1.0 / (rank + 1));

    QList<int> perCode(childCodeCount, 0);
    w.m_codings.reserve(shape.codings);
    for (int d = 0; d < shape.documents; ++d) {
        const QList<std::pair<qint64, qint64>> &words = wordsInCodePoints[d];
        for (int k = 0; k < w.m_codingsPerDocument[d]; ++k) {
            const qint64 first = below(rng, words.size());
            const qint64 last = std::min<qint64>(first + between(rng, 1, 60) - 1, words.size() - 1);
            const double u = unitInterval(rng) * weight;
            const auto rank = std::upper_bound(cumulative.cbegin(), cumulative.cend(), u) - cumulative.cbegin();
            const int code = codeOfRank[std::min<qsizetype>(rank, childCodeCount - 1)];
            ++perCode[code];
            w.m_codings.append(PlannedCoding{d, code, words[first].first, words[last].second});
        }
    }
    w.m_busiestCode = int(std::max_element(perCode.cbegin(), perCode.cend()) - perCode.cbegin());
    w.m_busiestCodeCodings = perCode[w.m_busiestCode];
    QList<int> perGroup(childCodeCount / codesPerGroup, 0);
    for (int code = 0; code < childCodeCount; ++code)
        perGroup[code / codesPerGroup] += perCode[code];
    w.m_busiestGroup = int(std::max_element(perGroup.cbegin(), perGroup.cend()) - perGroup.cbegin());
    return w;
}

ReferenceWorkload ReferenceWorkload::scaled(int factor) const
{
    ReferenceWorkload w = *this;
    w.m_scale = m_scale * factor;
    w.m_characters = m_characters * factor;
    w.m_words = m_words * factor;
    const qsizetype documents = m_documents.size();
    for (int copy = 1; copy < factor; ++copy) {
        for (qsizetype d = 0; d < documents; ++d) {
            Document doc = m_documents[d];
            doc.fileName = QStringLiteral("intervju-%1-%2.txt")
                               .arg(d + 1, 2, 10, QLatin1Char('0'))
                               .arg(copy + 1, 3, 10, QLatin1Char('0'));
            w.m_documents.append(std::move(doc));
            w.m_codingsPerDocument.append(m_codingsPerDocument[d]);
        }
        for (const PlannedCoding &c : m_codings)
            w.m_codings.append(PlannedCoding{int(c.document + copy * documents), c.childCode, c.start, c.end});
    }
    w.m_busiestCodeCodings = m_busiestCodeCodings * factor;
    return w;
}

Result<QStringList> ReferenceWorkload::writeFiles(const QString &folder) const
{
    QStringList paths;
    for (const Document &doc : m_documents) {
        const QString path = QDir(folder).filePath(doc.fileName);
        QFile file(path);
        const QByteArray bytes = doc.text.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
            return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
        paths.append(path);
    }
    return paths;
}

int ReferenceWorkload::codebookEntries() const
{
    const int groups = m_groupsPerCategory > 1 ? m_categories * m_groupsPerCategory : 0;
    return m_categories + groups + codeCount();
}

QString ReferenceWorkload::themeName(int group) const
{
    const QString category = view(categoryNames[size_t(group / m_groupsPerCategory)]).toString();
    if (m_groupsPerCategory == 1)
        return category;
    return category + QLatin1String(": ") + view(groupNames[size_t(group % m_groupsPerCategory)]).toString();
}

Result<QList<CodeId>> ReferenceWorkload::addCodebook(Project &project) const
{
    const auto add = [&](QStringView name, std::optional<CodeId> parent) {
        NewCode code;
        code.name = name.toString();
        code.parentId = parent;
        return project.codes().add(code);
    };
    QList<CodeId> children;
    for (const std::u16string_view categoryName : categoryNames) {
        Result<CodeId> category = add(view(categoryName), std::nullopt);
        if (!category)
            return category.takeError();
        for (int g = 0; g < m_groupsPerCategory; ++g) {
            Result<CodeId> parent = category;
            if (m_groupsPerCategory > 1)
                parent = add(view(groupNames[size_t(g)]), *category);
            if (!parent)
                return parent.takeError();
            for (const std::u16string_view childName : childNames) {
                Result<CodeId> id = add(view(childName), *parent);
                if (!id)
                    return id.takeError();
                children.append(*id);
            }
        }
    }
    return children;
}

Result<QList<CodeId>> ReferenceWorkload::childCodes(Project &project) const
{
    const QList<Code> codes = project.codes().list();
    QSet<CodeId> parents;
    for (const Code &code : codes) {
        if (code.parentId)
            parents.insert(*code.parentId);
    }
    QList<CodeId> children;
    for (const Code &code : codes) {
        if (!parents.contains(code.id))
            children.append(code.id);
    }
    std::sort(children.begin(), children.end());
    if (children.size() != codeCount() || codes.size() != codebookEntries())
        return Error{QStringLiteral("the codebook has %1 entries and %2 codes without children, not %3 and %4")
                         .arg(codes.size())
                         .arg(children.size())
                         .arg(codebookEntries())
                         .arg(codeCount())};
    return children;
}

QList<NewCoding> ReferenceWorkload::codings(const QList<SourceId> &sources, const QList<CodeId> &childCodes) const
{
    QList<NewCoding> result;
    result.reserve(m_codings.size());
    for (const PlannedCoding &c : m_codings)
        result.append(NewCoding{sources.at(c.document), childCodes.at(c.childCode), c.start, c.end});
    return result;
}

} // namespace tematik
