#include "core/import/ziparchive.h"
#include "core/interchange/codebookxml.h"
#include "core/interchange/qdcimporter.h"
#include "core/interchange/qdpximporter.h"
#include "core/interchange/refixmlreader.h"
#include "core/report/zipwriter.h"
#include "core/model/coding.h"
#include "core/store/casestore.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/sourcestore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"
#include "tests/support/projecttest.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

using namespace tematik;

// The lenient REFI-QDA reader and the codebook (.qdc) import.

namespace {

class RefiImport : public test::ProjectTest
{
protected:
    Result<InterchangeReport> importQdc(const char *xml)
    {
        return QdcImporter::importBytes(*project, QByteArray(xml), QStringLiteral("test.qdc"));
    }

    std::optional<Code> code(const char *path) const { return project->codes().findByPath(QString::fromUtf8(path)); }

    static bool mentions(const QStringList &lines, const QString &text)
    {
        for (const QString &line : lines) {
            if (line.contains(text))
                return true;
        }
        return false;
    }
};

} // namespace

TEST(RefiXmlReader, MatchesNamesByLocalNameIgnoringNamespaceAndCase)
{
    RefiXmlReader xml(QByteArray("<q:codebook xmlns:q=\"urn:QDA-XML:codebook:1:0\" xmlns:x=\"urn:x\">"
                                 "<q:CODES><Code x:GUID=\"1\" ISCODABLE=\"1\"/></q:CODES></q:codebook>"));
    ASSERT_TRUE(xml.readNextStartElement());
    EXPECT_TRUE(xml.isElement(QLatin1StringView("CodeBook")));
    ASSERT_TRUE(xml.readNextStartElement());
    EXPECT_TRUE(xml.isElement(QLatin1StringView("Codes")));
    ASSERT_TRUE(xml.readNextStartElement());
    EXPECT_TRUE(xml.isElement(QLatin1StringView("Code")));
    EXPECT_EQ(xml.attribute(QLatin1StringView("guid")), QStringLiteral("1"));
    EXPECT_EQ(xml.boolAttribute(QLatin1StringView("isCodable")), true);
    EXPECT_FALSE(xml.hasError());
}

TEST(RefiXmlReader, OptionalAttributesAreReallyOptional)
{
    RefiXmlReader xml(QByteArray("<Code name=\"A\"/>"));
    ASSERT_TRUE(xml.readNextStartElement());
    EXPECT_EQ(xml.attribute(QLatin1StringView("color")), std::nullopt);
    EXPECT_EQ(xml.guidAttribute(QLatin1StringView("guid")), std::nullopt);
    EXPECT_EQ(xml.boolAttribute(QLatin1StringView("isCodable")), std::nullopt);
    EXPECT_EQ(xml.intAttribute(QLatin1StringView("startPosition")), std::nullopt);
    EXPECT_EQ(xml.dateTimeAttribute(QLatin1StringView("creationDateTime")), std::nullopt);
}

TEST(RefiXmlReader, NormalisesGuids)
{
    const QString expected = QStringLiteral("098ac082-a9c7-50f4-9728-48730081a95e");
    EXPECT_EQ(RefiXmlReader::normalizedGuid(QStringLiteral("098AC082-A9C7-50F4-9728-48730081A95E")), expected);
    EXPECT_EQ(RefiXmlReader::normalizedGuid(QStringLiteral("{098ac082-A9C7-50f4-9728-48730081a95e}")), expected);
    EXPECT_EQ(RefiXmlReader::normalizedGuid(QStringLiteral(" 098ac082-a9c7-50f4-9728-48730081a95e ")), expected);
    EXPECT_TRUE(RefiXmlReader::normalizedGuid(QStringLiteral("c001")).isEmpty());
    EXPECT_TRUE(RefiXmlReader::normalizedGuid(QStringLiteral("{098ac082-a9c7-50f4-9728-48730081a95e")).isEmpty());
}

TEST(RefiXmlReader, WalksElementsAsAPullReaderShould)
{
    RefiXmlReader xml(QByteArray("<?xml version=\"1.0\"?>\n<a>\n  <b/>\n  <c>t<d>x</d><![CDATA[<y>]]></c>\n  <e k=\"1\"></e><f/>\n</a>"));
    ASSERT_TRUE(xml.readNextStartElement());
    EXPECT_TRUE(xml.isElement(QLatin1StringView("a")));
    ASSERT_TRUE(xml.readNextStartElement());
    EXPECT_TRUE(xml.isElement(QLatin1StringView("b")));
    EXPECT_FALSE(xml.readNextStartElement()); // <b/> has no children: its end
    EXPECT_FALSE(xml.isElement(QLatin1StringView("b")));
    ASSERT_TRUE(xml.readNextStartElement());
    EXPECT_TRUE(xml.isElement(QLatin1StringView("c")));
    EXPECT_EQ(xml.readElementText(), QStringLiteral("tx<y>"));
    ASSERT_TRUE(xml.readNextStartElement());
    EXPECT_EQ(xml.name(), QStringLiteral("e"));
    EXPECT_EQ(xml.attribute(QLatin1StringView("K")), QStringLiteral("1"));
    xml.skipCurrentElement();
    ASSERT_TRUE(xml.readNextStartElement());
    EXPECT_TRUE(xml.isElement(QLatin1StringView("f")));
    EXPECT_EQ(xml.readElementText(), QString());
    EXPECT_FALSE(xml.readNextStartElement()); // the end of <a>
    EXPECT_FALSE(xml.readNextStartElement()); // the end of the document
    EXPECT_FALSE(xml.hasError());

    // Character and predefined entity references read as the characters they stand for.
    RefiXmlReader entities(QByteArray("<Code name=\"A &amp; B &#228;\"><Description>&lt;x&gt; &quot;&#x1F600;&quot;</Description></Code>"));
    ASSERT_TRUE(entities.readNextStartElement());
    EXPECT_EQ(entities.attribute(QLatin1StringView("name")), QStringLiteral("A & B ä"));
    ASSERT_TRUE(entities.readNextStartElement());
    EXPECT_EQ(entities.readElementText(), QStringLiteral("<x> \"\U0001F600\""));
}

