#pragma once

#include <QtGlobal>

namespace tematik {

// Row ids of the project file. Ids are never reused, so an undo can restore a deleted row under its
// old id and every reference to it stays valid.
using SourceId = qint64;
using CodeId = qint64;
using CodingId = qint64;
using CoderId = qint64;
using SpeakerId = qint64;
using CaseId = qint64;
using ThemeId = qint64;
using MemoId = qint64;
using AttributeId = qint64;
using MeetingId = qint64;

} // namespace tematik
