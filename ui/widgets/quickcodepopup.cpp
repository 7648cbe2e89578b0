#include "ui/widgets/quickcodepopup.h"

#include "core/store/codestore.h"
#include "core/store/project.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QScreen>
#include <QVBoxLayout>

namespace tematik {
namespace {

// The list item's data: a code id, or 0 for "create a new code with the typed name".
constexpr int codeRole = Qt::UserRole + 1;

} // namespace

QList<QuickCodePopup::Choice> QuickCodePopup::choicesFor(Project &project)
{
    QList<Choice> choices;
    for (const Code &c : project.codes().list())
        choices.append({c.id, c.name, project.codes().path(c.id), QColor(c.color)});
    return choices;
}

QuickCodePopup::QuickCodePopup(const QList<Choice> &choices, QWidget *parent)
    : QFrame(parent, Qt::Popup), m_choices(choices)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameStyle(QFrame::StyledPanel | QFrame::Raised);
    m_input = new QLineEdit(this);
    m_input->setPlaceholderText(tr("Type a code name…"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_list = new QListWidget(this);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_input);
    layout->addWidget(m_list);
    connect(m_input, &QLineEdit::textChanged, this, &QuickCodePopup::refilter);
    connect(m_list, &QListWidget::itemActivated, this, &QuickCodePopup::accept);
    resize(360, 300);
    refilter();
}

void QuickCodePopup::popup(const QPoint &pos)
{
    QPoint at = pos;
    // Keep it on the screen when the cursor is near an edge.
    if (const QScreen *screen = QGuiApplication::screenAt(pos)) {
        const QRect area = screen->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - width())));
        at.setY(std::clamp(at.y(), area.top(), std::max(area.top(), area.bottom() - height())));
    }
    move(at);
    show();
    m_input->setFocus();
}

QStringList QuickCodePopup::offered() const
{
    QStringList rows;
    for (int i = 0; i < m_list->count(); ++i)
        rows.append(m_list->item(i)->text());
    return rows;
}

void QuickCodePopup::refilter()
{
    const QString typed = m_input->text().simplified();
    m_list->clear();
    // Names that start with what was typed come first, then names and paths that contain it.
    QList<const Choice *> starts, contains;
    bool exact = false;
    for (const Choice &c : std::as_const(m_choices)) {
        if (typed.isEmpty() || c.name.startsWith(typed, Qt::CaseInsensitive))
            starts.append(&c);
        else if (c.path.contains(typed, Qt::CaseInsensitive))
            contains.append(&c);
        exact = exact || c.name.compare(typed, Qt::CaseInsensitive) == 0;
    }
    for (const Choice *c : starts + contains) {
        // A child code is shown with its parent, so that codes of the same name can be told apart.
        const QString parent = c->path.chopped(std::min(c->path.size(), c->name.size() + 1));
        auto *item = new QListWidgetItem(parent.isEmpty() ? c->name : QStringLiteral("%1  ·  %2").arg(c->name, parent),
                                         m_list);
        item->setData(codeRole, c->id);
        item->setToolTip(c->path);
        QPixmap swatch(12, 12);
        swatch.fill(c->color);
        item->setIcon(QIcon(swatch));
    }
    if (!typed.isEmpty() && !exact) {
        auto *item = new QListWidgetItem(tr("New code “%1”").arg(typed), m_list);
        item->setData(codeRole, CodeId(0));
        item->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    }
    m_list->setCurrentRow(0);
}

void QuickCodePopup::accept()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const CodeId id = item->data(codeRole).toLongLong();
    const QString typed = m_input->text().simplified();
    close();
    if (id != 0)
        Q_EMIT codeChosen(id);
    else
        Q_EMIT newCodeRequested(typed);
}

bool QuickCodePopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            // The list keeps no focus of its own: arrows typed in the field move its highlight.
            const int step = key->key() == Qt::Key_Up ? -1 : key->key() == Qt::Key_Down ? 1
                             : key->key() == Qt::Key_PageUp ? -8 : 8;
            m_list->setCurrentRow(std::clamp(m_list->currentRow() + step, 0, std::max(0, m_list->count() - 1)));
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            accept();
            return true;
        case Qt::Key_Escape:
            close();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace tematik
