# Checks that a translation (TS_FILE, into LANGUAGE) covers every string in the code: lupdate is run on a
# copy (with OPTIONS: -pluralonly for English, whose file holds plural forms only), and any string it marks
# unfinished (new in the code, or not yet translated) fails the test.
get_filename_component(name ${TS_FILE} NAME_WE)
set(check ${WORK_DIR}/${name}_check.ts)
file(COPY_FILE ${TS_FILE} ${check})
file(GLOB_RECURSE sources ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
     ${SOURCE_DIR}/ui/*.ui)
execute_process(COMMAND ${LUPDATE} -silent -locations none -no-obsolete ${OPTIONS} ${sources} -ts ${check}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(STRINGS ${check} unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} strings are not translated into ${LANGUAGE}: run lupdate ${OPTIONS} (see the README), then translate them in ${TS_FILE}")
endif()
file(STRINGS ${check} messages REGEX "<source>")
list(LENGTH messages total)
message(STATUS "all ${total} strings translated")
