#include "core/demo/demoproject.h"
#include "core/import/ziparchive.h"
#include "core/interchange/qdcexporter.h"
#include "core/interchange/qdpxexporter.h"
#include "core/model/casedata.h"
#include "core/model/code.h"
#include "core/model/coding.h"
#include "core/model/source.h"
#include "core/store/casestore.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/text/codepointindex.h"
#include "tests/support/projecttest.h"
#include "tests/support/testenvironment.h"

#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace tematik;

namespace {

// xmllint's verdict on file against the schema: empty when the file is valid, else what it said.
QString schemaErrors(const QString &schema, const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("xmllint"),
            {QStringLiteral("--noout"), QStringLiteral("--schema"), test::dataPath(QStringLiteral("refi-qda/")) + schema, file});
    if (!p.waitForFinished(60000))
        return QStringLiteral("xmllint did not run: ") + p.errorString();
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    return QString::fromUtf8(p.readAllStandardError());
}

// What the tests check in project.qde.
struct ExportedSelection
{
    qint64 start = 0;
    qint64 end = 0;
    QString codingGuid;
    QString codeGuid;
    QString sourceGuid;
    bool exemplar = false;
};

struct ExportedProject
{
    QStringList codeGuids;
    QHash<QString, QString> textPaths; // source guid → plainTextPath
    QList<ExportedSelection> selections;
    QStringList caseGuids;
};

ExportedProject parse(const QByteArray &qde)
{
    ExportedProject result;
    QXmlStreamReader xml(qde);
    QString source;
    ExportedSelection selection;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const QStringView name = xml.name();
        if (name == u"Code")
            result.codeGuids.append(a.value(QLatin1String("guid")).toString());
        else if (name == u"Case")
            result.caseGuids.append(a.value(QLatin1String("guid")).toString());
        else if (name == u"TextSource") {
            source = a.value(QLatin1String("guid")).toString();
            result.textPaths.insert(source, a.value(QLatin1String("plainTextPath")).toString());
        } else if (name == u"PlainTextSelection") {
            selection = ExportedSelection{a.value(QLatin1String("startPosition")).toLongLong(), a.value(QLatin1String("endPosition")).toLongLong(),
                                          {}, {}, source, false};
        } else if (name == u"Description" && xml.namespaceUri() == u"urn:QDA-XML:project:1.0") {
            if (xml.readElementText() == QdpxExporter::exemplarMarker())
                selection.exemplar = true;
        } else if (name == u"Coding") {
            selection.codingGuid = a.value(QLatin1String("guid")).toString();
        } else if (name == u"CodeRef") {
            selection.codeGuid = a.value(QLatin1String("targetGUID")).toString();
            result.selections.append(selection);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return result;
}

// Exports project as .qdpx into dir, checks project.qde against the schema, and checks every coding
// against the exported text: same GUIDs, and [start, end) in code points of the written .txt covers
// exactly the coding's words.
void checkQdpx(Project &project, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("export.qdpx"));
    const Status written = QdpxExporter::writeFile(project, path);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    Result<ZipArchive> zip = ZipArchive::open(test::readFile(path));
    ASSERT_TRUE(zip.ok()) << zip.error().toStdString();
    Result<QByteArray> qde = zip->read(QStringLiteral("project.qde"));
    ASSERT_TRUE(qde.ok()) << qde.error().toStdString();
    EXPECT_TRUE(qde->startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    const QString qdePath = dir.filePath(QStringLiteral("project.qde"));
    test::writeFile(qdePath, *qde);
    EXPECT_EQ(schemaErrors(QStringLiteral("Project-mrt2019.xsd"), qdePath), QString());

    const ExportedProject exported = parse(*qde);
    QStringList storedCodes;
    for (const Code &code : project.codes().list())
        storedCodes.append(code.guid);
    EXPECT_EQ(exported.codeGuids, storedCodes);

    QHash<QString, QString> writtenTexts; // source guid → the text as the zip holds it
    for (const SourceInfo &source : project.sources().list()) {
        ASSERT_EQ(exported.textPaths.value(source.guid), QStringLiteral("internal://%1.txt").arg(source.guid));
        Result<QByteArray> bytes = zip->read(QStringLiteral("sources/%1.txt").arg(source.guid));
        ASSERT_TRUE(bytes.ok()) << bytes.error().toStdString();
        EXPECT_FALSE(bytes->startsWith("\xEF\xBB\xBF"));
        EXPECT_EQ(*bytes, project.sources().text(source.id)->toUtf8()) << source.name.toStdString();
        writtenTexts.insert(source.guid, QString::fromUtf8(*bytes));
    }

    QHash<QString, CodedSegment> stored;
    for (const CodedSegment &segment : project.codings().segmentsOf(project.codings().all()))
        stored.insert(segment.coding.guid, segment);
    QHash<CodeId, QString> codeGuids;
    for (const Code &code : project.codes().list())
        codeGuids.insert(code.id, code.guid);
    QHash<SourceId, QString> sourceGuids;
    for (const SourceInfo &source : project.sources().list())
        sourceGuids.insert(source.id, source.guid);

    ASSERT_EQ(exported.selections.size(), stored.size());
    for (const ExportedSelection &selection : exported.selections) {
        ASSERT_TRUE(stored.contains(selection.codingGuid)) << selection.codingGuid.toStdString();
        const CodedSegment &segment = stored.value(selection.codingGuid);
        EXPECT_EQ(selection.start, segment.coding.start);
        EXPECT_EQ(selection.end, segment.coding.end);
        EXPECT_EQ(selection.codeGuid, codeGuids.value(segment.coding.codeId));
        EXPECT_EQ(selection.sourceGuid, sourceGuids.value(segment.coding.sourceId));
        EXPECT_EQ(selection.exemplar, segment.coding.exemplar);
        const QString &text = writtenTexts[selection.sourceGuid];
        EXPECT_EQ(CodePointIndex::slice(text, CodePointIndex(text), selection.start, selection.end), segment.text);
    }
}

} // namespace

