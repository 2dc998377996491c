// Carries out the merge decision for one field write (merge/field_merge.h) on the server's
// record: new versions, conflict sides, resolutions, history, each with the next global
// sequence number. Runs inside the push's write transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sync/protocol/messages.h"
#include "sync/server/fields/change_sequence.h"
#include "sync/server/fields/field_batch.h"
#include "sync/server/merge/field_merge.h"

namespace veldwerk::sync::server {

struct FieldWrite {
    FieldKey key;
    std::string caseId;
    std::optional<std::string> value;
    std::int64_t baseVersion = 0;
    merge::Policy policy = merge::Policy::Judgement;
    bool mayResolve = false;
    Authorship by;
    std::string kind = "applied";  // the history kind of a plain apply (removed: by the server)
    // The device's push batch number when this is its change as sent (0: a server-made write).
    std::int64_t sentBatch = 0;
};

struct FieldWriteResult {
    PushOutcome outcome = PushOutcome::Applied;
    std::int64_t version = 0;
    std::string reason;
    bool valueChanged = false;         // the canonical value changed (applied, merged or resolved)
    std::optional<std::string> value;  // the canonical value afterwards
};

class FieldWriter {
public:
    FieldWriter(FieldBatch& fields, ChangeSequence& sequence)
        : m_fields(fields), m_sequence(sequence) {}

    FieldWriteResult write(const FieldWrite& w);
    // The field's current version (0: none), e.g. for a server-made write on the latest state.
    std::int64_t versionOf(const FieldKey& key);

private:
    FieldBatch& m_fields;
    ChangeSequence& m_sequence;
};

}  // namespace veldwerk::sync::server
