#include "core/demo/demoproject.h"
#include "core/store/casestore.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/segmentquery.h"
#include "core/store/sourcestore.h"
#include "core/store/themestore.h"
#include "core/text/codepointindex.h"
#include "tests/support/testenvironment.h"
#include "ui/commands/editor.h"
#include "ui/models/segmentlistmodel.h"
#include "ui/widgets/retrievalpanel.h"
#include "ui/widgets/segmentcarddelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QListView>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tematik;

namespace {

// The demo project with a dimension "Villkor" holding the theme "Tid" (the codes under "Tid och
// mandat") and the theme "Relationer" (the codes under "Relationer och nätverk"). Besides the demo's
// few codings, every participant turn that speaks of time or trust is coded, so that there is a
// realistic number of segments to read.
class RetrievalPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")), DemoProject::Stage::Coded);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
        ThemeStore &themes = project->themes();
        dimension = *themes.addDimension(QStringLiteral("Villkor"));
        time = *themes.addTheme(QStringLiteral("Tid"), dimension);
        relations = *themes.addTheme(QStringLiteral("Relationer"), dimension);
        timeParent = project->codes().findByPath(QStringLiteral("Tid och mandat"))->id;
        tooLittle =
            project->codes().findByPath(QStringLiteral("Tid och mandat/För lite tid för uppdraget"))->id;
        network = project->codes()
                      .findByPath(QStringLiteral("Relationer och nätverk/Nätverket som kraftkälla"))
                      ->id;
        for (const Code &c : project->codes().list()) {
            const QString path = project->codes().path(c.id);
            if (path.startsWith(QLatin1String("Tid och mandat/"))) {
                ASSERT_TRUE(themes.assignCode(c.id, time).ok());
            } else if (path.startsWith(u"Relationer och nätverk/")) {
                ASSERT_TRUE(themes.assignCode(c.id, relations).ok());
            }
        }
        codeTurns(QStringLiteral("\\btid\\b"), tooLittle);
        codeTurns(QStringLiteral("förtroende"), network);

        editor = std::make_unique<Editor>(*project, stack);
        panel.setProject(project.get(), editor.get());
        panel.resize(900, 600);
        panel.show();
        QApplication::setActiveWindow(&panel);
    }

    void TearDown() override { panel.setProject(nullptr, nullptr); }

    // Codes the words of every turn not spoken by the interviewer ("I") that matches pattern.
    void codeTurns(const QString &pattern, CodeId code)
    {
        const QRegularExpression words(pattern, QRegularExpression::CaseInsensitiveOption);
        for (const SourceInfo &source : project->sources().list()) {
            const QString text = *project->sources().text(source.id);
            const CodePointIndex index(text);
            for (const SpeakerTurn &turn : project->sources().turns(source.id)) {
                if (turn.speaker.isEmpty() || turn.speaker == QLatin1String("I"))
                    continue;
                qint64 end = turn.end;
                while (end > turn.textStart && text.at(index.toUtf16(end - 1)).isSpace())
                    --end;
                if (end > turn.textStart &&
                    CodePointIndex::slice(text, index, turn.textStart, end).contains(words)) {
                    ASSERT_TRUE(project->codings().add(NewCoding{source.id, code, turn.textStart, end}).ok());
                }
            }
        }
    }

    SegmentListModel &model() { return *panel.model(); }
    QListView &list() { return *panel.list(); }
    template <typename Widget> Widget *child(const char *name)
    {
        return panel.findChild<Widget *>(QLatin1String(name));
    }

    QList<CodingId> shownCodings()
    {
        QList<CodingId> ids;
        for (const RetrievedSegment &s : model().segments())
            ids.append(s.codingId);
        return ids;
    }

    static QList<CodingId> idsOf(const QList<RetrievedSegment> &segments)
    {
        QList<CodingId> ids;
        for (const RetrievedSegment &s : segments)
            ids.append(s.codingId);
        return ids;
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QUndoStack stack;
    std::unique_ptr<Editor> editor;
    RetrievalPanel panel;
    ThemeId dimension = 0, time = 0, relations = 0;
    CodeId timeParent = 0, tooLittle = 0, network = 0;
};

} // namespace

