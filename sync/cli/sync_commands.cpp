// enroll, sync, sync status, conflicts list, conflict resolve, quarantine list|retry: the device's
// side of synchronisation with the central server (sync/PROTOCOL.md).
#include <unistd.h>

#include <fstream>
#include <map>
#include <sstream>

#include "core/assessment/assessment_service.h"
#include "core/assessment/justification_field.h"
#include "core/domain/case_membership.h"
#include "core/domain/user_repository.h"
#include "core/vault/field_conflicts.h"
#include "sync/cli/commands.h"
#include "sync/cli/passphrase_source.h"
#include "sync/engine/device_enrolment.h"
#include "sync/engine/emergency_access.h"
#include "sync/engine/http_transport.h"
#include "sync/engine/outbox.h"
#include "sync/engine/quarantine.h"
#include "sync/engine/quarantine_retry.h"
#include "sync/engine/server_api.h"
#include "sync/engine/sync_round.h"
#include "sync/engine/sync_state.h"

namespace veldwerk::cli {

namespace {

nlohmann::json optional(const std::optional<std::string>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json();
}

// User names for ids, falling back to the id for someone this device never heard of.
class Names {
public:
    explicit Names(vault::Vault& vault) : m_users(vault) {}
    std::string operator()(const std::string& id) {
        auto it = m_names.find(id);
        if (it == m_names.end()) {
            const auto u = m_users.findById(id);
            it = m_names.emplace(id, u ? u->name : id).first;
        }
        return it->second;
    }

private:
    domain::UserRepository m_users;
    std::map<std::string, std::string> m_names;
};

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw CliError(kNotFound, "cannot read the CA certificate file " + path);
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string defaultLabel() {
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0 || host[0] == '\0') {
        return "veldwerk-cli";
    }
    return std::string("veldwerk-cli on ") + host;
}

std::unique_ptr<sync::HttpTransport> transportFor(const std::string& url,
                                                  const std::optional<std::string>& caPem) {
    try {
        sync::TransportOptions options;
        options.extraCaPem = caPem;
        return std::make_unique<sync::HttpTransport>(url, options);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
}

// A re-stamping after a clock that ran ahead (sync/engine/clock_recovery.h); `at` only when known.
nlohmann::json clockRecoveryJson(const sync::ClockRecoveryNote& n) {
    nlohmann::json out = {{"aheadHours", sync::hoursAhead(n.aheadMs)},
                          {"restamped", n.changes},
                          {"message", sync::clockRecoveryText(n.aheadMs, n.changes)}};
    if (n.atMs > 0) {
        out["at"] = n.atMs;
    }
    return out;
}

nlohmann::json reportJson(const sync::SyncReport& r) {
    nlohmann::json refusals = nlohmann::json::array();
    for (const auto& x : r.refusals) {
        refusals.push_back({{"case", x.caseId},
                            {"entity", x.entity},
                            {"entityId", x.entityId},
                            {"field", x.field},
                            {"reason", x.reason}});
    }
    return {
        {"pushed",
         {{"total", r.pushed + r.refused},
          {"applied", r.applied},
          {"unchanged", r.unchanged},
          {"merged", r.merged},
          {"conflict", r.conflict},
          {"refused", r.refused},
          {"batches", r.batches}}},
        {"pulled", {{"total", r.pulled}, {"applied", r.pulledApplied}, {"keptLocal", r.keptLocal}}},
        {"casesAdded", r.casesAdded},
        {"casesPurged", r.casesPurged},
        {"conflictsOpen", r.conflictsOpen},
        {"refusals", refusals},
        {"quarantined", r.quarantined},
        {"pending", r.pendingAfter},
        {"auditUploaded", r.auditUploaded},
        {"warnings", r.warnings},
        {"clockRecovered",
         r.clockRecovery
             ? clockRecoveryJson({0, r.clockRecovery->aheadMs,
                                  static_cast<std::int64_t>(r.clockRecovery->restamped)})
             : nlohmann::json()}};
}

std::string reportText(const sync::SyncReport& r) {
    std::ostringstream out;
    if (r.clockRecovery) {
        out << sync::clockRecoveryText(r.clockRecovery->aheadMs,
                                       static_cast<std::int64_t>(r.clockRecovery->restamped))
            << "\n";
    }
    out << "pushed " << r.pushed + r.refused << " (applied " << r.applied << ", unchanged "
        << r.unchanged << ", merged " << r.merged << ", conflict " << r.conflict << ", refused "
        << r.refused << ")\n";
    out << "pulled " << r.pulled << " (new here " << r.pulledApplied << ", kept local "
        << r.keptLocal << ")\n";
    for (const auto& id : r.casesAdded) {
        out << "case added: " << id << "\n";
    }
    for (const auto& id : r.casesPurged) {
        out << "case purged (no longer yours on the server): " << id << "\n";
    }
    for (const auto& x : r.refusals) {
        out << "refused, moved to quarantine: " << x.entity << " " << x.entityId << " " << x.field
            << ": " << x.reason << "\n";
    }
    out << "conflicts open: " << r.conflictsOpen;
    if (r.conflictsOpen > 0) {
        out << " (veldwerk-cli conflicts list)";
    }
    out << "\n";
    if (r.quarantined > 0) {
        out << "in quarantine: " << r.quarantined << " (veldwerk-cli quarantine list)\n";
    }
    for (const auto& w : r.warnings) {
        out << "warning: " << w << "\n";
    }
    return out.str();
}

}  // namespace

// Runs one round with the vault's stored server; a revoked device's vault is gone afterwards.
sync::SyncReport syncOnce(CliContext& ctx) {
    auto& v = ctx.vault();
    sync::SyncState state(v.db());
    if (!state.enrolled()) {
        throw CliError(kRefused, "this vault is not enrolled with a server (veldwerk-cli enroll)");
    }
    const auto transport = transportFor(state.serverUrl(), state.extraCaPem());
    try {
        return sync::runSyncRound(v, *transport);
    } catch (const sync::SyncError& e) {
        if (e.kind() == sync::SyncError::Kind::Revoked) {
            // The engine wiped the files; close our handle and make sure nothing is left.
            ctx.closeVault();
            vault::Vault::wipe(ctx.vaultDir());
        }
        throw;
    }
}

namespace {

nlohmann::json sidesJson(const vault::FieldConflict& c, Names& names) {
    nlohmann::json sides = nlohmann::json::array();
    for (const auto& s : c.sides) {
        sides.push_back({{"version", s.version},
                         {"value", optional(s.value)},
                         {"by", names(s.author)},
                         {"userId", s.author},
                         {"role", s.role},
                         {"device", s.device},
                         {"at", isoTime(static_cast<std::int64_t>(s.hlc.wallMs))}});
    }
    return sides;
}

}  // namespace

int runEnroll(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "server", "user", "ca-cert", "label"});
    const auto server = cmd.required("server");
    const auto user = cmd.required("user");
    const auto caPem = cmd.option("ca-cert")
                           ? std::optional<std::string>(readFile(*cmd.option("ca-cert")))
                           : std::nullopt;
    const auto transport = transportFor(server, caPem);
    auto& v = ctx.vault();
    sync::DeviceEnrolment enrolment(v);
    if (const auto why = enrolment.refusal()) {
        throw CliError(kRefused, *why);
    }
    auto password =
        readPassphrase("VELDWERK_PASSWORD", "Password of " + user + " on " + server + ": ");
    sync::Enrolment done;
    try {
        done = enrolment.enrol(*transport, transport->url().text(), user, password,
                               cmd.option("label").value_or(defaultLabel()), caPem);
    } catch (...) {
        vault::zeroise(password);
        throw;
    }
    vault::zeroise(password);
    nlohmann::json out = {{"server", done.server}, {"device", done.deviceId},
                          {"userId", done.userId}, {"user", done.userName},
                          {"role", done.role},     {"org", done.org}};
    std::string text = "enrolled with " + done.server + " as " + done.userName + " (" + done.role +
                       "), device " + done.deviceId + "\n";
    // A first round brings the colleagues and cases this user has; failing it loses nothing.
    try {
        out["sync"] = reportJson(syncOnce(ctx));
    } catch (const sync::SyncError& e) {
        out["sync"] = nullptr;
        out["warning"] = std::string("the first sync did not complete: ") + e.what();
        text += "warning: the first sync did not complete: " + std::string(e.what()) + "\n";
    }
    ctx.print(out, text);
    return kOk;
}