TEST(RefiXmlReader, MalformedXmlStopsTheReaderAndSaysWhere)
{
    // libxml2 parses ahead, so the error may stop the reader before the elements in front of it.
    RefiXmlReader xml(QByteArray("<a>\n<b>\n</a>"));
    int elements = 0;
    while (xml.readNextStartElement())
        ++elements;
    EXPECT_LE(elements, 2);
    EXPECT_TRUE(xml.hasError());
    EXPECT_EQ(xml.lineNumber(), 3);
    EXPECT_FALSE(xml.errorString().isEmpty());
    EXPECT_FALSE(xml.readNextStartElement());

    RefiXmlReader empty{QByteArray()};
    EXPECT_FALSE(empty.readNextStartElement());
    EXPECT_TRUE(empty.hasError());
}

// A project document is a stranger's file: an entity pointing outside it must not be read in.
TEST(RefiXmlReader, ExternalEntitiesAreNotRead)
{
    QTemporaryDir folder;
    QFile secret(folder.filePath(QStringLiteral("secret.txt")));
    ASSERT_TRUE(secret.open(QIODevice::WriteOnly));
    secret.write("hemligt");
    secret.close();
    const QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY s SYSTEM \"file://"
                           + QUrl::fromLocalFile(secret.fileName()).path().toUtf8()
                           + "\">]><a><Description>&s;</Description></a>";
    RefiXmlReader reader(xml);
    ASSERT_TRUE(reader.readNextStartElement());
    ASSERT_TRUE(reader.readNextStartElement());
    EXPECT_FALSE(reader.readElementText().contains(QLatin1String("hemligt")));
}

TEST(RefiXmlReader, ParsesValuesLeniently)
{
    EXPECT_EQ(RefiXmlReader::parseBool(QStringLiteral("true")), true);
    EXPECT_EQ(RefiXmlReader::parseBool(QStringLiteral(" 0 ")), false);
    EXPECT_EQ(RefiXmlReader::parseBool(QStringLiteral("False")), false);
    EXPECT_EQ(RefiXmlReader::parseBool(QStringLiteral("yes")), std::nullopt);
    EXPECT_EQ(RefiXmlReader::parseInt(QStringLiteral("+139")), 139);
    EXPECT_EQ(RefiXmlReader::parseInt(QStringLiteral("12a")), std::nullopt);

    const QDateTime utc(QDate(2023, 8, 16), QTime(15, 49, 36), Qt::UTC);
    EXPECT_EQ(RefiXmlReader::parseDateTime(QStringLiteral("2023-08-16T15:49:36Z")), utc);
    EXPECT_EQ(RefiXmlReader::parseDateTime(QStringLiteral("2023-08-16T17:49:36+02:00")), utc);
    EXPECT_EQ(RefiXmlReader::parseDateTime(QStringLiteral("2023-08-16T15:49:36")), utc);
    EXPECT_EQ(RefiXmlReader::parseDateTime(QStringLiteral("2023-08-16T15:49:36.250Z")), utc.addMSecs(250));
    EXPECT_EQ(RefiXmlReader::parseDateTime(QStringLiteral("2023-08-16T15:49:36.1Z")), utc.addMSecs(100));
    EXPECT_EQ(RefiXmlReader::parseDateTime(QStringLiteral("2023-08-16T15:49:36.123456Z")), utc.addMSecs(123));
    EXPECT_EQ(RefiXmlReader::parseDateTime(QStringLiteral("2023-13-16T15:49:36Z")), std::nullopt);
    EXPECT_EQ(RefiXmlReader::parseDateTime(QStringLiteral("2023-08-16T15:49:3xZ")), std::nullopt);
    EXPECT_EQ(RefiXmlReader::parseDateTime(QStringLiteral("-023-08-16T15:49:36Z")), std::nullopt);
    EXPECT_EQ(RefiXmlReader::parseDateTime(QStringLiteral("yesterday")), std::nullopt);

    EXPECT_EQ(RefiXmlReader::parseColor(QStringLiteral("#FF8800")), QStringLiteral("#ff8800"));
    EXPECT_EQ(RefiXmlReader::parseColor(QStringLiteral("#f80")), QStringLiteral("#ff8800"));
    EXPECT_EQ(RefiXmlReader::parseColor(QStringLiteral("rgb(255, 136, 0)")), QStringLiteral("#ff8800"));
    EXPECT_EQ(RefiXmlReader::parseColor(QStringLiteral("#ff8800cc")), std::nullopt);
    EXPECT_EQ(RefiXmlReader::parseColor(QStringLiteral("orange")), std::nullopt);
}

