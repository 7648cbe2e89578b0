#pragma once

#include "core/store/project.h"
#include "tests/support/testenvironment.h"

#include <QTemporaryDir>

#include <memory>

namespace tematik::test {

// A fixture with a new, empty project in a temporary folder that goes away after the test.
class ProjectTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto created = Project::create(dir.filePath(QStringLiteral("p.tematik")));
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
};

} // namespace tematik::test
