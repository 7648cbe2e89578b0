#include "core/figure/figure.h"
#include "core/figure/figureregistry.h"
#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"
#include "tests/support/testenvironment.h"
#include "tests/support/themedproject.h"
#include "ui/models/figurerenderer.h"
#include "ui/widgets/figureview.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QPushButton>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>

using namespace tematik;

namespace {

class FigureViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Result<std::unique_ptr<Project>> created =
            test::themedDemoProject(dir.filePath(QStringLiteral("p.tematik")));
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
    }

    QByteArray svgOf(const QString &kind, const QString &attribute = {})
    {
        Result<QByteArray> svg =
            FigureRegistry::standard().find(kind)->svg(*project, FigureOptions{attribute});
        EXPECT_TRUE(svg.ok()) << svg.error().toStdString();
        return svg.ok() ? *svg : QByteArray();
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
};

// The share of pixels that are not white: a drawn figure has ink, a failed one none.
double ink(const QImage &image)
{
    qint64 dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 200)
                ++dark;
        }
    }
    return double(dark) / (double(image.width()) * image.height());
}

} // namespace

TEST_F(FigureViewTest, PngIsTwiceTheFiguresSizeOnWhiteWithInk)
{
    const QByteArray svg = svgOf(QStringLiteral("data-structure"));
    const QSize size = QSvgRenderer(svg).defaultSize();
    const QString path = dir.filePath(QStringLiteral("figur.png"));
    Status written = FigureRenderer::write(svg, path);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), size * 2);
    EXPECT_EQ(image.pixel(1, 1), qRgb(255, 255, 255));
    const double share = ink(image);
    EXPECT_GT(share, 0.01);
    EXPECT_LT(share, 0.5);
}

TEST_F(FigureViewTest, PdfIsOnePageTheSizeOfTheFigure)
{
    const QByteArray svg = svgOf(QStringLiteral("thematic-map"));
    const QString path = dir.filePath(QStringLiteral("figur.pdf"));
    Status written = FigureRenderer::write(svg, path);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const QByteArray pdf = test::readFile(path);
    EXPECT_TRUE(pdf.startsWith("%PDF")) << pdf.left(20).toStdString();
    // SVG pixels are 1/96 inch, PDF points 1/72 inch.
    const QSizeF expected = QSizeF(QSvgRenderer(svg).defaultSize()) * 0.75;
    const QRegularExpressionMatch box =
        QRegularExpression(QStringLiteral(R"(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\])"))
            .match(QString::fromLatin1(pdf));
    ASSERT_TRUE(box.hasMatch());
    EXPECT_NEAR(box.captured(1).toDouble(), expected.width(), 1.0);
    EXPECT_NEAR(box.captured(2).toDouble(), expected.height(), 1.0);
    EXPECT_EQ(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), 1);
}

TEST_F(FigureViewTest, SavingFailsNamingTheFileAndLeavesNothing)
{
    const QString missing = dir.filePath(QStringLiteral("saknas/figur.png"));
    Status written = FigureRenderer::write(svgOf(QStringLiteral("bars-themes")), missing);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("figur.png"))) << written.error().toStdString();
    Status wrongKind =
        FigureRenderer::write(svgOf(QStringLiteral("bars-themes")), dir.filePath(QStringLiteral("f.gif")));
    ASSERT_FALSE(wrongKind.ok());
    EXPECT_TRUE(wrongKind.error().contains(QStringLiteral("f.gif")));
    EXPECT_FALSE(FigureRenderer::image("<not svg").ok());
}

TEST_F(FigureViewTest, RealisticFiguresRenderForAPaper)
{
    // Pictures of the figures of the themed demo project, to look at (scripts/screenshots).
    const QString out = qEnvironmentVariable("TEMATIK_SCREENSHOT_DIR");
    for (const QString &kind : {QStringLiteral("data-structure"), QStringLiteral("thematic-map"),
                                QStringLiteral("bars-themes"), QStringLiteral("bars-attribute")}) {
        Result<QImage> image = FigureRenderer::image(svgOf(kind, QStringLiteral("nivå")));
        ASSERT_TRUE(image.ok()) << kind.toStdString();
        EXPECT_GT(ink(*image), 0.01) << kind.toStdString();
        if (!out.isEmpty()) {
            QDir().mkpath(out);
            EXPECT_TRUE(
                FigureRenderer::writePng(svgOf(kind, QStringLiteral("nivå")),
                                         out + QStringLiteral("/figure-") + kind + QStringLiteral(".png"))
                    .ok());
        }
    }
}

TEST_F(FigureViewTest, ViewShowsTheChosenFigureAndExportsIt)
{
    FigureView view(*project);
    view.resize(900, 700);
    view.show();
    EXPECT_EQ(view.kind(), QStringLiteral("data-structure"));
    EXPECT_TRUE(view.svg().contains("Relationellt arbete"));
    auto *attribute = view.findChildren<QComboBox *>().value(1);
    ASSERT_TRUE(attribute);
    EXPECT_FALSE(attribute->isVisible());
    test::saveScreenshot(&view, QStringLiteral("figureview"));

    ASSERT_TRUE(view.setKind(QStringLiteral("bars-attribute")));
    EXPECT_TRUE(attribute->isVisible());
    ASSERT_TRUE(view.setAttribute(QStringLiteral("nivå")));
    EXPECT_TRUE(view.svg().contains("regional"));

    ASSERT_TRUE(view.setKind(QStringLiteral("thematic-map")));
    const QString path = dir.filePath(QStringLiteral("karta.pdf"));
    Status written = view.exportTo(path);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_TRUE(test::readFile(path).startsWith("%PDF"));

    view.setZoom(100);
    EXPECT_EQ(view.zoom(), 4.0);
}

TEST_F(FigureViewTest, ViewRedrawsWhenThemesChange)
{
    FigureView view(*project);
    const std::optional<Theme> theme =
        project->themes().findByName(QStringLiteral("Sårbarhet i små kommuner"));
    ASSERT_TRUE(theme);
    ASSERT_TRUE(project->themes().rename(theme->id, QStringLiteral("Små kommuners sårbarhet")).ok());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    EXPECT_TRUE(view.svg().contains("Små kommuners sårbarhet"));
    EXPECT_FALSE(view.svg().contains("Sårbarhet i små kommuner"));
}

TEST_F(FigureViewTest, ViewOfAProjectWithoutThemesSaysWhy)
{
    for (const Theme &t : project->themes().list())
        ASSERT_TRUE(project->themes().remove(t.id).ok() || !project->themes().find(t.id));
    FigureView view(*project);
    EXPECT_TRUE(view.svg().isEmpty());
    EXPECT_TRUE(view.message().contains(QStringLiteral("no themes"))) << view.message().toStdString();
    EXPECT_FALSE(view.exportTo(dir.filePath(QStringLiteral("x.svg"))).ok());
    auto *exportButton = view.findChild<QPushButton *>();
    ASSERT_TRUE(exportButton);
    EXPECT_FALSE(exportButton->isEnabled());
}
