#include "sync/server/accountability/server_write.h"

namespace veldwerk::sync::server {

FieldWriteResult writeAsServer(SqlConnection& db, FieldWrite w) {
    ChangeSequence sequence(db);
    FieldBatch fields(db);
    FieldWriter writer(fields, sequence);
    w.baseVersion = writer.versionOf(w.key);
    w.mayResolve = true;
    const auto result = writer.write(w);
    fields.flush();
    sequence.save();
    return result;
}

}  // namespace veldwerk::sync::server
