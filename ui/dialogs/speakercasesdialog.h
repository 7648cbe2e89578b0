#pragma once

#include <QDialog>

class QTableWidget;

namespace tematik {

class Project;

// Lets the researcher check and correct which case each speaker of each source belongs to. Each
// change is stored at once, as its own action.
class SpeakerCasesDialog : public QDialog
{
    Q_OBJECT

public:
    SpeakerCasesDialog(Project &project, QWidget *parent = nullptr);

private:
    void fill();

    Project &m_project;
    QTableWidget *m_table = nullptr;
};

} // namespace tematik
