# Makes the gumbo sources the build compiles: a copy of GUMBO_DIR (never edited in place,
# it is the shared npm package) with src/html/gumbo-patches/*.patch applied in name order.
# Sets GUMBO_PATCHED_DIR. Runs at every configure and is idempotent: each run patches a
# fresh copy in a staging folder, then copies into GUMBO_PATCHED_DIR only the files whose
# content changed (configure_file COPYONLY), so nothing is patched twice and an edited or
# removed patch rebuilds exactly the files it touches. A patch that does not apply exactly
# (--fuzz=0, e.g. after a gumbo upgrade) stops the configure.
set(GUMBO_PATCH_DIR "${CMAKE_SOURCE_DIR}/src/html/gumbo-patches")
set(GUMBO_STAGING_DIR "${CMAKE_BINARY_DIR}/gumbo-src-staging")
set(GUMBO_PATCHED_DIR "${CMAKE_BINARY_DIR}/gumbo-src")

file(GLOB GUMBO_PATCHES CONFIGURE_DEPENDS "${GUMBO_PATCH_DIR}/*.patch")
list(SORT GUMBO_PATCHES)
file(GLOB GUMBO_ORIGINAL_FILES "${GUMBO_DIR}/*.c" "${GUMBO_DIR}/*.h")
# Re-run the configure when a patch or an original source changes.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${GUMBO_PATCHES} ${GUMBO_ORIGINAL_FILES})

if(GUMBO_PATCHES)
  find_program(PATCH_EXECUTABLE patch)
  if(NOT PATCH_EXECUTABLE)
    message(FATAL_ERROR "`patch` not found, needed for src/html/gumbo-patches: install it (scripts/bootstrap.sh does)")
  endif()
endif()

file(REMOVE_RECURSE "${GUMBO_STAGING_DIR}")
file(MAKE_DIRECTORY "${GUMBO_STAGING_DIR}")
file(COPY ${GUMBO_ORIGINAL_FILES} DESTINATION "${GUMBO_STAGING_DIR}")
foreach(patch_file IN LISTS GUMBO_PATCHES)
  execute_process(
    COMMAND "${PATCH_EXECUTABLE}" -p1 --forward --batch --fuzz=0 --no-backup-if-mismatch
            -d "${GUMBO_STAGING_DIR}" -i "${patch_file}"
    RESULT_VARIABLE patch_result
    OUTPUT_VARIABLE patch_output
    ERROR_VARIABLE patch_output)
  if(NOT patch_result EQUAL 0)
    message(FATAL_ERROR "gumbo patch ${patch_file} does not apply to ${GUMBO_DIR}:\n${patch_output}")
  endif()
endforeach()

file(GLOB GUMBO_STAGED_FILES RELATIVE "${GUMBO_STAGING_DIR}" "${GUMBO_STAGING_DIR}/*")
file(GLOB GUMBO_STALE_FILES RELATIVE "${GUMBO_PATCHED_DIR}" "${GUMBO_PATCHED_DIR}/*")
foreach(name IN LISTS GUMBO_STALE_FILES)
  if(NOT name IN_LIST GUMBO_STAGED_FILES)
    file(REMOVE "${GUMBO_PATCHED_DIR}/${name}")
  endif()
endforeach()
foreach(name IN LISTS GUMBO_STAGED_FILES)
  configure_file("${GUMBO_STAGING_DIR}/${name}" "${GUMBO_PATCHED_DIR}/${name}" COPYONLY)
endforeach()
list(LENGTH GUMBO_PATCHES patch_count)
message(STATUS "gumbo: ${patch_count} patch(es) applied in ${GUMBO_PATCHED_DIR}")
