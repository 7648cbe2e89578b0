#include "tests/support/testenvironment.h"

// Placeholder: the tests of this module are being written.
TEST(Placeholder, rtfimporter) { GTEST_SKIP(); }
