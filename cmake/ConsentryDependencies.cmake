# Finds every dependency the ordinary way; a missing one stops configuration with the Debian package
# that provides it (scripts/install-deps.sh installs them all).

set(_qt_components Core Gui Widgets Charts PrintSupport Svg Test LinguistTools)
find_package(Qt6 6.4 COMPONENTS ${_qt_components} QUIET)
foreach(_c IN LISTS _qt_components)
  if(NOT Qt6${_c}_FOUND)
    message(FATAL_ERROR
      "Qt 6 component ${_c} was not found. On Debian/Ubuntu install: qt6-base-dev qt6-charts-dev "
      "qt6-svg-dev qt6-tools-dev qt6-l10n-tools (or run scripts/install-deps.sh).")
  endif()
endforeach()
qt_standard_project_setup()

find_package(OpenCV 4.5 QUIET COMPONENTS core imgproc imgcodecs videoio objdetect dnn face video calib3d)
if(NOT OpenCV_FOUND)
  message(FATAL_ERROR
    "OpenCV 4 with the contrib 'face' module was not found. On Debian/Ubuntu install: "
    "libopencv-dev libopencv-contrib-dev opencv-data (or run scripts/install-deps.sh).")
endif()

find_package(PkgConfig QUIET)
if(NOT PkgConfig_FOUND AND NOT WIN32)
  message(FATAL_ERROR "pkg-config was not found. On Debian/Ubuntu install: pkg-config.")
endif()

# consentry_require_pkg(NAME MODULE DEBIAN_PACKAGE HEADER LIBRARY_NAMES [HEADER_SUFFIX])
# Makes PkgConfig::NAME: through pkg-config where it knows the module (Debian, Ubuntu), otherwise from the
# header and library found on the search path (vcpkg on Windows installs them without a usable .pc file).
function(consentry_require_pkg name module debian_package header library_names)
  if(PkgConfig_FOUND)
    pkg_check_modules(${name} QUIET IMPORTED_TARGET GLOBAL ${module})
    if(${name}_FOUND)
      return()
    endif()
  endif()
  find_path(${name}_INCLUDE_DIR ${header} PATH_SUFFIXES ${ARGN})
  find_library(${name}_LIBRARY NAMES ${library_names})
  if(NOT ${name}_INCLUDE_DIR OR NOT ${name}_LIBRARY)
    message(FATAL_ERROR "${module} was not found (neither through pkg-config nor as ${header} and a library "
      "named ${library_names}). On Debian/Ubuntu install: ${debian_package} (or run scripts/install-deps.sh); on "
      "Windows use the windows-msvc preset, which takes it from vcpkg.json.")
  endif()
  add_library(PkgConfig::${name} INTERFACE IMPORTED GLOBAL)
  set_target_properties(PkgConfig::${name} PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${${name}_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${${name}_LIBRARY}")
endfunction()

# SQLCipher's sqlite3.h sits in a folder of its own (include/sqlcipher), so it is never plain SQLite's.
consentry_require_pkg(SQLCIPHER sqlcipher libsqlcipher-dev sqlite3.h "sqlcipher" sqlcipher)
consentry_require_pkg(SODIUM libsodium libsodium-dev sodium.h "sodium;libsodium")
consentry_require_pkg(QRENCODE libqrencode libqrencode-dev qrencode.h "qrencode;qrencoded")
# (The key is given with PRAGMA key, so no SQLITE_HAS_CODEC declarations are needed from the header.)

# The Haar cascade fallback detector ships with Debian's opencv-data; found here, never hard-coded in C++.
find_path(CONSENTRY_HAAR_DIR haarcascade_frontalface_default.xml
  PATHS /usr/share/opencv4/haarcascades /usr/share/opencv/haarcascades
        "${OpenCV_DIR}/haarcascades" # vcpkg: share/opencv4/haarcascades
        "${OpenCV_DIR}/../../../share/opencv4/haarcascades" "${OpenCV_DIR}/etc/haarcascades"
  NO_DEFAULT_PATH)
if(NOT CONSENTRY_HAAR_DIR)
  message(WARNING "OpenCV's Haar cascades were not found (Debian package opencv-data). "
    "Without a YuNet model the app will have no face detector.")
  set(CONSENTRY_HAAR_DIR "")
endif()
