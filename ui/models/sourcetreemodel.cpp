#include "ui/models/sourcetreemodel.h"

#include "core/store/casestore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/sourcestore.h"

namespace tematik {
namespace {

// A source row's internal id; a speaker row's is its source's row + 1, so that parent() finds it.
constexpr quintptr topLevel = 0;

} // namespace

SourceTreeModel::SourceTreeModel(Project &project, QObject *parent)
    : QAbstractItemModel(parent), m_project(project), m_sources(project.sources().list())
{
    for (const SpeakerInfo &s : m_project.cases().speakers())
        m_speakers[s.sourceId].append(s);
    reloadCaseNames();
    ProjectNotifier &n = project.notifier();
    connect(&n, &ProjectNotifier::sourceAdded, this, [this](SourceId id) {
        const auto info = m_project.sources().find(id);
        if (!info)
            return;
        beginInsertRows({}, int(m_sources.size()), int(m_sources.size()));
        m_sources.append(*info);
        m_speakers.insert(id, m_project.cases().speakersOf(id));
        endInsertRows();
    });
    connect(&n, &ProjectNotifier::sourceChanged, this, &SourceTreeModel::onSourceChanged);
    connect(&n, &ProjectNotifier::sourceRemoved, this, [this](SourceId id) {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_sources.removeAt(row);
        m_speakers.remove(id);
        endRemoveRows();
    });
    connect(&n, &ProjectNotifier::speakersChanged, this, [this](SourceId id) { reloadSpeakers(rowOf(id)); });
    // Cases renamed, added or removed: the speakers' case names change, never the rows.
    connect(&n, &ProjectNotifier::casesChanged, this, [this] {
        reloadCaseNames();
        for (int row = 0; row < m_sources.size(); ++row)
            reloadSpeakers(row);
    });
}

QModelIndex SourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : topLevel);
}

QModelIndex SourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int SourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sources.size());
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    return int(m_speakers.value(m_sources.at(parent.row()).id).size());
}

int SourceTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != topLevel) {
        const SourceInfo &source = m_sources.at(int(index.internalId() - 1));
        const SpeakerInfo &speaker = m_speakers.value(source.id).at(index.row());
        const QString caseName = speaker.caseId ? m_caseNames.value(*speaker.caseId) : QString();
        switch (role) {
        case Qt::DisplayRole:
            return caseName.isEmpty() ? speaker.label : tr("%1 · %2").arg(speaker.label, caseName);
        case Qt::ToolTipRole:
            return QString((caseName.isEmpty() ? tr("%1, not linked to a case").arg(speaker.label)
                                               : tr("%1, case %2").arg(speaker.label, caseName))
                           + u'\n' + tr("%Ln speaker turn(s)", nullptr, m_project.cases().turnCount(speaker.id)));
        case SourceIdRole:
            return source.id;
        default:
            return {};
        }
    }
    const SourceInfo &s = m_sources.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.name;
    case Qt::ToolTipRole:
        return QString(tr("%1\nImported from %2 (%3)").arg(s.name, s.fileName, s.encoding.isEmpty() ? s.format : s.encoding)
               + u'\n' + tr("%Ln character(s)", nullptr, int(s.codePoints)) + QStringLiteral(", ")
               + tr("%Ln speaker turn(s)", nullptr, m_project.sources().turnCount(s.id)));
    case SourceIdRole:
        return s.id;
    default:
        return {};
    }
}

SourceId SourceTreeModel::sourceAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    const int row = index.internalId() == topLevel ? index.row() : int(index.internalId() - 1);
    return row < m_sources.size() ? m_sources.at(row).id : 0;
}

QModelIndex SourceTreeModel::indexOf(SourceId id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, 0);
}

int SourceTreeModel::rowOf(SourceId id) const
{
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).id == id)
            return int(i);
    }
    return -1;
}

void SourceTreeModel::onSourceChanged(SourceId id)
{
    const int row = rowOf(id);
    const auto info = m_project.sources().find(id);
    if (row < 0 || !info)
        return;
    m_sources[row] = *info;
    Q_EMIT dataChanged(index(row, 0), index(row, 0));
}

void SourceTreeModel::reloadSpeakers(int row)
{
    if (row < 0)
        return;
    const QModelIndex parent = index(row, 0);
    const SourceId id = m_sources.at(row).id;
    const QList<SpeakerInfo> now = m_project.cases().speakersOf(id);
    const qsizetype before = m_speakers.value(id).size();
    // Linking changes the case of a speaker, not the speakers a transcript has; only if their number
    // changed are the rows replaced.
    if (now.size() == before) {
        m_speakers.insert(id, now);
        if (before > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(int(before) - 1, 0, parent));
        return;
    }
    if (before > 0) {
        beginRemoveRows(parent, 0, int(before) - 1);
        m_speakers.remove(id);
        endRemoveRows();
    }
    if (!now.isEmpty()) {
        beginInsertRows(parent, 0, int(now.size()) - 1);
        m_speakers.insert(id, now);
        endInsertRows();
    }
}

void SourceTreeModel::reloadCaseNames()
{
    m_caseNames.clear();
    for (const CaseInfo &c : m_project.cases().list())
        m_caseNames.insert(c.id, c.name);
}

} // namespace tematik
