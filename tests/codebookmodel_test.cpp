#include "core/demo/demoproject.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "ui/commands/editor.h"
#include "ui/models/codebookmodel.h"
#include "ui/models/codebooksortmodel.h"
#include "ui/models/textrangemime.h"
#include "tests/support/testenvironment.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace tematik;

namespace {

// The tree as the model shows it, depth first: one "path<TAB>codings<TAB>sources" line a row.
void collect(const QAbstractItemModel &model, const QModelIndex &parent, const QString &prefix, QStringList &rows)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString path = prefix + index.data().toString();
        rows.append(path + u'\t' + model.index(row, 1, parent).data().toString() + u'\t'
                    + model.index(row, 2, parent).data().toString());
        collect(model, index, path + u'/', rows);
    }
}

QStringList shown(const QAbstractItemModel &model)
{
    QStringList rows;
    collect(model, {}, {}, rows);
    return rows;
}

// The same, as the project has it.
QStringList stored(Project &project)
{
    const QHash<CodeId, CodeUse> use = project.codings().useByCode();
    QStringList rows;
    for (const Code &c : project.codes().list()) {
        rows.append(project.codes().path(c.id) + u'\t' + QString::number(use.value(c.id).codings) + u'\t'
                    + QString::number(use.value(c.id).sources));
    }
    return rows;
}

class CodebookModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")), DemoProject::Stage::Coded);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
        editor = std::make_unique<Editor>(*project, stack);
        model = std::make_unique<CodebookModel>(*project, editor.get());
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        source = project->sources().list().first().id;
        time = project->codes().findByPath(QStringLiteral("Tid och mandat"))->id;
        relations = project->codes().findByPath(QStringLiteral("Relationer och nätverk"))->id;
    }

    CodeId id(const char *path) const { return project->codes().findByPath(QString::fromUtf8(path))->id; }

    QMimeData *codeDrag(CodeId code) const { return model->mimeData({model->indexOf(code)}); }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QUndoStack stack;
    std::unique_ptr<Editor> editor;
    std::unique_ptr<CodebookModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    SourceId source = 0;
    CodeId time = 0;
    CodeId relations = 0;
};

} // namespace

TEST_F(CodebookModelTest, FollowsEveryEditWithoutAReset)
{
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy layouts(model.get(), &QAbstractItemModel::layoutChanged);
    EXPECT_EQ(shown(*model), stored(*project));

    Result<CodeId> added = editor->addCode(NewCode{QStringLiteral("Förtroende"), time, {}, {}});
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.last().at(0).value<QModelIndex>(), model->indexOf(time));
    EXPECT_EQ(inserted.last().at(1).toInt(), 3);
    EXPECT_EQ(shown(*model), stored(*project));

    // A persistent index (a view's current row, say) follows its code through a move.
    const QPersistentModelIndex follow = model->indexOf(*added);
    ASSERT_TRUE(editor->moveCode(*added, relations, 0).ok());
    EXPECT_EQ(layouts.count(), 1);
    EXPECT_EQ(model->codeAt(follow), *added);
    EXPECT_EQ(follow.parent(), model->indexOf(relations));
    EXPECT_EQ(shown(*model), stored(*project));

    ASSERT_TRUE(editor->mergeCodes(relations, time).ok());
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(shown(*model), stored(*project));
    EXPECT_EQ(model->codeAt(follow), *added);

    stack.undo(); // the merge
    EXPECT_EQ(shown(*model), stored(*project));
    stack.undo(); // the move
    stack.undo(); // the add
    EXPECT_EQ(shown(*model), stored(*project));
    EXPECT_FALSE(follow.isValid());
    ASSERT_TRUE(editor->removeCode(time).ok());
    EXPECT_EQ(shown(*model), stored(*project));
    stack.undo();
    EXPECT_EQ(shown(*model), stored(*project));
    stack.redo();
    stack.redo();
    EXPECT_EQ(shown(*model), stored(*project));
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(CodebookModelTest, CountsFollowCodingsAndSourcesComingAndGoing)
{
    const SourceId second = project->sources().list().at(1).id;
    ASSERT_TRUE(editor->addCoding(NewCoding{second, time, 0, 10}).ok());
    ASSERT_TRUE(editor->addCoding(NewCoding{source, time, 0, 10}).ok());
    ASSERT_TRUE(editor->addCoding(NewCoding{source, time, 20, 30}).ok());
    EXPECT_EQ(shown(*model), stored(*project));
    EXPECT_EQ(model->indexOf(time, CodebookModel::CodingsColumn).data().toInt(), 3);
    EXPECT_EQ(model->indexOf(time, CodebookModel::SourcesColumn).data().toInt(), 2);
    // The source goes, and its codings with it.
    ASSERT_TRUE(project->sources().remove(source).ok());
    EXPECT_EQ(shown(*model), stored(*project));
    EXPECT_EQ(model->indexOf(time, CodebookModel::CodingsColumn).data().toInt(), 1);
    stack.clear();
    ASSERT_TRUE(project->codings().remove(project->codings().forCode(time).first().id).ok());
    EXPECT_EQ(shown(*model), stored(*project));
}

