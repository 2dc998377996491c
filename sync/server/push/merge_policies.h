// The merge policy of each answer item, from the forms registry (loaded once per server
// process): an assessment's `form` field names its definition as "ID.vVERSION"
// ("risicotaxatie.v1"). Only `set` items of type multi merge per option; everything else on the
// server is `judgement` (perspective answers and entry fields included: see field_merge.h), as
// are the fields of other records, which never ask here (an assessment's `justification/RULE`:
// two texts written concurrently stay side by side as a conflict).
#pragma once

#include <optional>
#include <string>

#include "core/forms/registry.h"
#include "sync/server/merge/field_merge.h"
#include "sync/server/merge/field_name.h"

namespace veldwerk::sync::server {

class MergePolicies {
public:
    explicit MergePolicies(const forms::FormRegistry& forms) : m_forms(forms) {}

    // The definition a `form` field value names; nullptr when unknown.
    const forms::Definition* definition(const std::string& formField) const;
    merge::Policy policyOf(const std::optional<std::string>& formField,
                           const merge::AnswerField& field) const;

private:
    const forms::FormRegistry& m_forms;
};

}  // namespace veldwerk::sync::server