int runSync(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json"});
    const auto report = syncOnce(ctx);
    ctx.print(reportJson(report), reportText(report));
    return kOk;
}

// case emergency CASE --reason TEXT: emergency access ("break the glass") to a case the user is
// not a member of; the server grants 24 hours and the sync that follows brings the case.
int runCaseEmergency(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "reason"});
    const auto caseId = ctx.cmd().word(2);
    if (caseId.empty()) {
        throw UsageError("usage: case emergency CASE --reason TEXT");
    }
    const auto reason = ctx.cmd().option("reason").value_or("");
    auto& v = ctx.vault();
    sync::SyncState state(v.db());
    if (!state.enrolled()) {
        throw CliError(kRefused, "this vault is not enrolled with a server (veldwerk-cli enroll)");
    }
    const auto transport = transportFor(state.serverUrl(), state.extraCaPem());
    const auto granted = sync::requestEmergencyAccess(v, *transport, caseId, reason);
    const auto report = syncOnce(ctx);
    ctx.print(
        {{"case", caseId}, {"expiresAt", isoTime(granted.expiresAt)}, {"sync", reportJson(report)}},
        "emergency access to case " + caseId + " until " + isoTime(granted.expiresAt) +
            "; your supervisor reviews it\n" + reportText(report));
    return kOk;
}

