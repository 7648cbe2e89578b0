#include "ui/models/segmentlistmodel.h"

#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/themestore.h"
#include "ui/commands/editor.h"

#include <QSet>
#include <QTimer>

namespace tematik {

SegmentListModel::SegmentListModel(Project &project, Editor *editor, QObject *parent)
    : QAbstractTableModel(parent), m_project(project), m_editor(editor)
{
    // An import, a merge or an undo of many codings sends a burst of notifications: the segments are
    // read again once, when the burst is over.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &SegmentListModel::refresh);
    ProjectNotifier &n = project.notifier();
    const auto later = [this] {
        if (m_scope.kind != Scope::Kind::None)
            m_refreshTimer->start();
    };
    connect(&n, &ProjectNotifier::codingsChanged, this, later);
    connect(&n, &ProjectNotifier::codeThemeChanged, this, later);
    connect(&n, &ProjectNotifier::themeChanged, this, later);
    connect(&n, &ProjectNotifier::themeRemoved, this, later);
    connect(&n, &ProjectNotifier::codeChanged, this, later);
    connect(&n, &ProjectNotifier::codeMoved, this, later);
    connect(&n, &ProjectNotifier::codeAdded, this, later);
    connect(&n, &ProjectNotifier::codeRemoved, this, later);
    connect(&n, &ProjectNotifier::casesChanged, this, later);
    connect(&n, &ProjectNotifier::speakersChanged, this, later);
    connect(&n, &ProjectNotifier::sourceChanged, this, later);
    connect(&n, &ProjectNotifier::sourceRemoved, this, later);
}

int SegmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int SegmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RetrievedSegment &s = m_segments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SourceColumn:
            return s.sourceName;
        case SpeakerColumn:
            return s.speaker;
        case CaseColumn:
            return s.caseName;
        case CodeColumn:
            return m_codeNames.value(s.codeId);
        case TextColumn:
            return s.text;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == CodeColumn ? m_project.codes().path(s.codeId) : QVariant();
    case Qt::CheckStateRole:
        if (index.column() == ExemplarColumn)
            return s.exemplar ? Qt::Checked : Qt::Unchecked;
        return {};
    case CodingIdRole:
        return s.codingId;
    case SourceIdRole:
        return s.sourceId;
    case StartRole:
        return s.start;
    case EndRole:
        return s.end;
    case ExemplarRole:
        return s.exemplar;
    case ReferenceRole: {
        QStringList parts{s.sourceName};
        for (const QString &part : {s.speaker, s.caseName, m_codeNames.value(s.codeId)}) {
            // A speaker label that is the case's name says nothing the second time.
            if (!part.isEmpty() && !parts.contains(part))
                parts.append(part);
        }
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

bool SegmentListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editor || role != Qt::CheckStateRole || index.column() != ExemplarColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    RetrievedSegment &s = m_segments[index.row()];
    const bool exemplar = value.value<Qt::CheckState>() == Qt::Checked;
    if (const Status status = m_editor->setExemplar(s.codingId, exemplar); !status) {
        Q_EMIT failed(status.error());
        return false;
    }
    // Shown at once; the notification that follows reads the list again (and drops the row when only
    // exemplars are shown).
    s.exemplar = exemplar;
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    return true;
}

Qt::ItemFlags SegmentListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ExemplarColumn && m_editor)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case SpeakerColumn:
        return tr("Speaker");
    case CaseColumn:
        return tr("Case");
    case CodeColumn:
        return tr("Code");
    case TextColumn:
        return tr("Segment");
    case ExemplarColumn:
        return tr("Exemplar");
    }
    return {};
}

void SegmentListModel::setScope(const Scope &scope)
{
    m_scope = scope;
    refresh();
}

void SegmentListModel::setFilter(const SegmentFilter &filter)
{
    m_filter = filter;
    refresh();
}

QString SegmentListModel::scopeName() const
{
    switch (m_scope.kind) {
    case Scope::Kind::None:
        return {};
    case Scope::Kind::Code:
    case Scope::Kind::CodeWithSubcodes: {
        const std::optional<Code> code = m_project.codes().find(m_scope.id);
        return code ? code->name : QString();
    }
    case Scope::Kind::Theme: {
        const std::optional<Theme> theme = m_project.themes().find(m_scope.id);
        return theme ? theme->name : QString();
    }
    }
    return {};
}

int SegmentListModel::sourceCount() const
{
    QSet<SourceId> sources;
    for (const RetrievedSegment &s : m_segments)
        sources.insert(s.sourceId);
    return int(sources.size());
}

int SegmentListModel::caseCount() const
{
    QSet<QString> cases;
    for (const RetrievedSegment &s : m_segments) {
        if (!s.caseName.isEmpty())
            cases.insert(s.caseName);
    }
    return int(cases.size());
}

QList<CodeId> SegmentListModel::codesInScope() const
{
    QList<CodeId> codes;
    if (m_scope.kind == Scope::Kind::Code) {
        codes.append(m_scope.id);
    } else if (m_scope.kind == Scope::Kind::CodeWithSubcodes) {
        for (const Code &c : m_project.codes().subtree(m_scope.id))
            codes.append(c.id);
    }
    return codes;
}

void SegmentListModel::refresh()
{
    m_refreshTimer->stop();
    m_codeNames.clear();
    for (const Code &c : m_project.codes().list())
        m_codeNames.insert(c.id, c.name);
    const SegmentQuery query(m_project.database());
    QList<RetrievedSegment> fresh;
    if (m_scope.kind == Scope::Kind::Theme)
        fresh = query.ofTheme(m_scope.id, m_filter);
    else if (m_scope.kind != Scope::Kind::None)
        fresh = query.ofCodes(codesInScope(), m_filter);

    // The same codings as before (an exemplar marked, a code renamed): the rows stay, and with them
    // the reader's selection and place in the list.
    bool sameRows = fresh.size() == m_segments.size();
    for (qsizetype i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).codingId == m_segments.at(i).codingId;
    if (sameRows) {
        m_segments = std::move(fresh);
        if (!m_segments.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_segments = std::move(fresh);
        endResetModel();
    }
    Q_EMIT refreshed();
}

} // namespace tematik
