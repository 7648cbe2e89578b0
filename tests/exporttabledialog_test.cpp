#include "core/demo/demoproject.h"
#include "core/import/ziparchive.h"
#include "core/report/reportoptions.h"
#include "core/report/tablewriter.h"
#include "core/report/tablewriterregistry.h"
#include "core/store/project.h"
#include "ui/dialogs/exporttabledialog.h"
#include "tests/support/testenvironment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace tematik;

namespace {

class ExportTable : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
    }

    // Every character a reader of the file would see: the text of every XML part of a zipped document,
    // or the file itself.
    static QString visibleText(const QString &path)
    {
        const QByteArray bytes = test::readFile(path);
        if (!ZipArchive::looksLikeZip(bytes.left(4)))
            return QString::fromUtf8(bytes);
        Result<ZipArchive> zip = ZipArchive::open(bytes);
        EXPECT_TRUE(zip.ok()) << zip.error().toStdString();
        QString text;
        for (const QString &entry : zip->entries()) {
            if (!entry.endsWith(QLatin1String(".xml")))
                continue;
            Result<QByteArray> part = zip->read(entry);
            EXPECT_TRUE(part.ok());
            QXmlStreamReader reader(*part);
            while (!reader.atEnd()) {
                if (reader.readNext() == QXmlStreamReader::Characters)
                    text += reader.text();
            }
            EXPECT_FALSE(reader.hasError()) << entry.toStdString() << ": " << reader.errorString().toStdString();
        }
        return text;
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
};

} // namespace

TEST_F(ExportTable, OffersTheOptionsOfTheChosenTable)
{
    ExportTableDialog dialog(*project);
    auto *pseudonymise = dialog.findChildren<QCheckBox *>().at(2);
    ASSERT_TRUE(dialog.setTableId(QStringLiteral("meaning-units")));
    EXPECT_TRUE(pseudonymise->isEnabled());
    EXPECT_EQ(dialog.formatId(), QStringLiteral("docx"));
    // The demo's participant table has a pseudonym column: it is offered first.
    EXPECT_EQ(dialog.options().pseudonymAttribute, QStringLiteral("pseudonym"));
    ASSERT_TRUE(dialog.setTableId(QStringLiteral("codebook")));
    EXPECT_FALSE(pseudonymise->isEnabled());
    EXPECT_FALSE(dialog.setTableId(QStringLiteral("nonsense")));
    dialog.setTableId(QStringLiteral("meaning-units"));
    dialog.resize(520, dialog.sizeHint().height());
    test::saveScreenshot(&dialog, QStringLiteral("export-table"));
}

// Pseudonymisation must hold in every format: no source name, speaker label or case name of the demo
// appears as the attribution of a quote, and the pseudonyms do.
TEST_F(ExportTable, PseudonymisedMeaningUnitsLeaveNoRealLabelInAnyFormat)
{
    ExportTableDialog dialog(*project);
    ASSERT_TRUE(dialog.setTableId(QStringLiteral("meaning-units")));
    ReportOptions options;
    options.exemplarsOnly = false;
    options.pseudonymise = true;
    options.pseudonymAttribute = QStringLiteral("pseudonym");
    dialog.setOptions(options);
    const QRegularExpression realLabel(
        QStringLiteral(R"(\((IP\d?|FG\d|I|Forskare|interview-\d+|focusgroup|dialogmote)\))"));
    for (const TableWriter *writer : TableWriterRegistry::standard().writers()) {
        ASSERT_TRUE(dialog.setFormatId(writer->id()));
        const QString path = dir.filePath(QStringLiteral("units.") + writer->extension());
        const Status written = dialog.exportTo(path);
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
        const QString text = visibleText(path);
        const QRegularExpressionMatch leak = realLabel.match(text);
        EXPECT_FALSE(leak.hasMatch()) << writer->id().toStdString() << ": " << leak.captured().toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("(Samordnare 1)"))) << writer->id().toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Det akuta och otydliga tränger undan det strategiska")))
            << writer->id().toStdString();
    }
}

TEST_F(ExportTable, WithoutPseudonymsTheCaseNamesAreShown)
{
    ExportTableDialog dialog(*project);
    ASSERT_TRUE(dialog.setTableId(QStringLiteral("meaning-units")));
    ASSERT_TRUE(dialog.setFormatId(QStringLiteral("xlsx")));
    const QString path = dir.filePath(QStringLiteral("units.xlsx"));
    ASSERT_TRUE(dialog.exportTo(path).ok());
    EXPECT_TRUE(visibleText(path).contains(QStringLiteral("(IP1)")));
}

TEST_F(ExportTable, AFailedExportNamesTheFile)
{
    ExportTableDialog dialog(*project);
    const QString path = dir.filePath(QStringLiteral("no-such-folder/units.docx"));
    const Status written = dialog.exportTo(path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("units.docx"))) << written.error().toStdString();
}
