#include "tests/sync/convergence/case_state.h"

#include "core/assessment/assessment_repository.h"
#include "core/vault/field_conflicts.h"

namespace veldwerk::testing {

std::string fieldKey(const std::string& entity, const std::string& entityId,
                     const std::string& field) {
    return entity + "|" + entityId + "|" + field;
}

CaseFields serverFields(LoopbackServer& server, const std::string& caseId) {
    CaseFields out;
    std::int64_t since = 0;
    for (;;) {
        const auto page = server.world().pull(server.reader(), since, caseId, 500);
        for (const auto& c : page.changes) {
            FieldState s{c.value, {}};
            for (const auto& side : c.conflict) {
                s.sides.insert(side.value.value_or(kNull));
            }
            out[fieldKey(c.entity, c.entityId, c.field)] = s;
        }
        if (!page.more || page.cursor <= since) {
            return out;
        }
        since = page.cursor;
    }
}

FieldState tabletField(vault::Vault& vault, const std::string& entity, const std::string& entityId,
                       const std::string& field) {
    FieldState s;
    if (const auto latest = vault.changes().latest(entity, entityId, field)) {
        s.value = latest->write.value;
    }
    if (const auto conflict = vault::FieldConflicts(vault.db()).find(entity, entityId, field)) {
        for (const auto& side : conflict->sides) {
            s.sides.insert(side.value.value_or(kNull));
        }
    }
    return s;
}

CaseFields tabletFields(vault::Vault& vault, const std::string& caseId) {
    std::vector<std::tuple<std::string, std::string, std::string>> keys;
    {
        auto st = vault.db().prepare(
            "SELECT entity, entity_id, field FROM field_versions WHERE case_id = ?1");
        st.bind(1, caseId);
        while (st.step()) {
            keys.emplace_back(st.text(0), st.text(1), st.text(2));
        }
    }
    CaseFields out;
    for (const auto& [entity, entityId, field] : keys) {
        out[fieldKey(entity, entityId, field)] = tabletField(vault, entity, entityId, field);
    }
    return out;
}

AssessmentScreen screenOf(vault::Vault& vault, const std::string& assessmentId) {
    assessment::AssessmentRepository repo(vault);
    AssessmentScreen s;
    for (const auto& a : repo.answers(assessmentId)) {
        s.answers[a.path + "@" + a.author] = a.value;
    }
    for (const auto& e : repo.entries(assessmentId)) {
        s.entries.insert(e.group + "/" + e.entryId);
    }
    return s;
}

namespace {
std::string describe(const FieldState& s) {
    std::string out = s.value ? "'" + *s.value + "'" : std::string(kNull);
    if (!s.sides.empty()) {
        out += " in conflict {";
        for (const auto& side : s.sides) {
            out += " '" + side + "'";
        }
        out += " }";
    }
    return out;
}
}  // namespace

std::string firstDifference(const CaseFields& expected, const CaseFields& actual) {
    for (const auto& [key, state] : expected) {
        const auto it = actual.find(key);
        if (it == actual.end()) {
            return key + ": missing (expected " + describe(state) + ")";
        }
        if (!(it->second == state)) {
            return key + ": " + describe(it->second) + ", expected " + describe(state);
        }
    }
    for (const auto& [key, state] : actual) {
        if (!expected.count(key)) {
            return key + ": " + describe(state) + " is not on the server";
        }
    }
    return "";
}

}  // namespace veldwerk::testing
