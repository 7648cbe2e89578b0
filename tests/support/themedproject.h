#pragma once

#include "core/result.h"

#include <QString>
#include <memory>

namespace tematik {
class Project;
}

namespace tematik::test {

// The demo project with its analysis taken as far as a paper's figures: 18 codes (the demo's nine
// coded ones and nine more, some with long names) in five themes under two dimensions.
Result<std::unique_ptr<Project>> themedDemoProject(const QString &path);

} // namespace tematik::test
