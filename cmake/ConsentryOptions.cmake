# One INTERFACE target that every Consentry target links: the language standard, warnings, the Qt safety
# definitions and, when asked for, -Werror and the sanitizers (qBittorrent's CommonConfig pattern).

add_library(consentry_options INTERFACE)
add_library(Consentry::options ALIAS consentry_options)

target_compile_features(consentry_options INTERFACE cxx_std_17)
set(CMAKE_CXX_STANDARD 17 CACHE STRING "")
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(consentry_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  CONSENTRY_VERSION="${PROJECT_VERSION}")

if(WIN32)
  # <windows.h> without its min/max macros (they break std::min) and without the rarely used headers.
  target_compile_definitions(consentry_options INTERFACE NOMINMAX WIN32_LEAN_AND_MEAN _CRT_SECURE_NO_WARNINGS)
endif()
if(MSVC)
  target_compile_options(consentry_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
  if(CONSENTRY_WERROR)
    target_compile_options(consentry_options INTERFACE /WX)
  endif()
else()
  target_compile_options(consentry_options INTERFACE
    -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
    -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
  if(CONSENTRY_WERROR)
    target_compile_options(consentry_options INTERFACE -Werror)
  endif()
  if(CONSENTRY_SANITIZE)
    target_compile_options(consentry_options INTERFACE
      -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(consentry_options INTERFACE -fsanitize=address,undefined)
  endif()
  if(CONSENTRY_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
      message(FATAL_ERROR "CONSENTRY_FUZZ needs clang (libFuzzer): use the fuzz preset")
    endif()
    # Coverage for libFuzzer in every object; the fuzz targets themselves link -fsanitize=fuzzer.
    target_compile_options(consentry_options INTERFACE -fsanitize=fuzzer-no-link)
    # libFuzzer's convention: checksums that no mutation can forge are skipped in these builds only.
    target_compile_definitions(consentry_options INTERFACE FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION)
  endif()
endif()