TEST_F(RefiImport, TaguetteCodebookImportsWithItsWarning)
{
    Result<InterchangeReport> report = QdcImporter::import(
        *project, test::dataPath(QStringLiteral("refi-qda/taguette-1.4.1-codebook.qdc")));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report->kept().size(), 3);
    EXPECT_TRUE(report->changed().isEmpty());
    ASSERT_EQ(report->dropped().size(), 1);
    EXPECT_TRUE(report->dropped()[0].contains(QLatin1String("<Sets> element is empty")));
    EXPECT_TRUE(report->dropped()[0].contains(QLatin1String("Taguette")));

    const std::optional<Code> c = code("xsd:element name");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->guid, QStringLiteral("098ac082-a9c7-50f4-9728-48730081a95e"));
    EXPECT_EQ(project->counts().codes, 3);
    EXPECT_EQ(project->counts().themes, 0);
}

TEST_F(RefiImport, HandWrittenCodebook)
{
    // Already in the project: a code the file knows by GUID (written there in upper case and braces),
    // and a top-level "Trust" that the file's own "Trust" clashes with.
    NewCode present;
    present.name = QStringLiteral("Workload");
    present.guid = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
    ASSERT_TRUE(project->codes().add(present).ok());
    NewCode trust;
    trust.name = QStringLiteral("Trust");
    ASSERT_TRUE(project->codes().add(trust).ok());

    Result<InterchangeReport> report = importQdc(R"(<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="hand">
  <Codes>
    <Code guid="{AAAAAAAA-0000-4000-8000-000000000001}" name="Work load" isCodable="true">
      <Description>Hours and pressure.</Description>
    </Code>
    <Code guid="bbbbbbbb-0000-4000-8000-000000000002" name="Relations" isCodable="false" color="#0A0">
      <Description>  A category. </Description>
      <Code guid="bbbbbbbb-0000-4000-8000-000000000003" name="Colleagues" isCodable="true" color="#FF8800"/>
      <Code guid="bbbbbbbb-0000-4000-8000-000000000004" name="Managers" isCodable="true" color="#ff8800cc"/>
    </Code>
    <Code guid="bbbbbbbb-0000-4000-8000-000000000005" name="Trust" isCodable="true"/>
    <Code guid="c001" name="Money"/>
  </Codes>
  <Sets>
    <Set guid="cccccccc-0000-4000-8000-000000000001" name="Working life">
      <Description>What work is like.</Description>
      <MemberCode guid="AAAAAAAA-0000-4000-8000-000000000001"/>
      <MemberCode guid="bbbbbbbb-0000-4000-8000-000000000003"/>
      <MemberCode guid="c001"/>
      <MemberCode guid="dddddddd-0000-4000-8000-000000000009"/>
    </Set>
  </Sets>
</CodeBook>)");
    ASSERT_TRUE(report.ok()) << report.error().toStdString();

    // The GUID already present: merged, not duplicated; the empty definition filled from the file.
    const std::optional<Code> workload = code("Workload");
    ASSERT_TRUE(workload);
    EXPECT_EQ(workload->description, QStringLiteral("Hours and pressure."));
    EXPECT_FALSE(code("Work load"));
    EXPECT_TRUE(mentions(report->kept(), QStringLiteral("merged")));
    EXPECT_TRUE(mentions(report->changed(), QStringLiteral("the file calls it “Work load”")));

    // Nesting, #RGB, description and the non-codable category kept as a code.
    const std::optional<Code> relations = code("Relations");
    ASSERT_TRUE(relations);
    EXPECT_EQ(relations->guid, QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002"));
    EXPECT_EQ(relations->color, QStringLiteral("#00aa00"));
    EXPECT_EQ(relations->description, QStringLiteral("A category."));
    EXPECT_TRUE(mentions(report->changed(), QStringLiteral("isCodable")));
    const std::optional<Code> colleagues = code("Relations/Colleagues");
    ASSERT_TRUE(colleagues);
    EXPECT_EQ(colleagues->parentId, relations->id);
    EXPECT_EQ(colleagues->color, QStringLiteral("#ff8800"));

    // A colour we cannot read: a palette colour, reported.
    const std::optional<Code> managers = code("Relations/Managers");
    ASSERT_TRUE(managers);
    EXPECT_TRUE(managers->color.startsWith(u'#'));
    EXPECT_EQ(managers->color.size(), 7);
    EXPECT_TRUE(mentions(report->changed(), QStringLiteral("#ff8800cc")));

    // The name clash with a sibling: renamed with a suffix, keeping the file's GUID.
    const std::optional<Code> trust2 = code("Trust (2)");
    ASSERT_TRUE(trust2);
    EXPECT_EQ(trust2->guid, QStringLiteral("bbbbbbbb-0000-4000-8000-000000000005"));
    EXPECT_TRUE(mentions(report->changed(), QStringLiteral("“Trust (2)”")));

    // An id that is not a GUID: a new GUID, and the set still finds the code.
    const std::optional<Code> money = code("Money");
    ASSERT_TRUE(money);
    EXPECT_FALSE(RefiXmlReader::normalizedGuid(money->guid).isEmpty());
    EXPECT_TRUE(mentions(report->changed(), QStringLiteral("“c001”")));

    // The set as a theme with the three codes it could find; the unknown member reported.
    const std::optional<Theme> theme = project->themes().findByName(QStringLiteral("Working life"));
    ASSERT_TRUE(theme);
    EXPECT_EQ(theme->definition, QStringLiteral("What work is like."));
    EXPECT_EQ(project->themes().codesOf(theme->id), (QList<CodeId>{workload->id, colleagues->id, money->id}));
    EXPECT_TRUE(mentions(report->kept(), QStringLiteral("with 3 code")));
    EXPECT_TRUE(mentions(report->dropped(), QStringLiteral("dddddddd-0000-4000-8000-000000000009")));

    EXPECT_EQ(project->counts().codes, 7);
    EXPECT_EQ(report->dropped().size(), 1);
}

TEST_F(RefiImport, MalformedXmlImportsNothingAndSaysWhere)
{
    NewCode before;
    before.name = QStringLiteral("Before");
    ASSERT_TRUE(project->codes().add(before).ok());
    const ProjectCounts counts = project->counts();

    Result<InterchangeReport> report = importQdc("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>\n"
                                                 "<Code guid=\"bbbbbbbb-0000-4000-8000-000000000002\" name=\"A\" "
                                                 "isCodable=\"true\"/>\n"
                                                 "<Code name=\"B\" isCodable=\"true\">\n"
                                                 "</Codes></CodeBook>");
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QLatin1String("test.qdc"))) << report.error().toStdString();
    EXPECT_TRUE(report.error().contains(QLatin1String("line 4"))) << report.error().toStdString();
    EXPECT_TRUE(report.error().contains(QLatin1String("column"))) << report.error().toStdString();
    EXPECT_EQ(project->counts().codes, counts.codes);
    EXPECT_EQ(project->counts().themes, counts.themes);
    EXPECT_FALSE(code("A"));
}

