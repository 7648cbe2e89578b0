#pragma once

#include <QString>

namespace tematik {

// Makes what was written to the file at path (or, for a folder, the names in it: a rename) durable
// before anything relies on it. Only where the system offers it; elsewhere it does nothing.
void syncToDisk(const QString &path);

} // namespace tematik