TEST_F(CodebookModelTest, RenameAndCountsChangeOnlyTheirCells)
{
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    const CodeId deadline = id("Tid och mandat/Prevention förlorar mot uppgifter med deadline");
    ASSERT_TRUE(model->setData(model->indexOf(deadline), QStringLiteral("Deadline vinner")));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).value<QModelIndex>(), model->indexOf(deadline));
    EXPECT_EQ(model->indexOf(deadline).data().toString(), QStringLiteral("Deadline vinner"));
    stack.undo();
    EXPECT_EQ(model->indexOf(deadline).data().toString(),
              QStringLiteral("Prevention förlorar mot uppgifter med deadline"));

    // A sibling's name is refused, and the model says why.
    QSignalSpy failed(model.get(), &CodebookModel::editFailed);
    EXPECT_FALSE(model->setData(model->indexOf(deadline), QStringLiteral("Mandatet måste förtjänas")));
    EXPECT_EQ(failed.count(), 1);

    changed.clear();
    ASSERT_TRUE(editor->addCoding(NewCoding{source, deadline, 0, 10}).ok());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).value<QModelIndex>(), model->indexOf(deadline, CodebookModel::CodingsColumn));
    EXPECT_EQ(changed.last().at(1).value<QModelIndex>(), model->indexOf(deadline, CodebookModel::SourcesColumn));
    EXPECT_EQ(model->indexOf(deadline, CodebookModel::CodingsColumn).data().toInt(), 2);
    EXPECT_EQ(shown(*model), stored(*project));
}

TEST_F(CodebookModelTest, DroppedCodesNestAndReorder)
{
    const CodeId styr = id("Styrdokument i praktiken");
    // Onto a code: nested under it, last.
    std::unique_ptr<QMimeData> drag(codeDrag(styr));
    ASSERT_TRUE(model->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, model->indexOf(time)));
    ASSERT_TRUE(model->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, model->indexOf(time)));
    EXPECT_EQ(project->codes().path(styr), QStringLiteral("Tid och mandat/Styrdokument i praktiken"));
    EXPECT_EQ(model->indexOf(styr).row(), 3);
    // Between rows: there. Row 1 of the top level is before "Relationer och nätverk".
    ASSERT_TRUE(model->dropMimeData(drag.get(), Qt::MoveAction, 1, 0, {}));
    EXPECT_EQ(model->indexOf(styr), model->index(1, 0));
    // Down among its own siblings: the row counts the dragged code itself.
    ASSERT_TRUE(model->dropMimeData(drag.get(), Qt::MoveAction, 0, 0, {}));
    drag.reset(codeDrag(time));
    ASSERT_TRUE(model->dropMimeData(drag.get(), Qt::MoveAction, 3, 0, {}));
    EXPECT_EQ(model->indexOf(time), model->index(2, 0));
    EXPECT_EQ(shown(*model), stored(*project));
    EXPECT_EQ(stack.count(), 4);
    // Never under itself or its own subcode.
    const CodeId child = id("Tid och mandat/Mandatet måste förtjänas");
    EXPECT_FALSE(model->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, model->indexOf(time)));
    EXPECT_FALSE(model->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, model->indexOf(child)));
    EXPECT_FALSE(model->dropMimeData(drag.get(), Qt::MoveAction, 0, 0, model->indexOf(child)));
    while (stack.canUndo())
        stack.undo();
    EXPECT_EQ(project->codes().list().first().id, time);
    EXPECT_EQ(shown(*model), stored(*project));
}

