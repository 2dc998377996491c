#include "core/vault/vault.h"

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <fstream>
#include <system_error>

#include "core/vault/durable_file.h"
#include "core/vault/migrations.h"
#include "core/vault/unlock_attempts.h"
#include "core/vault/vault_lock.h"

namespace veldwerk::vault {

namespace fs = std::filesystem;

namespace {
const clock::SystemClock kSystemClock;

bool isVaultFile(const std::string& name) {
    for (const std::string small : {VaultHeader::kFileName, UnlockAttempts::kFileName}) {
        if (name == small || name == small + ".tmp") {
            return true;
        }
    }
    return name.rfind("vault-", 0) == 0 && name.find(".db") != std::string::npos;
}

VaultHeader loadHeader(const fs::path& dir) {
    std::optional<VaultHeader> loaded;
    try {
        loaded = VaultHeader::load(dir);
    } catch (const std::runtime_error& e) {
        throw VaultError(VaultError::Kind::Damaged, e.what());
    }
    if (!loaded) {
        throw VaultError(VaultError::Kind::NotFound, "no vault in " + dir.string());
    }
    return *loaded;
}

// The header is written only after its database was (create: last; re-key: after the copy is
// synced), so a header whose database is missing or empty means the database was lost or cut:
// that must never open as a new, empty vault.
void requireDatabase(const fs::path& dbPath) {
    std::error_code ec;
    const auto size = fs::file_size(dbPath, ec);
    if (ec || size == 0) {
        throw VaultError(VaultError::Kind::Damaged,
                         "the vault database " + dbPath.filename().string() +
                             (ec ? " is missing" : " is empty") +
                             " although the vault header says it holds data; nothing was "
                             "changed or deleted");
    }
}

VaultError fromDatabaseError(const DatabaseError& e, const std::string& context) {
    if (e.isBusy()) {
        return VaultError(VaultError::Kind::Busy,
                          "the vault is busy: another program is using it; try again");
    }
    if (e.isDiskFull()) {
        return VaultError(VaultError::Kind::Io, context + ": the disk is full");
    }
    if ((e.code() & 0xff) == SQLITE_IOERR ||
        (e.code() & 0xff) == SQLITE_CANTOPEN) {  // e.g. no room for the WAL index on a full disk:
                                                 // not the file's fault
        return VaultError(VaultError::Kind::Io, context + ": " + e.what());
    }
    return VaultError(VaultError::Kind::Damaged, context + ": " + e.what());
}

// Runs `change` on the unlock counter under the vault lock; file trouble becomes VaultError(Io).
template <typename F>
void withAttempts(const fs::path& dir, const VaultHeader& header, F&& change) {
    VaultLock lock(dir);
    try {
        // A format-1 header's vault has no counter file yet: it starts from the header's count.
        UnlockAttempts attempts(
            dir, header.format == VaultHeader::kLegacyFormat
                     ? std::optional<AttemptState>(AttemptState{header.legacyFailedAttempts, false})
                     : std::nullopt);
        change(attempts);
    } catch (const VaultError&) {
        throw;
    } catch (const UnlockAttemptsDamaged& e) {
        throw VaultError(VaultError::Kind::Damaged,
                         std::string(e.what()) + "; nothing was tried or deleted");
    } catch (const std::runtime_error& e) {
        throw VaultError(VaultError::Kind::Io, std::string("cannot record the unlock attempt (") +
                                                   e.what() + "); nothing was tried");
    }
}

void removeDatabaseFiles(const fs::path& db) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::remove(fs::path(db.string() + suffix), ec);
    }
}

std::string metaOr(Database& db, const char* key, const std::string& fallback) {
    auto st = db.prepare("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.text(0) : fallback;
}

void setMeta(Database& db, const char* key, const std::string& value) {
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)")
        .bind(1, key)
        .bind(2, value)
        .run();
}
}  // namespace

bool Vault::exists(const fs::path& dir) {
    return fs::exists(dir / VaultHeader::kFileName);
}

Vault::Vault(fs::path dir, VaultHeader header, Database db, SecretBytes key,
             const clock::PhysicalClock& wall)
    : m_dir(std::move(dir)),
      m_header(std::move(header)),
      m_db(std::move(db)),
      m_key(std::move(key)),
      m_wall(wall),
      m_clock(wall, loadClockMark(m_db)),
      m_changes(m_db, m_clock),
      m_audit(m_db, m_wall, m_clock) {
    reloadIdentity();
}

