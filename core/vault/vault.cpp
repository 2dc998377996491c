#include "core/vault/vault.h"

#include <sodium.h>

#include <fstream>
#include <system_error>

#include "core/vault/durable_file.h"
#include "core/vault/migrations.h"

namespace veldwerk::vault {

namespace fs = std::filesystem;

namespace {
const clock::SystemClock kSystemClock;

bool isVaultFile(const std::string& name) {
    return name == VaultHeader::kFileName || name == std::string(VaultHeader::kFileName) + ".tmp" ||
           (name.rfind("vault-", 0) == 0 && name.find(".db") != std::string::npos);
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
    auto key = deriveKey(passphrase, header.kdf);
    header.keyCheck = keyCheck(key);
    removeStaleDatabases(dir, header);
    removeDatabaseFiles(dir / header.databaseFileName());

    auto db = Database::open(dir / header.databaseFileName(), key);
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
    // The header is written last: until it exists there is no vault, only debris to clean up.
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
    std::optional<VaultHeader> loaded;
    try {
        loaded = VaultHeader::load(dir);
    } catch (const std::runtime_error& e) {
        throw VaultError(VaultError::Kind::Damaged, e.what());
    }
    if (!loaded) {
        throw VaultError(VaultError::Kind::NotFound, "no vault in " + dir.string());
    }
    auto header = *loaded;
    // Count the attempt before trying it, so killing the process cannot skip the count.
    header.failedAttempts += 1;
    header.save(dir);

    SecretBytes key = [&] {
        try {
            return deriveKey(passphrase, header.kdf);
        } catch (const std::invalid_argument& e) {
            throw VaultError(VaultError::Kind::Damaged, e.what());
        }
    }();
    if (keyCheck(key) != header.keyCheck) {
        if (header.failedAttempts >= header.maxFailedAttempts) {
            wipe(dir);
            throw VaultError(VaultError::Kind::Wiped,
                             "wrong passphrase; " + std::to_string(header.maxFailedAttempts) +
                                 " consecutive failures: the vault has been wiped");
        }
        throw VaultError(VaultError::Kind::WrongPassphrase, "wrong passphrase",
                         header.maxFailedAttempts - header.failedAttempts);
    }
    header.failedAttempts = 0;
    header.save(dir);
    removeStaleDatabases(dir, header);

    const auto dbPath = dir / header.databaseFileName();
    if (!fs::exists(dbPath)) {
        throw VaultError(VaultError::Kind::Damaged,
                         "the vault database " + dbPath.filename().string() + " is missing");
    }
    try {
        auto db = Database::open(dbPath, key);
        migrate(db);
        return std::unique_ptr<Vault>(new Vault(dir, header, std::move(db), std::move(key),
                                                wall != nullptr ? *wall : kSystemClock));
    } catch (const DatabaseError& e) {
        // The passphrase is right (key check), so the file itself is damaged or tampered with.
        throw VaultError(VaultError::Kind::Damaged,
                         std::string("the vault database cannot be read: ") + e.what());
    }
}

void Vault::removeStaleDatabases(const fs::path& dir, const VaultHeader& header) {
    // Left behind by a re-key that was interrupted (new file) or completed (old file).
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
    next.failedAttempts = 0;
    auto key = deriveKey(newPassphrase, next.kdf);
    next.keyCheck = keyCheck(key);

    const auto newPath = m_dir / next.databaseFileName();
    removeDatabaseFiles(newPath);
    {
        Transaction tx(m_db);
        m_audit.append(m_owner, {audit::AuditAction::Change, "vault", "passphrase", {}});
        tx.commit();
    }
    m_db.checkpoint();
    m_db.exportTo(newPath, key);
    syncToDisk(newPath);
    // The switch: one atomic rename. Before it the old passphrase opens the old file; after it
    // the new passphrase opens the complete new file.
    next.save(m_dir);
    const auto oldPath = m_dir / m_header.databaseFileName();
    m_db = Database::open(newPath, key);
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
    try {
        auto db = Database::open(dbPath, m_key);
        migrate(db);
        return std::unique_ptr<Vault>(
            new Vault(m_dir, *current, std::move(db), m_key.copy(), *m_wall));
    } catch (const DatabaseError& e) {
        throw VaultError(VaultError::Kind::Damaged,
                         std::string("the vault database cannot be read: ") + e.what());
    }
}

void Vault::wipe(const fs::path& dir) {
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
