#include "ui/models/sourcelistmodel.h"

#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/sourcestore.h"


namespace tematik {

SourceListModel::SourceListModel(Project &project, QObject *parent)
    : QAbstractListModel(parent), m_project(project), m_sources(project.sources().list())
{
    ProjectNotifier &n = project.notifier();
    connect(&n, &ProjectNotifier::sourceAdded, this, [this](SourceId id) {
        const auto info = m_project.sources().find(id);
        if (!info)
            return;
        beginInsertRows({}, int(m_sources.size()), int(m_sources.size()));
        m_sources.append(*info);
        endInsertRows();
    });
    connect(&n, &ProjectNotifier::sourceChanged, this, &SourceListModel::onSourceChanged);
    connect(&n, &ProjectNotifier::sourceRemoved, this, [this](SourceId id) {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_sources.removeAt(row);
        endRemoveRows();
    });
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceInfo &s = m_sources.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.name;
    case Qt::ToolTipRole: {
        return QString(tr("%1\nImported from %2 (%3)").arg(s.name, s.fileName, s.encoding.isEmpty() ? s.format : s.encoding)
               + u'\n' + tr("%Ln character(s)", nullptr, int(s.codePoints)) + QStringLiteral(", ")
               + tr("%n speaker turn(s)", nullptr, s.turnCount));
    }
    case SourceIdRole:
        return s.id;
    default:
        return {};
    }
}

SourceId SourceListModel::sourceAt(int row) const
{
    return row >= 0 && row < m_sources.size() ? m_sources.at(row).id : 0;
}

int SourceListModel::rowOf(SourceId id) const
{
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).id == id)
            return int(i);
    }
    return -1;
}

void SourceListModel::onSourceChanged(SourceId id)
{
    const int row = rowOf(id);
    const auto info = m_project.sources().find(id);
    if (row < 0 || !info)
        return;
    m_sources[row] = *info;
    Q_EMIT dataChanged(index(row), index(row));
}

} // namespace tematik