Vault::~Vault() = default;

void Vault::reloadIdentity() {
    m_owner.deviceId = metaOr(m_db, "device_id", "");
    m_owner.userId = metaOr(m_db, "owner_user_id", "");
    auto st = m_db.prepare("SELECT role FROM users WHERE id = ?1");
    st.bind(1, m_owner.userId);
    m_owner.role = st.step() ? st.text(0) : "";
}

std::unique_ptr<Vault> Vault::create(const fs::path& dir, std::string_view passphrase,
                                     const VaultOptions& options) {
    if (exists(dir)) {
        throw VaultError(VaultError::Kind::AlreadyExists,
                         "a vault already exists in " + dir.string());
    }
    if (passphrase.size() < 8) {
        throw std::invalid_argument("the passphrase must be at least 8 characters");
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    fs::permissions(dir, fs::perms::owner_all, ec);
    VaultHeader header;
    header.kdf = KdfParams::fresh(options.kdfOpsLimit, options.kdfMemLimitBytes);
    header.maxFailedAttempts = options.maxFailedAttempts;
    header.cipherPageSize = options.cipherPageSize;
    auto key = deriveKey(passphrase, header.kdf);
    header.keyCheck = keyCheck(key);
    VaultLock lock(dir);
    if (exists(dir)) {
        throw VaultError(VaultError::Kind::AlreadyExists,
                         "a vault already exists in " + dir.string());
    }
    // No header, so no vault: whatever database files are here are debris of an earlier try.
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const auto name = entry.path().filename().string();
        if (name.rfind("vault-", 0) == 0 && name.size() > 3 &&
            name.substr(name.size() - 3) == ".db") {
            removeDatabaseFiles(entry.path());
        }
    }
    removeDatabaseFiles(dir / header.databaseFileName());

    auto db = Database::open(dir / header.databaseFileName(), key, header.cipherPageSize);
    migrate(db);
    {
        Transaction tx(db);
        const auto deviceId = randomHex(16);
        const auto userId = randomHex(16);
        setMeta(db, "device_id", deviceId);
        setMeta(db, "owner_user_id", userId);
        db.prepare("INSERT INTO users (id, name, org_id, role) VALUES (?1, ?2, NULL, ?3)")
            .bind(1, userId)
            .bind(2, options.ownerName)
            .bind(3, options.ownerRole)
            .run();
        db.prepare("INSERT INTO devices (id, user_id, label, enrolled_at) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, deviceId)
            .bind(2, userId)
            .bind(3, "this device")
            .bind(4, kSystemClock.nowMs())
            .run();
        tx.commit();
    }
    db.checkpoint();
    syncToDisk(dir / header.databaseFileName());
    UnlockAttempts::create(dir, AttemptState{});
    // The header is written last: until it exists there is no vault, only debris to clean up;
    // once it exists it vouches that the database holds data.
    header.save(dir);
    auto vault =
        std::unique_ptr<Vault>(new Vault(dir, header, std::move(db), std::move(key), kSystemClock));
    {
        Transaction tx(vault->db());
        vault->audit().append(vault->owner(), {audit::AuditAction::Create, "vault", "", {}});
        tx.commit();
    }
    return vault;
}

std::unique_ptr<Vault> Vault::open(const fs::path& dir, std::string_view passphrase,
                                   const clock::PhysicalClock* wall) {
    const auto header = loadHeader(dir);
    const auto dbPath = dir / header.databaseFileName();
    requireDatabase(dbPath);

    // 1. Mark the attempt as under way. An earlier attempt still marked never got a verdict that
    //    anyone saw (unlock_attempts.h): it is dropped, not counted.
    withAttempts(dir, header, [&](UnlockAttempts& attempts) {
        auto state = attempts.state();
        if (state.failed >= header.maxFailedAttempts) {
            // The last allowed failure was recorded but the wipe was interrupted: finish it.
            wipeFiles(dir);
            throw VaultError(VaultError::Kind::Wiped,
                             std::to_string(header.maxFailedAttempts) +
                                 " consecutive wrong passphrases: the vault has been wiped");
        }
        state.pending = true;
        attempts.record(state);
    });

    // 2. The verdict, from two witnesses: the header's key check and the database itself. Only
    //    when both refuse the key is the passphrase proven wrong; when they disagree, one of the
    //    files is damaged, and that is never held against the user.
    SecretBytes key = [&] {
        try {
            return deriveKey(passphrase, header.kdf);
        } catch (const std::invalid_argument& e) {
            withAttempts(dir, header, [](UnlockAttempts& a) {
                a.record({a.state().failed, false});
            });
            throw VaultError(VaultError::Kind::Damaged, e.what());
        }
    }();
    const bool keyCheckFits = keyCheck(key) == header.keyCheck;
    std::optional<Database> db;
    std::optional<VaultError> unreadable;
    bool databaseRefusesKey = false;
    try {
        db.emplace(Database::open(dbPath, key, header.cipherPageSize));
    } catch (const DatabaseError& e) {
        databaseRefusesKey = e.isNotADatabase();
        if (!databaseRefusesKey) {
            unreadable = fromDatabaseError(e, "the vault database cannot be read");
        }
    }
    const bool provenWrong = !keyCheckFits && databaseRefusesKey;
    const bool provenRight = keyCheckFits && db.has_value();

    // 3. Record the verdict before it is shown in any way, so killing the process now cannot
    //    undo a counted failure.
    int failed = 0;
    withAttempts(dir, header, [&](UnlockAttempts& attempts) {
        auto state = attempts.state();
        state.pending = false;
        if (provenWrong) {
            state.failed += 1;
        } else if (provenRight) {
            state.failed = 0;
        }
        attempts.record(state);
        failed = state.failed;
        if (provenWrong && failed >= header.maxFailedAttempts) {
            db.reset();
            wipeFiles(dir);
        }
        if (provenRight) {
            // Only now that the current database opened with the right key are other
            // generations' files known to be debris of a re-key.
            removeStaleDatabases(dir, header);
            if (header.format == VaultHeader::kLegacyFormat) {
                try {
                    header.save(dir);  // to format 2 (its counter now lives in vault.attempts)
                } catch (const std::runtime_error&) {  // e.g. a full disk: done on a later unlock
                }
            }
        }
    });
    if (provenWrong) {
        if (failed >= header.maxFailedAttempts) {
            throw VaultError(VaultError::Kind::Wiped,
                             "wrong passphrase; " + std::to_string(header.maxFailedAttempts) +
                                 " consecutive failures: the vault has been wiped");
        }
        throw VaultError(VaultError::Kind::WrongPassphrase, "wrong passphrase",
                         header.maxFailedAttempts - failed);
    }
    if (unreadable) {
        throw *unreadable;
    }
    if (!keyCheckFits) {
        throw VaultError(VaultError::Kind::Damaged,
                         "the vault header is damaged: its key check does not match the database "
                         "that this passphrase opens; nothing was counted or deleted");
    }
    if (!db) {
        throw VaultError(VaultError::Kind::Damaged,
                         "the vault database cannot be read with the right passphrase (damaged "
                         "or tampered with); nothing was counted or deleted");
    }
    try {
        migrate(*db);
        return std::unique_ptr<Vault>(new Vault(dir, header, std::move(*db), std::move(key),
                                                wall != nullptr ? *wall : kSystemClock));
    } catch (const DatabaseError& e) {
        throw fromDatabaseError(e, "the vault database cannot be read");
    }
}

void Vault::removeStaleDatabases(const fs::path& dir, const VaultHeader& header) {
    // Left behind by a re-key that was interrupted (new file) or completed (old file). Called
    // under the vault lock; a re-key by another process since our header was read would make
    // "stale" mean the new current file, so the header on disk must still be ours.
    std::optional<VaultHeader> onDisk;
    try {
        onDisk = VaultHeader::load(dir);
    } catch (const std::runtime_error&) {
        return;
    }
    if (!onDisk || onDisk->generation != header.generation ||
        !fs::exists(dir / header.databaseFileName())) {
        return;
    }
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const auto name = entry.path().filename().string();
        if (name.rfind("vault-", 0) == 0 && name.size() > 3 &&
            name.substr(name.size() - 3) == ".db" && name != header.databaseFileName()) {
            removeDatabaseFiles(entry.path());
        }
    }
}

