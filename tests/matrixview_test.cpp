#include "core/demo/demoproject.h"
#include "core/report/reporttable.h"
#include "core/store/casestore.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/store/themestore.h"
#include "core/table/csvreader.h"
#include "tests/support/testenvironment.h"
#include "ui/models/matrixmodel.h"
#include "ui/widgets/matrixview.h"

#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tematik;

namespace {

// The demo project, coded more densely as a study halfway through its analysis: every third speaker
// turn gets a code, turn by turn through the codebook, and every fifth turn a second code over its
// first half, so that codes overlap and share turns.
class MatrixViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")), DemoProject::Stage::Coded);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
        const QList<Code> codes = project->codes().list();
        QList<NewCoding> codings;
        int n = 0;
        for (const SourceInfo &source : project->sources().list()) {
            for (const SpeakerTurn &turn : project->sources().turns(source.id)) {
                ++n;
                if (turn.end - turn.textStart < 10)
                    continue;
                if (n % 3 == 0)
                    codings.append(
                        {source.id, codes.at((n / 3) % codes.size()).id, turn.textStart, turn.end});
                if (n % 5 == 0)
                    codings.append({source.id, codes.at((n / 5 + 4) % codes.size()).id, turn.textStart,
                                    (turn.textStart + turn.end) / 2});
            }
        }
        ASSERT_TRUE(project->codings().addAll(codings).ok());
        view = std::make_unique<MatrixView>(*project);
        view->resize(1100, 620);
        view->show();
    }

    QComboBox *chooser(int which) const { return view->findChildren<QComboBox *>().at(which); }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    std::unique_ptr<MatrixView> view;
};

} // namespace

TEST_F(MatrixViewTest, CellsShowTheMatrixWithHeatShades)
{
    MatrixModel *model = view->model();
    const CodeMatrix &matrix = model->matrix();
    ASSERT_EQ(model->rowCount(), int(project->codes().list().size()));
    ASSERT_EQ(model->columnCount(), model->rowCount());
    EXPECT_GT(matrix.maximum(MatrixMeasure::Segments), 1);
    bool sawStrongest = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex index = model->index(r, c);
            EXPECT_EQ(index.data().toInt(), matrix.cell(r, c).segments);
            const QColor background = index.data(Qt::BackgroundRole).value<QColor>();
            if (r == c) {
                EXPECT_FALSE(index.data(MatrixModel::HeatRole).isValid());
                continue;
            }
            const double heat = index.data(MatrixModel::HeatRole).toDouble();
            EXPECT_EQ(background.rgb() & 0xffffff, ReportCell::heatRgb(heat));
            if (matrix.cell(r, c).segments == matrix.maximum(MatrixMeasure::Segments)) {
                EXPECT_EQ(heat, 1.0);
                EXPECT_EQ(background, QColor(0x42, 0x92, 0xc6));
                sawStrongest = true;
            }
            if (matrix.cell(r, c).segments == 0)
                EXPECT_EQ(background, QColor(0xf7, 0xfb, 0xff));
        }
    }
    EXPECT_TRUE(sawStrongest);
    EXPECT_EQ(model->headerData(1, Qt::Vertical).toString(),
              QStringLiteral("   Prevention förlorar mot uppgifter med deadline"));
    EXPECT_EQ(model->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(),
              QStringLiteral("Tid och mandat / Prevention förlorar mot uppgifter med deadline"));
    EXPECT_TRUE(model->index(0, 1)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Tid och mandat × Tid och mandat / Prevention")));
    test::saveScreenshot(view.get(), QStringLiteral("matrixview"));
}

