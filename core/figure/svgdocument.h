#pragma once

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QXmlStreamWriter>
#include <memory>

namespace tematik {

// An SVG 1.1 figure being written: a white page of a fixed size in user units (pixels at 96 dpi) with
// rectangles, lines and text in the figures' font. QXmlStreamWriter escapes the text, so names with
// < & > stay names. Shapes may be grouped with a class, which says what a group shows (a theme's box,
// a bar) to a reader of the file and to the tests.
class SvgDocument
{
public:
    enum class Anchor
    {
        Start,
        Middle,
        End
    };

    SvgDocument(double width, double height, const QString &title);
    ~SvgDocument();

    void beginGroup(const QString &cssClass);
    void endGroup();
    // stroke empty: no outline; fill empty: none.
    void rect(const QRectF &rect, double radius, const QString &fill, const QString &stroke,
              double strokeWidth = 0.75);
    void line(QPointF from, QPointF to, const QString &stroke, double strokeWidth = 0.75,
              bool dashed = false);
    // A line through the points, e.g. an elbow connector.
    void polyline(const QList<QPointF> &points, const QString &stroke, double strokeWidth = 0.75);
    // Lines of text, the first with its baseline at y, each next one lineHeight lower; x is where the
    // anchor sits.
    void text(const QStringList &lines, double x, double y, double size, double lineHeight,
              Anchor anchor = Anchor::Start, bool bold = false,
              const QString &fill = QStringLiteral("#1a1a1a"));

    // Ends the document and returns it.
    QByteArray finish();

private:
    QByteArray m_bytes;
    std::unique_ptr<QXmlStreamWriter> m_xml;
};

} // namespace tematik
