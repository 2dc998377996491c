// A field the server writes itself (an admin's closure, an emergency membership and its end),
// through the change record like a device's write: a new version with the next sequence number
// and a history row, so devices pull it and the field's history shows it.
#pragma once

#include "sync/server/push/field_writer.h"

namespace veldwerk::sync::server {

// Inside a write transaction; `w.baseVersion` is taken from the field's current version.
FieldWriteResult writeAsServer(SqlConnection& db, FieldWrite w);

}  // namespace veldwerk::sync::server
