# consentry_add_test(NAME SOURCES a.cpp [b.cpp …] [LIBS lib …] [GUI] [LABELS l …] [TIMEOUT s])
# Builds one Qt Test suite against the project's static libraries and registers it with CTest so every
# suite runs the same way: offscreen platform, a fixed locale, and the shared models/test data passed in.

function(consentry_add_test name)
  cmake_parse_arguments(arg "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  if(NOT arg_SOURCES)
    message(FATAL_ERROR "consentry_add_test(${name}): SOURCES is required")
  endif()
  add_executable(${name} ${arg_SOURCES})
  target_link_libraries(${name} PRIVATE consentry_testsupport Qt6::Test consentry_options ${arg_LIBS})
  add_test(NAME ${name} COMMAND ${name})

  set(_env
    "QT_QPA_PLATFORM=offscreen"
    "LANG=C.UTF-8"
    "LC_ALL=C.UTF-8"
    "LANGUAGE=en"
    "QT_LOGGING_RULES=qt.qpa.*=false"
    "CONSENTRY_MODEL_DIR=${CONSENTRY_MODEL_DIR}"
    "CONSENTRY_TESTDATA_DIR=${CONSENTRY_TESTDATA_DIR}"
    "CONSENTRY_FAST_KDF=1"
    "CONSENTRY_CLI=$<TARGET_FILE:consentry-cli>"
    "CONSENTRY_APP=$<TARGET_FILE:consentry>"
    "CONSENTRY_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
  if(CONSENTRY_SANITIZE)
    list(APPEND _env
      "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1"
      "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0"
      "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
  endif()
  if(WIN32)
    # The same UTF-8 code page as the programs (paths with Chinese characters), and Qt's plugins found
    # where vcpkg keeps them, since only the DLLs are copied beside the test.
    target_sources(${name} PRIVATE "${PROJECT_SOURCE_DIR}/installer/windows/consentry.manifest")
    if(TARGET Qt6::QOffscreenIntegrationPlugin)
      list(APPEND _env "QT_PLUGIN_PATH=$<TARGET_FILE_DIR:Qt6::QOffscreenIntegrationPlugin>/..")
    endif()
  endif()
  set(_labels ${arg_LABELS})
  if(arg_GUI)
    list(APPEND _labels gui)
  endif()
  set(_timeout 300)
  if(arg_TIMEOUT)
    set(_timeout ${arg_TIMEOUT})
  endif()
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${_env}" TIMEOUT ${_timeout} LABELS "${_labels}")
endfunction()
