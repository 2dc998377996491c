#include "sync/cli/cli_context.h"

#include <ctime>
#include <iostream>

#include "core/domain/case_repository.h"
#include "core/domain/user_repository.h"
#include "core/vault/secret.h"
#include "sync/cli/passphrase_source.h"

namespace veldwerk::cli {

const std::filesystem::path& CliContext::vaultDir() const {
    if (m_vaultDir.empty()) {
        throw UsageError("missing --vault DIR");
    }
    return m_vaultDir;
}

vault::Vault& CliContext::vault() {
    if (!m_vault) {
        auto passphrase = readPassphrase("VELDWERK_PASSPHRASE", "Vault passphrase: ");
        try {
            m_vault = vault::Vault::open(vaultDir(), passphrase);
        } catch (...) {
            vault::zeroise(passphrase);
            throw;
        }
        vault::zeroise(passphrase);
    }
    return *m_vault;
}

const forms::FormRegistry& CliContext::forms() {
    if (!m_forms) {
        auto registry = std::make_unique<forms::FormRegistry>();
        const auto report = registry->loadDirectory(forms::builtinDefinitionsDir());
        if (!report.ok()) {
            std::string all;
            for (const auto& e : report.errors) {
                all += "\n  " + e.toString();
            }
            throw CliError(kFailure, "the shipped form definitions are broken:" + all);
        }
        m_forms = std::move(registry);
    }
    return *m_forms;
}

domain::Actor CliContext::actor() {
    auto& v = vault();
    const auto as = m_cmd.option("as");
    if (!as) {
        return v.owner();
    }
    const auto user = domain::UserRepository(v).findByName(*as);
    if (!user) {
        throw CliError(kNotFound, "no user named '" + *as + "' on this device");
    }
    return domain::UserRepository(v).actorFor(*user);
}

std::string CliContext::resolveCase(const domain::Actor& actor, const std::string& idOrPrefix) {
    const auto found = domain::CaseRepository(vault()).find(actor, idOrPrefix);
    if (!found) {
        throw CliError(kNotFound, "no case " + idOrPrefix);
    }
    return found->id;
}

void CliContext::print(const nlohmann::json& result, const std::string& text) const {
    if (m_json) {
        std::cout << result.dump(2) << "\n";
    } else if (!text.empty()) {
        std::cout << text << (text.back() == '\n' ? "" : "\n");
    }
}

std::string isoTime(std::int64_t ms) {
    const std::time_t secs = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
    char out[40];
    std::snprintf(out, sizeof out, "%s.%03dZ", buf, static_cast<int>(ms % 1000));
    return out;
}

}  // namespace veldwerk::cli
