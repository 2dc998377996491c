// veldwerk-cli: operates a vault the way a device does; the scripting and support interface.
#include <functional>
#include <iostream>
#include <map>
#include <set>

#include "core/assessment/assessment_service.h"
#include "core/consultation/consultation_service.h"
#include "core/domain/case_membership.h"
#include "core/process/core_dump_guard.h"
#include "core/visit/visit_service.h"
#include "sync/cli/commands.h"
#include "sync/engine/device_enrolment.h"
#include "sync/engine/sync_error.h"

namespace {

using namespace veldwerk;
using cli::CliContext;

constexpr const char* kUsage = R"(usage: veldwerk-cli --vault DIR [--json] [--as USER] COMMAND

commands:
  init [--user NAME] [--role jgt|gi|supervisor] [--kdf-ops N] [--kdf-mem-kib N] [--max-failures N]
  case add --name NAME
  case list
  case show ID
  case timeline CASE                    judgements, vp_schaal scores, agreements, phase and
                                        escalations over time
  reminders                             passed evaluation and agreement dates of your cases, and
                                        measures that end within 10 weeks (warm hand-over)
  case close ID
  case emergency CASE --reason TEXT
  case phase CASE PHASE [--regie ORG]   vrijwillig|drang|maatregel|nazorg; ORG holds regie
  case escalate CASE KIND --date YYYY-MM-DD [--expected-end YYYY-MM-DD] [--outcome TEXT]
                                        vt_advies|vt_melding|jeugdbeschermingstafel|vto_raad|
                                        maatregel_start|maatregel_einde|terug_naar_jgt; prints the id
  case outcome ESCALATION TEXT          the outcome of a recorded escalation
  crisis-card                           the region's crisis numbers as last synced (offline)
  user add NAME --role jgt|gi|supervisor|admin [--org ORG]
  user list
  member add --case CASE --user NAME --role jgt|gi|supervisor
  consent add --case CASE --for gi --by NAME
  consent withdraw --case CASE --for gi
  person add --case CASE --role kind|ouder --name NAME [--born YYYY-MM-DD]
  person list --case CASE
  forms list
  forms show FORM_ID
  forms validate FILE
  assessment new --case CASE --form FORM_ID [--subject PERSON] [--addendum-of ID]
  assessment list --case CASE
  assessment set ID ITEM VALUE          multi: a comma list; group field: GROUP/ENTRY/FIELD
  assessment entry add ID GROUP         prints the new entry id
  assessment show ID
  assessment history ID ITEM            every value the item had, with author, conflicts, resolution
  assessment justify ID RULE TEXT       a warning's written justification ("" removes it)
  assessment submit ID [--justify RULE=TEXT]...  a justification is stored; stored ones count
  assessment cosign ID
  assessment upgrade ID                 move a draft to the newest version of its form
  assessment statement ID --by PERSON|--relation TEXT --text TEXT [--on YYYY-MM-DD]
                                        the client's or a parent's own view beside it (eigen
                                        zienswijze), as they said it; PERSON: id or name
  assessment disagree ID --text TEXT [--on YYYY-MM-DD]
                                        GI: the GI's disagreement, beside it (also once submitted)
  plan pdf CASE --out FILE              the family's own copy: the veiligheidsplan and the latest
                                        finished risicotaxatie conclusions, plain Dutch (PDF)
  review approve ID
  review return ID --comment TEXT
  enroll --server URL --user NAME [--ca-cert FILE] [--label TEXT]
  sync
  sync status
  conflicts list [--case CASE]
  conflict resolve ID ITEM VALUE        a JGT member picks the value of an item in conflict
                                        (or of justification/RULE)
  quarantine list
  quarantine retry ID                   send a refused change again (after the consent or membership it lacked)
  visit start --case CASE [--expect-minutes N] [--present PERSON,...] [--others TEXT]
              [--lat X --lon Y --accuracy M | --no-position declined|no_fix|off]
                                        prints the visit id; syncs at once when online
  visit join ID [position flags]        the other professional checks in on the same visit
  visit end ID [position flags]         refused (exit 9) while a rule blocks closing (RT3)
  visit alert ID                        "ik heb hulp nodig": recorded and sent at once
  visit extend ID --minutes N
  visit list --case CASE
  visit show ID
  visit overdue                         supervisors: the team's overdue visits as last synced
  consult ask --to-org ORG --question TEXT [--case CASE] [--about TOPIC]
                                        JGT: ask a GI organisation's advice without consent;
                                        prints the id. The question names no one: the device
                                        refuses ids and the case's names it holds, but cannot
                                        know every name: no names, birth dates or addresses.
                                        --case stays on this device; TOPIC: veiligheid, risico,
                                        meldcode, maatregel, veiligheidsplan, anders (default)
  consult list [--case CASE]            the consultations on this device (--case: linked ones)
  consult answer ID --advice TEXT --minutes N   GI: the advice and the time it took
  consult link ID --case CASE           JGT: after the family's consent, part of the case record
  audit list [--case ID]
  audit verify
  passphrase change
  wipe [--yes]

The passphrase is read from VELDWERK_PASSPHRASE (the new one for 'passphrase change' from
VELDWERK_NEW_PASSPHRASE), or prompted for on a terminal. enroll reads the user's server password
from VELDWERK_PASSWORD, or prompts for it.
)";

