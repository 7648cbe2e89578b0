#include "core/figure/figure.h"
#include "core/figure/figureregistry.h"
#include "core/figure/textmetrics.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"
#include "tests/support/projecttest.h"
#include "tests/support/themedproject.h"

#include <QHash>
#include <QRectF>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace tematik;

namespace {

// What a figure's SVG shows, read back with QXmlStreamReader: each group of shapes with its class,
// its first rectangle (a box or a bar) and its text, and every connector.
struct Group
{
    QString cssClass;
    QRectF box;
    QStringList texts;
    QString name() const { return texts.join(u' '); }
    friend bool operator==(const Group &, const Group &) = default;
};

struct Drawing
{
    QList<Group> groups;
    QList<QList<QPointF>> connectors; // polylines
    QStringList texts;                // every text element, in order
    double width = 0;
    double height = 0;

    QList<Group> ofClass(const QString &cssClass) const
    {
        QList<Group> found;
        for (const Group &g : groups) {
            if (g.cssClass == cssClass)
                found.append(g);
        }
        return found;
    }
};

double number(const QXmlStreamAttributes &attributes, const char *name)
{
    return attributes.value(QLatin1String(name)).toDouble();
}

::testing::AssertionResult parse(const QByteArray &svg, Drawing &drawing)
{
    QXmlStreamReader xml(svg);
    QList<int> open; // indexes into drawing.groups of the groups being read; -1 for no class
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("g")) {
            open.removeLast();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const QStringView name = xml.name();
        Group *group = open.isEmpty() || open.last() < 0 ? nullptr : &drawing.groups[open.last()];
        if (name == QLatin1String("svg")) {
            drawing.width = number(a, "width");
            drawing.height = number(a, "height");
        } else if (name == QLatin1String("g")) {
            drawing.groups.append({a.value(QLatin1String("class")).toString(), {}, {}});
            open.append(int(drawing.groups.size() - 1));
        } else if (name == QLatin1String("rect") && group && group->box.isNull()) {
            group->box = QRectF(number(a, "x"), number(a, "y"), number(a, "width"), number(a, "height"));
        } else if (name == QLatin1String("text")) {
            const QString text = xml.readElementText();
            drawing.texts.append(text);
            if (group)
                group->texts.append(text);
        } else if (name == QLatin1String("polyline")) {
            QList<QPointF> points;
            for (const QString &pair : a.value(QLatin1String("points")).toString().split(u' ')) {
                const QStringList xy = pair.split(u',');
                points.append(QPointF(xy.value(0).toDouble(), xy.value(1).toDouble()));
            }
            drawing.connectors.append(points);
        }
    }
    if (xml.hasError())
        return ::testing::AssertionFailure()
               << "not well-formed: " << xml.errorString().toStdString() << " at line " << xml.lineNumber();
    if (drawing.width <= 0 || drawing.height <= 0)
        return ::testing::AssertionFailure() << "no size";
    return ::testing::AssertionSuccess();
}

// Names compared without white space: a wrapped name is its lines, and the lines lose the spaces they
// were broken at.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

QStringList squeezedNames(const QList<Group> &groups)
{
    QStringList names;
    for (const Group &g : groups)
        names.append(squeezed(g.name()));
    return names;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 0.11; // coordinates are written to a tenth
}

class Figures : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Result<std::unique_ptr<Project>> created =
            test::themedDemoProject(dir.filePath(QStringLiteral("p.tematik")));
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
        for (const Theme &t : project->themes().list()) {
            if (t.kind == Theme::Kind::Dimension) {
                dimensions.append(t.name);
                continue;
            }
            themes.append(t.name);
            dimensionOf.insert(t.name, project->themes().find(*t.parentId)->name);
            for (const CodeId id : project->themes().codesOf(t.id)) {
                const QString name = project->codes().find(id)->name;
                codes.append(name);
                themeOf.insert(name, t.name);
            }
        }
        ASSERT_EQ(codes.size(), 18);
        ASSERT_EQ(themes.size(), 5);
        ASSERT_EQ(dimensions.size(), 2);
    }

    Drawing draw(const QString &kind, const QString &attribute = {})
    {
        const Figure *figure = FigureRegistry::standard().find(kind);
        EXPECT_TRUE(figure) << kind.toStdString();
        Drawing drawing;
        if (!figure)
            return drawing;
        Result<QByteArray> svg = figure->svg(*project, FigureOptions{attribute});
        EXPECT_TRUE(svg.ok()) << svg.error().toStdString();
        if (svg.ok()) {
            EXPECT_TRUE(parse(*svg, drawing));
        }
        return drawing;
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QStringList codes, themes, dimensions;
    QHash<QString, QString> themeOf, dimensionOf; // by code name, by theme name
};