TEST_F(CodebookModelTest, DroppedWordsAreCodedWithTheCode)
{
    QMimeData words;
    words.setText(QStringLiteral("ett par ord"));
    TextRangeMime{source, 120, 160}.writeTo(words);
    EXPECT_EQ(words.data(TextRangeMime::type()), QByteArray::number(source) + " 120 160");
    // Words land on a code, not between codes.
    EXPECT_FALSE(model->canDropMimeData(&words, Qt::CopyAction, 0, 0, {}));
    EXPECT_FALSE(model->canDropMimeData(&words, Qt::CopyAction, 0, 0, model->indexOf(time)));
    ASSERT_TRUE(model->canDropMimeData(&words, Qt::CopyAction, -1, -1, model->indexOf(relations, 1)));
    ASSERT_TRUE(model->dropMimeData(&words, Qt::CopyAction, -1, -1, model->indexOf(relations, 1)));
    const QList<Coding> coded = project->codings().forCode(relations);
    ASSERT_EQ(coded.size(), 1);
    EXPECT_EQ(coded.first().sourceId, source);
    EXPECT_EQ(coded.first().start, 120);
    EXPECT_EQ(coded.first().end, 160);
    EXPECT_EQ(model->indexOf(relations, CodebookModel::CodingsColumn).data().toInt(), 1);
    stack.undo();
    EXPECT_TRUE(project->codings().forCode(relations).isEmpty());

    // A range past the end of the source is refused by the project, and the model says so.
    QSignalSpy failed(model.get(), &CodebookModel::editFailed);
    QMimeData tooFar;
    TextRangeMime{source, 0, 999999}.writeTo(tooFar);
    EXPECT_FALSE(model->dropMimeData(&tooFar, Qt::CopyAction, -1, -1, model->indexOf(relations)));
    EXPECT_EQ(failed.count(), 1);
    QMimeData malformed;
    malformed.setData(TextRangeMime::type(), "1 20 10");
    EXPECT_FALSE(model->canDropMimeData(&malformed, Qt::CopyAction, -1, -1, model->indexOf(relations)));
}

TEST_F(CodebookModelTest, ReadOnlyWithoutAnEditor)
{
    CodebookModel readOnly(*project);
    const QModelIndex index = readOnly.indexOf(time);
    EXPECT_FALSE(readOnly.flags(index).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(readOnly.setData(index, QStringLiteral("Tid")));
    std::unique_ptr<QMimeData> drag(codeDrag(relations));
    EXPECT_FALSE(readOnly.canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, index));
}

TEST_F(CodebookModelTest, SortsByNameInTheUsersLanguageOrKeepsTheManualOrder)
{
    ASSERT_TRUE(editor->addCode(NewCode{QStringLiteral("Ålder"), std::nullopt, {}, {}}).ok());
    ASSERT_TRUE(editor->addCode(NewCode{QStringLiteral("Ärende"), std::nullopt, {}, {}}).ok());
    ASSERT_TRUE(editor->addCode(NewCode{QStringLiteral("Arbetsmiljö"), std::nullopt, {}, {}}).ok());
    CodebookSortModel sorted(QStringLiteral("sv"));
    sorted.setSourceModel(model.get());
    QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto topLevel = [&] {
        QStringList names;
        for (int row = 0; row < sorted.rowCount(); ++row)
            names.append(sorted.index(row, 0).data().toString());
        return names;
    };
    const QStringList manual{QStringLiteral("Tid och mandat"), QStringLiteral("Relationer och nätverk"),
                             QStringLiteral("Styrdokument i praktiken"), QStringLiteral("Ålder"),
                             QStringLiteral("Ärende"), QStringLiteral("Arbetsmiljö")};
    EXPECT_EQ(topLevel(), manual);
    sorted.setSortByName(true);
    EXPECT_EQ(topLevel(), (QStringList{QStringLiteral("Arbetsmiljö"), QStringLiteral("Relationer och nätverk"),
                                       QStringLiteral("Styrdokument i praktiken"), QStringLiteral("Tid och mandat"),
                                       QStringLiteral("Ålder"), QStringLiteral("Ärende")}));
    // A rename finds its place.
    ASSERT_TRUE(editor->renameCode(time, QStringLiteral("Öppenhet")).ok());
    EXPECT_EQ(topLevel().last(), QStringLiteral("Öppenhet"));
    // Sorted, a code dropped between rows goes under their parent, last in the manual order.
    const CodeId network = id("Relationer och nätverk/Nätverket som kraftkälla");
    std::unique_ptr<QMimeData> drag(codeDrag(network));
    ASSERT_TRUE(sorted.dropMimeData(drag.get(), Qt::MoveAction, 0, 0, {}));
    EXPECT_FALSE(project->codes().find(network)->parentId.has_value());
    EXPECT_EQ(topLevel().at(1), QStringLiteral("Nätverket som kraftkälla"));
    // Words still need a code to land on.
    QMimeData words;
    TextRangeMime{source, 0, 5}.writeTo(words);
    EXPECT_FALSE(sorted.canDropMimeData(&words, Qt::CopyAction, 0, 0, {}));
    EXPECT_TRUE(sorted.canDropMimeData(&words, Qt::CopyAction, -1, -1, sorted.index(0, 0)));
    sorted.setSortByName(false);
    EXPECT_EQ(topLevel().last(), QStringLiteral("Nätverket som kraftkälla"));
}
