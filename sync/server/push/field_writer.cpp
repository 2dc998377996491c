#include "sync/server/push/field_writer.h"

namespace veldwerk::sync::server {

std::int64_t FieldWriter::versionOf(const FieldKey& key) {
    const auto f = m_fields.find(key);
    return f ? f->version : 0;
}

FieldWriteResult FieldWriter::write(const FieldWrite& w) {
    const auto current = m_fields.find(w.key);
    merge::CurrentField cur;
    std::vector<Sibling> sides;
    if (current) {
        cur.version = current->version;
        cur.value = current->value;
        cur.inConflict = current->inConflict;
        if (cur.inConflict) {
            sides = m_fields.siblings(w.key);
            for (const auto& s : sides) {
                cur.sides.push_back({s.version, s.value, s.author, s.device});
            }
        }
    }
    merge::IncomingWrite in{w.baseVersion, w.value,     w.policy,   w.mayResolve,
                            std::nullopt,  w.by.author, w.by.device};
    if (merge::needsBaseValue(cur, in)) {
        in.baseValue = m_fields.valueAt(w.key, w.baseVersion).value_or(std::nullopt);
    }
    const auto decision = merge::decide(cur, in);

    const std::string caseId = current ? current->caseId : w.caseId;
    const std::int64_t version = cur.version + 1;
    switch (decision.decision) {
        case merge::Decision::Refuse:
            return {PushOutcome::Refused, 0, decision.reason, false, cur.value};
        case merge::Decision::Unchanged:
            return {PushOutcome::Unchanged, cur.version, "", false, cur.value};
        case merge::Decision::Apply:
        case merge::Decision::Merge:
        case merge::Decision::Resolve:
        case merge::Decision::Agree: {
            const bool merged = decision.decision == merge::Decision::Merge;
            const bool agreed = decision.decision == merge::Decision::Agree;
            const auto value = merged ? decision.value : w.value;
            std::optional<std::string> resolves;
            if (decision.decision == merge::Decision::Resolve || agreed) {
                std::string list;
                for (const auto v : m_fields.closeConflict(w.key)) {
                    list += (list.empty() ? "" : ",") + std::to_string(v);
                }
                resolves = list;
            }
            const auto seq = m_sequence.next();
            // Exactly what the device sent (not a merge): its next pull may skip it. Not a state
            // that closed a disagreement: it comes back with the closed sides (`resolved`), which
            // the writer's device holds no record of yet.
            m_fields.put(w.key, {caseId, value, version, w.by, seq, false,
                                 merged || resolves ? 0 : w.sentBatch});
            m_fields.addHistory(w.key, caseId,
                                {version, value, w.by, seq, w.baseVersion,
                                 merged   ? "merged"
                                 : agreed ? "agreement"
                                          : (resolves ? "resolution" : w.kind),
                                 resolves, false});
            return {merged ? PushOutcome::Merged : PushOutcome::Applied, version, "",
                    value != cur.value || !current, value};
        }
        case merge::Decision::Conflict: {
            // The field moves on (version + 1) so every device learns of the conflict; its shown
            // value stays the older canonical one, and both sides are kept with their authors.
            // A side the writer replaced leaves (its history row stays, no longer a side); the
            // field then shows the oldest side left.
            const auto seq = m_sequence.next();
            if (!current->inConflict) {
                m_fields.markSibling(w.key, current->version);
            }
            m_fields.unmarkSiblings(w.key, decision.withdrawn);
            auto shown = current->value;
            auto shownBy = current->by;
            for (const auto& s : sides) {
                if (decision.shownVersion != 0 && s.version == decision.shownVersion) {
                    shown = s.value;
                    shownBy = {s.hlc, s.author, s.role, s.device};
                }
            }
            m_fields.put(w.key, {caseId, shown, version, shownBy, seq, true, 0});
            m_fields.addHistory(
                w.key, caseId,
                {version, w.value, w.by, seq, w.baseVersion,
                 decision.addsSide ? "conflict" : "withdrawal", std::nullopt, decision.addsSide});
            return {PushOutcome::Conflict, version, "", shown != cur.value, shown};
        }
    }
    return {PushOutcome::Refused, 0, "internal: unknown merge decision", false, cur.value};
}

}  // namespace veldwerk::sync::server