// Every option that takes a value, across all commands; each command checks which it accepts.
// clang-format off
const std::set<std::string> kValueOptions = {
    "vault",       "as",           "name",    "user",        "role",   "org",     "kdf-ops",
    "kdf-mem-kib", "max-failures", "case",    "for",         "by",     "born",    "form",
    "subject",     "justify",      "comment", "addendum-of", "server", "ca-cert", "label",
    "without-cosign-reason", "expect-minutes", "present", "others", "lat", "lon", "accuracy",
    "no-position", "minutes", "reason", "relation", "text", "on", "out", "to-org", "question",
    "about", "advice", "regie", "date", "expected-end", "outcome"};
// clang-format on

const std::map<std::string, std::function<int(CliContext&)>>& commandTable() {
    static const std::map<std::string, std::function<int(CliContext&)>> table = {
        {"init", cli::runInit},
        {"passphrase change", cli::runPassphraseChange},
        {"wipe", cli::runWipe},
        {"case add", cli::runCaseAdd},
        {"case list", cli::runCaseList},
        {"case show", cli::runCaseShow},
        {"case timeline", cli::runCaseTimeline},
        {"reminders", cli::runReminders},
        {"case close", cli::runCaseClose},
        {"case emergency", cli::runCaseEmergency},
        {"case phase", cli::runCasePhase},
        {"case escalate", cli::runCaseEscalate},
        {"case outcome", cli::runCaseOutcome},
        {"crisis-card", cli::runCrisisCard},
        {"user add", cli::runUserAdd},
        {"user list", cli::runUserList},
        {"member add", cli::runMemberAdd},
        {"consent add", cli::runConsentAdd},
        {"consent withdraw", cli::runConsentWithdraw},
        {"person add", cli::runPersonAdd},
        {"person list", cli::runPersonList},
        {"forms list", cli::runFormsList},
        {"forms show", cli::runFormsShow},
        {"forms validate", cli::runFormsValidate},
        {"assessment new", cli::runAssessmentNew},
        {"assessment list", cli::runAssessmentList},
        {"assessment set", cli::runAssessmentSet},
        {"assessment entry add", cli::runAssessmentEntryAdd},
        {"assessment show", cli::runAssessmentShow},
        {"assessment justify", cli::runAssessmentJustify},
        {"assessment submit", cli::runAssessmentSubmit},
        {"assessment cosign", cli::runAssessmentCosign},
        {"review approve", cli::runReviewApprove},
        {"review return", cli::runReviewReturn},
        {"assessment history", cli::runAssessmentHistory},
        {"assessment upgrade", cli::runAssessmentUpgrade},
        {"assessment statement", cli::runAssessmentStatement},
        {"assessment disagree", cli::runAssessmentDisagree},
        {"plan pdf", cli::runPlanPdf},
        {"enroll", cli::runEnroll},
        {"sync", cli::runSync},
        {"sync status", cli::runSyncStatus},
        {"conflicts list", cli::runConflictsList},
        {"conflict resolve", cli::runConflictResolve},
        {"quarantine list", cli::runQuarantineList},
        {"quarantine retry", cli::runQuarantineRetry},
        {"visit start", cli::runVisitStart},
        {"visit join", cli::runVisitJoin},
        {"visit end", cli::runVisitEnd},
        {"visit alert", cli::runVisitAlert},
        {"visit extend", cli::runVisitExtend},
        {"visit list", cli::runVisitList},
        {"visit show", cli::runVisitShow},
        {"visit overdue", cli::runVisitOverdue},
        {"consult ask", cli::runConsultAsk},
        {"consult list", cli::runConsultList},
        {"consult answer", cli::runConsultAnswer},
        {"consult link", cli::runConsultLink},
        {"audit list", cli::runAuditList},
        {"audit verify", cli::runAuditVerify},
    };
    return table;
}

