#pragma once

#include "core/model/ids.h"
#include "core/result.h"
#include "core/store/codingstore.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tematik {

class Project;

// The fixed corpus the benchmark measures, sized like a large real study: 20 Swedish-like interview
// transcripts ("I:" / "IP:" turns), a codebook of 20 categories with 10 child codes each, and 20,000
// codings on the child codes (categories only group them, as analysts use them). Everything comes
// from one fixed seed, so every run on every machine measures the same work.
class ReferenceWorkload
{
public:
    static constexpr int documentCount = 20;
    static constexpr qint64 totalCharacters = 1'322'144;
    static constexpr qint64 largestCharacters = 79'174;
    static constexpr int categoryCount = 20;
    static constexpr int childrenPerCategory = 10;
    static constexpr int childCodeCount = categoryCount * childrenPerCategory;
    static constexpr int codingCount = 20'000;
    // 20,000 × 79,174 / 1,322,144 = 1,197.66, which largest-remainder apportionment rounds up.
    static constexpr int expectedCodingsInLargest = 1'198;

    struct Document
    {
        QString fileName;
        QString text;
        int turns = 0;
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
    static Result<ReferenceWorkload> generate();
    // The workload `factor` times over, as a study with that many times the interviews: every document
    // copied factor times under its own file name, each copy coded as the original, the codebook the
    // same. The largest document and busiest code stay those of the first copy.
    ReferenceWorkload scaled(int factor) const;
    int scale() const { return m_scale; }
    qint64 characters() const { return totalCharacters * m_scale; }
    qsizetype plannedCodings() const { return m_codings.size(); }

    const QList<Document> &documents() const { return m_documents; }
    int largestDocument() const { return m_largest; }
    int codingsInLargest() const { return m_codingsPerDocument.at(m_largest); }
    int busiestChildCode() const { return m_busiestCode; }
    int codingsOfBusiestCode() const { return m_busiestCodeCodings; }

    // Writes every document as UTF-8 into folder; the paths come back in document order.
    Result<QStringList> writeFiles(const QString &folder) const;
    // Adds the codebook one code at a time, as a user builds it; returns the child codes' ids in order.
    Result<QList<CodeId>> addCodebook(Project &project) const;
    // The planned codings for a project holding the documents as sources (in document order).
    QList<NewCoding> codings(const QList<SourceId> &sources, const QList<CodeId> &childCodes) const;

private:
    QList<Document> m_documents;
    QList<PlannedCoding> m_codings;
    QList<int> m_codingsPerDocument;
    int m_largest = 0;
    int m_busiestCode = 0;
    int m_busiestCodeCodings = 0;
    int m_scale = 1;
};

} // namespace tematik