TEST_F(RefiImport, RefusesWhatIsNotACodebook)
{
    Result<InterchangeReport> report = importQdc("<Project name=\"x\"/>");
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QLatin1String("test.qdc")));
    EXPECT_TRUE(report.error().contains(QLatin1String("not a codebook")));

    report = importQdc("<html><body/></html>");
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QLatin1String("<html>"))) << report.error().toStdString();

    report = importQdc("");
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QLatin1String("test.qdc"))) << report.error().toStdString();
    EXPECT_EQ(project->counts().codes, 0);
}

namespace {

QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &entries)
{
    ZipWriter writer;
    for (const auto &[name, bytes] : entries)
        EXPECT_TRUE(writer.add(name, bytes).ok());
    Result<QByteArray> zip = writer.finish();
    EXPECT_TRUE(zip.ok());
    return zip.ok() ? *zip : QByteArray();
}

Result<QByteArray> projectDocument(const QList<std::pair<QString, QByteArray>> &entries)
{
    return QdpxImporter::readProjectDocument(zipOf(entries), QStringLiteral("test.qdpx"));
}

const QByteArray minimalProject("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>");

} // namespace

TEST(QdpxImporter, ReadsTheProjectDocumentOfRealExports)
{
    for (const char *sample : {"refi-qda/atlasti-23-target-atlas-project.qdpx", "refi-qda/nvivo-mac-15-nvivo_project.qdpx"}) {
        const QByteArray qdpx = test::readFile(test::dataPath(QString::fromLatin1(sample)));
        Result<QByteArray> xml = QdpxImporter::readProjectDocument(qdpx, QString::fromLatin1(sample));
        ASSERT_TRUE(xml.ok()) << xml.error().toStdString();
        EXPECT_TRUE(xml->contains("<CodeBook>")) << sample;
    }
}

TEST(QdpxImporter, FindsTheDocumentWhateverItsCaseAndName)
{
    Result<QByteArray> xml = projectDocument({{QStringLiteral("Sources/a.txt"), "x"}, {QStringLiteral("Project.QDE"), minimalProject}});
    ASSERT_TRUE(xml.ok()) << xml.error().toStdString();
    EXPECT_EQ(*xml, minimalProject);

    xml = projectDocument({{QStringLiteral("My study.qde"), minimalProject}});
    ASSERT_TRUE(xml.ok()) << xml.error().toStdString();

    xml = projectDocument({{QStringLiteral("old.qde"), "<Project name=\"old\"/>"}, {QStringLiteral("project.qde"), minimalProject}});
    ASSERT_TRUE(xml.ok()) << xml.error().toStdString();
    EXPECT_EQ(*xml, minimalProject);
}

TEST(QdpxImporter, SaysWhyThereIsNoProjectDocument)
{
    Result<QByteArray> xml = projectDocument({{QStringLiteral("sources/a.txt"), "x"}});
    ASSERT_FALSE(xml.ok());
    EXPECT_TRUE(xml.error().contains(QLatin1String("test.qdpx")));
    EXPECT_TRUE(xml.error().contains(QLatin1String("no project document (.qde)"))) << xml.error().toStdString();

    xml = projectDocument({{QStringLiteral("study/project.qde"), minimalProject}});
    ASSERT_FALSE(xml.ok());
    EXPECT_TRUE(xml.error().contains(QLatin1String("study/project.qde"))) << xml.error().toStdString();

    xml = projectDocument({{QStringLiteral("a.qde"), minimalProject}, {QStringLiteral("b.qde"), minimalProject}});
    ASSERT_FALSE(xml.ok());
    EXPECT_TRUE(xml.error().contains(QLatin1String("a.qde, b.qde"))) << xml.error().toStdString();

    xml = QdpxImporter::readProjectDocument(QByteArray("<Project/>"), QStringLiteral("test.qdpx"));
    ASSERT_FALSE(xml.ok());
    EXPECT_TRUE(xml.error().contains(QLatin1String("not a ZIP"))) << xml.error().toStdString();
}

