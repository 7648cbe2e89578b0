#include "core/demo/demoproject.h"
#include "core/i18n/interfacelanguage.h"
#include "core/i18n/translations.h"
#include "core/presentation/slidedeck.h"
#include "core/store/codestore.h"
#include "core/store/meetingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/text/namecollator.h"
#include "ui/commands/editor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/memopanel.h"
#include "ui/widgets/presenterwindow.h"
#include "tests/support/testenvironment.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace tematik;

namespace {

// Accelerators are placed differently in each language: texts are compared without them.
QString plain(QString text)
{
    return text.remove(u'&');
}

// What the Swedish translation says of the interface's English texts.
struct SwedishTexts
{
    // English texts whose Swedish differs: on a Swedish screen, they were left untranslated.
    QSet<QString> english;
    // The Swedish texts themselves, which may happen to spell an English text of another message.
    QSet<QString> swedish;
};

SwedishTexts readSwedish()
{
    QXmlStreamReader xml(test::readFile(QStringLiteral(TEMATIK_SOURCE_DIR "/translations/tematik_sv.ts")));
    SwedishTexts texts;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = plain(xml.readElementText());
        } else if (xml.name() == QLatin1String("translation")) {
            // Plural messages ("%n code(s)") never stand on screen as written; their forms are elements.
            const QString translation = plain(xml.readElementText(QXmlStreamReader::SkipChildElements));
            if (translation.trimmed().isEmpty())
                continue;
            texts.swedish.insert(translation);
            if (translation != source)
                texts.english.insert(source);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return texts;
}

// Every text the window shows or can show: actions and menus, labels, buttons, titles, tabs, tool tips,
// placeholders and the headers of its lists and tables. Each text comes with where it was found.
QList<std::pair<QString, QString>> shownTexts(QMainWindow *window)
{
    QList<std::pair<QString, QString>> texts;
    const auto add = [&texts](const QObject *where, const QString &text) {
        if (!text.isEmpty())
            texts.append({plain(text), QString::fromLatin1(where->metaObject()->className())});
    };
    add(window, window->windowTitle());
    for (const QAction *a : window->findChildren<QAction *>()) {
        add(a, a->text());
        add(a, a->toolTip());
        add(a, a->statusTip());
    }
    for (const QWidget *w : window->findChildren<QWidget *>()) {
        add(w, w->toolTip());
        add(w, w->statusTip());
        if (const auto *dock = qobject_cast<const QDockWidget *>(w))
            add(w, dock->windowTitle());
        if (const auto *label = qobject_cast<const QLabel *>(w))
            add(w, label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            add(w, button->text());
        if (const auto *box = qobject_cast<const QGroupBox *>(w))
            add(w, box->title());
        if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            add(w, edit->placeholderText());
        if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(w, combo->itemText(i));
        }
        if (const auto *tabs = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, tabs->tabText(i));
                add(w, tabs->tabToolTip(i));
            }
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                add(view, model->headerData(c, Qt::Horizontal).toString());
        }
    }
    return texts;
}

std::unique_ptr<Project> demo(const QTemporaryDir &dir)
{
    auto project = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
    EXPECT_TRUE(project.ok());
    return project.ok() ? std::move(*project) : nullptr;
}

QStringList menuTitles(const MainWindow *window)
{
    QStringList titles;
    for (const QAction *a : window->menuBar()->actions())
        titles.append(a->text());
    return titles;
}

QAction *undoAction(const MainWindow *window)
{
    return window->menuBar()->actions().at(1)->menu()->actions().at(0);
}

// The View menu's language submenu: the one that offers Svenska, in whatever language the window is.
QMenu *languageMenu(const MainWindow *window)
{
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        for (const QAction *a : menu->actions()) {
            if (a->text() == QLatin1String("Svenska"))
                return menu;
        }
    }
    return nullptr;
}

QString checkedText(const QMenu *menu)
{
    for (const QAction *a : menu->actions()) {
        if (a->isChecked())
            return a->text();
    }
    return {};
}

// Switches and lets the replaced window go, as the event loop would.
MainWindow *switchTo(MainWindow *window, const QString &code)
{
    QPointer<MainWindow> old = window;
    MainWindow *next = window->setInterfaceLanguage(code);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(old.isNull());
    return next;
}

