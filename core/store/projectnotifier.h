#pragma once

#include "core/model/ids.h"

#include <QObject>

namespace tematik {

// The one change channel of a project. Stores emit these after the transaction that made the change
// has committed (never for a change that was rolled back); item models subscribe and update
// incrementally. Nothing else tells a view that the project changed.
class ProjectNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void sourceAdded(tematik::SourceId id);
    void sourceChanged(tematik::SourceId id);
    void sourceRemoved(tematik::SourceId id);

    void codeAdded(tematik::CodeId id);
    void codeChanged(tematik::CodeId id);
    void codeRemoved(tematik::CodeId id);
    // The code went to another parent or another place among its siblings. Its new siblings may have
    // been renumbered with it; their order among themselves is kept.
    void codeMoved(tematik::CodeId id);

    // Codings were added to, changed in or removed from this source.
    void codingsChanged(tematik::SourceId source);

    // Cases, attributes or their values changed.
    void casesChanged();
    // The speakers of this source were linked to other cases.
    void speakersChanged(tematik::SourceId source);

    // memoRemoved also comes for each memo that went with a deleted source, code, coding or case.
    void memoAdded(tematik::MemoId id);
    void memoChanged(tematik::MemoId id);
    void memoRemoved(tematik::MemoId id);

    // A theme or dimension: added, or changed in name, definition, status or place (a dimension's
    // themes change place when it is removed), or removed.
    void themeAdded(tematik::ThemeId id);
    void themeChanged(tematik::ThemeId id);
    void themeRemoved(tematik::ThemeId id);
    // The code was put in another theme or in none.
    void codeThemeChanged(tematik::CodeId id);

    // A member-checking meeting was added, or its details, plan or verdicts changed.
    void meetingChanged(tematik::MeetingId id);
};

} // namespace tematik
