#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tematik {

// What an interchange import did, for the user (REFI-QDA §7 asks an importer to say what it dropped):
// what it kept as it was, what it had to change to fit the project, and what it left out. Each line is
// translated and names one item; the counts are the number of lines in each group.
class InterchangeReport
{
    Q_DECLARE_TR_FUNCTIONS(InterchangeReport)

public:
    void addKept(const QString &line) { m_kept.append(line); }
    void addChanged(const QString &line) { m_changed.append(line); }
    void addDropped(const QString &line) { m_dropped.append(line); }
    // Another report's lines after this one's.
    void append(const InterchangeReport &other)
    {
        m_kept += other.m_kept;
        m_changed += other.m_changed;
        m_dropped += other.m_dropped;
    }

    const QStringList &kept() const { return m_kept; }
    const QStringList &changed() const { return m_changed; }
    const QStringList &dropped() const { return m_dropped; }

    // One line with the three counts: "Kept 3, changed 1, dropped 0."
    QString summary() const;
    // {"kept": [...], "changed": [...], "dropped": [...]}, for the command line's --json.
    QJsonObject toJson() const;
    // The summary, then each non-empty group under a heading with its lines indented; for the command
    // line and a dialog's details.
    QString toText() const;

private:
    QStringList m_kept;
    QStringList m_changed;
    QStringList m_dropped;
};

} // namespace tematik
