#include "core/text/namecollator.h"
#include "tests/support/testenvironment.h"

#include <algorithm>

using namespace tematik;

namespace {

QStringList sorted(QStringList names, const NameCollator &collator)
{
    std::sort(names.begin(), names.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return names;
}

const QStringList names{QStringLiteral("Öppenhet"), QStringLiteral("Zon"), QStringLiteral("Ålder"),
                        QStringLiteral("Ärlighet"), QStringLiteral("Oro"), QStringLiteral("Arbete"),
                        QStringLiteral("arbete")};

} // namespace

// å, ä and ö are letters of their own in Swedish, after z.
TEST(NameCollator, SwedishPutsAaAeOeAfterZ)
{
    const NameCollator sv(QStringLiteral("sv_SE"));
    EXPECT_EQ(sv.locale(), QStringLiteral("sv"));
    EXPECT_EQ(sorted(names, sv),
              (QStringList{QStringLiteral("arbete"), QStringLiteral("Arbete"), QStringLiteral("Oro"),
                           QStringLiteral("Zon"), QStringLiteral("Ålder"), QStringLiteral("Ärlighet"),
                           QStringLiteral("Öppenhet")}));
}

TEST(NameCollator, EnglishSortsThemWithAAndO)
{
    const NameCollator en(QStringLiteral("en"));
    EXPECT_EQ(sorted(names, en),
              (QStringList{QStringLiteral("Ålder"), QStringLiteral("arbete"), QStringLiteral("Arbete"),
                           QStringLiteral("Ärlighet"), QStringLiteral("Öppenhet"), QStringLiteral("Oro"),
                           QStringLiteral("Zon")}));
}

TEST(NameCollator, NumbersByValueAndEqualNamesEqual)
{
    const NameCollator sv(QStringLiteral("sv"));
    EXPECT_LT(sv.compare(QStringLiteral("Fråga 2"), QStringLiteral("Fråga 10")), 0);
    EXPECT_EQ(sv.compare(QStringLiteral("Tid"), QStringLiteral("Tid")), 0);
    EXPECT_GT(sv.compare(QStringLiteral("ö"), QStringLiteral("z")), 0);
    // The default is the user's locale; whatever it is, it orders.
    EXPECT_LT(NameCollator().compare(QStringLiteral("a"), QStringLiteral("b")), 0);
}