TEST_F(RetrievalPanelTest, ShowsTheSegmentsOfAThemeADimensionOrACodeAndSaysWhat)
{
    EXPECT_EQ(panel.heading(), QStringLiteral("Choose a code or a theme to read its coded segments."));
    EXPECT_EQ(model().rowCount(), 0);

    const SegmentQuery query(project->database());
    panel.setTheme(time);
    const QList<RetrievedSegment> inTime = query.ofTheme(time);
    ASSERT_GT(inTime.size(), 5);
    EXPECT_EQ(shownCodings(), idsOf(inTime));
    QSet<SourceId> sources;
    QSet<QString> cases;
    for (const RetrievedSegment &s : inTime) {
        sources.insert(s.sourceId);
        if (!s.caseName.isEmpty())
            cases.insert(s.caseName);
    }
    ASSERT_GT(cases.size(), 1);
    // Counted words take their English plural forms from the translation the lead brings up to date.
    const auto counted = [](const char *text, qsizetype n) {
        return QCoreApplication::translate("tematik::RetrievalPanel", text, nullptr, int(n));
    };
    EXPECT_EQ(panel.heading(),
              QStringLiteral("Theme: Tid — %1 from %2 in %3")
                  .arg(counted("%Ln segment(s)", inTime.size()), counted("%Ln participant(s)", cases.size()),
                       counted("%Ln source(s)", sources.size())));

    panel.setTheme(dimension);
    EXPECT_EQ(model().rowCount(), query.ofTheme(dimension).size());
    EXPECT_TRUE(panel.heading().startsWith(QStringLiteral("Dimension: Villkor — ")));

    // A code alone, then with its subcodes (by the panel's own check box).
    panel.setCode(timeParent);
    EXPECT_EQ(shownCodings(), idsOf(query.ofCode(timeParent)));
    EXPECT_TRUE(panel.heading().startsWith(QStringLiteral("Code: Tid och mandat — ")));
    auto *subcodes = child<QCheckBox>("includeSubcodes");
    panel.setCode(tooLittle); // a code without subcodes offers none to include
    ASSERT_NE(subcodes, nullptr);
    EXPECT_FALSE(subcodes->isVisible());
    panel.setCode(timeParent);
    ASSERT_NE(subcodes, nullptr);
    EXPECT_TRUE(subcodes->isVisible());
    subcodes->setChecked(true);
    QList<CodeId> subtree;
    for (const Code &c : project->codes().subtree(timeParent))
        subtree.append(c.id);
    EXPECT_EQ(shownCodings(), idsOf(query.ofCodes(subtree)));
    EXPECT_GT(model().rowCount(), 0);
    EXPECT_TRUE(panel.heading().startsWith(QStringLiteral("Code with subcodes: Tid och mandat — ")));

    // Each card says where its words are from.
    const QModelIndex first = model().index(0, SegmentListModel::TextColumn);
    const RetrievedSegment &s = model().segmentAt(0);
    EXPECT_EQ(first.data().toString(), s.text);
    EXPECT_TRUE(first.data(SegmentListModel::ReferenceRole)
                    .toString()
                    .startsWith(s.sourceName + QStringLiteral(" · ")));
}

