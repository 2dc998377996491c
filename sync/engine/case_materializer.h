// Writes a field's state as the server holds it into the domain tables the app and the CLI read
// (cases, persons, consents, case_members, assessments, answers, group_entries, justifications,
// assessment_events, visits, visit_professionals and statements). Rows are created on their first
// field and filled field by field, so the order fields arrive in does not matter and applying a
// state twice changes nothing. A null value is a tombstone: the record is marked deleted, the
// answer cleared, the member gone.
#pragma once

#include <string>

#include "core/clock/hlc.h"
#include "core/vault/change_record.h"
#include "core/vault/database.h"

namespace veldwerk::sync {

class CaseMaterializer {
public:
    explicit CaseMaterializer(vault::Database& db) : m_db(db) {}

    // false for an entity, field or value this device does not understand: the state is still
    // kept in the change record, only no table shows it. Call inside a transaction. `author` and
    // `role` are who wrote the state as the server recorded it (a lifecycle event shows these,
    // never the user and role written inside its value).
    bool apply(const vault::FieldWrite& write, clock::Hlc hlc, const std::string& author,
               const std::string& role);

private:
    bool caseField(const vault::FieldWrite& w, std::int64_t atMs);
    bool personField(const vault::FieldWrite& w);
    bool consentField(const vault::FieldWrite& w, std::int64_t atMs, const std::string& author);
    bool memberField(const vault::FieldWrite& w, std::int64_t atMs);
    bool assessmentField(const vault::FieldWrite& w, std::int64_t atMs, const std::string& author);
    bool answerField(const vault::FieldWrite& w);
    bool eventField(const vault::FieldWrite& w, clock::Hlc hlc, const std::string& author,
                    const std::string& role);
    vault::Database& m_db;
};

}  // namespace veldwerk::sync