TEST(QdpxImporter, RefusesNestedArchivesAndWhatIsNotAProject)
{
    const QByteArray inner = zipOf({{QStringLiteral("project.qde"), minimalProject}});
    Result<QByteArray> xml = projectDocument({{QStringLiteral("export.qdpx"), inner}});
    ASSERT_FALSE(xml.ok());
    EXPECT_TRUE(xml.error().contains(QLatin1String("export.qdpx"))) << xml.error().toStdString();

    xml = projectDocument({{QStringLiteral("project.qde"), inner}});
    ASSERT_FALSE(xml.ok());
    EXPECT_TRUE(xml.error().contains(QLatin1String("itself a ZIP"))) << xml.error().toStdString();

    xml = projectDocument({{QStringLiteral("project.qde"), "<CodeBook/>"}});
    ASSERT_FALSE(xml.ok());
    EXPECT_TRUE(xml.error().contains(QLatin1String("<CodeBook>"))) << xml.error().toStdString();

    xml = projectDocument({{QStringLiteral("project.qde"), "<Project name="}});
    ASSERT_FALSE(xml.ok());
    EXPECT_TRUE(xml.error().contains(QLatin1String("line 1"))) << xml.error().toStdString();
}

TEST(QdpxImporter, StopsAnEntryBeyondTheSizeLimit)
{
    // Zeros compress about a thousandfold: the declared size and the ratio both trip ZipArchive's caps.
    const QByteArray huge(ZipArchive::maxEntrySize + 1, '\0');
    Result<QByteArray> xml = projectDocument({{QStringLiteral("project.qde"), huge}});
    ASSERT_FALSE(xml.ok());
    EXPECT_TRUE(xml.error().contains(QLatin1String("test.qdpx"))) << xml.error().toStdString();
    EXPECT_TRUE(xml.error().contains(QLatin1String("limit"))) << xml.error().toStdString();
}

namespace {

// A project with one code and one source whose text is sources/<fileName>, holding the given selections.
QByteArray projectWith(const QByteArray &text, const QByteArray &selections,
                       const QString &fileName = QStringLiteral("sources/a.txt"),
                       const QByteArray &path = "internal://a.txt")
{
    const QByteArray qde = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><CodeBook><Codes>"
                           "<Code guid=\"11111111-1111-1111-1111-111111111111\" name=\"c\" isCodable=\"true\"/>"
                           "</Codes></CodeBook><Sources><TextSource guid=\"22222222-2222-2222-2222-222222222222\" "
                           "name=\"Interview\" plainTextPath=\"" + path + "\">" + selections
                           + "</TextSource></Sources></Project>";
    return zipOf({{QStringLiteral("project.qde"), qde}, {fileName, text}});
}

QByteArray selection(int start, int end, const QByteArray &name = {})
{
    static int n = 0;
    ++n;
    return "<PlainTextSelection guid=\"33333333-3333-3333-3333-" + QByteArray::number(n).rightJustified(12, '0')
           + "\" startPosition=\"" + QByteArray::number(start) + "\" endPosition=\"" + QByteArray::number(end) + "\""
           + (name.isEmpty() ? QByteArray() : " name=\"" + name + "\"")
           + "><Coding guid=\"44444444-4444-4444-4444-" + QByteArray::number(n).rightJustified(12, '0')
           + "\"><CodeRef targetGUID=\"11111111-1111-1111-1111-111111111111\"/></Coding></PlainTextSelection>";
}

} // namespace

// The text file is found in any case of folder and name, its BOM stripped; positions count code points.
TEST_F(RefiImport, ProjectSourceTextIsFoundInAnyCaseWithoutItsBom)
{
    const QByteArray qdpx = projectWith("\xEF\xBB\xBFHello \xF0\x9F\x98\x80 world", selection(8, 13, "world"),
                                        QStringLiteral("Sources/A.TXT"));
    Result<InterchangeReport> report = QdpxImporter::importBytes(*project, qdpx, QStringLiteral("t.qdpx"));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    const QList<Coding> codings = project->codings().all();
    ASSERT_EQ(codings.size(), 1);
    EXPECT_EQ(codings.first().start, 8);
    EXPECT_EQ(codings.first().end, 13);
    EXPECT_EQ(*project->sources().text(codings.first().sourceId), QStringLiteral("Hello \U0001F600 world"));
    EXPECT_TRUE(report->changed().isEmpty()) << report->toText().toStdString();
}

