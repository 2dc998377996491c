#include "tests/sync/server/server_world.h"

#include <chrono>
#include <stdexcept>

#include "core/clock/hlc.h"
#include "core/vault/secret.h"
#include "sync/server/directory/directory.h"
#include "sync/server/identity/authenticator.h"
#include "sync/server/identity/enrollment.h"
#include "sync/server/pull/pull_service.h"
#include "sync/server/push/push_service.h"
#include "sync/server/schema/migrations.h"
#include "sync/server/transaction.h"

namespace veldwerk::testing {

using namespace veldwerk::sync;
using namespace veldwerk::sync::server;

const forms::FormRegistry& formRegistry() {
    static const auto registry = [] {
        auto r = std::make_unique<forms::FormRegistry>();
        const auto report = r->loadDirectory(forms::builtinDefinitionsDir());
        if (!report.ok()) {
            throw std::runtime_error("form definitions do not load");
        }
        return r;
    }();
    return *registry;
}

std::int64_t wallNowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::unique_ptr<StoreBackend> makeBackend(const std::string& name) {
    if (name == "postgres") {
        return std::make_unique<PostgresBackend>();
    }
    return std::make_unique<SqliteBackend>();
}

std::string newId() {
    return vault::randomHex(16);
}

ServerWorld::ServerWorld(const std::string& backend)
    : m_backend(makeBackend(backend)),
      m_db(connect(m_backend->url())),
      m_hasher(KdfCost::cheapForTests()),
      m_policies(formRegistry()),
      m_lend([this](const std::function<void(SqlConnection&)>& use) { use(*m_db); }),
      m_commits(m_lend) {
    migrate(*m_db);
    inTransaction(*m_db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        Directory d(*m_db);
        d.addOrg("JGT Utrecht", "jgt", wallNowMs());
        d.addOrg("GI Midden", "gi", wallNowMs());
        d.addTeam("Team Noord", "JGT Utrecht", std::string("Utrecht"), wallNowMs());
        d.addTeam("Team Zuid", "JGT Utrecht", std::nullopt, wallNowMs());
        tx.commit();
    });
}

Caller ServerWorld::user(const std::string& name, const std::string& role,
                         const std::optional<std::string>& team) {
    const auto org = role == "gi" ? "GI Midden" : "JGT Utrecht";
    const auto hash = m_hasher.hash(kPassword);
    inTransaction(*m_db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        Directory(*m_db).addUser(name, org, role, team, hash, wallNowMs());
        tx.commit();
    });
    return secondDevice(name);
}

Caller ServerWorld::secondDevice(const std::string& name) {
    const auto enrolled =
        Enrollment(*m_db, m_hasher).enroll({name, kPassword, "tablet"}, "10.0.0.1", wallNowMs());
    m_lastToken = enrolled.deviceToken;
    return authenticate(*m_db, "Bearer " + enrolled.deviceToken);
}

OutgoingChange ServerWorld::change(const Caller& by, const std::string& caseId,
                                   const std::string& entity, const std::string& entityId,
                                   const std::string& field, std::optional<std::string> value,
                                   std::int64_t baseVersion) {
    OutgoingChange c;
    c.clientSeq = ++m_tick;
    c.caseId = caseId;
    c.entity = entity;
    c.entityId = entityId;
    c.field = field;
    c.value = std::move(value);
    c.baseVersion = baseVersion;
    c.hlc = clock::Hlc{static_cast<std::uint64_t>(wallNowMs()), m_tick}.packed();
    c.author = by.userId;
    c.role = by.role;
    return c;
}

PushResponse ServerWorld::push(const Caller& by, const std::vector<OutgoingChange>& changes,
                               const std::string& batchId) {
    const auto id = batchId.empty() ? by.deviceId + "-" + std::to_string(++m_batches) : batchId;
    return PushService(m_policies, m_commits).push(by, {id, changes}, wallNowMs(), 0);
}

PushResult ServerWorld::pushOne(const Caller& by, const OutgoingChange& change) {
    return push(by, {change}).results.at(0);
}

PullResponse ServerWorld::pull(const Caller& by, std::int64_t since,
                               std::optional<std::string> caseId, std::size_t limit) {
    return PullService(m_lend, m_commits)
        .pull(by, {since, limit, std::move(caseId), {}}, wallNowMs(), 0);
}

std::string ServerWorld::newCase(const Caller& jgt) {
    const auto id = newId();
    const auto r = pushOne(jgt, change(jgt, id, "case", id, "name", "Gezin Test"));
    if (r.outcome != PushOutcome::Applied) {
        throw std::runtime_error("case not started: " + r.reason);
    }
    return id;
}

std::string ServerWorld::giveConsent(const Caller& jgt, const std::string& caseId) {
    const auto id = newId();
    const auto r = push(jgt, {change(jgt, caseId, "consent", id, "case_id", caseId),
                              change(jgt, caseId, "consent", id, "for_role", "gi"),
                              change(jgt, caseId, "consent", id, "given_by", "moeder")});
    for (const auto& x : r.results) {
        if (x.outcome != PushOutcome::Applied) {
            throw std::runtime_error("consent not recorded: " + x.reason);
        }
    }
    return id;
}

PushResult ServerWorld::addMember(const Caller& jgt, const std::string& caseId,
                                  const Caller& member, const std::string& role) {
    const auto entityId = caseId + ":" + member.userId;
    const auto current = field(jgt, caseId, "member", entityId, "role");
    return pushOne(
        jgt, change(jgt, caseId, "member", entityId, "role", role, current ? current->version : 0));
}

std::optional<IncomingChange> ServerWorld::field(const Caller& by, const std::string& caseId,
                                                 const std::string& entity,
                                                 const std::string& entityId,
                                                 const std::string& fieldName) {
    for (const auto& c : pull(by, 0, caseId, 1000).changes) {
        if (c.entity == entity && c.entityId == entityId && c.field == fieldName) {
            return c;
        }
    }
    return std::nullopt;
}

std::int64_t ServerWorld::count(const std::string& sql) {
    return asInt(m_db->query(sql).at(0).at(0));
}

void ServerWorld::inWrite(const std::function<void(SqlConnection&)>& write) {
    inTransaction(*m_db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        write(*m_db);
        tx.commit();
    });
}

}  // namespace veldwerk::testing
