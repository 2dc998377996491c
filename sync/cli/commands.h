// The veldwerk-cli commands, grouped by what they operate on. Each returns an exit status.
#pragma once

#include "sync/cli/cli_context.h"
#include "sync/engine/sync_round.h"

namespace veldwerk::cli {

int runInit(CliContext& ctx);
int runPassphraseChange(CliContext& ctx);
int runWipe(CliContext& ctx);

int runCaseAdd(CliContext& ctx);
int runCaseList(CliContext& ctx);
int runCaseShow(CliContext& ctx);
int runCaseClose(CliContext& ctx);
int runCaseEmergency(CliContext& ctx);
int runCasePhase(CliContext& ctx);
int runCaseEscalate(CliContext& ctx);
int runCaseOutcome(CliContext& ctx);
int runCrisisCard(CliContext& ctx);

int runUserAdd(CliContext& ctx);
int runUserList(CliContext& ctx);
int runMemberAdd(CliContext& ctx);
int runConsentAdd(CliContext& ctx);
int runConsentWithdraw(CliContext& ctx);
int runPersonAdd(CliContext& ctx);
int runPersonList(CliContext& ctx);

int runFormsList(CliContext& ctx);
int runFormsShow(CliContext& ctx);
int runFormsValidate(CliContext& ctx);

int runAssessmentNew(CliContext& ctx);
int runAssessmentList(CliContext& ctx);
int runAssessmentSet(CliContext& ctx);
int runAssessmentEntryAdd(CliContext& ctx);
int runAssessmentShow(CliContext& ctx);
int runAssessmentJustify(CliContext& ctx);
int runAssessmentSubmit(CliContext& ctx);
int runAssessmentCosign(CliContext& ctx);
int runReviewApprove(CliContext& ctx);
int runReviewReturn(CliContext& ctx);

int runAssessmentStatement(CliContext& ctx);
int runAssessmentDisagree(CliContext& ctx);
// The statements beside an assessment (statement_commands.cpp), for `assessment show`.
nlohmann::json statementsJson(vault::Vault& v, const domain::Actor& actor,
                              const std::string& assessmentId);
std::string statementsText(const nlohmann::json& statements);

int runPlanPdf(CliContext& ctx);

int runAssessmentHistory(CliContext& ctx);
int runAssessmentUpgrade(CliContext& ctx);

int runCaseTimeline(CliContext& ctx);
int runReminders(CliContext& ctx);

int runEnroll(CliContext& ctx);
int runSync(CliContext& ctx);
int runSyncStatus(CliContext& ctx);
int runConflictsList(CliContext& ctx);
int runConflictResolve(CliContext& ctx);
int runQuarantineList(CliContext& ctx);
int runQuarantineRetry(CliContext& ctx);

int runVisitStart(CliContext& ctx);
int runVisitJoin(CliContext& ctx);
int runVisitEnd(CliContext& ctx);
int runVisitAlert(CliContext& ctx);
int runVisitExtend(CliContext& ctx);
int runVisitList(CliContext& ctx);
int runVisitShow(CliContext& ctx);
int runVisitOverdue(CliContext& ctx);

int runConsultAsk(CliContext& ctx);
int runConsultList(CliContext& ctx);
int runConsultAnswer(CliContext& ctx);
int runConsultLink(CliContext& ctx);

// One sync round with the vault's stored server (sync_commands.cpp).
sync::SyncReport syncOnce(CliContext& ctx);

int runAuditList(CliContext& ctx);
int runAuditVerify(CliContext& ctx);

}  // namespace veldwerk::cli