TEST_F(RetrievalPanelTest, FiltersNarrowTheSegments)
{
    panel.setTheme(dimension);
    const QList<RetrievedSegment> all = model().segments();
    ASSERT_FALSE(all.isEmpty());

    auto *source = child<QComboBox>("sourceFilter");
    auto *speaker = child<QComboBox>("speakerFilter");
    auto *attribute = child<QComboBox>("attributeFilter");
    auto *coder = child<QComboBox>("coderFilter");
    auto *exemplars = child<QCheckBox>("exemplarsOnly");
    ASSERT_TRUE(source && speaker && attribute && coder && exemplars);

    // One source: only its segments, all of them.
    source->setCurrentIndex(source->findData(all.last().sourceId));
    qsizetype inSource = 0;
    for (const RetrievedSegment &s : all)
        inSource += s.sourceId == all.last().sourceId;
    EXPECT_EQ(model().rowCount(), inSource);
    for (const RetrievedSegment &s : model().segments())
        EXPECT_EQ(s.sourceId, all.last().sourceId);
    source->setCurrentIndex(0);
    EXPECT_EQ(model().rowCount(), all.size());

    // Attribute values are offered as they occur among the cases.
    const int regional = attribute->findText(QStringLiteral("nivå = regional"));
    ASSERT_GE(regional, 0);
    attribute->setCurrentIndex(regional);
    SegmentFilter byLevel;
    byLevel.attributes = {{QStringLiteral("nivå"), QStringLiteral("regional")}};
    const QList<RetrievedSegment> regionalSegments =
        SegmentQuery(project->database()).ofTheme(dimension, byLevel);
    EXPECT_LT(regionalSegments.size(), all.size());
    EXPECT_EQ(shownCodings(), idsOf(regionalSegments));
    attribute->setCurrentIndex(0);

    const int participant = speaker->findText(QStringLiteral("IP"));
    ASSERT_GE(participant, 0);
    speaker->setCurrentIndex(participant);
    EXPECT_GT(model().rowCount(), 0);
    for (const RetrievedSegment &s : model().segments())
        EXPECT_EQ(s.speaker, QStringLiteral("IP"));
    speaker->setCurrentIndex(0);

    // Every coder of the project is offered; one who coded nothing here leaves nothing to show.
    ASSERT_TRUE(project->setCoder(QStringLiteral("Kim")).ok());
    panel.setTheme(dimension);
    const int kim = coder->findText(QStringLiteral("Kim"));
    ASSERT_GE(kim, 0);
    coder->setCurrentIndex(kim);
    EXPECT_EQ(model().rowCount(), 0);
    EXPECT_TRUE(panel.heading().endsWith(QStringLiteral("no segments")));
    coder->setCurrentIndex(0);
    EXPECT_EQ(model().rowCount(), all.size());

    exemplars->setChecked(true);
    EXPECT_EQ(model().rowCount(), 0);
    exemplars->setChecked(false);
    EXPECT_EQ(model().rowCount(), all.size());
}

TEST_F(RetrievalPanelTest, MarkingAnExemplarGoesThroughTheEditorAndUndoes)
{
    panel.setTheme(time);
    auto *exemplars = child<QCheckBox>("exemplarsOnly");
    ASSERT_GT(model().rowCount(), 2);
    const CodingId second = model().segmentAt(1).codingId;

    // The E key on the selected card.
    list().setFocus();
    list().setCurrentIndex(model().index(1, SegmentListModel::TextColumn));
    QTest::keyClick(&list(), Qt::Key_E);
    EXPECT_TRUE(project->codings().find(second)->exemplar);
    EXPECT_EQ(stack.count(), 1);
    EXPECT_TRUE(model().index(1, 0).data(SegmentListModel::ExemplarRole).toBool());
    EXPECT_EQ(model().index(1, SegmentListModel::ExemplarColumn).data(Qt::CheckStateRole), Qt::Checked);

    // A click on the star of the first card.
    const QRect card = list().visualRect(model().index(0, SegmentListModel::TextColumn));
    auto *delegate = qobject_cast<SegmentCardDelegate *>(list().itemDelegate());
    ASSERT_NE(delegate, nullptr);
    QTest::mouseClick(list().viewport(), Qt::LeftButton, {}, delegate->starRect(card).center());
    const CodingId first = model().segmentAt(0).codingId;
    EXPECT_TRUE(project->codings().find(first)->exemplar);
    EXPECT_EQ(stack.count(), 2);

    exemplars->setChecked(true);
    EXPECT_EQ(shownCodings(), (QList<CodingId>{first, second}));
    test::saveScreenshot(&panel, QStringLiteral("retrievalpanel-exemplars"));

    // Undo takes the mark away, and the list follows the store.
    stack.undo();
    QCoreApplication::processEvents();
    EXPECT_FALSE(project->codings().find(first)->exemplar);
    EXPECT_EQ(shownCodings(), (QList<CodingId>{second}));
    stack.undo();
    QCoreApplication::processEvents();
    EXPECT_FALSE(project->codings().find(second)->exemplar);
    EXPECT_EQ(model().rowCount(), 0);
    stack.redo();
    QCoreApplication::processEvents();
    EXPECT_EQ(shownCodings(), (QList<CodingId>{second}));
}