int runSyncStatus(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json"});
    auto& v = ctx.vault();
    sync::SyncState state(v.db());
    const auto pending = state.pendingBatch();
    nlohmann::json out = {
        {"enrolled", state.enrolled()},
        {"server", state.enrolled() ? nlohmann::json(state.serverUrl()) : nlohmann::json()},
        {"device", v.owner().deviceId},
        {"user", v.owner().userId},
        {"cursor", state.cursor()},
        {"pending", sync::Outbox(v).size()},
        {"unansweredBatch", pending ? nlohmann::json(pending->id) : nlohmann::json()},
        {"quarantined", sync::Quarantine(v.db()).size()},
        {"conflictsOpen", vault::FieldConflicts(v.db()).open().size()}};
    const auto recovered = state.clockRecovery();
    out["clockRecovered"] = recovered ? clockRecoveryJson(*recovered) : nlohmann::json();
    std::ostringstream text;
    text << (state.enrolled() ? "enrolled with " + state.serverUrl() : std::string("not enrolled"))
         << "\nchanges waiting to be pushed: " << out["pending"].get<std::size_t>()
         << "\nin quarantine: " << out["quarantined"].get<std::size_t>()
         << "\nconflicts open: " << out["conflictsOpen"].get<std::size_t>() << "\n";
    if (recovered) {
        text << sync::clockRecoveryText(recovered->aheadMs, recovered->changes) << "\n";
    }
    ctx.print(out, text.str());
    return kOk;
}

int runConflictsList(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as", "case"});
    auto& v = ctx.vault();
    const auto actor = ctx.actor();
    const auto onlyCase =
        ctx.cmd().option("case")
            ? std::optional<std::string>(ctx.resolveCase(actor, *ctx.cmd().option("case")))
            : std::nullopt;
    domain::CaseMembership members(v);
    Names names(v);
    nlohmann::json list = nlohmann::json::array();
    std::ostringstream text;
    vault::Transaction tx(v.db());
    for (const auto& c : vault::FieldConflicts(v.db()).open()) {
        if (!members.roleOf(c.caseId, actor.userId) || (onlyCase && c.caseId != *onlyCase)) {
            continue;  // only the cases this user works on (or the one asked for)
        }
        // Answers and justifications are resolved per assessment (conflict resolve ID ITEM).
        const bool answer =
            c.entity == "answer" || (c.entity == "assessment" && assessment::justifiedKey(c.field));
        list.push_back({{"case", c.caseId},
                        {"entity", c.entity},
                        {"entityId", c.entityId},
                        {"assessment", answer ? nlohmann::json(c.entityId) : nlohmann::json()},
                        {"item", c.field},
                        {"version", c.sides.empty() ? 0 : c.sides.back().version},
                        {"sides", sidesJson(c, names)}});
        text << (answer ? "assessment " : c.entity + " ") << c.entityId << "  " << c.field << "\n";
        for (const auto& s : c.sides) {
            text << "    " << s.value.value_or("(cleared)") << "   by " << names(s.author) << " ("
                 << s.role << ") " << isoTime(static_cast<std::int64_t>(s.hlc.wallMs)) << "\n";
        }
    }
    v.audit().append(actor, {audit::AuditAction::Search, "conflict", "", {}});
    tx.commit();
    ctx.print({{"conflicts", list}}, list.empty() ? "no conflicts" : text.str());
    return kOk;
}

