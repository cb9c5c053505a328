# Debian packages, made by CPack from the install rules of each component
# (app/, server/ and packaging/CMakeLists.txt):
#   ameide-console    the console, its desktop entry, metadata, icons, man page
#   ameide-platformd  the platform, its systemd units and system user, man page
# scripts/package-test.sh builds them from the release preset:
#   cd build/release && cpack -G DEB
# dpkg-shlibdeps finds the packages of the shared libraries the programs
# link; what it cannot see is named below: the platform the console starts,
# and Qt's SVG plugins, which draw the console's icons.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ameide-console)
set(CPACK_PACKAGE_VENDOR "The Ameide authors")
set(CPACK_PACKAGE_CONTACT "The Ameide authors <maintainers@ameide.io>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Each package's first description line is its summary (below); a
# project-wide summary would be put before both.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
# Installs under DESTDIR with CMAKE_INSTALL_PREFIX=/usr, whatever the build's
# prefix, so what is written at install time (the systemd units' program
# path) names /usr/bin, not the staging folder.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX "/usr")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

# One package per component, each depending on what it needs.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL console platformd)
set(CPACK_COMPONENTS_GROUPING IGNORE)
set(CPACK_COMPONENT_CONSOLE_DEPENDS platformd)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Maintainer scripts 0755, the rest of the control files 0644.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME ameide-console)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION admin)
# The icons are SVG: without Qt's SVG plugins the console shows none.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "libqt6svg6")
# Tokens live in the desktop's keychain (Secret Service or KWallet); Wayland
# sessions want Qt's Wayland plugin.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "gnome-keyring | libkf5wallet-bin, qt6-wayland")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SUGGESTS "xvfb")
set(CPACK_DEBIAN_CONSOLE_DESCRIPTION
  "operations console for the Ameide platform
Ameide Console is a desktop console for operating the Ameide platform.
On-call engineers use it to see which workflow runs failed and why, to
retry or cancel them one at a time or in bulk as a job on the platform,
and to follow the platform live. Failures are grouped by step, error
class and message; a run shows its steps, history, input, output and
error and what differs from the last good run.
.
Without a configured platform the console starts the local platform,
ameide-platformd, with sample data. It opens run links of the form
ameide://tenant/runs/run-id.")

set(CPACK_DEBIAN_PLATFORMD_PACKAGE_NAME ameide-platformd)
set(CPACK_DEBIAN_PLATFORMD_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PLATFORMD_PACKAGE_CONTROL_EXTRA
  "${PROJECT_SOURCE_DIR}/packaging/debian/platformd/postinst"
  "${PROJECT_SOURCE_DIR}/packaging/debian/platformd/prerm"
  "${PROJECT_SOURCE_DIR}/packaging/debian/platformd/postrm")
set(CPACK_DEBIAN_PLATFORMD_DESCRIPTION
  "local Ameide platform: gRPC services, SQLite store and workflow executor
ameide-platformd implements the Ameide platform's gRPC contract: tenants,
workflow definitions and runs, run search and history, failure groups,
bulk retry and cancel jobs and a live stream of run changes. It keeps
everything in one SQLite database, enforces tenants and roles on every
call and runs a workflow executor.
.
Ameide Console starts it on its own; it can also run as a systemd service
that several consoles share (not enabled on installation), or in one
person's systemd user session.")

include(CPack)
