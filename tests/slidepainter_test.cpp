#include "core/presentation/slide.h"
#include "tests/support/testenvironment.h"
#include "ui/models/handoutwriter.h"
#include "ui/models/slidepainter.h"
#include "ui/widgets/slideview.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cmath>

using namespace tematik;

namespace {

Slide titleSlide()
{
    Slide slide;
    slide.kind = Slide::Kind::Title;
    slide.heading = QStringLiteral("Preliminära teman: trygghet i hemtjänsten");
    slide.subheading = QStringLiteral("Återkoppling 14 mars 2024 · Studien Åldras hemma");
    return slide;
}

Slide dimensionSlide()
{
    Slide slide;
    slide.kind = Slide::Kind::Dimension;
    slide.theme = 7;
    slide.heading = QStringLiteral("Relationer i vården");
    slide.body =
        QStringLiteral("Hur deltagarna beskriver mötet med personalen och vad som får dem att känna sig "
                       "sedda, eller förbisedda, i vardagen.");
    slide.items = {QStringLiteral("Tillit byggs i vardagen"), QStringLiteral("Att bli sedd som person"),
                   QStringLiteral("När personalen byts ut"), QStringLiteral("Överenskommelser som hålls")};
    return slide;
}

Slide themeSlide()
{
    Slide slide;
    slide.kind = Slide::Kind::Theme;
    slide.theme = 12;
    slide.subheading = QStringLiteral("Relationer i vården");
    slide.heading = QStringLiteral("Tillit byggs i vardagen");
    slide.body =
        QStringLiteral("Förtroende för personalen växer fram genom små, upprepade handlingar snarare än "
                       "genom enskilda stora samtal.");
    slide.quotes = {
        {1,
         QStringLiteral(
             "Det var inte de stora samtalen som gjorde det, utan att hon kom tillbaka när hon hade "
             "sagt att hon skulle komma. Efter några veckor slutade jag vänta vid fönstret."),
         QStringLiteral("Deltagare 2")},
        {2,
         QStringLiteral(
             "Jag märkte det på småsakerna, att de kom ihåg att jag inte tål kaffe på eftermiddagen "
             "och frågade hur det gick för min dotter. Det var då jag vågade berätta hur jag mådde."),
         QStringLiteral("Deltagare 5")},
        {3,
         QStringLiteral("Första gången kände jag mig som ett ärende. Sedan fick vi samma kontaktperson hela "
                        "hösten, och då behövde man inte börja om från början varje gång."),
         QStringLiteral("Deltagare 9")},
    };
    slide.part = 1;
    slide.parts = 2;
    slide.notes = QStringLiteral("Koder: kontinuitet, småsaker. Fråga: känner ni igen er?");
    return slide;
}

Slide closingSlide()
{
    Slide slide;
    slide.kind = Slide::Kind::Closing;
    slide.heading = QStringLiteral("Tack!");
    slide.body = QStringLiteral("Saknas något som är viktigt för er? Berätta gärna, nu eller efteråt.");
    return slide;
}

QImage render(const Slide &slide, const QSize &size, SlideStyle style, bool *fits = nullptr)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    const bool fitted = SlidePainter(style).paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), slide);
    painter.end();
    if (fits)
        *fits = fitted;
    return image;
}

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Pages of a PDF: page objects ("/Type /Page"), not the page tree ("/Type /Pages").
int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

TEST(SlidePainter, BodyTextIs28PointAt1080AndScalesWithHeight)
{
    const qreal fullHd = SlidePainter::bodyPixelSize(QSizeF(1920, 1080));
    EXPECT_GE(fullHd, 37.3);
    EXPECT_NEAR(SlidePainter::bodyPixelSize(QSizeF(3840, 2160)), 2 * fullHd, 1e-9);
    EXPECT_NEAR(SlidePainter::bodyPixelSize(QSizeF(1280, 720)), fullHd * 720 / 1080, 1e-9);
    // A wider area is letterboxed: the slide, and so its text, is no larger than the height allows.
    EXPECT_NEAR(SlidePainter::bodyPixelSize(QSizeF(2560, 1080)), fullHd, 1e-9);
}

TEST(SlidePainter, EveryKindFitsAtFullHdAnd720p)
{
    for (const QSize &size : {QSize(1920, 1080), QSize(1280, 720)}) {
        for (const Slide &slide : {titleSlide(), dimensionSlide(), themeSlide(), closingSlide()}) {
            bool fits = false;
            render(slide, size, SlideStyle::Light, &fits);
            EXPECT_TRUE(fits) << "kind " << int(slide.kind) << " at " << size.width() << "x" << size.height();
        }
    }
}

