#include "tests/support/testenvironment.h"

#include <QCoreApplication>

// Tests of core run with a QCoreApplication only: core must work without a display.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    tematik::test::installMessageHandler();
    return RUN_ALL_TESTS();
}
