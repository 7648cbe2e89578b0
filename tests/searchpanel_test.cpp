#include "core/demo/demoproject.h"
#include "core/search/textsearch.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/text/codepointindex.h"
#include "tests/support/storestate.h"
#include "tests/support/testenvironment.h"
#include "ui/commands/editor.h"
#include "ui/models/searchresultmodel.h"
#include "ui/widgets/quickcodepopup.h"
#include "ui/widgets/searchpanel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace tematik;

namespace {

class SearchPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")), DemoProject::Stage::Coded);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
        editor = std::make_unique<Editor>(*project, stack);
        panel.setProject(project.get(), editor.get());
        panel.resize(900, 600);
        panel.show();
        QApplication::setActiveWindow(&panel);
    }

    void TearDown() override { panel.setProject(nullptr, nullptr); }

    QList<SearchHit> find(const QString &query)
    {
        SearchOptions options;
        options.context = SearchResultModel::contextLength;
        Result<QList<SearchHit>> hits = TextSearch(project->database()).find(query, options);
        EXPECT_TRUE(hits.ok());
        return hits.ok() ? *hits : QList<SearchHit>();
    }

    // Enter in the search field, as the researcher searches.
    void type(const QString &query)
    {
        // QTest types ASCII only: the words go in as pasted, Enter is a key press.
        panel.queryField()->setText(query);
        QTest::keyClick(panel.queryField(), Qt::Key_Return);
    }

    // The code popup that a "Code … hits" button opens.
    QuickCodePopup *openPopup(const char *button)
    {
        auto *b = panel.findChild<QPushButton *>(QLatin1String(button));
        EXPECT_NE(b, nullptr);
        if (!b || !b->isEnabled())
            return nullptr;
        QTest::mouseClick(b, Qt::LeftButton);
        for (QuickCodePopup *p : panel.findChildren<QuickCodePopup *>()) {
            if (p->isVisible())
                return p;
        }
        return nullptr;
    }

    SearchResultModel &model() { return *panel.model(); }

    // Counted words take their English plural forms from the translation the lead brings up to date.
    static QString counted(const char *text, qsizetype n)
    {
        return QCoreApplication::translate("tematik::SearchPanel", text, nullptr, int(n));
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QUndoStack stack;
    std::unique_ptr<Editor> editor;
    SearchPanel panel;
};

} // namespace

