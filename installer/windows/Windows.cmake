# Windows: what travels with the programs (Qt through Qt's deploy script, the vcpkg libraries, OpenCV's
# Haar cascades, the licence texts), the programs' icon, version and manifest, and the NSIS + ZIP packages.
# Included from installer/CMakeLists.txt when WIN32. See .github/workflows/windows.yml.

# Icon, version information and the UTF-8 manifest of both executables.
set(CONSENTRY_ICON_FILE "${CONSENTRY_ICON_DIR}/consentry.ico")
file(TO_CMAKE_PATH "${CONSENTRY_ICON_FILE}" CONSENTRY_ICON_FILE)
foreach(_program IN ITEMS consentry consentry-cli)
  set(CONSENTRY_EXE_NAME "${_program}")
  if(_program STREQUAL "consentry")
    set(CONSENTRY_FILE_DESCRIPTION "Consentry")
  else()
    set(CONSENTRY_FILE_DESCRIPTION "Consentry command-line tool")
  endif()
  set(_rc "${CMAKE_CURRENT_BINARY_DIR}/${_program}.rc")
  configure_file("${CMAKE_CURRENT_LIST_DIR}/consentry.rc.in" "${_rc}" @ONLY)
  set_source_files_properties("${_rc}" PROPERTIES OBJECT_DEPENDS "${CONSENTRY_ICON_FILE}")
  target_sources(${_program} PRIVATE "${_rc}" "${CMAKE_CURRENT_LIST_DIR}/consentry.manifest")
  add_dependencies(${_program} consentry_icons)
endforeach()

# Qt's libraries, plugins (platforms, styles, image formats, SVG icons, print support) and translations
# beside the programs.
qt_generate_deploy_app_script(TARGET consentry OUTPUT_SCRIPT _deploy_app NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${_deploy_app}")
qt_generate_deploy_app_script(TARGET consentry-cli OUTPUT_SCRIPT _deploy_cli NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${_deploy_cli}")

# The face detector that works without any model: OpenCV's Haar cascades, where HaarDetector looks
# (<program folder>/haarcascades).
if(CONSENTRY_HAAR_DIR)
  install(FILES "${CONSENTRY_HAAR_DIR}/haarcascade_frontalface_default.xml" "${CONSENTRY_HAAR_DIR}/haarcascade_eye.xml"
          DESTINATION "${CMAKE_INSTALL_BINDIR}/haarcascades")
endif()

# The licence texts of the libraries that travel with the programs, as vcpkg records them; Help → About
# shows where each one is (ThirdParty::components()).
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
  foreach(_port IN ITEMS qtbase qtcharts opencv4 sqlcipher libsodium libqrencode)
    set(_copyright "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/share/${_port}/copyright")
    if(EXISTS "${_copyright}")
      install(FILES "${_copyright}" DESTINATION "${CMAKE_INSTALL_DATADIR}/consentry/licenses" RENAME "${_port}.txt")
    else()
      message(WARNING "The licence of ${_port} was not found at ${_copyright}; the installer will lack it.")
    endif()
  endforeach()
endif()

# NSIS: our own Unicode template (installer/windows/NSIS.template.in), found through CMAKE_MODULE_PATH.
list(PREPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")
set(CPACK_NSIS_PACKAGE_NAME "Consentry")
set(CPACK_NSIS_DISPLAY_NAME "Consentry ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${CONSENTRY_ICON_FILE}")
set(CPACK_NSIS_MUI_UNIICON "${CONSENTRY_ICON_FILE}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Consentry")
set(CPACK_PACKAGE_FILE_NAME "consentry-${PROJECT_VERSION}-win64")