TEST_F(RetrievalPanelTest, ActivationCarriesTheSegmentsCodePoints)
{
    panel.setTheme(relations);
    ASSERT_GT(model().rowCount(), 2);
    QSignalSpy activated(&panel, &RetrievalPanel::segmentActivated);
    const RetrievedSegment s = model().segmentAt(2);
    const QModelIndex index = model().index(2, SegmentListModel::TextColumn);
    list().setFocus();
    list().setCurrentIndex(index);
    QTest::keyClick(&list(), Qt::Key_Return);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).value<SourceId>(), s.sourceId);
    EXPECT_EQ(activated.at(0).at(1).value<qint64>(), s.start);
    EXPECT_EQ(activated.at(0).at(2).value<qint64>(), s.end);
    // The code points are those of the stored text: they slice out the segment's words.
    const QString text = *project->sources().text(s.sourceId);
    EXPECT_EQ(CodePointIndex::slice(text, CodePointIndex(text), s.start, s.end), s.text);

    const QPoint inText = list().visualRect(index).center();
    // A double-click is a press and release, then the double-click.
    QTest::mouseClick(list().viewport(), Qt::LeftButton, {}, inText);
    QTest::mouseDClick(list().viewport(), Qt::LeftButton, {}, inText);
    ASSERT_EQ(activated.size(), 2);
    EXPECT_EQ(activated.at(1).at(1).value<qint64>(), s.start);
}

TEST_F(RetrievalPanelTest, FollowsTheProjectAndCopiesQuotes)
{
    panel.setTheme(relations);
    const int before = model().rowCount();
    // A new coding of a code in the theme, made elsewhere, appears.
    const SourceId source = project->sources().list().first().id;
    ASSERT_TRUE(editor->addCoding(NewCoding{source, network, 0, 10}).ok());
    QCoreApplication::processEvents();
    EXPECT_EQ(model().rowCount(), before + 1);
    // A code taken out of the theme takes its segments with it.
    ASSERT_TRUE(editor->assignCodeToTheme(network, std::nullopt).ok());
    QCoreApplication::processEvents();
    EXPECT_EQ(shownCodings(), idsOf(SegmentQuery(project->database()).ofTheme(relations)));
    EXPECT_LT(model().rowCount(), before);
    stack.undo();
    stack.undo();
    QCoreApplication::processEvents();
    EXPECT_EQ(model().rowCount(), before);

    list().selectionModel()->select(model().index(0, SegmentListModel::TextColumn),
                                    QItemSelectionModel::Select);
    list().selectionModel()->select(model().index(1, SegmentListModel::TextColumn),
                                    QItemSelectionModel::Select);
    const QString copied = panel.selectedText();
    const RetrievedSegment &a = model().segmentAt(0);
    const RetrievedSegment &b = model().segmentAt(1);
    EXPECT_TRUE(
        copied.startsWith(QStringLiteral("“") + a.text.trimmed() + QStringLiteral("”\n(") + a.sourceName));
    EXPECT_TRUE(copied.contains(QStringLiteral("\n\n“") + b.text.trimmed()));

    panel.setTheme(time);
    list().setCurrentIndex(model().index(0, SegmentListModel::TextColumn));
    test::saveScreenshot(&panel, QStringLiteral("retrievalpanel"));
}