// Boxes of one column, top to bottom, must not touch.
void expectStacked(QList<Group> boxes)
{
    std::sort(boxes.begin(), boxes.end(),
              [](const Group &a, const Group &b) { return a.box.top() < b.box.top(); });
    for (qsizetype i = 1; i < boxes.size(); ++i)
        EXPECT_GT(boxes[i].box.top(), boxes[i - 1].box.bottom())
            << boxes[i - 1].name().toStdString() << " overlaps " << boxes[i].name().toStdString();
}

// The group whose box has p on its right (or left) edge, at the middle of its height.
const Group *boxAt(const QList<Group> &groups, QPointF p, bool rightEdge)
{
    for (const Group &g : groups) {
        const double x = rightEdge ? g.box.right() : g.box.left();
        if (near(p.x(), x) && std::abs(p.y() - g.box.center().y()) < 0.2)
            return &g;
    }
    return nullptr;
}

} // namespace

TEST_F(Figures, EveryKindIsRegisteredOnceUnderItsCommandLineName)
{
    QStringList ids;
    for (const Figure *figure : FigureRegistry::standard().figures()) {
        ids.append(figure->id());
        EXPECT_FALSE(figure->displayName().isEmpty());
    }
    EXPECT_EQ(ids, (QStringList{QStringLiteral("data-structure"), QStringLiteral("thematic-map"),
                                QStringLiteral("bars-themes"), QStringLiteral("bars-attribute")}));
    EXPECT_TRUE(FigureRegistry::standard().find(QStringLiteral("bars-attribute"))->needsAttribute());
    EXPECT_EQ(FigureRegistry::standard().find(QStringLiteral("pie")), nullptr);
}

TEST_F(Figures, DataStructureShowsEveryCodeThemeAndDimensionInItsColumn)
{
    const Drawing d = draw(QStringLiteral("data-structure"));
    const QList<Group> concepts = d.ofClass(QStringLiteral("concept"));
    const QList<Group> themeBoxes = d.ofClass(QStringLiteral("theme"));
    const QList<Group> dimensionBoxes = d.ofClass(QStringLiteral("dimension"));
    QStringList expected;
    for (const QString &c : std::as_const(codes))
        expected.append(squeezed(c));
    EXPECT_EQ(squeezedNames(concepts), expected);
    expected.clear();
    for (const QString &t : std::as_const(themes))
        expected.append(squeezed(t));
    EXPECT_EQ(squeezedNames(themeBoxes), expected);
    EXPECT_EQ(squeezedNames(dimensionBoxes), (QStringList{squeezed(dimensions[0]), squeezed(dimensions[1])}));
    // Headings may wrap in their column too.
    const QString headings = d.ofClass(QStringLiteral("headings")).value(0).name();
    EXPECT_TRUE(headings.contains(QStringLiteral("First-order concepts"))) << headings.toStdString();
    EXPECT_TRUE(headings.contains(QStringLiteral("Second-order themes"))) << headings.toStdString();
    EXPECT_TRUE(headings.contains(QStringLiteral("Aggregate dimensions"))) << headings.toStdString();

    // Three columns, left to right, inside the page, each a stack of boxes that do not overlap.
    double conceptsRight = 0, themesLeft = d.width, themesRight = 0, dimensionsLeft = d.width;
    for (const Group &g : concepts)
        conceptsRight = std::max(conceptsRight, g.box.right());
    for (const Group &g : themeBoxes) {
        themesLeft = std::min(themesLeft, g.box.left());
        themesRight = std::max(themesRight, g.box.right());
    }
    for (const Group &g : dimensionBoxes) {
        dimensionsLeft = std::min(dimensionsLeft, g.box.left());
        EXPECT_LE(g.box.right(), d.width);
        EXPECT_LE(g.box.bottom(), d.height);
    }
    EXPECT_LT(conceptsRight, themesLeft);
    EXPECT_LT(themesRight, dimensionsLeft);
    expectStacked(concepts);
    expectStacked(themeBoxes);
    expectStacked(dimensionBoxes);
}

