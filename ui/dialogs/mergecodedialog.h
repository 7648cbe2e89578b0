#pragma once

#include "core/model/ids.h"

#include <QDialog>

class QDialogButtonBox;
class QListWidget;

namespace tematik {

class Project;

// Asks which code another code is to be merged into, and says what a merge does. Offers every code but
// the merged one and its own subcodes. Merges nothing itself: whoever opens it merges into target()
// when it is accepted.
class MergeCodeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeCodeDialog(Project &project, CodeId from, QWidget *parent = nullptr);

    // 0 until a code is chosen.
    CodeId target() const;
    // Chooses a code; false when it is not offered.
    bool setTarget(CodeId id);

private:
    QListWidget *m_codes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tematik
