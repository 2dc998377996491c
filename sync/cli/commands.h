// The veldwerk-cli commands, grouped by what they operate on. Each returns an exit status.
#pragma once

#include "sync/cli/cli_context.h"

namespace veldwerk::cli {

int runInit(CliContext& ctx);
int runPassphraseChange(CliContext& ctx);
int runWipe(CliContext& ctx);

int runCaseAdd(CliContext& ctx);
int runCaseList(CliContext& ctx);
int runCaseShow(CliContext& ctx);

int runUserAdd(CliContext& ctx);
int runUserList(CliContext& ctx);
int runMemberAdd(CliContext& ctx);
int runConsentAdd(CliContext& ctx);
int runConsentWithdraw(CliContext& ctx);
int runPersonAdd(CliContext& ctx);
int runPersonList(CliContext& ctx);

int runAuditList(CliContext& ctx);
int runAuditVerify(CliContext& ctx);

}  // namespace veldwerk::cli
