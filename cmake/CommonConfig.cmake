# One interface target that every project target links: standard, warnings,
# and the Qt string-safety definitions.
option(AMEIDE_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
if(DEFINED ENV{CI})
  set(AMEIDE_WARNINGS_AS_ERRORS ON CACHE BOOL "" FORCE)
endif()

add_library(ameide_common INTERFACE)
add_library(ameide::common ALIAS ameide_common)
target_compile_features(ameide_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(ameide_common INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
if(AMEIDE_WARNINGS_AS_ERRORS)
  target_compile_options(ameide_common INTERFACE -Werror)
endif()

target_compile_definitions(ameide_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  AMEIDE_VERSION="${PROJECT_VERSION}")

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  # Paths are hashed relative to the source tree, so a clone elsewhere (CI's)
  # hits what this one cached; precompiled headers (cmake/Precompiled.cmake)
  # are cached only with the sloppiness below.
  set(CMAKE_CXX_COMPILER_LAUNCHER
    env "CCACHE_BASEDIR=${PROJECT_SOURCE_DIR}" CCACHE_NOHASHDIR=1
        CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
    "${CCACHE_PROGRAM}")
endif()

set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