class Language : public ::testing::Test
{
protected:
    void TearDown() override
    {
        // The other tests in this program see the interface as the test main set it up.
        QSettings().remove(QStringLiteral("interface/language"));
        Translations::install(QLocale(QLocale::English));
        QLocale::setDefault(QLocale::system());
    }
};

} // namespace

TEST_F(Language, ChoicesMapToLocales)
{
    EXPECT_EQ(InterfaceLanguage::locale(QStringLiteral("sv")).language(), QLocale::Swedish);
    EXPECT_EQ(InterfaceLanguage::locale(QStringLiteral("en")).language(), QLocale::English);
    EXPECT_EQ(InterfaceLanguage::locale(QString()), QLocale::system());
    // The tests run in the C locale, which speaks neither: each language at home.
    EXPECT_EQ(InterfaceLanguage::locale(QStringLiteral("sv")).name(), QStringLiteral("sv_SE"));
    EXPECT_EQ(InterfaceLanguage::locale(QStringLiteral("en")).name(), QStringLiteral("en_GB"));
    EXPECT_EQ(InterfaceLanguage::saved(), QString());
}

TEST_F(Language, TheViewMenuChoosesTheLanguage)
{
    QPointer<MainWindow> window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    QMenu *menu = languageMenu(window);
    ASSERT_TRUE(menu);
    QStringList texts;
    for (const QAction *a : menu->actions())
        texts.append(a->text());
    EXPECT_EQ(texts, (QStringList{QStringLiteral("Follow &System"), QStringLiteral("Svenska"), QStringLiteral("English")}));
    EXPECT_EQ(checkedText(menu), QStringLiteral("Follow &System"));

    menu->actions().at(1)->trigger();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(window.isNull());
    MainWindow *next = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *m = qobject_cast<MainWindow *>(w); m && m->isVisible())
            next = m;
    }
    ASSERT_TRUE(next);
    EXPECT_EQ(menuTitles(next).value(0), QStringLiteral("&Arkiv"));
    EXPECT_EQ(checkedText(languageMenu(next)), QStringLiteral("Svenska"));
    delete next;
}

