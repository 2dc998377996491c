#include "core/consultation/consultation_fields.h"

#include <algorithm>

namespace veldwerk::consultation {

namespace {

struct Column {
    std::string_view field;
    const char* column;
    bool number;
};

constexpr std::array<Column, 10> kColumns = {{
    {"to_org", "to_org", false},
    {"question", "question", false},
    {"about", "about", false},
    {"asked_at", "asked_at", true},
    {"asked_by", "asked_by", false},
    {"advice", "advice", false},
    {"answered_at", "answered_at", true},
    {"answered_by", "answered_by", false},
    {"minutes", "minutes", true},
    {"case_link", "case_link", false},
}};

bool isLowerHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

}  // namespace

bool isTopic(std::string_view topic) {
    return std::find(kTopics.begin(), kTopics.end(), topic) != kTopics.end();
}

bool isConsultationField(std::string_view field) {
    return std::any_of(kColumns.begin(), kColumns.end(),
                       [&](const Column& c) { return c.field == field; });
}

bool isFreeTextField(std::string_view field) {
    return field == "question" || field == "advice";
}

bool holdsRecordId(std::string_view text) {
    std::size_t run = 0;
    for (const char c : text) {
        run = isLowerHex(c) ? run + 1 : 0;
        if (run >= 32) {
            return true;
        }
    }
    return false;
}

bool applyConsultationField(vault::Database& db, const vault::FieldWrite& w) {
    const auto it = std::find_if(kColumns.begin(), kColumns.end(),
                                 [&](const Column& c) { return c.field == w.field; });
    if (it == kColumns.end()) {
        return false;
    }
    std::optional<std::int64_t> number;
    if (it->number && w.value) {
        const auto& v = *w.value;
        if (v.empty() || v.size() > 18 || v.find_first_not_of("0123456789") != std::string::npos) {
            return false;
        }
        number = std::stoll(v);
    }
    // origin_case is local only (never a field): the row is created without touching it.
    db.prepare("INSERT OR IGNORE INTO consultations (id) VALUES (?1)").bind(1, w.entityId).run();
    auto st =
        db.prepare(std::string("UPDATE consultations SET ") + it->column + " = ?2 WHERE id = ?1");
    st.bind(1, w.entityId);
    if (number) {
        st.bind(2, *number);
    } else if (it->number) {
        st.bindNull(2);
    } else {
        st.bind(2, w.value);
    }
    st.run();
    return true;
}

}  // namespace veldwerk::consultation
