#include "ui/widgets/themeheader.h"

#include "core/model/theme.h"
#include "ui/models/themeboardmodel.h"
#include "ui/widgets/themecarddelegate.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace tematik {
namespace {

constexpr int padding = 8;
constexpr int radius = 6;

using Kind = ThemeBoardModel::NodeKind;

QFont boldFont(const QFont &font, qreal scale = 1.0)
{
    QFont bold = font;
    bold.setWeight(QFont::Bold);
    bold.setPointSizeF(font.pointSizeF() * scale);
    return bold;
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    return small;
}

} // namespace

ThemeHeader::ThemeHeader(ThemeBoardModel &model, const QPersistentModelIndex &index, QWidget *parent)
    : QWidget(parent), m_model(model), m_index(index)
{
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    if (!index.isValid())
        setToolTip(tr("Drop a theme's heading here to take the theme out of its dimension."));
    const auto repaintIfMine = [this](const QModelIndex &from, const QModelIndex &to) {
        if (!m_index.isValid() ||
            (m_index.parent() == from.parent() && from.row() <= m_index.row() && m_index.row() <= to.row()))
            update();
    };
    connect(&model, &QAbstractItemModel::dataChanged, this, repaintIfMine);
    // Counts of the band over loose themes, or of a dimension, change with its themes.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&model, signal, this, qOverload<>(&QWidget::update));
    connect(&model, &QAbstractItemModel::rowsMoved, this, qOverload<>(&QWidget::update));
}

bool ThemeHeader::isBand() const
{
    return !m_index.isValid() || m_model.kindAt(m_index) == Kind::Dimension;
}

QString ThemeHeader::statusText(int status)
{
    switch (Theme::Status(status)) {
    case Theme::Status::Reviewed:
        return tr("reviewed");
    case Theme::Status::Final:
        return tr("final");
    case Theme::Status::Candidate:
        break;
    }
    return tr("candidate");
}

QColor ThemeHeader::statusColor(int status)
{
    // Amber, blue, green: the order in which a theme matures, told apart without reading.
    switch (Theme::Status(status)) {
    case Theme::Status::Reviewed:
        return QColor(0x2f, 0x6f, 0xb3);
    case Theme::Status::Final:
        return QColor(0x2e, 0x8b, 0x57);
    case Theme::Status::Candidate:
        break;
    }
    return QColor(0xb8, 0x75, 0x0b);
}

QString ThemeHeader::countsLine() const
{
    if (!m_index.isValid()) {
        int loose = 0;
        for (int row = 0; row < m_model.rowCount(); ++row)
            loose += m_model.kindAt(m_model.index(row, 0)) == Kind::Theme;
        return tr("%Ln theme(s)", nullptr, loose);
    }
    const int codes = m_index.data(ThemeBoardModel::CodeCountRole).toInt();
    const QString counts = ThemeCardDelegate::countsText(m_index.data(ThemeBoardModel::CodingsRole).toInt(),
                                                         m_index.data(ThemeBoardModel::SourcesRole).toInt());
    switch (m_model.kindAt(m_index)) {
    case Kind::Tray:
        return tr("%Ln code(s)", nullptr, codes);
    case Kind::Dimension:
        return tr("%1 · %2 · %3")
            .arg(tr("%Ln theme(s)", nullptr, m_model.rowCount(m_index)), tr("%Ln code(s)", nullptr, codes),
                 counts);
    case Kind::Theme:
    case Kind::Code:
        break;
    }
    return tr("%1 · %2").arg(tr("%Ln code(s)", nullptr, codes), counts);
}

int ThemeHeader::titleLines() const
{
    // A theme's name may take two lines beside its badge, so that columns side by side show whole names.
    return m_index.isValid() && m_model.kindAt(m_index) == Kind::Theme ? 2 : 1;
}

QSize ThemeHeader::sizeHint() const
{
    const QFont title = boldFont(font(), isBand() ? 1.1 : 1.0);
    const int height = 2 * padding + titleLines() * QFontMetrics(title).lineSpacing() + 2 +
                       QFontMetrics(smallFont(font())).height();
    // Narrower than a column, so that a band over one column does not widen it.
    return {160, height};
}

QSize ThemeHeader::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

