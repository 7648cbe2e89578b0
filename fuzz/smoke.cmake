# A short fuzz run of one target, as a test: cmake -DFUZZER=exe -DSEEDS=dir -DWORK=dir -DSECONDS=n
# [-DDICT=file] -P smoke.cmake. New inputs go to WORK/corpus (libFuzzer writes only to the first corpus
# folder), so the seeds in the source tree stay as they are; a crash leaves its input in WORK/artifacts.
# The seed is fixed, so that a run repeats as far as timing allows. An input is given 25 s (a slow
# PDF in poppler under AddressSanitizer is not a hang) and 2.5 GB.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
set(args -max_total_time=${SECONDS} -timeout=25 -rss_limit_mb=2560 -seed=1 -print_final_stats=1
    -artifact_prefix=${WORK}/artifacts/)
if(DICT)
    list(APPEND args -dict=${DICT})
endif()
execute_process(COMMAND ${FUZZER} ${args} ${WORK}/corpus ${SEEDS} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    file(GLOB found ${WORK}/artifacts/*)
    message(FATAL_ERROR "${FUZZER} failed (${status}); the input: ${found}")
endif()
