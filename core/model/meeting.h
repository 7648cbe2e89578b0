#pragma once

#include "core/model/ids.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tematik {

// A member-checking (dialogue) meeting: the researchers show participants the preliminary themes and
// take down what they confirm, correct or add.
struct Meeting
{
    MeetingId id = 0;
    QString guid;
    QString title;
    QDate heldOn;
    QString createdAt; // as stored (UTC, ISO 8601)
};

// What the participants made of a theme at a meeting.
enum class Verdict
{
    Confirmed,
    Revised,
    Questioned
};

// The names the project file and the command line use: "confirmed", "revised", "questioned".
QString verdictName(Verdict verdict);
std::optional<Verdict> verdictFromName(const QString &name);
// The verdict for people, translated: "Confirmed", "Revised", "Questioned".
QString verdictDisplayName(Verdict verdict);

// A theme (or dimension) a meeting shows, with the quotes (exemplar codings) chosen for it, in order.
struct PlannedTheme
{
    ThemeId theme = 0;
    QList<CodingId> quotes;

    friend bool operator==(const PlannedTheme &, const PlannedTheme &) = default;
};

// What a meeting shows, in the order shown.
using MeetingPlan = QList<PlannedTheme>;

} // namespace tematik