void ThemeHeader::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &p = palette();
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const bool none = !m_index.isValid();
    const Kind kind = none ? Kind::Dimension : m_model.kindAt(m_index);

    QColor fill = p.color(QPalette::Base);
    if (kind == Kind::Dimension && !none) {
        // A tint of the highlight colour marks a dimension's band across its themes.
        fill = p.color(QPalette::Highlight);
        fill.setAlphaF(0.16f);
    } else if (none || kind == Kind::Tray) {
        fill = p.color(QPalette::Window).darker(106);
    }
    QPainterPath path;
    path.addRoundedRect(box, radius, radius);
    painter.fillPath(path, p.color(QPalette::Base));
    painter.fillPath(path, fill);
    QPen border(p.color(QPalette::Mid));
    if (none)
        border.setStyle(Qt::DashLine);
    if (m_dropTarget || hasFocus())
        border = QPen(p.color(QPalette::Highlight), 2);
    painter.setPen(border);
    painter.drawPath(path);

    const QRect inside = rect().adjusted(padding + 2, padding, -padding - 2, -padding);
    QRect title = inside;
    if (kind == Kind::Theme) {
        const int status = m_index.data(ThemeBoardModel::StatusRole).toInt();
        const QFont badgeFont = smallFont(font());
        const QFontMetrics metrics(badgeFont);
        const QString words = statusText(status);
        const QRect badge(inside.right() - metrics.horizontalAdvance(words) - 12, inside.top() + 1,
                          metrics.horizontalAdvance(words) + 12, metrics.height() + 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(statusColor(status));
        painter.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter.setFont(badgeFont);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, words);
        title.setRight(badge.left() - 6);
    }
    const QFont titleFont = boldFont(font(), isBand() ? 1.1 : 1.0);
    const int lineSpacing = QFontMetrics(titleFont).lineSpacing();
    const QStringList lines = ThemeCardDelegate::wrappedLines(
        none ? tr("No dimension") : m_index.data().toString(), titleFont, title.width(), titleLines());
    painter.setFont(titleFont);
    painter.setPen(none ? p.color(QPalette::PlaceholderText) : p.color(QPalette::Text));
    for (qsizetype i = 0; i < lines.size(); ++i)
        painter.drawText(QRect(title.left(), title.top() + int(i) * lineSpacing, title.width(), lineSpacing),
                         Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
    const QFont small = smallFont(font());
    painter.setFont(small);
    painter.setPen(p.color(QPalette::PlaceholderText));
    const QRect counts(inside.left(), inside.top() + titleLines() * lineSpacing + 2, inside.width(),
                       QFontMetrics(small).height());
    painter.drawText(counts, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(small).elidedText(countsLine(), Qt::ElideRight, counts.width()));
}

bool ThemeHeader::event(QEvent *event)
{
    // The tooltip says in full what the heading may have had to shorten, and the definition.
    if (event->type() == QEvent::ToolTip && m_index.isValid()) {
        QStringList text{m_index.data().toString(), countsLine()};
        if (m_model.kindAt(m_index) == Kind::Theme)
            text.append(tr("Status: %1").arg(statusText(m_index.data(ThemeBoardModel::StatusRole).toInt())));
        if (const QString definition = m_index.data(ThemeBoardModel::DefinitionRole).toString();
            !definition.isEmpty())
            text.append(definition);
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text.join(u'\n'), this);
        return true;
    }
    return QWidget::event(event);
}

void ThemeHeader::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressedAt = event->position().toPoint();
    QWidget::mousePressEvent(event);
}

void ThemeHeader::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !m_index.isValid() ||
        (event->position().toPoint() - m_pressedAt).manhattanLength() < QApplication::startDragDistance())
        return;
    QMimeData *dragged = m_model.mimeData({m_index});
    if (!dragged)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(dragged);
    drag->setPixmap(grab());
    drag->setHotSpot(m_pressedAt);
    // The model moves the dropped theme itself, through the editor.
    drag->exec(Qt::MoveAction);
}

void ThemeHeader::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_index.isValid() && m_model.kindAt(m_index) != Kind::Tray)
        Q_EMIT renameRequested();
}

void ThemeHeader::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_index.isValid()) {
        Q_EMIT activated();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ThemeHeader::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT menuRequested(event->globalPos());
}

bool ThemeHeader::canTake(const QMimeData *dropped) const
{
    // No index: the band over loose themes, which takes themes to the top level.
    return m_model.canDropMimeData(dropped, Qt::MoveAction, -1, -1, m_index);
}

void ThemeHeader::dragEnterEvent(QDragEnterEvent *event)
{
    if (canTake(event->mimeData())) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        m_dropTarget = true;
        update();
    }
}

void ThemeHeader::dragMoveEvent(QDragMoveEvent *event)
{
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void ThemeHeader::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropTarget = false;
    update();
}

void ThemeHeader::dropEvent(QDropEvent *event)
{
    m_dropTarget = false;
    update();
    if (m_model.dropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, m_index)) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    }
}

} // namespace tematik