TEST_F(Figures, DataStructureJoinsEachConceptToItsThemeAndEachThemeToItsDimension)
{
    const Drawing d = draw(QStringLiteral("data-structure"));
    QList<Group> boxes = d.ofClass(QStringLiteral("concept"));
    boxes += d.ofClass(QStringLiteral("theme"));
    boxes += d.ofClass(QStringLiteral("dimension"));
    ASSERT_EQ(d.connectors.size(), codes.size() + themes.size());
    QHash<QString, QString> squeezedThemeOf, squeezedDimensionOf;
    for (auto it = themeOf.cbegin(); it != themeOf.cend(); ++it)
        squeezedThemeOf.insert(squeezed(it.key()), squeezed(it.value()));
    for (auto it = dimensionOf.cbegin(); it != dimensionOf.cend(); ++it)
        squeezedDimensionOf.insert(squeezed(it.key()), squeezed(it.value()));
    for (const QList<QPointF> &line : d.connectors) {
        const Group *from = boxAt(boxes, line.first(), true);
        const Group *to = boxAt(boxes, line.last(), false);
        ASSERT_TRUE(from && to) << "a line ends nowhere";
        const QString child = squeezed(from->name());
        if (from->cssClass == QLatin1String("concept")) {
            EXPECT_EQ(to->cssClass, QStringLiteral("theme"));
            EXPECT_EQ(squeezed(to->name()), squeezedThemeOf.value(child));
        } else {
            EXPECT_EQ(from->cssClass, QStringLiteral("theme"));
            EXPECT_EQ(to->cssClass, QStringLiteral("dimension"));
            EXPECT_EQ(squeezed(to->name()), squeezedDimensionOf.value(child));
        }
    }
}

TEST_F(Figures, DataStructureCentresAThemeOnItsConcepts)
{
    const Drawing d = draw(QStringLiteral("data-structure"));
    const QList<Group> concepts = d.ofClass(QStringLiteral("concept"));
    for (const Group &theme : d.ofClass(QStringLiteral("theme"))) {
        double top = d.height, bottom = 0;
        for (const Group &c : concepts) {
            if (squeezed(themeOf.value(codes.value(concepts.indexOf(c)))) != squeezed(theme.name()))
                continue;
            top = std::min(top, c.box.top());
            bottom = std::max(bottom, c.box.bottom());
        }
        ASSERT_LT(top, bottom) << theme.name().toStdString();
        EXPECT_NEAR(theme.box.center().y(), (top + bottom) / 2, 0.2) << theme.name().toStdString();
    }
}

TEST_F(Figures, LongNamesAreWrappedInsideTheirBoxes)
{
    const Drawing d = draw(QStringLiteral("data-structure"));
    bool wrapped = false;
    for (const Group &g : d.groups) {
        if (g.box.isNull())
            continue;
        wrapped = wrapped || g.texts.size() > 1;
        for (const QString &line : g.texts)
            EXPECT_LE(TextMetrics::width(line, 11, g.cssClass == QLatin1String("dimension")), g.box.width())
                << line.toStdString();
    }
    EXPECT_TRUE(wrapped);
}

TEST_F(Figures, WithoutDimensionsTheDataStructureHasTwoColumns)
{
    for (const Theme &t : project->themes().list()) {
        if (t.kind == Theme::Kind::Dimension) {
            ASSERT_TRUE(project->themes().remove(t.id).ok());
        }
    }
    const Drawing d = draw(QStringLiteral("data-structure"));
    EXPECT_TRUE(d.ofClass(QStringLiteral("dimension")).isEmpty());
    EXPECT_FALSE(d.ofClass(QStringLiteral("headings")).value(0).name().contains(QStringLiteral("Aggregate")));
    EXPECT_EQ(d.ofClass(QStringLiteral("theme")).size(), 5);
    EXPECT_EQ(d.connectors.size(), codes.size());
}

TEST_F(Figures, NamesWithMarkupCharactersAreEscaped)
{
    const ThemeId theme = *project->themes().addTheme(QStringLiteral("Risker <akut> & \"kroniskt\""));
    const CodeId code = *project->codes().add(NewCode{QStringLiteral("a<b & c>d"), std::nullopt, {}, {}});
    ASSERT_TRUE(project->themes().assignCode(code, theme).ok());
    for (const QString &kind : {QStringLiteral("data-structure"), QStringLiteral("thematic-map")}) {
        Result<QByteArray> svg = FigureRegistry::standard().find(kind)->svg(*project, {});
        ASSERT_TRUE(svg.ok());
        EXPECT_TRUE(svg->contains("a&lt;b &amp; c&gt;d")) << kind.toStdString();
        Drawing d;
        ASSERT_TRUE(parse(*svg, d));
        EXPECT_TRUE(d.texts.contains(QStringLiteral("a<b & c>d"))) << kind.toStdString();
    }
}

