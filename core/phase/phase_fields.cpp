#include "core/phase/phase_fields.h"

#include <array>

#include "core/forms/date.h"

namespace veldwerk::phase {

namespace {
constexpr std::array<std::string_view, 4> kPhases = {"vrijwillig", "drang", "maatregel", "nazorg"};
constexpr std::array<std::string_view, 7> kKinds = {
    "vt_advies",       "vt_melding",      "jeugdbeschermingstafel", "vto_raad",
    "maatregel_start", "maatregel_einde", "terug_naar_jgt"};
constexpr std::array<std::string_view, 5> kFields = {"case_id", "kind", "date", "expected_end",
                                                     "outcome"};
// An outcome or an organisation's name is a short text, not a report.
constexpr std::size_t kMaxText = 2000;

template <std::size_t N>
bool oneOf(const std::array<std::string_view, N>& list, std::string_view value) {
    for (const auto v : list) {
        if (v == value) {
            return true;
        }
    }
    return false;
}
}  // namespace

bool isPhase(std::string_view value) {
    return oneOf(kPhases, value);
}

bool isEscalationKind(std::string_view value) {
    return oneOf(kKinds, value);
}

bool isEscalationField(std::string_view field) {
    return oneOf(kFields, field);
}

std::optional<std::string> escalationValueRefusal(std::string_view field,
                                                  const std::optional<std::string>& value) {
    if (field == "kind") {
        if (value && !isEscalationKind(*value)) {
            return std::string(
                "an escalation's kind is vt_advies, vt_melding, jeugdbeschermingstafel, vto_raad, "
                "maatregel_start, maatregel_einde or terug_naar_jgt");
        }
    } else if (field == "date" || field == "expected_end") {
        if (value && !forms::Date::parse(*value)) {
            return std::string(field) + " is a date, YYYY-MM-DD";
        }
    } else if (field == "outcome") {
        if (value && value->size() > kMaxText) {
            return std::string("an escalation's outcome is at most 2000 characters");
        }
    }
    return std::nullopt;
}

std::optional<std::string> caseValueRefusal(std::string_view field,
                                            const std::optional<std::string>& value) {
    if (field == "phase" && (!value || !isPhase(*value))) {
        return std::string("a case's phase is vrijwillig, drang, maatregel or nazorg");
    }
    if (field == "regie" && value &&
        (value->empty() || value->size() > 256 ||
         value->find_first_not_of(" \t") == std::string::npos)) {
        return std::string("regie names the organisation that holds it");
    }
    return std::nullopt;
}

bool applyEscalationField(vault::Database& db, const vault::FieldWrite& w, std::int64_t atMs,
                          const std::string& author) {
    db.prepare(
          "INSERT OR IGNORE INTO escalations (id, case_id, kind, recorded_by, created_at) VALUES "
          "(?1, ?2, '', ?3, ?4)")
        .bind(1, w.entityId)
        .bind(2, w.caseId)
        .bind(3, author)
        .bind(4, atMs)
        .run();
    const char* sql = nullptr;
    if (w.field == "case_id") {
        return true;
    } else if (w.field == "kind") {
        // A tombstoned kind removes the event (a mistaken entry); its history stays.
        sql =
            "UPDATE escalations SET kind = COALESCE(?2, kind), deleted = (?2 IS NULL) WHERE id "
            "= ?1";
    } else if (w.field == "date") {
        sql = "UPDATE escalations SET date = ?2 WHERE id = ?1";
    } else if (w.field == "expected_end") {
        sql = "UPDATE escalations SET expected_end = ?2 WHERE id = ?1";
    } else if (w.field == "outcome") {
        sql = "UPDATE escalations SET outcome = ?2 WHERE id = ?1";
    } else {
        return false;
    }
    db.prepare(sql).bind(1, w.entityId).bind(2, w.value).run();
    return true;
}

bool applyCasePhaseField(vault::Database& db, const vault::FieldWrite& w) {
    if (w.field == "phase") {
        db.prepare("UPDATE cases SET phase = ?2 WHERE id = ?1")
            .bind(1, w.entityId)
            .bind(2, w.value)
            .run();
        return true;
    }
    if (w.field == "regie") {
        db.prepare("UPDATE cases SET regie = ?2 WHERE id = ?1")
            .bind(1, w.entityId)
            .bind(2, w.value)
            .run();
        return true;
    }
    return false;
}

}  // namespace veldwerk::phase