// Positions that count UTF-16 units, or a CRLF as two, are read so when the selection's name says so;
// a name that no reading matches is reported, and the standard's reading kept.
TEST_F(RefiImport, ProjectSelectionPositionsAreReadTheWayTheirTextMatches)
{
    // Stored as "one\ntwo 😀 three": "two" is [4, 7), "three" [10, 15) in code points.
    const QByteArray text = "one\r\ntwo \xF0\x9F\x98\x80 three";
    const QByteArray qdpx = projectWith(text, selection(4, 7, "two") + selection(11, 16, "three")
                                                  + selection(5, 8, "two") + selection(12, 17, "three")
                                                  + selection(0, 3, "xyz"));
    Result<InterchangeReport> report = QdpxImporter::importBytes(*project, qdpx, QStringLiteral("t.qdpx"));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    QList<std::pair<qint64, qint64>> spans;
    for (const Coding &c : project->codings().all())
        spans.append({c.start, c.end});
    std::sort(spans.begin(), spans.end());
    const QList<std::pair<qint64, qint64>> expected{{0, 3}, {4, 7}, {4, 7}, {10, 15}, {10, 15}};
    EXPECT_EQ(spans, expected);
    EXPECT_EQ(report->changed().size(), 4) << report->toText().toStdString();
    EXPECT_TRUE(mentions(report->changed(), QStringLiteral("xyz"))) << report->toText().toStdString();
}

TEST_F(RefiImport, ProjectSelectionOutsideItsTextIsDroppedAndReported)
{
    const QByteArray qdpx = projectWith("short", selection(2, 40));
    Result<InterchangeReport> report = QdpxImporter::importBytes(*project, qdpx, QStringLiteral("t.qdpx"));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(project->counts().codings, 0);
    EXPECT_TRUE(mentions(report->dropped(), QStringLiteral("outside"))) << report->toText().toStdString();
}

// All or nothing: a missing text file names the file and the source, and leaves the project empty.
TEST_F(RefiImport, ProjectWithAMissingTextImportsNothing)
{
    const QByteArray qdpx = projectWith("text", selection(0, 4), QStringLiteral("sources/b.txt"));
    Result<InterchangeReport> report = QdpxImporter::importBytes(*project, qdpx, QStringLiteral("t.qdpx"));
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QLatin1String("t.qdpx"))) << report.error().toStdString();
    EXPECT_TRUE(report.error().contains(QLatin1String("Interview"))) << report.error().toStdString();
    EXPECT_EQ(project->counts().codes, 0);
    EXPECT_EQ(project->counts().sources, 0);
}

// A codebook file cannot hold notes, so a code's NoteRef in one is reported rather than followed.
TEST_F(RefiImport, NoteReferencesInACodebookAreReportedAsDropped)
{
    Result<InterchangeReport> report = importQdc(
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"11111111-1111-1111-1111-111111111111\" "
        "name=\"c\" isCodable=\"true\"><NoteRef targetGUID=\"55555555-5555-5555-5555-555555555555\"/></Code>"
        "</Codes></CodeBook>");
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_TRUE(code("c").has_value());
    EXPECT_TRUE(mentions(report->dropped(), QStringLiteral("note"))) << report->toText().toStdString();
}

namespace {

QByteArray projectDocument(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">" + body
           + "</Project>";
}

const QByteArray oneCode = "<CodeBook><Codes><Code guid=\"11111111-1111-1111-1111-111111111111\" name=\"c\" "
                           "isCodable=\"true\"/></Codes></CodeBook>";

QByteArray textSource(const QByteArray &guidEnd, const QByteArray &name, const QByteArray &inner)
{
    return "<TextSource guid=\"22222222-2222-2222-2222-" + guidEnd + "\" name=\"" + name
           + "\" plainTextPath=\"internal://" + name + ".txt\">" + inner + "</TextSource>";
}

} // namespace

// MAXQDA and Quirkos put document variables on sources; here attributes belong to cases, so the values
// go on the case the file links the source to, or else on a case of the source's name.
TEST_F(RefiImport, ValuesOnSourcesGoOnTheirCase)
{
    const QByteArray variables = "<Variables><Variable guid=\"66666666-6666-6666-6666-000000000001\" name=\"Ålder\" "
                                 "typeOfVariable=\"Integer\"/><Variable guid=\"66666666-6666-6666-6666-000000000002\" "
                                 "name=\"Ort\" typeOfVariable=\"Text\"/></Variables>";
    const auto value = [](const QByteArray &variable, const QByteArray &element, const QByteArray &v) -> QByteArray {
        return "<VariableValue><VariableRef targetGUID=\"66666666-6666-6666-6666-" + variable + "\"/><" + element + ">"
               + v + "</" + element + "></VariableValue>";
    };
    const QByteArray cases = "<Cases><Case guid=\"77777777-7777-7777-7777-000000000001\" name=\"Deltagare 1\">"
                             + value("000000000002", "TextValue", "Umeå")
                             + "<SourceRef targetGUID=\"22222222-2222-2222-2222-000000000001\"/></Case></Cases>";
    const QByteArray sources =
        "<Sources>"
        + textSource("000000000001", "Intervju 1",
                     value("000000000001", "IntegerValue", "34") + value("000000000002", "TextValue", "Luleå"))
        + textSource("000000000002", "Intervju 2",
                     value("000000000001", "IntegerValue", "51") + value("000000000099", "TextValue", "x"))
        + "</Sources>";
    const QByteArray qdpx = zipOf({{QStringLiteral("project.qde"), projectDocument(variables + cases + sources)},
                                   {QStringLiteral("sources/Intervju 1.txt"), QByteArray("Första intervjun.")},
                                   {QStringLiteral("sources/Intervju 2.txt"), QByteArray("Andra intervjun.")}});
    Result<InterchangeReport> report = QdpxImporter::importBytes(*project, qdpx, QStringLiteral("maxqda.qdpx"));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();

    CaseStore &cases_ = project->cases();
    const AttributeId age = cases_.findAttribute(QStringLiteral("Ålder"))->id;
    const AttributeId place = cases_.findAttribute(QStringLiteral("Ort"))->id;
    // The case the file links Intervju 1 to takes its age; its own place wins over the source's.
    const CaseInfo first = *cases_.findByName(QStringLiteral("Deltagare 1"));
    EXPECT_EQ(cases_.values(first.id).value(age), QStringLiteral("34"));
    EXPECT_EQ(cases_.values(first.id).value(place), QStringLiteral("Umeå"));
    EXPECT_TRUE(mentions(report->dropped(), QStringLiteral("Luleå"))) << report->toText().toStdString();
    // Intervju 2 has no case, so one of its name is made and linked to it.
    const std::optional<CaseInfo> second = cases_.findByName(QStringLiteral("Intervju 2"));
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(cases_.values(second->id).value(age), QStringLiteral("51"));
    const SourceId source2 = project->sources().list().at(1).id;
    EXPECT_EQ(cases_.casesOfSource(source2), QList<CaseId>{second->id});
    EXPECT_TRUE(mentions(report->changed(), QStringLiteral("Intervju 2"))) << report->toText().toStdString();
    EXPECT_TRUE(mentions(report->dropped(), QStringLiteral("66666666-6666-6666-6666-000000000099")))
        << report->toText().toStdString();
}

