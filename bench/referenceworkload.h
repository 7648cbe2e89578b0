#pragma once

#include "core/model/ids.h"
#include "core/result.h"
#include "core/store/codingstore.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tematik {

class Project;

// The fixed corpus the benchmark measures. The reference size is a large real study: 20 Swedish-like
// interview transcripts ("I:" / "IP:" turns), a codebook of 20 categories with 10 child codes each, and
// 20,000 codings on the child codes (categories only group them, as analysts use them). The large size
// is ten times a large project and more: 500 transcripts of about 10 million words (most of 10–30
// thousand words, the largest of 140 thousand), 1,000 codes in 100 groups of 10 under 20 categories,
// and 1,000,000 codings. Both come from the same generator and one fixed seed, so every run on every
// machine measures the same work.
class ReferenceWorkload
{
public:
    enum class Size
    {
        Reference,
        Large
    };

    // The reference size's figures, which generate() checks it hits exactly.
    static constexpr qint64 referenceCharacters = 1'322'144;
    static constexpr qint64 referenceLargestCharacters = 79'174;
    // 20,000 × 79,174 / 1,322,144 = 1,197.66, which largest-remainder apportionment rounds up.
    static constexpr int referenceCodingsInLargest = 1'198;
    // Every coded code has this many siblings under one parent: a category at the reference size, a
    // group within a category at the large size.
    static constexpr int codesPerGroup = 10;

    struct Document
    {
        QString fileName;
        QString text;
        int turns = 0;
        qint64 characters = 0; // code points
    };

    // A coding by index into documents() and the child codes; start and end in code points.
    struct PlannedCoding
    {
        int document = 0;
        int childCode = 0;
        qint64 start = 0;
        qint64 end = 0;
    };

    // Fails only when the generator misses its own targets, which would make figures incomparable.
    static Result<ReferenceWorkload> generate(Size size = Size::Reference);
    // The workload `factor` times over, as a study with that many times the interviews: every document
    // copied factor times under its own file name, each copy coded as the original, the codebook the
    // same. The largest document and busiest code stay those of the first copy.
    ReferenceWorkload scaled(int factor) const;
    Size size() const { return m_size; }
    int scale() const { return m_scale; }
    qint64 characters() const { return m_characters; }
    qint64 words() const { return m_words; }
    qsizetype plannedCodings() const { return m_codings.size(); }
    int categoryCount() const { return m_categories; }
    // Groups of codesPerGroup codes in each category; 1 when the codes sit right under the categories.
    int groupsPerCategory() const { return m_groupsPerCategory; }
    // The codes that get codings, and all the codebook's entries with the categories and groups.
    int codeCount() const { return m_categories * m_groupsPerCategory * codesPerGroup; }
    int codebookEntries() const;

    const QList<Document> &documents() const { return m_documents; }
    int largestDocument() const { return m_largest; }
    qint64 largestCharacters() const { return m_documents.at(m_largest).characters; }
    int codingsInLargest() const { return m_codingsPerDocument.at(m_largest); }
    int busiestChildCode() const { return m_busiestCode; }
    int codingsOfBusiestCode() const { return m_busiestCodeCodings; }
    // The group of codesPerGroup codes with the most codings (child codes busiestGroup() × codesPerGroup
    // onwards), which the large workload's busiest theme holds.
    int busiestGroup() const { return m_busiestGroup; }
    // The name of the theme made of a group's codes.
    QString themeName(int group) const;

    // Writes every document as UTF-8 into folder; the paths come back in document order.
    Result<QStringList> writeFiles(const QString &folder) const;
    // Adds the codebook one code at a time, as a user builds it; returns the child codes' ids in order.
    Result<QList<CodeId>> addCodebook(Project &project) const;
    // The child codes' ids of a project that addCodebook() filled: the codes without children, in order
    // of id. Fails when the project's codebook has another shape.
    Result<QList<CodeId>> childCodes(Project &project) const;
    // The planned codings for a project holding the documents as sources (in document order).
    QList<NewCoding> codings(const QList<SourceId> &sources, const QList<CodeId> &childCodes) const;

private:
    QList<Document> m_documents;
    QList<PlannedCoding> m_codings;
    QList<int> m_codingsPerDocument;
    Size m_size = Size::Reference;
    qint64 m_characters = 0;
    qint64 m_words = 0;
    int m_categories = 0;
    int m_groupsPerCategory = 1;
    int m_busiestGroup = 0;
    int m_largest = 0;
    int m_busiestCode = 0;
    int m_busiestCodeCodings = 0;
    int m_scale = 1;
};

} // namespace tematik