TEST_F(Language, SwitchingKeepsTheProjectAndItsHistory)
{
    QTemporaryDir dir;
    auto project = demo(dir);
    ASSERT_TRUE(project);
    const QString path = project->path();
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setProject(std::move(project));
    window->show();
    window->sourceView()->setCurrentIndex(window->sourceView()->model()->index(2, 0));
    const QString shown = window->sourceView()->currentIndex().data().toString();
    const Result<CodeId> code = window->editor()->addCode(NewCode{QStringLiteral("Språkbyte"), std::nullopt, {}, {}});
    ASSERT_TRUE(code.ok());
    const int steps = window->undoStack()->count();
    ASSERT_GT(steps, 0);
    // A memo being written on the code, not yet stored by a pause in the typing.
    const MemoTarget onCode = MemoTarget::code(*code);
    window->findChild<MemoPanel *>()->setTarget(onCode);
    window->findChild<MemoPanel *>()->findChild<QPlainTextEdit *>()->insertPlainText(QStringLiteral("Halvskrivet"));

    window = switchTo(window, QStringLiteral("sv"));
    EXPECT_EQ(menuTitles(window).mid(0, 2), (QStringList{QStringLiteral("&Arkiv"), QStringLiteral("&Redigera")}));
    EXPECT_TRUE(menuTitles(window).contains(QStringLiteral("&Visa")));
    EXPECT_EQ(QLocale().language(), QLocale::Swedish);
    EXPECT_EQ(QSettings().value(QStringLiteral("interface/language")).toString(), QStringLiteral("sv"));
    // Names sort as the chosen language sorts them: in Swedish, ö after z.
    EXPECT_GT(NameCollator().compare(QStringLiteral("Öppenhet"), QStringLiteral("Zon")), 0);
    EXPECT_EQ(QLocale().toString(1200), QStringLiteral("1\u00a0200"));
    ASSERT_TRUE(window->project());
    EXPECT_EQ(window->project()->path(), path);
    EXPECT_EQ(window->sourceView()->currentIndex().data().toString(), shown);
    EXPECT_EQ(window->findChild<MemoPanel *>()->target(), onCode);
    const QList<Memo> memos = window->project()->memos().forTarget(onCode);
    ASSERT_EQ(memos.size(), 1);
    EXPECT_EQ(memos.front().body, QStringLiteral("Halvskrivet"));
    // Storing the memo was a step of its own.
    EXPECT_EQ(window->undoStack()->count(), steps + 1);
    test::saveScreenshot(window, QStringLiteral("language-sv"));

    // The Edit menu's Undo undoes what was done in the window before.
    QAction *undo = undoAction(window);
    ASSERT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_TRUE(window->project()->memos().forTarget(onCode).isEmpty());
    undo->trigger();
    EXPECT_FALSE(window->project()->codes().findByPath(QStringLiteral("Språkbyte")).has_value());
    window->undoStack()->redo();
    window->undoStack()->redo();
    EXPECT_TRUE(window->project()->codes().findByPath(QStringLiteral("Språkbyte")).has_value());
    EXPECT_EQ(window->project()->memos().forTarget(onCode).size(), 1);
    const int stepsNow = window->undoStack()->count();

    window = switchTo(window, QStringLiteral("en"));
    EXPECT_EQ(menuTitles(window).mid(0, 2), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit")}));
    EXPECT_EQ(QLocale().language(), QLocale::English);
    EXPECT_EQ(window->undoStack()->count(), stepsNow);
    EXPECT_LT(NameCollator().compare(QStringLiteral("Öppenhet"), QStringLiteral("Zon")), 0);

    window = switchTo(window, QStringLiteral("sv"));
    EXPECT_EQ(menuTitles(window).value(0), QStringLiteral("&Arkiv"));
    EXPECT_EQ(window->project()->path(), path);

    window = switchTo(window, QString());
    EXPECT_EQ(QLocale(), QLocale::system());
    EXPECT_EQ(QSettings().value(QStringLiteral("interface/language")).toString(), QString());
    EXPECT_EQ(window->undoStack()->count(), stepsNow);
    delete window;
}

TEST_F(Language, NoEnglishIsLeftOnASwedishWindow)
{
    const SwedishTexts swedish = readSwedish();
    ASSERT_FALSE(swedish.english.isEmpty());
    QTemporaryDir dir;
    // The demo's data (its coder, say) is written in the language it is made in and is the project's, not
    // the interface's: a Swedish researcher's project, opened in an English window.
    InterfaceLanguage::apply(QStringLiteral("sv"));
    auto project = demo(dir);
    ASSERT_TRUE(project);
    InterfaceLanguage::apply(QStringLiteral("en"));
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setProject(std::move(project));
    window->show();
    window = switchTo(window, QStringLiteral("sv"));
    // The analysis views are made when their tab is first opened.
    for (int i = 0; i < window->workspace()->count(); ++i)
        window->workspace()->setCurrentIndex(i);
    window->workspace()->setCurrentIndex(0);

    QStringList english;
    for (const auto &[text, where] : shownTexts(window)) {
        if (swedish.english.contains(text) && !swedish.swedish.contains(text))
            english.append(where + QStringLiteral(": ") + text);
    }
    english.removeDuplicates();
    EXPECT_TRUE(english.isEmpty()) << english.join(u'\n').toStdString();
    delete window;
}

TEST_F(Language, AMeetingBeingPresentedGoesOnThroughASwitch)
{
    QTemporaryDir dir;
    auto project = demo(dir);
    ASSERT_TRUE(project);
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setProject(std::move(project));
    window->show();
    Project &p = *window->project();
    const Result<MeetingId> meeting =
        p.meetings().add(QStringLiteral("Dialogmöte"), QDate(2026, 3, 12), SlideDeck::defaultPlan(p));
    ASSERT_TRUE(meeting.ok());
    const QList<Slide> slides = SlideDeck::build(p, *p.meetings().find(*meeting), p.meetings().plan(*meeting));
    QPointer<PresenterWindow> presenter = window->present(*meeting, slides, SlideStyle::Dark, nullptr);
    ASSERT_FALSE(presenter.isNull());
    presenter->goTo(2);

    MainWindow *next = switchTo(window, QStringLiteral("sv"));
    ASSERT_FALSE(presenter.isNull()) << "the presentation survives the old window";
    EXPECT_TRUE(presenter->isVisible());
    EXPECT_EQ(presenter->currentIndex(), 2);
    ASSERT_TRUE(presenter->addRemark(QStringLiteral("Stämmer")).ok());
    presenter->leave();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(next->workspace()->currentIndex(), MainWindow::memberCheckTab);
    next->close();
}
