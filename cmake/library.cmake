# libhotpy: one static archive of every library stage (HOTPY_LIBRARY_STAGES), what a
# host links as hotpy::hotpy. The stages keep their own archives for the unit tests,
# which link one stage with a stand-in for the rest; libhotpy re-archives the same
# objects, so nothing is compiled twice.
set(hotpy_library_objects)
foreach(stage IN LISTS HOTPY_LIBRARY_STAGES)
  if(TARGET hotpy_${stage})
    list(APPEND hotpy_library_objects $<TARGET_OBJECTS:hotpy_${stage}>)
  endif()
endforeach()
add_library(hotpy_library STATIC ${hotpy_library_objects})
set_target_properties(hotpy_library PROPERTIES OUTPUT_NAME hotpy EXPORT_NAME hotpy
                                               ARCHIVE_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR})
# A host sees only include/ (hotpy/hotpy.h needs C++17) and links GMP, PCRE2 and threads.
target_include_directories(hotpy_library PUBLIC
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_compile_features(hotpy_library PUBLIC cxx_std_17)
# GMP by an imported target, so the installed package can find it again on the host's
# machine (hotpyConfig.cmake) instead of naming this machine's path.
if(NOT TARGET hotpy::gmp)
  add_library(hotpy::gmp UNKNOWN IMPORTED GLOBAL)
  set_target_properties(hotpy::gmp PROPERTIES IMPORTED_LOCATION ${GMP_LIBRARY})
endif()
if(NOT TARGET hotpy::pcre2)
  add_library(hotpy::pcre2 UNKNOWN IMPORTED GLOBAL)
  set_target_properties(hotpy::pcre2 PROPERTIES IMPORTED_LOCATION ${PCRE2_LIBRARY})
endif()
target_link_libraries(hotpy_library PUBLIC hotpy::gmp hotpy::pcre2 Threads::Threads)
add_library(hotpy::hotpy ALIAS hotpy_library)