int fail(bool json, int status, const std::string& code, const std::string& message,
         const nlohmann::json& details = nlohmann::json::object()) {
    if (json) {
        nlohmann::json error = {{"code", code}, {"message", message}};
        error.update(details);
        std::cerr << nlohmann::json{{"error", error}}.dump() << "\n";
    } else {
        std::cerr << "veldwerk-cli: " << message << "\n";
    }
    return status;
}

int syncErrorStatus(sync::SyncError::Kind kind) {
    switch (kind) {
        case sync::SyncError::Kind::Network:
            return cli::kNetwork;
        case sync::SyncError::Kind::Revoked:
            return cli::kRevoked;
        case sync::SyncError::Kind::ClockSkew:
            return cli::kClockSkew;
        case sync::SyncError::Kind::NotEnrolled:
            return cli::kRefused;
        case sync::SyncError::Kind::Unauthenticated:
        case sync::SyncError::Kind::Refused:
        case sync::SyncError::Kind::Server:
        case sync::SyncError::Kind::BadResponse:
            return cli::kServer;
    }
    return cli::kServer;
}

const char* syncErrorCode(sync::SyncError::Kind kind) {
    switch (kind) {
        case sync::SyncError::Kind::Network:
            return "network";
        case sync::SyncError::Kind::Revoked:
            return "revoked";
        case sync::SyncError::Kind::ClockSkew:
            return "clock_skew";
        case sync::SyncError::Kind::NotEnrolled:
            return "not_enrolled";
        case sync::SyncError::Kind::Unauthenticated:
            return "unauthenticated";
        case sync::SyncError::Kind::Refused:
            return "server_refused";
        case sync::SyncError::Kind::Server:
            return "server_failed";
        case sync::SyncError::Kind::BadResponse:
            return "bad_response";
    }
    return "server_failed";
}

int vaultErrorStatus(vault::VaultError::Kind kind) {
    switch (kind) {
        case vault::VaultError::Kind::WrongPassphrase:
            return cli::kWrongPassphrase;
        case vault::VaultError::Kind::Wiped:
            return cli::kWiped;
        case vault::VaultError::Kind::NotFound:
            return cli::kNotFound;
        case vault::VaultError::Kind::Damaged:
            return cli::kDamaged;
        case vault::VaultError::Kind::AlreadyExists:
        case vault::VaultError::Kind::Io:
        case vault::VaultError::Kind::Busy:
            return cli::kFailure;
    }
    return cli::kFailure;
}

const char* vaultErrorCode(vault::VaultError::Kind kind) {
    switch (kind) {
        case vault::VaultError::Kind::WrongPassphrase:
            return "wrong_passphrase";
        case vault::VaultError::Kind::Wiped:
            return "wiped";
        case vault::VaultError::Kind::NotFound:
            return "not_found";
        case vault::VaultError::Kind::Damaged:
            return "damaged";
        case vault::VaultError::Kind::AlreadyExists:
            return "already_exists";
        case vault::VaultError::Kind::Io:
            return "io";
        case vault::VaultError::Kind::Busy:
            return "busy";
    }
    return "error";
}

}  // namespace

