#pragma once

#include "core/model/source.h"

#include <QAbstractListModel>
#include <QList>

namespace tematik {

class Project;

// The sources of a project, in their stored order. Follows the project's change notifier: it never
// polls and never writes.
class SourceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { SourceIdRole = Qt::UserRole + 1 };

    explicit SourceListModel(Project &project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    SourceId sourceAt(int row) const;
    int rowOf(SourceId id) const;

private:
    void reload();
    void onSourceChanged(SourceId id);

    Project &m_project;
    QList<SourceInfo> m_sources;
};

} // namespace tematik