TEST(SlidePainter, TooManyQuotesAreCutAndReported)
{
    Slide slide = themeSlide();
    for (int i = 0; i < 8; ++i)
        slide.quotes.append(slide.quotes.at(i % 3));
    bool fits = true;
    const QImage image = render(slide, QSize(1280, 720), SlideStyle::Light, &fits);
    EXPECT_FALSE(fits);
    EXPECT_FALSE(image.isNull());
    SlideView view;
    view.resize(1280, 720);
    view.setSlide(slide);
    test::saveScreenshot(&view, QStringLiteral("slide-theme-overflow"));

    Slide endless = closingSlide();
    endless.body = QStringLiteral("ord ").repeated(2000);
    render(endless, QSize(640, 360), SlideStyle::Dark, &fits);
    EXPECT_FALSE(fits);
}

TEST(SlidePainter, LightIsLightAndDarkIsDarkWithHighContrast)
{
    const QImage light = render(themeSlide(), QSize(1280, 720), SlideStyle::Light);
    const QImage dark = render(themeSlide(), QSize(1280, 720), SlideStyle::Dark);
    EXPECT_GT(qGray(light.pixel(2, 2)), 240);
    EXPECT_LT(qGray(dark.pixel(2, 2)), 20);
    for (SlideStyle style : {SlideStyle::Light, SlideStyle::Dark})
        EXPECT_GE(contrast(SlidePainter::foreground(style), SlidePainter::background(style)), 7.0);
}

TEST(SlidePainter, LetterboxFillsTheRestWithTheBackground)
{
    const QImage image = render(titleSlide(), QSize(1600, 600), SlideStyle::Dark);
    EXPECT_EQ(QColor(image.pixel(1, 300)), SlidePainter::background(SlideStyle::Dark));
    EXPECT_EQ(QColor(image.pixel(1598, 300)), SlidePainter::background(SlideStyle::Dark));
}

TEST(SlidePainter, NotesAndIdsAreNeverDrawn)
{
    const Slide slide = themeSlide();
    Slide other = slide;
    other.notes = QStringLiteral("Något helt annat som bara presentatören ska se");
    other.theme = 99;
    for (SlideQuote &quote : other.quotes)
        quote.coding += 1000;
    EXPECT_EQ(render(slide, QSize(1280, 720), SlideStyle::Light),
              render(other, QSize(1280, 720), SlideStyle::Light));
}

TEST(SlideView, BlankedIsAllBlack)
{
    SlideView view;
    view.resize(640, 360);
    view.setSlide(themeSlide());
    view.setBlanked(true);
    const QImage image = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ASSERT_EQ(image.pixel(x, y), qRgb(0, 0, 0)) << x << "," << y;
    }
    view.setBlanked(false);
    EXPECT_NE(view.grab().toImage().pixel(2, 2), qRgb(0, 0, 0));
}

TEST(SlideView, ShowsTheSlideInEitherStyle)
{
    SlideView view;
    view.resize(1280, 720);
    EXPECT_FALSE(view.hasSlide());
    EXPECT_EQ(view.heightForWidth(1280), 720);
    view.setSlide(themeSlide());
    test::saveScreenshot(&view, QStringLiteral("slide-theme-light"));
    view.setStyle(SlideStyle::Dark);
    EXPECT_LT(qGray(view.grab().toImage().pixel(2, 2)), 20);
    test::saveScreenshot(&view, QStringLiteral("slide-theme-dark"));
    view.setStyle(SlideStyle::Light);
    view.setSlide(dimensionSlide());
    test::saveScreenshot(&view, QStringLiteral("slide-dimension-light"));
    view.setSlide(titleSlide());
    test::saveScreenshot(&view, QStringLiteral("slide-title-light"));
    view.setSlide(closingSlide());
    test::saveScreenshot(&view, QStringLiteral("slide-closing-light"));
}

TEST(HandoutWriter, OnePagePerSlide)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QList<Slide> slides{titleSlide(), dimensionSlide(), themeSlide(), closingSlide()};
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    const Status written = HandoutWriter::write(slides, QStringLiteral("Återkoppling"), path);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const QByteArray bytes = test::readFile(path);
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_EQ(pageCount(bytes), slides.size());
    // 254 × 142.875 mm in points, wider than high.
    EXPECT_TRUE(bytes.contains("/MediaBox [0 0 720.000000 405.000000]"));
    EXPECT_FALSE(bytes.contains("Koder: kontinuitet")); // the notes
}

TEST(HandoutWriter, UnwritablePathIsAnErrorNamingTheFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no-such-folder/handout.pdf"));
    const Status written = HandoutWriter::write({titleSlide()}, QStringLiteral("Återkoppling"), path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("handout.pdf"))) << written.error().toStdString();

    const Status empty = HandoutWriter::write({}, QStringLiteral("Återkoppling"), path);
    EXPECT_FALSE(empty.ok());
}
