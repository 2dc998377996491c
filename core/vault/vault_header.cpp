#include "core/vault/vault_header.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/vault/durable_file.h"

namespace veldwerk::vault {

std::string VaultHeader::databaseFileName() const {
    return "vault-" + std::to_string(generation) + ".db";
}

std::optional<VaultHeader> VaultHeader::load(const std::filesystem::path& dir) {
    const auto path = dir / kFileName;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::stringstream text;
    text << in.rdbuf();
    try {
        const auto j = nlohmann::json::parse(text.str());
        VaultHeader h;
        h.format = j.at("format").get<int>();
        if (h.format != kFormat) {
            throw std::runtime_error("unsupported vault header format " + std::to_string(h.format));
        }
        h.generation = j.at("generation").get<int>();
        const auto& kdf = j.at("kdf");
        if (kdf.at("algorithm").get<std::string>() != "argon2id13") {
            throw std::runtime_error("unsupported key derivation algorithm");
        }
        h.kdf.opsLimit = kdf.at("opsLimit").get<std::uint64_t>();
        h.kdf.memLimitBytes = kdf.at("memLimitBytes").get<std::uint64_t>();
        h.kdf.saltHex = kdf.at("salt").get<std::string>();
        h.keyCheck = j.at("keyCheck").get<std::string>();
        h.failedAttempts = j.at("failedAttempts").get<int>();
        h.maxFailedAttempts = j.at("maxFailedAttempts").get<int>();
        if (h.generation < 1 || h.failedAttempts < 0 || h.maxFailedAttempts < 1) {
            throw std::runtime_error("out-of-range value");
        }
        return h;
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error("vault header " + path.string() + " is damaged: " + e.what());
    } catch (const std::runtime_error& e) {
        throw std::runtime_error("vault header " + path.string() + " is invalid: " + e.what());
    }
}

void VaultHeader::save(const std::filesystem::path& dir) const {
    const nlohmann::json j = {
        {"format", format},
        {"generation", generation},
        {"kdf",
         {{"algorithm", "argon2id13"},
          {"opsLimit", kdf.opsLimit},
          {"memLimitBytes", kdf.memLimitBytes},
          {"salt", kdf.saltHex}}},
        {"keyCheck", keyCheck},
        {"failedAttempts", failedAttempts},
        {"maxFailedAttempts", maxFailedAttempts},
    };
    writeFileAtomically(dir / kFileName, j.dump(2) + "\n");
}

}  // namespace veldwerk::vault
