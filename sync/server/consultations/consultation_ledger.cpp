#include "sync/server/consultations/consultation_ledger.h"

#include "core/consultation/consultation_fields.h"
#include "sync/server/access/case_access.h"

namespace veldwerk::sync::server {

namespace {

constexpr std::int64_t kMaxMinutes = 24 * 60;

std::optional<std::int64_t> decimal(const std::optional<std::string>& value) {
    if (!value || value->empty() || value->size() > 18 ||
        value->find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    return std::stoll(*value);
}

bool isAskerField(const std::string& field) {
    return field == "to_org" || field == "question" || field == "about" || field == "asked_at" ||
           field == "asked_by";
}

bool isAnswerField(const std::string& field) {
    return field == "advice" || field == "answered_at" || field == "answered_by" ||
           field == "minutes";
}

}  // namespace

std::optional<ConsultationRow> ConsultationLedger::find(const std::string& id) {
    const auto rows = m_db.query(
        "SELECT id, asked_by, to_org_id, answered_by, case_id FROM consultations WHERE id = ?",
        {id});
    if (rows.empty()) {
        return std::nullopt;
    }
    const auto& r = rows[0];
    return ConsultationRow{asText(r[0]), asText(r[1]), asOptionalText(r[2]), asOptionalText(r[3]),
                           asOptionalText(r[4])};
}

std::optional<std::string> ConsultationLedger::giOrg(const std::string& name) {
    const auto rows = m_db.query("SELECT id FROM orgs WHERE name = ? AND kind = 'gi'", {name});
    return rows.empty() ? std::nullopt : std::optional<std::string>(asText(rows[0][0]));
}

std::optional<std::string> ConsultationLedger::auditCase(const std::string& id) {
    const auto row = find(id);
    return row ? row->caseId : std::nullopt;
}

std::optional<std::string> ConsultationLedger::refusal(const OutgoingChange& change,
                                                       const Caller& caller) {
    if (change.caseId != change.entityId) {
        return std::string(
            "a consultation travels under its own id, never under a case's (it names no case)");
    }
    const auto& field = change.field;
    if (!consultation::isConsultationField(field)) {
        // Also every field that could identify the family: case_id, person ids, names, birth
        // dates, addresses.
        return "a consultation record has no field " + field;
    }
    const auto row = find(change.entityId);
    if (!row && caller.role != "jgt") {
        return std::string("only a JGT professional asks for a consultation");
    }
    if (consultation::isFreeTextField(field) && change.value &&
        consultation::holdsRecordId(*change.value)) {
        return "the " + field +
               " holds a record id: a consultation names no case or person towards the GI";
    }
    if (isAskerField(field)) {
        if (row && row->askedBy != caller.userId) {
            return std::string("only the professional who asked changes the question");
        }
        if (field == "asked_by" && change.value != caller.userId) {
            return std::string("asked_by must name the user themselves");
        }
        if (field == "asked_at" && !decimal(change.value)) {
            return std::string("asked_at must be ms since the epoch");
        }
        if (field == "about" && (!change.value || !consultation::isTopic(*change.value))) {
            return std::string("about must name one of the safety questions");
        }
        if (field == "to_org") {
            if (!change.value || !giOrg(*change.value)) {
                return std::string("to_org must name a GI organisation");
            }
            if (row && row->answeredBy && row->toOrgId != giOrg(*change.value)) {
                return std::string("an answered consultation keeps its organisation");
            }
        }
        return std::nullopt;
    }
    if (isAnswerField(field)) {
        if (caller.role != "gi" || !row || !row->toOrgId || *row->toOrgId != caller.orgId) {
            return std::string(
                "only a GI professional of the organisation asked answers a consultation");
        }
        if (field == "answered_by" && change.value != caller.userId) {
            return std::string("answered_by must name the user themselves");
        }
        if (field == "answered_at" && !decimal(change.value)) {
            return std::string("answered_at must be ms since the epoch");
        }
        if (field == "minutes") {
            const auto minutes = decimal(change.value);
            if (!minutes || *minutes > kMaxMinutes) {
                return std::string("minutes must be 0 to 1440");
            }
        }
        return std::nullopt;
    }
    // case_link: from now on the consultation names its case to whoever sees it.
    if (!row) {
        return std::string("the server does not know this consultation");
    }
    if (!change.value) {
        return std::string("a consultation stays linked to its case");
    }
    if (row->caseId && *row->caseId != *change.value) {
        return std::string("the consultation is linked to another case");
    }
    CaseAccess access(m_db);
    const auto c = access.findCase(*change.value);
    if (!c || caller.role != "jgt" ||
        access.roleIn(caller, *c) != std::optional<std::string>("jgt")) {
        return std::string("only a JGT member of the case links a consultation to it");
    }
    if (!m_db.query("SELECT 1 FROM case_closures WHERE case_id = ?", {c->id}).empty()) {
        return std::string("the case is closed");
    }
    if (!access.consentInForce(c->id, "gi")) {
        return std::string(
            "the case has no consent for GI involvement: a consultation is linked to its case "
            "only with consent");
    }
    return std::nullopt;
}

void ConsultationLedger::record(const OutgoingChange& change, const Caller& caller,
                                std::int64_t nowMs) {
    const std::string& id = change.entityId;
    // The asker is the user who sent the consultation's first field.
    m_db.query(
        "INSERT INTO consultations (id, asked_by, team_id, created_at) SELECT ?, ?, ?, ? WHERE "
        "NOT EXISTS (SELECT 1 FROM consultations WHERE id = ?)",
        {id, caller.userId, caller.teamId ? SqlValue(*caller.teamId) : SqlValue(std::monostate{}),
         nowMs, id});
    const auto& field = change.field;
    if (field == "to_org" && change.value) {
        if (const auto org = giOrg(*change.value)) {
            m_db.query("UPDATE consultations SET to_org_id = ? WHERE id = ?", {*org, id});
        }
    } else if (field == "about") {
        m_db.query("UPDATE consultations SET about = ? WHERE id = ?",
                   {change.value ? SqlValue(*change.value) : SqlValue(std::monostate{}), id});
    } else if (field == "asked_at") {
        if (const auto ms = decimal(change.value)) {
            m_db.query("UPDATE consultations SET asked_at = ? WHERE id = ?", {*ms, id});
        }
    } else if (field == "answered_by") {
        // Who answered is the user of the device that sent it.
        m_db.query("UPDATE consultations SET answered_by = ? WHERE id = ?", {caller.userId, id});
    } else if (field == "answered_at") {
        if (const auto ms = decimal(change.value)) {
            m_db.query("UPDATE consultations SET answered_at = ? WHERE id = ?", {*ms, id});
        }
    } else if (field == "minutes") {
        if (const auto minutes = decimal(change.value)) {
            m_db.query("UPDATE consultations SET minutes = ? WHERE id = ?", {*minutes, id});
        }
    } else if (field == "case_link" && change.value) {
        m_db.query(
            "UPDATE consultations SET case_id = ?, linked_by = ?, linked_at = ? WHERE id = ? AND "
            "case_id IS NULL",
            {*change.value, caller.userId, nowMs, id});
    }
}

std::string consultationScopeSql(const Caller& caller, const std::string& caseScopeSql,
                                 std::vector<SqlValue>& params) {
    std::string sql = "SELECT id FROM consultations WHERE case_id IN (" + caseScopeSql + ")";
    if (caller.role == "jgt") {
        sql += " OR (case_id IS NULL AND asked_by = ?)";
        params.emplace_back(caller.userId);
    } else if (caller.role == "gi") {
        sql += " OR (case_id IS NULL AND to_org_id = ?)";
        params.emplace_back(caller.orgId);
    }
    return sql;
}

}  // namespace veldwerk::sync::server