// References to what the file does not hold lose only what refers: each is reported.
TEST_F(RefiImport, ReferencesToMissingGuidsAreReportedAndTheRestKept)
{
    const QByteArray selections =
        selection(0, 4, "Text")
        + "<PlainTextSelection guid=\"33333333-3333-3333-3333-999999999999\" startPosition=\"0\" endPosition=\"4\">"
          "<Coding guid=\"44444444-4444-4444-4444-999999999999\"><CodeRef "
          "targetGUID=\"11111111-1111-1111-1111-000000000000\"/></Coding></PlainTextSelection>";
    const QByteArray body = oneCode + "<Cases><Case guid=\"77777777-7777-7777-7777-000000000001\" name=\"D\">"
                            "<SourceRef targetGUID=\"22222222-2222-2222-2222-999999999999\"/></Case></Cases><Sources>"
                            + textSource("222222222222", "a", selections + "<NoteRef targetGUID=\"55555555-5555-5555-"
                                                                           "5555-555555555555\"/>")
                            + "</Sources><Sets><Set guid=\"88888888-8888-8888-8888-888888888888\" name=\"S\">"
                              "<MemberCode targetGUID=\"11111111-1111-1111-1111-000000000000\"/></Set></Sets>";
    const QByteArray qdpx = zipOf({{QStringLiteral("project.qde"), projectDocument(body)},
                                   {QStringLiteral("sources/a.txt"), QByteArray("Text om arbete.")}});
    Result<InterchangeReport> report = QdpxImporter::importBytes(*project, qdpx, QStringLiteral("refs.qdpx"));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(project->counts().codings, 1);
    EXPECT_EQ(project->counts().sources, 1);
    EXPECT_EQ(project->counts().cases, 1);
    EXPECT_TRUE(mentions(report->dropped(), QStringLiteral("11111111-1111-1111-1111-000000000000")))
        << report->toText().toStdString();
}

// Whatever is wrong, and however late it shows, the message names the file and the project stays empty.
TEST_F(RefiImport, BadProjectFilesImportNothing)
{
    const QByteArray goodSource = textSource("000000000001", "a", selection(0, 4, "Text"));
    const QList<std::pair<const char *, QByteArray>> files{
        {"not a ZIP", QByteArray("PK but not really a zip archive")},
        {"an empty file", QByteArray()},
        {"no project document", zipOf({{QStringLiteral("sources/a.txt"), QByteArray("Text")}})},
        {"malformed XML", zipOf({{QStringLiteral("project.qde"), projectDocument(oneCode + "<Sources><TextSource>")},
                                 {QStringLiteral("sources/a.txt"), QByteArray("Text")}})},
        {"malformed XML after the sources",
         zipOf({{QStringLiteral("project.qde"),
                 projectDocument(oneCode + "<Sources>" + goodSource + "</Sources><Notes><Note></Notes>")},
                {QStringLiteral("sources/a.txt"), QByteArray("Text")}})},
        {"a second source's text missing",
         zipOf({{QStringLiteral("project.qde"),
                 projectDocument(oneCode + "<Sources>" + goodSource + textSource("000000000002", "b", {})
                                 + "</Sources>")},
                {QStringLiteral("sources/a.txt"), QByteArray("Text")}})},
        {"a nested archive", zipOf({{QStringLiteral("inner.qdpx"), projectWith("Text", selection(0, 4))}})},
        {"a ZIP posing as the project document", zipOf({{QStringLiteral("project.qde"), projectWith("T", {})}})},
        {"a text outside the archive",
         zipOf({{QStringLiteral("project.qde"),
                 projectDocument("<Sources><TextSource guid=\"22222222-2222-2222-2222-000000000001\" name=\"x\" "
                                 "plainTextPath=\"file:///etc/passwd\"/></Sources>")}})},
    };
    for (const auto &[what, qdpx] : files) {
        Result<InterchangeReport> report = QdpxImporter::importBytes(*project, qdpx, QStringLiteral("dålig.qdpx"));
        ASSERT_FALSE(report.ok()) << what;
        EXPECT_TRUE(report.error().contains(QStringLiteral("dålig.qdpx"))) << what << ": " << report.error().toStdString();
        const ProjectCounts counts = project->counts();
        EXPECT_EQ(counts.sources + counts.codes + counts.codings + counts.cases + counts.memos + counts.themes, 0)
            << what;
    }
}

