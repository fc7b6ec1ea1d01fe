# Checks that translations/vigie_fr.ts covers every string in the code: lupdate is run on a copy,
# and any string it marks unfinished (new in the code, or not yet translated) fails the test.
file(COPY_FILE ${TS_FILE} ${WORK_DIR}/vigie_fr_check.ts)
file(GLOB_RECURSE sources ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
     ${SOURCE_DIR}/ui/*.ui)
execute_process(COMMAND ${LUPDATE} -silent -locations none -no-obsolete ${sources} -ts ${WORK_DIR}/vigie_fr_check.ts
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(STRINGS ${WORK_DIR}/vigie_fr_check.ts unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} strings are not translated into French: run cmake --build build --target update_translations, then translate them in translations/vigie_fr.ts")
endif()
file(STRINGS ${WORK_DIR}/vigie_fr_check.ts messages REGEX "<source>")
list(LENGTH messages total)
message(STATUS "all ${total} strings translated")
