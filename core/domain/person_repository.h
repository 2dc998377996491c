// The people of a case: children (kind) and parents/caregivers (ouder), with birth dates where
// known (the risk taxation suggests `kind_jong` from it).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/vault/vault.h"

namespace veldwerk::domain {

struct PersonRecord {
    std::string id;
    std::string caseId;
    std::string role;  // kind | ouder
    std::string name;
    std::optional<std::string> born;  // YYYY-MM-DD
};

// True for a real calendar date written YYYY-MM-DD.
bool isIsoDate(const std::string& text);

class PersonRepository {
public:
    explicit PersonRepository(vault::Vault& vault) : m_vault(vault) {}

    std::string add(const Actor& actor, const std::string& caseId, const std::string& role,
                    const std::string& name, const std::optional<std::string>& born);
    // Corrects a person's role, name or birth date (nullopt: not known); only the fields that
    // differ go into the change record. Throws std::invalid_argument for bad values, and when
    // the person does not exist.
    void update(const Actor& actor, const std::string& id, const std::string& role,
                const std::string& name, const std::optional<std::string>& born);
    std::optional<PersonRecord> find(const Actor& actor, const std::string& id);
    std::vector<PersonRecord> forCase(const Actor& actor, const std::string& caseId);

private:
    vault::Vault& m_vault;
};

}  // namespace veldwerk::domain