void Vault::changePassphrase(std::string_view newPassphrase) {
    if (newPassphrase.size() < 8) {
        throw std::invalid_argument("the new passphrase must be at least 8 characters");
    }
    VaultHeader next = m_header;
    next.generation = m_header.generation + 1;
    next.kdf = KdfParams::fresh(m_header.kdf.opsLimit, m_header.kdf.memLimitBytes);
    auto key = deriveKey(newPassphrase, next.kdf);
    next.keyCheck = keyCheck(key);

    // Held until the switch is done: no other process may take the new file for debris.
    VaultLock lock(m_dir);
    const auto newPath = m_dir / next.databaseFileName();
    removeDatabaseFiles(newPath);
    {
        Transaction tx(m_db);
        m_audit.append(m_owner, {audit::AuditAction::Change, "vault", "passphrase", {}});
        tx.commit();
    }
    m_db.checkpoint();
    m_db.exportTo(newPath, key, next.cipherPageSize);
    syncToDisk(newPath);
    // The switch: one atomic rename. Before it the old passphrase opens the old file; after it
    // the new passphrase opens the complete new file.
    next.save(m_dir);
    const auto oldPath = m_dir / m_header.databaseFileName();
    m_db = Database::open(newPath, key, next.cipherPageSize);
    m_key = std::move(key);
    m_header = next;
    removeDatabaseFiles(oldPath);
}

