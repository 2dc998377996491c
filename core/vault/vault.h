// The encrypted on-device vault: the only place client data touches disk.
//
// DIR/vault.header   KDF parameters, salt, key check, failure limit, integrity hash (no client
//                    data); written at creation and re-key only
// DIR/vault.attempts the failed-unlock counter and the attempt under way (unlock_attempts.h)
// DIR/vault-N.db     SQLCipher database (+ -wal, -shm), N = the header's generation
//
// The 256-bit key is derived from the passphrase with Argon2id and held in guarded memory.
// After maxFailedAttempts consecutive passphrases proven wrong the vault wipes itself. A passphrase
// change writes a re-keyed copy and switches to it by atomically replacing the header, so a kill
// at any moment leaves a vault that opens with either the old or the new passphrase.
#pragma once

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/audit/audit_log.h"
#include "core/clock/hlc.h"
#include "core/domain/actor.h"
#include "core/vault/change_record.h"
#include "core/vault/database.h"
#include "core/vault/key_derivation.h"
#include "core/vault/vault_header.h"

namespace veldwerk::vault {

class VaultError : public std::runtime_error {
public:
    // Busy: another program holds the vault's lock past the wait (try again; nothing is wrong).
    enum class Kind { NotFound, AlreadyExists, WrongPassphrase, Wiped, Damaged, Io, Busy };
    VaultError(Kind kind, const std::string& what, int attemptsLeft = -1)
        : std::runtime_error(what), m_kind(kind), m_attemptsLeft(attemptsLeft) {}
    Kind kind() const { return m_kind; }
    // For WrongPassphrase: how many more wrong attempts before the vault wipes itself.
    int attemptsLeft() const { return m_attemptsLeft; }

private:
    Kind m_kind;
    int m_attemptsLeft;
};

struct VaultOptions {
    std::uint64_t kdfOpsLimit = 3;
    std::uint64_t kdfMemLimitBytes = 64ull << 20;
    int maxFailedAttempts = 10;
    std::string ownerName = "medewerker";  // the vault's user until enrolment names one
    std::string ownerRole = "jgt";
    // New vaults use 4 KiB pages (fewer pages to encrypt and write per change than SQLCipher 3's
    // 1 KiB); the header records it. 0 makes a vault as before (tests of old vaults).
    int cipherPageSize = 4096;
};

class Vault;

// Lets another thread open its own connection to an open vault without deriving the key again
// (Argon2id is slow on purpose): the app syncs on a worker thread while the GUI keeps its own
// connection, since one SQLite connection must not be used by two threads at once. Holds a copy of
// the key in guarded memory, zeroised when the grant goes; keep it no longer than needed.
class ConnectionGrant {
public:
    // A new connection with its own clock (from the stored clock mark). Throws VaultError: Wiped
    // when the vault is gone, Damaged when its key or file changed since (a passphrase change).
    std::unique_ptr<Vault> open() const;

private:
    friend class Vault;
    ConnectionGrant(std::filesystem::path dir, VaultHeader header, SecretBytes key,
                    const clock::PhysicalClock& wall);
    std::filesystem::path m_dir;
    VaultHeader m_header;
    SecretBytes m_key;
    const clock::PhysicalClock* m_wall;
};

class Vault {
public:
    static bool exists(const std::filesystem::path& dir);
    static std::unique_ptr<Vault> create(const std::filesystem::path& dir,
                                         std::string_view passphrase, const VaultOptions& options);
    // Throws VaultError: WrongPassphrase (with attemptsLeft) only for a passphrase proven wrong
    // by both the header's key check and the database; Wiped after the last allowed failure;
    // Damaged (nothing counted, nothing deleted) for a damaged header or a missing, empty or
    // unreadable database; Busy when another program holds the vault; Io when the attempt cannot
    // be recorded (then nothing is tried).
    static std::unique_ptr<Vault> open(const std::filesystem::path& dir,
                                       std::string_view passphrase,
                                       const clock::PhysicalClock* wall = nullptr);
    // Destroys the vault: the header (salt and key check) is overwritten first, which makes the
    // database undecryptable even with the passphrase, then every vault file is removed.
    static void wipe(const std::filesystem::path& dir);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    void changePassphrase(std::string_view newPassphrase);
    // For a second connection on another thread (see ConnectionGrant).
    ConnectionGrant grantConnection() const;

    Database& db() { return m_db; }
    ChangeRecord& changes() { return m_changes; }
    audit::AuditLog& audit() { return m_audit; }
    clock::HybridClock& clock() { return m_clock; }
    const clock::PhysicalClock& wallClock() const { return m_wall; }
    // The user this device acts for, and this device.
    const domain::Actor& owner() const { return m_owner; }
    const std::filesystem::path& dir() const { return m_dir; }
    // Reads the owner and device again (after enrolment gave them the server's ids).
    void reloadIdentity();

private:
    friend class ConnectionGrant;
    Vault(std::filesystem::path dir, VaultHeader header, Database db, SecretBytes key,
          const clock::PhysicalClock& wall);
    static void removeStaleDatabases(const std::filesystem::path& dir, const VaultHeader& header);
    // wipe() without taking the vault lock (for callers that hold it).
    static void wipeFiles(const std::filesystem::path& dir);

    std::filesystem::path m_dir;
    VaultHeader m_header;
    Database m_db;
    SecretBytes m_key;  // guarded memory, zeroised with the vault: for grantConnection()
    const clock::PhysicalClock& m_wall;
    clock::HybridClock m_clock;
    ChangeRecord m_changes;
    audit::AuditLog m_audit;
    domain::Actor m_owner;
};

}  // namespace veldwerk::vault