int main(int argc, char** argv) {
    veldwerk::process::disableCoreDumps();
    const std::vector<std::string> args(argv + 1, argv + argc);
    bool json = false;
    try {
        const cli::CommandLine cmd(args, kValueOptions);
        json = cmd.flag("json");
        if (cmd.flag("help") || cmd.words().empty()) {
            std::cout << kUsage;
            return cmd.words().empty() && !cmd.flag("help") ? cli::kUsage : cli::kOk;
        }
        const auto& table = commandTable();
        auto it = table.find(cmd.word(0) + " " + cmd.word(1) + " " + cmd.word(2));
        if (it == table.end()) {
            it = table.find(cmd.word(0) + " " + cmd.word(1));
        }
        if (it == table.end()) {
            it = table.find(cmd.word(0));
        }
        if (it == table.end()) {
            throw cli::UsageError("unknown command '" + cmd.word(0) + "' (see --help)");
        }
        CliContext ctx(cmd, cmd.option("vault").value_or(""), json);
        return it->second(ctx);
    } catch (const cli::UsageError& e) {
        return fail(json, cli::kUsage, "usage", e.what());
    } catch (const cli::CliError& e) {
        return fail(json, e.status(),
                    e.status() == cli::kNotFound  ? "not_found"
                    : e.status() == cli::kRefused ? "refused"
                                                  : "error",
                    e.what());
    } catch (const sync::SyncError& e) {
        return fail(json, syncErrorStatus(e.kind()), syncErrorCode(e.kind()), e.what());
    } catch (const sync::EnrolmentRefused& e) {
        return fail(json, cli::kRefused, "refused", e.what());
    } catch (const assessment::SubmissionRefused& e) {
        // What blocks, as fields a program can read, not only inside the message.
        nlohmann::json blocking = nlohmann::json::array();
        for (const auto& b : e.check().blockers) {
            blocking.push_back(b.ruleId);
        }
        nlohmann::json invalid = nlohmann::json::array();
        for (const auto& p : e.check().invalidAnswers) {
            invalid.push_back(p.path);
        }
        return fail(json, cli::kRefused, "refused", e.what(),
                    {{"blockingRules", blocking},
                     {"unjustifiedWarnings", e.check().unjustifiedWarnings()},
                     {"missingItems", e.check().missingItems},
                     {"invalidAnswers", invalid},
                     {"needsCosign", e.needsCosign()}});
    } catch (const assessment::LifecycleRefused& e) {
        return fail(json, cli::kRefused, "refused", e.what());
    } catch (const visit::VisitCloseRefused& e) {
        return fail(json, cli::kRefused, "visit_close_blocked", e.what());
    } catch (const visit::VisitRefused& e) {
        return fail(json, cli::kRefused, "refused", e.what());
    } catch (const consultation::ConsultationRefused& e) {
        return fail(json, cli::kRefused, "refused", e.what());
    } catch (const domain::AccessDenied& e) {
        return fail(json, cli::kDenied, "denied", e.what());
    } catch (const vault::VaultError& e) {
        std::string message = e.what();
        if (e.kind() == vault::VaultError::Kind::WrongPassphrase) {
            message += " (" + std::to_string(e.attemptsLeft()) +
                       " attempts left before the vault is wiped)";
        }
        return fail(json, vaultErrorStatus(e.kind()), vaultErrorCode(e.kind()), message);
    } catch (const vault::DatabaseError& e) {
        if (e.isDiskFull()) {
            return fail(json, cli::kFailure, "disk_full",
                        std::string("the disk is full: nothing was written (") + e.what() + ")");
        }
        if (e.isBusy()) {
            return fail(json, cli::kFailure, "busy",
                        "the vault is busy: another program is using it; try again");
        }
        return fail(json, cli::kDamaged, "database", e.what());
    } catch (const std::invalid_argument& e) {
        return fail(json, cli::kInvalid, "invalid", e.what());
    } catch (const std::out_of_range& e) {
        return fail(json, cli::kNotFound, "not_found", e.what());
    } catch (const std::exception& e) {
        return fail(json, cli::kFailure, "error", e.what());
    }
}