TEST_F(SearchPanelTest, ListsTheHitsAsKeywordsInContext)
{
    EXPECT_EQ(panel.status(), QStringLiteral("Type words to find and press Enter."));
    type(QStringLiteral("förtroende"));
    const QList<SearchHit> hits = find(QStringLiteral("förtroende"));
    ASSERT_GT(hits.size(), 5);
    ASSERT_EQ(model().rowCount(), hits.size());
    QSet<SourceId> sources;
    for (const SearchHit &h : hits)
        sources.insert(h.source);
    EXPECT_EQ(panel.status(),
              QStringLiteral("%1 in %2")
                  .arg(counted("%Ln hit(s)", hits.size()), counted("%Ln source(s)", sources.size())));

    const SearchHit &h = hits.at(3);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model().index(3, column).data(role);
    };
    EXPECT_EQ(cell(SearchResultModel::SourceColumn).toString(), h.sourceName);
    EXPECT_EQ(cell(SearchResultModel::SpeakerColumn).toString(), h.speaker);
    EXPECT_EQ(cell(SearchResultModel::BeforeColumn).toString(), h.before);
    EXPECT_EQ(cell(SearchResultModel::MatchColumn).toString(), h.match);
    EXPECT_EQ(cell(SearchResultModel::AfterColumn).toString(), h.after);
    EXPECT_EQ(h.match.toLower(), QStringLiteral("förtroende"));
    EXPECT_TRUE(cell(SearchResultModel::MatchColumn, Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(cell(SearchResultModel::BeforeColumn, Qt::TextAlignmentRole).toInt() & Qt::AlignRight,
              Qt::AlignRight);

    // Case does not matter; å, ä and ö are letters of their own.
    type(QStringLiteral("FÖRTROENDE"));
    EXPECT_EQ(model().rowCount(), hits.size());
    type(QStringLiteral("fortroende"));
    EXPECT_EQ(model().rowCount(), 0);
    EXPECT_EQ(panel.status(), QStringLiteral("No source holds “fortroende”."));

    // A query with nothing to search for says so.
    type(QStringLiteral("* \"\""));
    EXPECT_EQ(model().rowCount(), 0);
    EXPECT_TRUE(panel.status().contains(QStringLiteral("has no word to search for")))
        << panel.status().toStdString();
}

TEST_F(SearchPanelTest, DoubleClickCarriesTheHitsCodePoints)
{
    panel.search(QStringLiteral("förtroende"));
    ASSERT_GT(model().rowCount(), 4);
    QSignalSpy activated(&panel, &SearchPanel::hitActivated);
    QTreeView *view = panel.view();
    const QModelIndex index = model().index(4, SearchResultModel::MatchColumn);
    view->scrollTo(index);
    // A double-click is a press and release, then the double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    ASSERT_EQ(activated.size(), 1);
    const SearchHit &hit = model().hitAt(4);
    EXPECT_EQ(activated.at(0).at(0).value<SourceId>(), hit.source);
    EXPECT_EQ(activated.at(0).at(1).value<qint64>(), hit.start);
    EXPECT_EQ(activated.at(0).at(2).value<qint64>(), hit.end);
    const QString text = *project->sources().text(hit.source);
    EXPECT_EQ(CodePointIndex::slice(text, CodePointIndex(text), hit.start, hit.end), hit.match);
}

TEST_F(SearchPanelTest, CodingChosenHitsIsOneUndoStep)
{
    panel.search(QStringLiteral("förtroende"));
    ASSERT_GT(model().rowCount(), 4);
    EXPECT_EQ(openPopup("codeChosenHits"), nullptr); // nothing chosen yet

    // Two hits ticked in their check boxes.
    model().setData(model().index(1, SearchResultModel::SourceColumn), Qt::Checked, Qt::CheckStateRole);
    model().setData(model().index(4, SearchResultModel::SourceColumn), Qt::Checked, Qt::CheckStateRole);
    EXPECT_TRUE(panel.status().endsWith(QStringLiteral(", 2 chosen"))) << panel.status().toStdString();
    const QList<SearchHit> chosen = model().chosenHits();
    ASSERT_EQ(chosen.size(), 2);

    const CodeId network =
        project->codes().findByPath(QStringLiteral("Relationer och nätverk/Nätverket som kraftkälla"))->id;
    const qsizetype before = project->codings().forCode(network).size();
    const QStringList state = test::storeState(*project);
    QuickCodePopup *popup = openPopup("codeChosenHits");
    ASSERT_NE(popup, nullptr);
    QTest::keyClicks(popup->input(), QStringLiteral("kraft"));
    QTest::keyClick(popup->input(), Qt::Key_Return);

    const QList<Coding> coded = project->codings().forCode(network);
    ASSERT_EQ(coded.size(), before + 2);
    for (const SearchHit &hit : chosen) {
        EXPECT_TRUE(std::any_of(coded.cbegin(), coded.cend(), [&](const Coding &c) {
            return c.sourceId == hit.source && c.start == hit.start && c.end == hit.end;
        }));
    }
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(panel.message(),
              counted("Coded %Ln hit(s) with ‘%1’.", 2).arg(QStringLiteral("Nätverket som kraftkälla")));

    // The same hits again add nothing.
    EXPECT_TRUE(panel.codeHits(chosen, network).ok());
    EXPECT_EQ(project->codings().forCode(network).size(), before + 2);
    EXPECT_EQ(stack.count(), 1);

    stack.undo();
    EXPECT_EQ(test::storeState(*project), state);
    stack.redo();
    EXPECT_EQ(project->codings().forCode(network).size(), before + 2);
}

TEST_F(SearchPanelTest, CodingAllHitsWithANewCodeIsOneUndoStep)
{
    panel.search(QStringLiteral("förtroende"));
    const int hits = model().rowCount();
    ASSERT_GT(hits, 0);
    model().setAllChosen(true);
    EXPECT_EQ(model().chosenCount(), hits);
    model().setAllChosen(false);
    EXPECT_EQ(model().chosenCount(), 0);
    // Space chooses the selected hits, and again unchooses them.
    panel.view()->setFocus();
    panel.view()->setCurrentIndex(model().index(2, SearchResultModel::MatchColumn));
    QTest::keyClick(panel.view(), Qt::Key_Space);
    EXPECT_EQ(model().chosenCount(), 1);
    EXPECT_TRUE(model().isChosen(2));
    QTest::keyClick(panel.view(), Qt::Key_Space);
    EXPECT_EQ(model().chosenCount(), 0);
    model().setData(model().index(0, SearchResultModel::SourceColumn), Qt::Checked, Qt::CheckStateRole);
    test::saveScreenshot(&panel, QStringLiteral("searchpanel"));

    const QStringList state = test::storeState(*project);
    QuickCodePopup *popup = openPopup("codeAllHits");
    ASSERT_NE(popup, nullptr);
    popup->input()->setText(QStringLiteral("Förtroende"));
    EXPECT_EQ(popup->offered().value(0), QStringLiteral("New code “Förtroende”"));
    QTest::keyClick(popup->input(), Qt::Key_Return);

    const std::optional<Code> made = project->codes().findByPath(QStringLiteral("Förtroende"));
    ASSERT_TRUE(made.has_value());
    EXPECT_EQ(project->codings().forCode(made->id).size(), hits);
    EXPECT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_EQ(test::storeState(*project), state);
    EXPECT_FALSE(project->codes().findByPath(QStringLiteral("Förtroende")).has_value());
    stack.redo();
    EXPECT_EQ(
        project->codings().forCode(project->codes().findByPath(QStringLiteral("Förtroende"))->id).size(),
        hits);
}
