// A server for service-level tests, without HTTP: a fresh database of either backend (an SQLite
// file, or a database on a real PostgreSQL 15 the test process starts), migrated, with
// organisations, teams and users, and devices enrolled through the real enrolment. Pushes and
// pulls go through the real services.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/forms/registry.h"
#include "sync/protocol/messages.h"
#include "sync/server/caller.h"
#include "sync/server/group_commit.h"
#include "sync/server/identity/password_hasher.h"
#include "sync/server/push/merge_policies.h"
#include "sync/server/store/sql_connection.h"
#include "tests/sync/store/store_backends.h"

namespace veldwerk::testing {

constexpr const char* kPassword = "wachtwoord-123";

// The forms registry, loaded once per test process.
const forms::FormRegistry& formRegistry();

std::int64_t wallNowMs();
std::unique_ptr<StoreBackend> makeBackend(const std::string& name);

class ServerWorld {
public:
    // backend: "sqlite" or "postgres". Creates JGT Utrecht (teams Noord, Zuid) and GI Midden.
    explicit ServerWorld(const std::string& backend);

    sync::server::SqlConnection& db() { return *m_db; }
    std::string url() const { return m_backend->url(); }

    // A user with one enrolled device; the Caller as the server authenticates its token.
    sync::server::Caller user(const std::string& name, const std::string& role,
                              const std::optional<std::string>& team = std::nullopt);
    sync::server::Caller secondDevice(const std::string& name);
    std::string lastToken() const { return m_lastToken; }

    // A change as the caller's device would push it, on a fresh case-independent clock.
    sync::OutgoingChange change(const sync::server::Caller& by, const std::string& caseId,
                                const std::string& entity, const std::string& entityId,
                                const std::string& field, std::optional<std::string> value,
                                std::int64_t baseVersion = 0);

    sync::PushResponse push(const sync::server::Caller& by,
                            const std::vector<sync::OutgoingChange>& changes,
                            const std::string& batchId = "");
    sync::PushResult pushOne(const sync::server::Caller& by, const sync::OutgoingChange& change);
    sync::PullResponse pull(const sync::server::Caller& by, std::int64_t since = 0,
                            std::optional<std::string> caseId = std::nullopt,
                            std::size_t limit = 500);

    // A new case started by a JGT user (case name written), with the case id.
    std::string newCase(const sync::server::Caller& jgt);
    // Consent for GI recorded by a JGT member; returns the consent id.
    std::string giveConsent(const sync::server::Caller& jgt, const std::string& caseId);
    sync::PushResult addMember(const sync::server::Caller& jgt, const std::string& caseId,
                               const sync::server::Caller& member, const std::string& role);

    // The field's current state as a pull of `by` shows it (nullopt: not sent).
    std::optional<sync::IncomingChange> field(const sync::server::Caller& by,
                                              const std::string& caseId, const std::string& entity,
                                              const std::string& entityId,
                                              const std::string& field);
    std::int64_t count(const std::string& sql);
    // Runs `write` in a committed write transaction on the store (what an admin command does).
    void inWrite(const std::function<void(sync::server::SqlConnection&)>& write);

    const sync::server::PasswordHasher& hasher() const { return m_hasher; }
    // The test's one connection, lent to the services; and their group commit on it.
    const sync::server::LendConnection& lend() const { return m_lend; }
    sync::server::GroupCommit& commits() { return m_commits; }

private:
    std::unique_ptr<StoreBackend> m_backend;
    std::unique_ptr<sync::server::SqlConnection> m_db;
    sync::server::PasswordHasher m_hasher;
    sync::server::MergePolicies m_policies;
    sync::server::LendConnection m_lend;
    sync::server::GroupCommit m_commits;
    std::string m_lastToken;
    int m_batches = 0;
    std::uint16_t m_tick = 0;
};

std::string newId();

}  // namespace veldwerk::testing
