#include "core/figure/svgdocument.h"

#include "core/figure/textmetrics.h"

#include <cmath>

namespace tematik {

namespace {

// Coordinates to a tenth of a unit: exact enough for print, and short.
QString number(double value)
{
    return QString::number(std::round(value * 10) / 10.0, 'g', 12);
}

} // namespace

SvgDocument::SvgDocument(double width, double height, const QString &title)
    : m_xml(std::make_unique<QXmlStreamWriter>(&m_bytes))
{
    m_xml->setAutoFormatting(true);
    m_xml->setAutoFormattingIndent(1);
    m_xml->writeStartDocument();
    m_xml->writeStartElement(QStringLiteral("svg"));
    m_xml->writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    m_xml->writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    m_xml->writeAttribute(QStringLiteral("width"), number(width));
    m_xml->writeAttribute(QStringLiteral("height"), number(height));
    m_xml->writeAttribute(QStringLiteral("viewBox"),
                          QStringLiteral("0 0 %1 %2").arg(number(width), number(height)));
    m_xml->writeAttribute(QStringLiteral("font-family"), TextMetrics::fontFamily());
    m_xml->writeTextElement(QStringLiteral("title"), title);
    rect(QRectF(0, 0, width, height), 0, QStringLiteral("#ffffff"), QString());
}

SvgDocument::~SvgDocument() = default;

void SvgDocument::beginGroup(const QString &cssClass)
{
    m_xml->writeStartElement(QStringLiteral("g"));
    m_xml->writeAttribute(QStringLiteral("class"), cssClass);
}

void SvgDocument::endGroup()
{
    m_xml->writeEndElement();
}

void SvgDocument::rect(const QRectF &r, double radius, const QString &fill, const QString &stroke,
                       double strokeWidth)
{
    m_xml->writeEmptyElement(QStringLiteral("rect"));
    m_xml->writeAttribute(QStringLiteral("x"), number(r.x()));
    m_xml->writeAttribute(QStringLiteral("y"), number(r.y()));
    m_xml->writeAttribute(QStringLiteral("width"), number(r.width()));
    m_xml->writeAttribute(QStringLiteral("height"), number(r.height()));
    if (radius > 0) {
        m_xml->writeAttribute(QStringLiteral("rx"), number(radius));
        m_xml->writeAttribute(QStringLiteral("ry"), number(radius));
    }
    m_xml->writeAttribute(QStringLiteral("fill"), fill.isEmpty() ? QStringLiteral("none") : fill);
    if (!stroke.isEmpty()) {
        m_xml->writeAttribute(QStringLiteral("stroke"), stroke);
        m_xml->writeAttribute(QStringLiteral("stroke-width"), number(strokeWidth));
    }
}

void SvgDocument::line(QPointF from, QPointF to, const QString &stroke, double strokeWidth, bool dashed)
{
    m_xml->writeEmptyElement(QStringLiteral("line"));
    m_xml->writeAttribute(QStringLiteral("x1"), number(from.x()));
    m_xml->writeAttribute(QStringLiteral("y1"), number(from.y()));
    m_xml->writeAttribute(QStringLiteral("x2"), number(to.x()));
    m_xml->writeAttribute(QStringLiteral("y2"), number(to.y()));
    m_xml->writeAttribute(QStringLiteral("stroke"), stroke);
    m_xml->writeAttribute(QStringLiteral("stroke-width"), number(strokeWidth));
    if (dashed)
        m_xml->writeAttribute(QStringLiteral("stroke-dasharray"), QStringLiteral("3 3"));
}

void SvgDocument::polyline(const QList<QPointF> &points, const QString &stroke, double strokeWidth)
{
    QStringList coordinates;
    for (const QPointF &p : points)
        coordinates.append(number(p.x()) + u',' + number(p.y()));
    m_xml->writeEmptyElement(QStringLiteral("polyline"));
    m_xml->writeAttribute(QStringLiteral("points"), coordinates.join(u' '));
    m_xml->writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
    m_xml->writeAttribute(QStringLiteral("stroke"), stroke);
    m_xml->writeAttribute(QStringLiteral("stroke-width"), number(strokeWidth));
}

void SvgDocument::text(const QStringList &lines, double x, double y, double size, double lineHeight,
                       Anchor anchor, bool bold, const QString &fill)
{
    // One text element a line: SVG 1.1 does not wrap text, and QtSvg places tspans with their own x
    // and y less reliably than whole text elements.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        m_xml->writeStartElement(QStringLiteral("text"));
        m_xml->writeAttribute(QStringLiteral("x"), number(x));
        m_xml->writeAttribute(QStringLiteral("y"), number(y + i * lineHeight));
        m_xml->writeAttribute(QStringLiteral("font-size"), number(size));
        if (bold)
            m_xml->writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
        if (anchor != Anchor::Start)
            m_xml->writeAttribute(QStringLiteral("text-anchor"), anchor == Anchor::Middle
                                                                     ? QStringLiteral("middle")
                                                                     : QStringLiteral("end"));
        m_xml->writeAttribute(QStringLiteral("fill"), fill);
        m_xml->writeCharacters(lines[i]);
        m_xml->writeEndElement();
    }
}

QByteArray SvgDocument::finish()
{
    m_xml->writeEndDocument();
    return m_bytes;
}

} // namespace tematik
