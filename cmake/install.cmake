# `cmake --install build --prefix P`: P/lib/libhotpy.a, P/include/hotpy/, P/bin/hotpy,
# P/share/hotpy/stdlib/ and the CMake package in P/lib/cmake/hotpy, with which a host
# does find_package(hotpy) and links hotpy::hotpy. Everything is relative to P, so the
# prefix may be chosen at install time or moved afterwards.
include(CMakePackageConfigHelpers)
set(HOTPY_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/hotpy)

install(TARGETS hotpy_library EXPORT hotpyTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/hotpy DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/stdlib/ DESTINATION ${HOTPY_INSTALL_STDLIB_DIR}
        FILES_MATCHING PATTERN "*.py" PATTERN "__pycache__" EXCLUDE)
if(TARGET hotpy)
  install(TARGETS hotpy RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(EXPORT hotpyTargets NAMESPACE hotpy:: DESTINATION ${HOTPY_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/hotpyConfig.cmake.in
  ${PROJECT_BINARY_DIR}/hotpyConfig.cmake INSTALL_DESTINATION ${HOTPY_CMAKE_DIR}
  PATH_VARS HOTPY_INSTALL_STDLIB_DIR)
# 0.x: a minor version may change the API.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/hotpyConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/hotpyConfig.cmake ${PROJECT_BINARY_DIR}/hotpyConfigVersion.cmake
        DESTINATION ${HOTPY_CMAKE_DIR})