ConnectionGrant Vault::grantConnection() const {
    return ConnectionGrant(m_dir, m_header, m_key.copy(), m_wall);
}

ConnectionGrant::ConnectionGrant(fs::path dir, VaultHeader header, SecretBytes key,
                                 const clock::PhysicalClock& wall)
    : m_dir(std::move(dir)), m_header(std::move(header)), m_key(std::move(key)), m_wall(&wall) {}

std::unique_ptr<Vault> ConnectionGrant::open() const {
    std::optional<VaultHeader> current;
    try {
        current = VaultHeader::load(m_dir);
    } catch (const std::runtime_error& e) {
        throw VaultError(VaultError::Kind::Damaged, e.what());
    }
    if (!current) {
        throw VaultError(VaultError::Kind::Wiped, "the vault in " + m_dir.string() + " is gone");
    }
    if (current->generation != m_header.generation || current->keyCheck != keyCheck(m_key)) {
        throw VaultError(VaultError::Kind::Damaged,
                         "the vault's key changed since this connection was granted");
    }
    const auto dbPath = m_dir / current->databaseFileName();
    if (!fs::exists(dbPath)) {
        throw VaultError(VaultError::Kind::Wiped, "the vault database is gone");
    }
    requireDatabase(dbPath);
    try {
        auto db = Database::open(dbPath, m_key, current->cipherPageSize);
        migrate(db);
        return std::unique_ptr<Vault>(
            new Vault(m_dir, *current, std::move(db), m_key.copy(), *m_wall));
    } catch (const DatabaseError& e) {
        throw fromDatabaseError(e, "the vault database cannot be read");
    }
}

void Vault::wipe(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        return;
    }
    std::optional<VaultLock> lock;
    try {
        lock.emplace(dir);
    } catch (const VaultError&) {  // a wipe is never held back by a lock: it goes ahead
    }
    wipeFiles(dir);
}

void Vault::wipeFiles(const fs::path& dir) {
    std::error_code ec;
    const auto headerPath = dir / VaultHeader::kFileName;
    if (fs::exists(headerPath, ec)) {
        const auto size = fs::file_size(headerPath, ec);
        std::string noise(ec ? 512 : size, '\0');
        randombytes_buf(noise.data(), noise.size());
        {
            std::ofstream out(headerPath, std::ios::binary | std::ios::trunc);
            out.write(noise.data(), static_cast<std::streamsize>(noise.size()));
        }
        try {
            syncToDisk(headerPath);
        } catch (const std::runtime_error&) {  // still removed below
        }
    }
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (isVaultFile(entry.path().filename().string())) {
            fs::remove(entry.path(), ec);
        }
    }
}

}  // namespace veldwerk::vault
