#pragma once

#include "core/import/surveyimport.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace tematik {

struct DataTable;

// Lets the researcher say, column by column, what a survey table holds: the respondent id, open-ended
// answers to import as codable text, attributes of the respondents, or columns to leave out.
class SurveyImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Role { Respondent, Answer, Attribute, LeaveOut };

    SurveyImportDialog(const DataTable &table, QWidget *parent = nullptr);
    SurveyImportOptions options() const;
    void setRole(int column, Role role);

    // A first guess: an "id" column is the respondent, long texts or questions are answers.
    static Role guessRole(const DataTable &table, int column);

private:
    void updateOk();

    QTableWidget *m_columns = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace tematik
