#include "core/vault/vault_header.h"

#include <sodium.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/vault/durable_file.h"
#include "core/vault/secret.h"

namespace veldwerk::vault {

namespace {
// The integrity check of a format-2 header: every field that decides how the vault opens, in a
// fixed order, hashed. Independent of the passphrase, so damage shows before any key is derived.
std::string integrityCheck(const VaultHeader& h) {
    ensureSodium();
    static constexpr char kContext[] = "veldwerk vault header v2";
    const std::string fields =
        std::to_string(h.format) + "\n" + std::to_string(h.generation) + "\nargon2id13\n" +
        std::to_string(h.kdf.opsLimit) + "\n" + std::to_string(h.kdf.memLimitBytes) + "\n" +
        h.kdf.saltHex + "\n" + h.keyCheck + "\n" + std::to_string(h.maxFailedAttempts) + "\n" +
        // Only when set, so a header from before it checks as it did.
        (h.cipherPageSize != 0 ? "cipherPageSize " + std::to_string(h.cipherPageSize) + "\n"
                               : std::string());
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(fields.data()),
                       fields.size(), reinterpret_cast<const unsigned char*>(kContext),
                       sizeof kContext - 1);
    char hex[sizeof out * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, out, sizeof out);
    return std::string(hex);
}
}  // namespace

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
        if (h.format != kFormat && h.format != kLegacyFormat) {
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
        h.maxFailedAttempts = j.at("maxFailedAttempts").get<int>();
        if (const auto size = j.find("cipherPageSize"); size != j.end()) {
            h.cipherPageSize = size->get<int>();
            if (h.cipherPageSize < 512 || h.cipherPageSize > 65536 ||
                (h.cipherPageSize & (h.cipherPageSize - 1)) != 0) {
                throw std::runtime_error("cipherPageSize is not a page size");
            }
        }
        if (h.format == kLegacyFormat) {
            h.legacyFailedAttempts = j.at("failedAttempts").get<int>();
        } else if (j.at("check").get<std::string>() != integrityCheck(h)) {
            throw std::runtime_error("its integrity check fails (a field was changed or damaged)");
        }
        if (h.generation < 1 || h.legacyFailedAttempts < 0 || h.maxFailedAttempts < 1) {
            throw std::runtime_error("out-of-range value");
        }
        return h;
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error("vault header " + path.string() + " is damaged: " + e.what());
    } catch (const std::runtime_error& e) {
        throw std::runtime_error("vault header " + path.string() + " is damaged: " + e.what());
    }
}

void VaultHeader::save(const std::filesystem::path& dir) const {
    VaultHeader current = *this;
    current.format = kFormat;
    current.legacyFailedAttempts = 0;
    nlohmann::json j = {
        {"format", current.format},
        {"generation", current.generation},
        {"kdf",
         {{"algorithm", "argon2id13"},
          {"opsLimit", current.kdf.opsLimit},
          {"memLimitBytes", current.kdf.memLimitBytes},
          {"salt", current.kdf.saltHex}}},
        {"keyCheck", current.keyCheck},
        {"maxFailedAttempts", current.maxFailedAttempts},
        {"check", integrityCheck(current)},
    };
    if (current.cipherPageSize != 0) {
        j["cipherPageSize"] = current.cipherPageSize;
    }
    writeFileAtomically(dir / kFileName, j.dump(2) + "\n");
}

}  // namespace veldwerk::vault