TEST_F(Figures, ThematicMapShowsEveryThemeWithItsCodesUnderItsDimension)
{
    const Drawing d = draw(QStringLiteral("thematic-map"));
    QStringList expected;
    for (const QString &t : std::as_const(themes))
        expected.append(squeezed(t));
    EXPECT_EQ(squeezedNames(d.ofClass(QStringLiteral("theme"))), expected);
    const QList<Group> codeBoxes = d.ofClass(QStringLiteral("code"));
    expected.clear();
    for (const QString &c : std::as_const(codes))
        expected.append(squeezed(c));
    EXPECT_EQ(squeezedNames(codeBoxes), expected);
    const QList<Group> frames = d.ofClass(QStringLiteral("dimension"));
    ASSERT_EQ(frames.size(), 2);
    EXPECT_EQ(squeezed(frames[0].name()), squeezed(dimensions[0]));
    // Each theme and code lies inside its dimension's frame, and no two boxes overlap.
    QList<Group> boxes = d.ofClass(QStringLiteral("theme")) + codeBoxes;
    for (const Group &g : boxes) {
        const QString theme = g.cssClass == QLatin1String("theme")
                                  ? g.name()
                                  : themeOf.value(codes.value(codeBoxes.indexOf(g)));
        const QString dimension = dimensionOf.value(
            themes.value(squeezedNames(d.ofClass(QStringLiteral("theme"))).indexOf(squeezed(theme))));
        const Group &frame = squeezed(frames[0].name()) == squeezed(dimension) ? frames[0] : frames[1];
        EXPECT_TRUE(frame.box.contains(g.box)) << g.name().toStdString();
        for (const Group &other : boxes) {
            if (&other != &g) {
                EXPECT_FALSE(g.box.intersects(other.box))
                    << g.name().toStdString() << " / " << other.name().toStdString();
            }
        }
    }
}

TEST_F(Figures, ThemeBarsAreAsLongAsTheThemesCodings)
{
    const Drawing d = draw(QStringLiteral("bars-themes"));
    const QHash<CodeId, CodeUse> use = project->codings().useByCode();
    QHash<QString, int> expected;
    int all = 0;
    for (const Theme &t : project->themes().list()) {
        int count = 0;
        for (const CodeId id : project->themes().codesOf(t.id))
            count += use.value(id).codings;
        expected.insert(t.name, count);
        if (t.kind == Theme::Kind::Theme)
            all += count;
    }
    ASSERT_GT(all, 0);
    const QList<Group> bars = d.ofClass(QStringLiteral("bar"));
    ASSERT_EQ(bars.size(), 7);
    double unit = 0; // length of one segment's bar
    for (const Group &bar : bars) {
        const QString label = bar.texts.mid(0, bar.texts.size() - 1).join(u' ');
        const int count = bar.texts.last().toInt();
        EXPECT_EQ(count, expected.value(label, -1)) << label.toStdString();
        if (count == 0)
            continue;
        if (unit == 0)
            unit = bar.box.width() / count;
        EXPECT_NEAR(bar.box.width(), unit * count, 0.1) << label.toStdString();
    }
}

TEST_F(Figures, AttributeBarsSplitTheSegmentsByTheCasesValues)
{
    const Drawing d = draw(QStringLiteral("bars-attribute"), QStringLiteral("nivå"));
    // Groups in document order: each heading, then the bars of its values.
    QList<QPair<QString, QList<Group>>> sections;
    double unit = 0;
    for (const Group &g : d.groups) {
        if (g.cssClass == QLatin1String("heading")) {
            sections.append({g.name(), {}});
        } else if (g.cssClass == QLatin1String("bar")) {
            ASSERT_FALSE(sections.isEmpty());
            sections.last().second.append(g);
            const int count = g.texts.last().toInt();
            if (count > 0 && unit == 0)
                unit = g.box.width() / count;
            EXPECT_NEAR(g.box.width(), unit * count, 0.1) << g.name().toStdString();
        }
    }
    ASSERT_EQ(sections.size(), 1 + themes.size());
    EXPECT_EQ(sections[0].first, QStringLiteral("All themes"));
    for (qsizetype i = 0; i < themes.size(); ++i)
        EXPECT_EQ(squeezed(sections[i + 1].first), squeezed(themes[i]));
    QStringList values;
    int inAll = 0;
    for (const Group &bar : std::as_const(sections[0].second)) {
        values.append(bar.texts.first());
        inAll += bar.texts.last().toInt();
    }
    EXPECT_TRUE(values.contains(QStringLiteral("lokal")) && values.contains(QStringLiteral("regional")))
        << values.join(u',').toStdString();
    // The values' bars, and the segments without a value, add up to every coding of a theme's code.
    const QHash<CodeId, CodeUse> use = project->codings().useByCode();
    int total = 0;
    for (const Theme &t : project->themes().list()) {
        if (t.kind == Theme::Kind::Theme) {
            for (const CodeId id : project->themes().codesOf(t.id))
                total += use.value(id).codings;
        }
    }
    EXPECT_EQ(inAll, total);
}

