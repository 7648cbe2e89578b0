#pragma once

#include <QLoggingCategory>

// One logging category per core module, so that a user can turn on e.g. "tematik.import.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcText)
