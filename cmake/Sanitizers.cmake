# Instrumented builds, for a second build directory beside the normal one (scripts/test-sanitized):
#   TEMATIK_SANITIZE  every target compiled and linked with AddressSanitizer and UndefinedBehaviorSanitizer;
#                     undefined behaviour aborts the program rather than printing and carrying on.
#   TEMATIK_FUZZ      (clang only) every target also compiled with libFuzzer's coverage instrumentation,
#                     and the fuzz targets in fuzz/ built, each linked with libFuzzer's main().
# Qt, SQLite, ICU, libzip, poppler and libxml2 come from the system uninstrumented; memory errors inside
# them show only where our code hands them bad memory.
option(TEMATIK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(TEMATIK_FUZZ "Build the libFuzzer targets in fuzz/ (clang)" OFF)

if(TEMATIK_SANITIZE)
    # Null passed where a function declares non-null stays recoverable, so that tests/sanitizer/ubsan.supp
    # can name the one report from Qt's inline code (UBSan applies suppressions only to recoverable
    # checks); UBSAN_OPTIONS' halt_on_error=1 still stops at any other.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined -fsanitize-recover=nonnull-attribute)
    add_link_options(-fsanitize=address,undefined)
endif()

if(TEMATIK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "TEMATIK_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++), "
                            "not ${CMAKE_CXX_COMPILER_ID}")
    endif()
    # Coverage for libFuzzer's guidance in everything; the sanitizer runtime provides the callbacks,
    # so programs other than the fuzz targets (the tests, the app) link as before.
    add_compile_options(-fsanitize=fuzzer-no-link)
    add_link_options(-fsanitize=fuzzer-no-link)
endif()

# What the tests and fuzz targets of an instrumented build run with: the suppressions for reports from the
# system's libraries, each explained in its file, and UBSan's stack. CTest reads the generated file before
# any test and sets these in its own environment, which every test inherits. (A test's ENVIRONMENT
# property cannot carry them: gtest_discover_tests splits that list, and keeps only its first entry.)
if(TEMATIK_SANITIZE)
    set(supp ${PROJECT_SOURCE_DIR}/tests/sanitizer)
    file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/sanitizerenvironment.cmake CONTENT [=[
set(ENV{ASAN_OPTIONS} "check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1")
set(ENV{LSAN_OPTIONS} "suppressions=@supp@/lsan.supp:print_suppressions=0")
set(ENV{UBSAN_OPTIONS} "suppressions=@supp@/ubsan.supp:print_stacktrace=1:halt_on_error=1")
]=] @ONLY)
    set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY TEST_INCLUDE_FILES
                 ${PROJECT_BINARY_DIR}/sanitizerenvironment.cmake)
endif()
