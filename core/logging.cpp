#include "core/logging.h"

Q_LOGGING_CATEGORY(lcStore, "tematik.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "tematik.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcText, "tematik.text", QtWarningMsg)
