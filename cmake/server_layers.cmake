# Checks that the platform's sources include only downward through its
# layers, so a wrong include fails the build and not a later review:
#
#   core (0) <- store (1) <- services: auth, services, executor (2)
#            <- platform: seed, platform_server (3) <- daemon: main.cpp (4)
#
# A file may include headers of its own layer or a lower one. The store's
# internal headers (row mapping, SQL building) may be included only by the
# store itself. Include paths resolve as the compiler does: beside the file
# first, then from server/. Headers outside server/ (generated protobuf,
# third party) are not checked.
#
#   cmake -DSERVER_DIR=<path to server> [-DSTAMP=<file>] -P cmake/server_layers.cmake
cmake_minimum_required(VERSION 3.25)

if(NOT SERVER_DIR)
  message(FATAL_ERROR "server_layers.cmake: set SERVER_DIR to the server folder")
endif()
cmake_path(ABSOLUTE_PATH SERVER_DIR NORMALIZE)
string(REGEX REPLACE "/$" "" SERVER_DIR "${SERVER_DIR}")

set(STORE_INTERNAL_HEADERS store/run_rows.h store/run_query.h)
set(LAYER_NAMES core store services platform daemon)

# The layer of a path relative to server/; -1 when it belongs to none.
function(layer_of path out)
  if(path MATCHES "^core/")
    set(rank 0)
  elseif(path MATCHES "^store/")
    set(rank 1)
  elseif(path MATCHES "^(auth|services|executor)/")
    set(rank 2)
  elseif(path MATCHES "^seed/" OR path MATCHES "^platform_server\\.(h|cpp)$")
    set(rank 3)
  elseif(path STREQUAL "main.cpp")
    set(rank 4)
  else()
    set(rank -1)
  endif()
  set(${out} ${rank} PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE sources RELATIVE "${SERVER_DIR}" "${SERVER_DIR}/*.h" "${SERVER_DIR}/*.cpp")
list(SORT sources)
set(problems "")
foreach(source IN LISTS sources)
  layer_of("${source}" from)
  if(from EQUAL -1)
    string(APPEND problems "\n  server/${source} is in no layer (add its folder to cmake/server_layers.cmake)")
    continue()
  endif()
  cmake_path(GET source PARENT_PATH folder)
  file(STRINGS "${SERVER_DIR}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*$" "\\1" included "${line}")
    if(folder AND EXISTS "${SERVER_DIR}/${folder}/${included}")
      set(target "${folder}/${included}")
    elseif(EXISTS "${SERVER_DIR}/${included}")
      set(target "${included}")
    else()
      continue()
    endif()
    cmake_path(NORMAL_PATH target)
    layer_of("${target}" to)
    if(to GREATER from)
      list(GET LAYER_NAMES ${from} fromName)
      list(GET LAYER_NAMES ${to} toName)
      string(APPEND problems "\n  server/${source} (${fromName}) includes ${target} (${toName})")
    elseif(target IN_LIST STORE_INTERNAL_HEADERS AND NOT source MATCHES "^store/")
      string(APPEND problems "\n  server/${source} includes ${target}, which is internal to the store")
    endif()
  endforeach()
endforeach()

if(problems)
  message(FATAL_ERROR "server layers: a layer includes above itself or into the store's internals"
                      " (docs/architecture.md):${problems}")
endif()
if(STAMP)
  file(TOUCH "${STAMP}")
endif()
