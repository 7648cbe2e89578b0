#pragma once

#include "core/store/segmentquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class QTimer;

namespace tematik {

class Editor;
class Project;

// The coded segments behind a code, a code with its subcodes, a theme or a dimension, narrowed by a
// SegmentFilter: what the retrieval panel shows for reading. Follows the project's change notifier
// (read again once per burst of changes, keeping the scope); marking an exemplar goes through the
// Editor, so it is one undo step.
class SegmentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SourceColumn,
        SpeakerColumn,
        CaseColumn,
        CodeColumn,
        TextColumn,
        ExemplarColumn,
        ColumnCount
    };
    enum Role
    {
        CodingIdRole = Qt::UserRole + 1,
        SourceIdRole,
        StartRole, // code points, half-open
        EndRole,
        ExemplarRole,
        // "source · speaker · case · code": the line a reader sees above a quote.
        ReferenceRole,
    };

    struct Scope
    {
        enum class Kind
        {
            None,
            Code,
            CodeWithSubcodes,
            Theme
        };
        Kind kind = Kind::None;
        qint64 id = 0; // a CodeId, or a ThemeId of a theme or dimension

        friend bool operator==(const Scope &, const Scope &) = default;
    };

    // editor may be null: the model is then read-only.
    SegmentListModel(Project &project, Editor *editor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // ExemplarColumn's CheckStateRole marks or unmarks the segment as an exemplar through the Editor.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setScope(const Scope &scope);
    const Scope &scope() const { return m_scope; }
    void setFilter(const SegmentFilter &filter);
    const SegmentFilter &filter() const { return m_filter; }
    // The name of the code, theme or dimension in scope; empty when it is gone or there is none.
    QString scopeName() const;

    const QList<RetrievedSegment> &segments() const { return m_segments; }
    const RetrievedSegment &segmentAt(int row) const { return m_segments.at(row); }
    QString codeName(CodeId id) const { return m_codeNames.value(id); }
    int sourceCount() const;
    // Distinct cases (participants) the segments' speakers belong to.
    int caseCount() const;

    // Reads the segments again now rather than after the pending change notifications.
    void refresh();

Q_SIGNALS:
    // The segments were read again (scope, filter or project changed): counts and headings may differ.
    void refreshed();
    // Marking an exemplar failed; the message is for the user.
    void failed(const QString &message);

private:
    QList<CodeId> codesInScope() const;

    Project &m_project;
    Editor *m_editor = nullptr;
    Scope m_scope;
    SegmentFilter m_filter;
    QList<RetrievedSegment> m_segments;
    QHash<CodeId, QString> m_codeNames;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace tematik