// The structure line Tematik writes into a set's description is taken off again; other text stays.
TEST(CodebookXml, SetStructureIsReadFromTheDescriptionsLastLine)
{
    CodebookXml::SetStructure s = CodebookXml::structureOf(QStringLiteral("Trygghet i vardagen.\n\nTematik: aggregate dimension"));
    EXPECT_TRUE(s.dimension);
    EXPECT_EQ(s.description, QStringLiteral("Trygghet i vardagen."));
    s = CodebookXml::structureOf(QStringLiteral("Tematik: theme in “Trygghet”"));
    EXPECT_FALSE(s.dimension);
    EXPECT_EQ(s.dimensionName, QStringLiteral("Trygghet"));
    EXPECT_TRUE(s.description.isEmpty());
    s = CodebookXml::structureOf(QStringLiteral("A set from another tool.\nTematik is a word here."));
    EXPECT_FALSE(s.dimension);
    EXPECT_TRUE(s.dimensionName.isEmpty());
    EXPECT_EQ(s.description, QStringLiteral("A set from another tool.\nTematik is a word here."));
}

// A theme whose dimension the file does not hold goes to the top level, and the report says so.
TEST_F(RefiImport, AThemeOfAMissingDimensionGoesToTheTopLevel)
{
    Result<InterchangeReport> report = importQdc(
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"11111111-1111-1111-1111-111111111111\" "
        "name=\"c\" isCodable=\"true\"/></Codes><Sets><Set guid=\"88888888-8888-8888-8888-888888888888\" name=\"T\">"
        "<Description>Tematik: theme in “Borta”</Description><MemberCode guid=\"11111111-1111-1111-1111-111111111111\"/>"
        "</Set></Sets></CodeBook>");
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    const QList<Theme> themes = project->themes().list();
    ASSERT_EQ(themes.size(), 1);
    EXPECT_FALSE(themes.first().parentId.has_value());
    EXPECT_EQ(themes.first().guid, QStringLiteral("88888888-8888-8888-8888-888888888888"));
    EXPECT_TRUE(mentions(report->changed(), QStringLiteral("Borta"))) << report->toText().toStdString();
}

// The schema puts users, codebook, variables and cases before the sources, and the import reads the
// sources on another thread while it writes those first. A file with its parts in another order
// imports all the same (read again on one thread), and to the same project.
TEST_F(RefiImport, PartsInAnyOrderImportAlike)
{
    const QByteArray users = "<Users><User guid=\"99999999-9999-9999-9999-000000000001\" name=\"Ada\"/></Users>";
    const QByteArray cases = "<Cases><Case guid=\"77777777-7777-7777-7777-000000000001\" name=\"D\">"
                             "<SourceRef targetGUID=\"22222222-2222-2222-2222-000000000001\"/></Case></Cases>";
    const QByteArray sources = "<Sources>" + textSource("000000000001", "a", selection(0, 4, "Text")) + "</Sources>";
    const QByteArray notes = "<Notes><Note guid=\"55555555-5555-5555-5555-000000000001\" name=\"N\">"
                             "<PlainTextContent>En anteckning.</PlainTextContent></Note></Notes>";
    const QByteArray sets = "<Sets><Set guid=\"88888888-8888-8888-8888-000000000001\" name=\"Tema\">"
                            "<MemberCode targetGUID=\"11111111-1111-1111-1111-111111111111\"/></Set></Sets>";
    const auto import = [&](Project &into, const QByteArray &body) {
        const QByteArray qdpx = zipOf({{QStringLiteral("project.qde"), projectDocument(body)},
                                       {QStringLiteral("sources/a.txt"), QByteArray("Text om arbete.")}});
        Result<InterchangeReport> report = QdpxImporter::importBytes(into, qdpx, QStringLiteral("order.qdpx"));
        EXPECT_TRUE(report.ok()) << report.error().toStdString();
        const ProjectCounts n = into.counts();
        EXPECT_EQ(n.codes, 1);
        EXPECT_EQ(n.sources, 1);
        EXPECT_EQ(n.codings, 1);
        EXPECT_EQ(n.cases, 1);
        EXPECT_EQ(n.themes, 1);
        EXPECT_EQ(n.memos, 1);
        const QList<Coding> codings = into.codings().all();
        EXPECT_EQ(codings.size(), 1);
        return codings.isEmpty() ? std::pair<qint64, qint64>() : std::pair(codings[0].start, codings[0].end);
    };
    const auto inOrder = import(*project, QByteArray(users + oneCode + cases + sources + notes + sets));
    const QByteArrayList otherOrders{QByteArray(sources + sets + notes + cases + oneCode + users),
                                     QByteArray(sets + sources + users + oneCode + notes + cases)};
    for (const QByteArray &body : otherOrders) {
        QTemporaryDir other;
        Result<std::unique_ptr<Project>> created = Project::create(other.filePath(QStringLiteral("o.tematik")));
        ASSERT_TRUE(created.ok());
        EXPECT_EQ(import(**created, body), inOrder);
    }
}