TEST_F(MatrixViewTest, ChoosersSwitchKindAttributeAndMeasure)
{
    QComboBox *kind = chooser(0);
    QComboBox *attribute = chooser(1);
    QComboBox *measure = chooser(2);
    EXPECT_FALSE(attribute->isEnabled());
    // The first attribute is chosen until the user chooses another.
    EXPECT_EQ(attribute->currentText(), QStringLiteral("pseudonym"));

    kind->setCurrentIndex(kind->findData(int(MatrixKind::Attribute)));
    Q_EMIT kind->activated(kind->currentIndex());
    EXPECT_TRUE(attribute->isEnabled());
    EXPECT_EQ(view->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Deltagare 1"));
    attribute->setCurrentIndex(attribute->findText(QStringLiteral("kön")));
    Q_EMIT attribute->activated(attribute->currentIndex());
    EXPECT_EQ(view->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("kvinna"));
    attribute->setCurrentIndex(attribute->findText(QStringLiteral("nivå")));
    Q_EMIT attribute->activated(attribute->currentIndex());
    EXPECT_EQ(view->model()->matrix().title(), QStringLiteral("Code × nivå"));
    EXPECT_EQ(view->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("delregional"));

    measure->setCurrentIndex(measure->findData(int(MatrixMeasure::Participants)));
    Q_EMIT measure->activated(measure->currentIndex());
    const QModelIndex first = view->model()->index(0, 1);
    EXPECT_EQ(first.data().toInt(), view->model()->matrix().cell(0, 1).participants);
    test::saveScreenshot(view.get(), QStringLiteral("matrixview-attribute"));

    view->setKind(MatrixKind::Sources);
    EXPECT_EQ(kind->currentData().toInt(), int(MatrixKind::Sources));
    EXPECT_FALSE(attribute->isEnabled());
    EXPECT_EQ(view->model()->columnCount(), int(project->sources().list().size()));

    // A new theme is offered at once; choosing it keeps its codes only.
    QComboBox *codes = chooser(3);
    EXPECT_EQ(codes->count(), 1);
    ThemeStore &themes = project->themes();
    const ThemeId theme = *themes.addTheme(QStringLiteral("Tid"));
    const CodeId time = project->codes().findByPath(QStringLiteral("Tid och mandat"))->id;
    ASSERT_TRUE(themes.assignCode(time, theme).ok());
    ASSERT_EQ(codes->count(), 2);
    EXPECT_EQ(codes->itemText(1), QStringLiteral("Tid"));
    codes->setCurrentIndex(1);
    Q_EMIT codes->activated(1);
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->headerData(0, Qt::Vertical, MatrixModel::CodeIdRole).value<CodeId>(), time);
    // When the theme goes, all codes come back.
    ASSERT_TRUE(themes.remove(theme).ok());
    EXPECT_EQ(codes->currentIndex(), 0);
    EXPECT_EQ(view->model()->rowCount(), int(project->codes().list().size()));
}

TEST_F(MatrixViewTest, FollowsNewCodingsAndExportsWhatItShows)
{
    view->setKind(MatrixKind::Sources);
    MatrixModel *model = view->model();
    const SourceInfo source = project->sources().list().first();
    const int before = model->index(0, 0).data().toInt();
    ASSERT_TRUE(project->codings().add({source.id, model->matrix().rows().first().id, 0, 5}).ok());
    ASSERT_TRUE(project->codings().add({source.id, model->matrix().rows().first().id, 5, 9}).ok());
    // Both changes rebuild the matrix once, when control returns to the event loop.
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QCoreApplication::sendPostedEvents(model);
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(model->index(0, 0).data().toInt(), before + 2);

    const QString path = dir.filePath(QStringLiteral("matris.csv"));
    ASSERT_TRUE(view->exportTo(path).ok());
    Result<DataTable> read = CsvReader::read(test::readFile(path));
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->header.mid(1).first(), source.name);
    EXPECT_EQ(read->rows.first().at(1), QString::number(before + 2));
    const Status refused = view->exportTo(dir.filePath(QStringLiteral("matris.pdf")));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("matris.pdf")));

    QSignalSpy activated(view.get(), &MatrixView::cellActivated);
    const QTableView *table = view->table();
    const QRect cell = table->visualRect(model->index(0, 0));
    // A double-click is a press and release, then the double-click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().at(0).value<CodeId>(), model->matrix().rows().first().id);
    EXPECT_EQ(activated.first().at(1).toInt(), 0);
}
