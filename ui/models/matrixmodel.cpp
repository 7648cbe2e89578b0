#include "ui/models/matrixmodel.h"

#include "core/report/reporttable.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"

#include <QColor>

namespace tematik {

namespace {

// The diagonal of code × code is a reference (all of the code's segments), not a co-occurrence: a
// neutral grey sets it apart from the shades.
const QColor diagonalColor(0xe6, 0xe6, 0xe6);

// Column headers are narrow, so long names go on up to three lines of about this many characters.
constexpr qsizetype headerLineLength = 13;
constexpr int headerLines = 3;

// The name broken at spaces into lines of about headerLineLength characters; a word longer than a line
// stays whole (the header clips it), and text past the last line is cut with an ellipsis.
QString wrapped(const QString &name)
{
    QStringList lines;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= headerLineLength)
            lines.last() += u' ' + word;
        else
            lines.append(word);
    }
    if (lines.size() > headerLines) {
        lines = lines.mid(0, headerLines);
        lines.last() += u'…';
    }
    return lines.join(u'\n');
}

} // namespace

MatrixModel::MatrixModel(Project &project, QObject *parent) : QAbstractTableModel(parent), m_project(project)
{
    ProjectNotifier &n = project.notifier();
    const auto later = [this] { scheduleRebuild(); };
    connect(&n, &ProjectNotifier::codingsChanged, this, later);
    connect(&n, &ProjectNotifier::codeAdded, this, later);
    connect(&n, &ProjectNotifier::codeChanged, this, later);
    connect(&n, &ProjectNotifier::codeRemoved, this, later);
    connect(&n, &ProjectNotifier::codeMoved, this, later);
    connect(&n, &ProjectNotifier::sourceAdded, this, later);
    connect(&n, &ProjectNotifier::sourceChanged, this, later);
    connect(&n, &ProjectNotifier::sourceRemoved, this, later);
    connect(&n, &ProjectNotifier::casesChanged, this, later);
    connect(&n, &ProjectNotifier::speakersChanged, this, later);
    connect(&n, &ProjectNotifier::themeRemoved, this, later);
    connect(&n, &ProjectNotifier::codeThemeChanged, this, later);
    rebuild();
}

void MatrixModel::setKind(MatrixKind kind)
{
    m_kind = kind;
    rebuild();
}

void MatrixModel::setAttribute(const QString &attribute)
{
    m_attribute = attribute;
    rebuild();
}

void MatrixModel::setMeasure(MatrixMeasure measure)
{
    m_measure = measure;
    rebuild();
}

void MatrixModel::setTheme(std::optional<ThemeId> theme)
{
    m_theme = theme;
    rebuild();
}

void MatrixModel::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QMetaObject::invokeMethod(this, &MatrixModel::rebuild, Qt::QueuedConnection);
}

void MatrixModel::rebuild()
{
    m_rebuildPending = false;
    beginResetModel();
    Result<CodeMatrix> built = CodeMatrix::build(m_project, m_kind, m_attribute, m_theme);
    if (built) {
        m_matrix = std::move(*built);
        m_error.clear();
    } else {
        m_matrix = CodeMatrix();
        m_error = built.error();
    }
    endResetModel();
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows().size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.columns().size());
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return m_matrix.cell(row, column).value(m_measure);
    case Qt::BackgroundRole:
        if (const std::optional<double> heat = m_matrix.heat(row, column, m_measure))
            return QColor::fromRgb(ReportCell::heatRgb(*heat));
        return diagonalColor;
    case Qt::ForegroundRole:
        // Every background is light, whatever the desktop's colour scheme: keep the text dark on it.
        return QColor(Qt::black);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return m_matrix.describe(row, column);
    case CodeIdRole:
        return m_matrix.rows().at(row).id;
    case HeatRole:
        if (const std::optional<double> heat = m_matrix.heat(row, column, m_measure))
            return *heat;
        return {};
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QList<MatrixHeader> &headers = orientation == Qt::Horizontal ? m_matrix.columns() : m_matrix.rows();
    if (section < 0 || section >= headers.size())
        return {};
    const MatrixHeader &header = headers.at(section);
    switch (role) {
    case Qt::DisplayRole:
        if (orientation == Qt::Vertical)
            return QString(QString(header.depth * 3, u' ') + header.name);
        return wrapped(header.name);
    case Qt::ToolTipRole:
        return header.path;
    case CodeIdRole:
        return orientation == Qt::Vertical ? QVariant(header.id) : QVariant();
    default:
        return {};
    }
}

} // namespace tematik
