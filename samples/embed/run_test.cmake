# Runs embed_host on a copy of custom.py with edits at ticks 3, 5 and 7, and compares
# its output with expected.txt, which CPython wrote by running host_model.py, the same
# host in Python, on the same edits (make-expected.sh).
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(COPY ${SRC}/custom.py DESTINATION ${WORK})
execute_process(COMMAND ${HOST} ${WORK}/custom.py 8 1 --edit 3 ${SRC}/custom_v2.py --edit 5 ${SRC}/custom_broken.py
                        --edit 7 ${SRC}/custom_v3.py
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
file(READ ${SRC}/expected.txt expected)
string(REPLACE "${WORK}/" "" out "${out}")
if(NOT status EQUAL 0 OR NOT out STREQUAL expected OR NOT err STREQUAL "")
  message(FATAL_ERROR "embed_host exited ${status}\n--- stdout:\n${out}\n--- stderr:\n${err}\n--- expected:\n${expected}")
endif()