int runConflictResolve(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as"});
    if (cmd.words().size() != 5) {
        throw UsageError("usage: conflict resolve ID ITEM VALUE");
    }
    const auto item = cmd.word(3);
    auto& v = ctx.vault();
    const auto actor = ctx.actor();
    assessment::AssessmentService service(v, ctx.forms());
    const auto record = service.resolve(actor, cmd.word(2));
    vault::FieldConflicts conflicts(v.db());
    // ITEM: an answer (this user's own score first, for a perspective item); justification/RULE:
    // a warning's written justification, a field of the assessment itself.
    const auto rule = assessment::justifiedKey(item);
    std::optional<vault::FieldConflict> conflict =
        rule ? conflicts.find("assessment", record.id, assessment::justificationField(*rule))
             : conflicts.find("answer", record.id, assessment::answerField(item, actor.userId));
    if (!rule && (!conflict || conflict->resolving)) {
        conflict = conflicts.find("answer", record.id, item);
    }
    if (!conflict || conflict->resolving) {
        throw CliError(kNotFound, "no open conflict on " + item + " of assessment " + record.id);
    }
    if (domain::CaseMembership(v).roleOf(record.caseId, actor.userId) != "jgt") {
        throw domain::AccessDenied("only a JGT member of the case resolves a conflict");
    }
    std::string stored = cmd.word(4);
    if (rule) {
        service.setJustification(actor, record.id, *rule, stored);
    } else {
        stored = service.setAnswer(actor, record.id, item, stored);
    }
    nlohmann::json resolves = nlohmann::json::array();
    for (const auto& s : conflict->sides) {
        resolves.push_back(s.version);
    }
    ctx.print(
        {{"assessment", record.id}, {"item", item}, {"value", stored}, {"resolves", resolves}},
        item + " = " + stored + " (resolves the conflict once synced)");
    return kOk;
}

int runQuarantineList(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as"});
    auto& v = ctx.vault();
    const auto actor = ctx.actor();
    Names names(v);
    nlohmann::json list = nlohmann::json::array();
    std::ostringstream text;
    vault::Transaction tx(v.db());
    for (const auto& q : sync::Quarantine(v.db()).list()) {
        list.push_back({{"id", q.id},
                        {"case", q.change.caseId},
                        {"entity", q.change.entity},
                        {"entityId", q.change.entityId},
                        {"field", q.change.field},
                        {"value", optional(q.change.value)},
                        {"by", names(q.change.author)},
                        {"role", q.change.role},
                        {"batch", q.batchId},
                        {"reason", q.reason},
                        {"refusedAt", isoTime(q.refusedAtMs)}});
        text << q.id << "  " << q.change.entity << " " << q.change.entityId << " " << q.change.field
             << ": " << q.reason << "\n";
    }
    v.audit().append(actor, {audit::AuditAction::Search, "quarantine", "", {}});
    tx.commit();
    ctx.print({{"changes", list}}, list.empty() ? "quarantine is empty" : text.str());
    return kOk;
}

int runQuarantineRetry(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as"});
    if (cmd.words().size() != 3) {
        throw UsageError("usage: quarantine retry ID");
    }
    const auto& word = cmd.word(2);
    if (word.empty() || word.size() > 18 ||
        word.find_first_not_of("0123456789") != std::string::npos) {
        throw UsageError("quarantine retry: ID is the number quarantine list shows");
    }
    auto& v = ctx.vault();
    sync::RetriedChange retried;
    try {
        retried = sync::retryQuarantined(v, std::stoll(word));
    } catch (const sync::QuarantineRetryRefused& e) {
        throw CliError(sync::Quarantine(v.db()).find(std::stoll(word)) ? kRefused : kNotFound,
                       e.what());
    }
    ctx.print({{"id", std::stoll(word)},
               {"case", retried.caseId},
               {"entity", retried.entity},
               {"entityId", retried.entityId},
               {"field", retried.field},
               {"version", retried.version}},
              retried.entity + " " + retried.entityId + " " + retried.field +
                  " waits to be sent again (veldwerk-cli sync)");
    return kOk;
}

}  // namespace veldwerk::cli
