# Precompiled headers. Nearly every file includes the same heavy headers: the
# standard library, gRPC and Protobuf with the contract's generated messages,
# Qt, GoogleTest. Each target parses them once instead of once per file.
#
#   ameide_precompile(<target> [PARTS protobuf messages grpc qt widgets test])
#       gives <target> its own precompiled header: the standard headers plus
#       the named parts.
#   ameide_precompile_like(<target> <owner>)
#       reuses <owner>'s, for targets of one or two files that would spend
#       more on building their own than they save. Every compile definition
#       of the owner must be one of <target>'s too: gcc refuses a header
#       built with a macro the file does not define (-Winvalid-pch, which
#       CMake turns on, fails a -Werror build).
#
# A file still includes what it uses: the `release` preset builds without
# them (-DAMEIDE_PRECOMPILED_HEADERS=OFF), so a missing include shows there.
option(AMEIDE_PRECOMPILED_HEADERS "Precompile the heavy headers most files include" ON)

set(_ameide_pch_std
  <algorithm> <chrono> <cstdint> <functional> <map> <memory> <mutex> <optional>
  <string> <string_view> <utility> <vector>)
# What the generated .pb.cc and .grpc.pb.cc files include.
set(_ameide_pch_generated
  <google/protobuf/extension_set.h>
  <google/protobuf/generated_message_reflection.h>
  <google/protobuf/io/coded_stream.h>
  <google/protobuf/reflection_ops.h>
  <google/protobuf/wire_format.h>
  <grpcpp/grpcpp.h>)
set(_ameide_pch_protobuf
  <google/protobuf/struct.pb.h>
  <google/protobuf/timestamp.pb.h>)
# The contract's messages and, for the layers that call or serve it, its
# services: the largest headers of all. A change to a .proto rebuilds nearly
# everything anyway. Models and widgets get the messages only; they never
# see a stub.
set(_ameide_pch_messages
  <ameide_core_proto/workflows_runtime/v1/workflows_types.pb.h>
  <ameide_core_proto/workflows_runtime/v1/workflows_service.pb.h>
  <ameide_core_proto/workflows_runtime/v1/workflows_operations_service.pb.h>)
set(_ameide_pch_grpc
  <grpcpp/grpcpp.h>
  <google/protobuf/util/json_util.h>
  <ameide_core_proto/workflows_runtime/v1/workflows_service.grpc.pb.h>
  <ameide_core_proto/workflows_runtime/v1/workflows_operations_service.grpc.pb.h>
  <ameide_core_proto/platform/v1/tenant_service.grpc.pb.h>
  <ameide_core_proto/platform/v1/organization_service.grpc.pb.h>
  <ameide_core_proto/feedback/v1/feedback_service.grpc.pb.h>)
set(_ameide_pch_qt
  <QDateTime> <QHash> <QList> <QObject> <QPointer> <QSettings> <QString>
  <QStringList> <QTimer>)
set(_ameide_pch_widgets
  <QAbstractTableModel> <QAction> <QBoxLayout> <QDialog> <QDialogButtonBox>
  <QHeaderView> <QLabel> <QMessageBox> <QPushButton> <QTableView> <QWidget>)
set(_ameide_pch_test <gtest/gtest.h>)

function(ameide_precompile target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "PARTS")
  if(NOT AMEIDE_PRECOMPILED_HEADERS)
    return()
  endif()
  set(headers ${_ameide_pch_std})
  foreach(part IN LISTS arg_PARTS)
    if(NOT DEFINED _ameide_pch_${part})
      message(FATAL_ERROR "ameide_precompile: no part named '${part}'")
    endif()
    list(APPEND headers ${_ameide_pch_${part}})
  endforeach()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

function(ameide_precompile_like target owner)
  if(AMEIDE_PRECOMPILED_HEADERS)
    # Deferred to the end of the directory, so the owner may come later.
    cmake_language(EVAL CODE
      "cmake_language(DEFER CALL target_precompile_headers [[${target}]] REUSE_FROM [[${owner}]])")
  endif()
endfunction()
