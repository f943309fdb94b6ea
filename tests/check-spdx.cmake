# SPDX-License-Identifier: Apache-2.0
# Every source file names its license: cmake -DROOT=<source dir> -P check-spdx.cmake
cmake_minimum_required(VERSION 3.25)
file(GLOB_RECURSE sources RELATIVE "${ROOT}"
    "${ROOT}/app/*" "${ROOT}/views/*" "${ROOT}/model/*" "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h" "${ROOT}/tests/*.cmake"
    "${ROOT}/bench/*" "${ROOT}/fuzz/*.cpp" "${ROOT}/fuzz/*.h" "${ROOT}/scripts/*" "${ROOT}/tools/*")
list(FILTER sources EXCLUDE REGEX "^tests/data/")
set(missing 0)
foreach(source IN LISTS sources)
    file(STRINGS "${ROOT}/${source}" head LIMIT_COUNT 3)
    if(NOT head MATCHES "SPDX-License-Identifier: Apache-2.0")
        message("${source}: no SPDX-License-Identifier line")
        math(EXPR missing "${missing} + 1")
    endif()
endforeach()
if(missing GREATER 0)
    message(FATAL_ERROR "${missing} source file(s) without an SPDX line")
endif()
list(LENGTH sources count)
message("${count} source files name their license")