TEST(RefiExport, DemoCodebookValidatesAsQdc)
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Project>> demo = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
    ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
    const QString path = dir.filePath(QStringLiteral("kodbok.qdc"));
    const Status written = QdcExporter::writeFile(**demo, path);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(schemaErrors(QStringLiteral("Codebook.xsd"), path), QString());

    const QByteArray bytes = test::readFile(path);
    EXPECT_TRUE(bytes.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    EXPECT_TRUE(bytes.contains("xmlns=\"urn:QDA-XML:codebook:1.0\""));
    QStringList guids;
    int sets = 0;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Code")
            guids.append(xml.attributes().value(QLatin1String("guid")).toString());
        if (xml.isStartElement() && xml.name() == u"Set")
            ++sets;
    }
    QStringList stored;
    for (const Code &code : (*demo)->codes().list())
        stored.append(code.guid);
    EXPECT_EQ(guids, stored); // nested depth-first, as the store lists them
    EXPECT_EQ(sets, 6);       // the demo's two dimensions and four themes
}

TEST(RefiExport, DemoProjectValidatesAsQdpxWithExactTextsAndPositions)
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Project>> demo = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
    ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
    checkQdpx(**demo, dir);
}

class RefiExportProject : public test::ProjectTest
{
};

// An emoji is one code point and two UTF-16 units: positions after it must count it once.
TEST_F(RefiExportProject, PositionsAfterCharactersOutsideTheBmpCountCodePoints)
{
    ASSERT_TRUE(project->setCoder(QStringLiteral("Anna")).ok());
    NewSource source;
    source.name = QStringLiteral("intervju");
    source.fileName = QStringLiteral("intervju.txt");
    source.format = QStringLiteral("txt");
    source.text = QStringLiteral("IP: Det var 😀 roligt 🎉🎉 och sedan\nI: Berätta mer.\n");
    source.original = source.text.toUtf8();
    Result<SourceId> id = project->sources().add(source);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    Result<CodeId> code = project->codes().add({QStringLiteral("Glädje"), std::nullopt, {}, QStringLiteral("Att vara glad")});
    ASSERT_TRUE(code.ok());
    // "roligt 🎉🎉 och": code points 14 to 27.
    Result<CodingId> coding = project->codings().add({*id, *code, 14, 27});
    ASSERT_TRUE(coding.ok()) << coding.error().toStdString();
    ASSERT_TRUE(project->codings().setExemplar(*coding, true).ok());
    EXPECT_EQ(project->codings().segmentsOf(project->codings().all()).value(0).text, QStringLiteral("roligt 🎉🎉 och"));
    checkQdpx(*project, dir);
}
