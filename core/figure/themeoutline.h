#pragma once

#include "core/model/code.h"
#include "core/model/theme.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace tematik {

class Project;

// The project's analysis as the figures draw it: each dimension with its themes, each theme with its
// codes, in the order the themes editor and the codebook show them. Themes in no dimension come last,
// as one group without a dimension.
struct ThemeOutline
{
    Q_DECLARE_TR_FUNCTIONS(ThemeOutline)

public:
    struct Branch
    {
        Theme theme;
        QList<Code> codes; // in codebook order
    };
    struct Group
    {
        std::optional<Theme> dimension; // none: the themes in no dimension
        QList<Branch> themes;
    };

    QList<Group> groups;

    // An error, naming the project file, when it has no themes: there is nothing to draw.
    static Result<ThemeOutline> of(Project &project);

    bool hasDimensions() const;
};

} // namespace tematik
