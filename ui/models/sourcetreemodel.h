#pragma once

#include "core/model/casedata.h"
#include "core/model/source.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace tematik {

class Project;

// The sources of a project in their stored order, each with its speakers beneath it and the case
// (participant) each speaker is linked to. Follows the project's change notifier: it never polls and
// never writes.
class SourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { SourceIdRole = Qt::UserRole + 1 };

    explicit SourceTreeModel(Project &project, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The source of a row, or of the speaker row's source.
    SourceId sourceAt(const QModelIndex &index) const;
    QModelIndex indexOf(SourceId id) const;

private:
    int rowOf(SourceId id) const;
    void onSourceChanged(SourceId id);
    // Reads the speakers of the source at row again (a speaker was linked to another case).
    void reloadSpeakers(int row);
    void reloadCaseNames();

    Project &m_project;
    QList<SourceInfo> m_sources;
    QHash<SourceId, QList<SpeakerInfo>> m_speakers;
    QHash<CaseId, QString> m_caseNames;
};

} // namespace tematik
