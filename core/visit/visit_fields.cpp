#include "core/visit/visit_fields.h"

#include <array>

namespace veldwerk::visit {

namespace {

std::optional<std::int64_t> parseMs(const std::optional<std::string>& text) {
    if (!text || text->empty() || text->size() > 18 ||
        text->find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    return std::stoll(*text);
}

struct Column {
    std::string_view field;
    const char* column;
    bool milliseconds;
};

constexpr std::array<Column, 8> kColumns = {{
    {"planned_at", "planned_at", true},
    {"started_at", "started_at", true},
    {"started_by", "started_by", false},
    {"expected_end", "expected_end", true},
    {"ended_at", "ended_at", true},
    {"present", "present", false},
    {"others", "others", false},
    {"instruments", "instruments", false},
}};

bool isUserId(std::string_view id) {
    return !id.empty() && id.size() <= 64 && id.find_first_of("@/:,") == std::string_view::npos;
}

}  // namespace

std::optional<ProfessionalField> professionalField(std::string_view field) {
    const auto at = field.find('@');
    if (at == std::string_view::npos) {
        return std::nullopt;
    }
    const auto kind = field.substr(0, at);
    const auto user = field.substr(at + 1);
    if ((kind != "checkin" && kind != "checkout" && kind != "alert") || !isUserId(user)) {
        return std::nullopt;
    }
    return ProfessionalField{std::string(kind), std::string(user)};
}

bool isVisitField(std::string_view field) {
    if (field == "case_id" || professionalField(field)) {
        return true;
    }
    for (const auto& c : kColumns) {
        if (c.field == field) {
            return true;
        }
    }
    return false;
}

bool applyVisitField(vault::Database& db, const vault::FieldWrite& w) {
    db.prepare("INSERT OR IGNORE INTO visits (id, case_id) VALUES (?1, ?2)")
        .bind(1, w.entityId)
        .bind(2, w.caseId)
        .run();
    if (w.field == "case_id") {
        return true;
    }
    if (const auto p = professionalField(w.field)) {
        db.prepare(
              "INSERT OR IGNORE INTO visit_professionals (visit_id, user_id, case_id) VALUES "
              "(?1, ?2, ?3)")
            .bind(1, w.entityId)
            .bind(2, p->userId)
            .bind(3, w.caseId)
            .run();
        auto st = db.prepare(p->kind == "checkin" ? "UPDATE visit_professionals SET checkin = ?3 "
                                                    "WHERE visit_id = ?1 AND user_id = ?2"
                             : p->kind == "checkout"
                                 ? "UPDATE visit_professionals SET checkout = ?3 WHERE "
                                   "visit_id = ?1 AND user_id = ?2"
                                 : "UPDATE visit_professionals SET alert_at = ?3 WHERE "
                                   "visit_id = ?1 AND user_id = ?2");
        st.bind(1, w.entityId).bind(2, p->userId);
        if (p->kind == "alert") {
            if (const auto ms = parseMs(w.value)) {
                st.bind(3, *ms);
            } else {
                st.bindNull(3);
            }
        } else {
            st.bind(3, w.value);
        }
        st.run();
        return true;
    }
    for (const auto& c : kColumns) {
        if (c.field != w.field) {
            continue;
        }
        auto st = db.prepare(std::string("UPDATE visits SET ") + c.column + " = ?2 WHERE id = ?1");
        st.bind(1, w.entityId);
        if (!c.milliseconds) {
            st.bind(2, w.value);
        } else if (const auto ms = parseMs(w.value)) {
            st.bind(2, *ms);
        } else {
            st.bindNull(2);
        }
        st.run();
        return true;
    }
    return false;
}

}  // namespace veldwerk::visit