TEST_F(Figures, AttributeBarsNeedAnAttributeTheProjectHas)
{
    const Figure *figure = FigureRegistry::standard().find(QStringLiteral("bars-attribute"));
    Result<QByteArray> none = figure->svg(*project, {});
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().contains(QStringLiteral("nivå"))) << none.error().toStdString();
    Result<QByteArray> unknown = figure->svg(*project, FigureOptions{QStringLiteral("ålder")});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("ålder"))) << unknown.error().toStdString();
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("p.tematik"))) << unknown.error().toStdString();
}

TEST_F(Figures, WritingToAMissingFolderFailsNamingTheFile)
{
    const QString path = dir.filePath(QStringLiteral("nowhere/figur.svg"));
    Status written =
        FigureRegistry::standard().find(QStringLiteral("thematic-map"))->write(*project, {}, path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("figur.svg"))) << written.error().toStdString();
    const QString good = dir.filePath(QStringLiteral("figur.svg"));
    ASSERT_TRUE(
        FigureRegistry::standard().find(QStringLiteral("thematic-map"))->write(*project, {}, good).ok());
    Drawing d;
    EXPECT_TRUE(parse(test::readFile(good), d));
}

class EmptyFigures : public test::ProjectTest
{
};

TEST_F(EmptyFigures, AProjectWithoutThemesGetsAMessageNotAnEmptyFigure)
{
    ASSERT_TRUE(project->themes().addDimension(QStringLiteral("Bara en dimension")).ok());
    for (const Figure *figure : FigureRegistry::standard().figures()) {
        Result<QByteArray> svg = figure->svg(*project, FigureOptions{QStringLiteral("nivå")});
        ASSERT_FALSE(svg.ok()) << figure->id().toStdString();
        EXPECT_TRUE(svg.error().contains(QStringLiteral("p.tematik"))) << svg.error().toStdString();
    }
    const QString path = dir.filePath(QStringLiteral("tom.svg"));
    EXPECT_FALSE(
        FigureRegistry::standard().find(QStringLiteral("data-structure"))->write(*project, {}, path).ok());
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(EmptyFigures, ThemesWithoutCodingsHaveNoBarsToDraw)
{
    const ThemeId theme = *project->themes().addTheme(QStringLiteral("Tomt tema"));
    const CodeId code = *project->codes().add(NewCode{QStringLiteral("Okodad"), std::nullopt, {}, {}});
    ASSERT_TRUE(project->themes().assignCode(code, theme).ok());
    EXPECT_TRUE(FigureRegistry::standard().find(QStringLiteral("data-structure"))->svg(*project, {}).ok());
    Result<QByteArray> bars =
        FigureRegistry::standard().find(QStringLiteral("bars-themes"))->svg(*project, {});
    ASSERT_FALSE(bars.ok());
    EXPECT_TRUE(bars.error().contains(QStringLiteral("p.tematik")));
}

TEST(TextMetrics, WrapsAtSpacesWithinTheWidthAndBreaksAWordTooLong)
{
    const QString name =
        QStringLiteral("När en nyckelperson slutar tappar arbetet fart och kontakter försvinner");
    const QStringList lines = TextMetrics::wrap(name, 120, 11);
    EXPECT_GT(lines.size(), 2);
    EXPECT_EQ(lines.join(u' '), name);
    for (const QString &line : lines)
        EXPECT_LE(TextMetrics::width(line, 11), 120) << line.toStdString();
    const QStringList broken =
        TextMetrics::wrap(QStringLiteral("Folkhälsosamordningsförutsättningar"), 60, 11);
    EXPECT_GT(broken.size(), 1);
    EXPECT_EQ(broken.join(QString()), QStringLiteral("Folkhälsosamordningsförutsättningar"));
    for (const QString &line : broken)
        EXPECT_LE(TextMetrics::width(line, 11), 60) << line.toStdString();
    EXPECT_GT(TextMetrics::width(QStringLiteral("Ö"), 10, true),
              TextMetrics::width(QStringLiteral("i"), 10, true));
    EXPECT_EQ(TextMetrics::wrap(QString(), 100, 11), QStringList{QString()});
}
