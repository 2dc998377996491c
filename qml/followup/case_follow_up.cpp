#include "qml/followup/case_follow_up.h"

#include <QLoggingCategory>

#include "core/domain/case_membership.h"
#include "core/followup/case_facts.h"

namespace veldwerk::app {

namespace {
Q_LOGGING_CATEGORY(lcFollowUp, "veldwerk.followup")

std::optional<followup::CaseFollowUp> read(vault::Vault& vault, const domain::Actor& actor,
                                           const std::string& caseId, followup::CaseFactsRead how) {
    try {
        if (!domain::CaseMembership(vault).roleOf(caseId, actor.userId)) {
            return std::nullopt;  // on this device without this user being a member
        }
        return followup::followUp(followup::readCaseFacts(vault, actor, caseId, how),
                                  followup::localDate(vault.wallClock().nowMs()));
    } catch (const std::exception& e) {
        qCWarning(lcFollowUp, "case %s: the follow-up cannot be read: %s", caseId.c_str(),
                  e.what());
        return std::nullopt;
    }
}

}  // namespace

std::optional<followup::CaseFollowUp> readFollowUp(CaseFileService& caseFile,
                                                   const QString& caseId) {
    if (!caseFile.isOpen() || caseId.isEmpty()) {
        return std::nullopt;
    }
    return read(*caseFile.session().vault(), caseFile.actor(), caseId.toStdString(),
                followup::CaseFactsRead::Opened);
}

std::optional<followup::CaseFollowUp> readListedFollowUp(vault::Vault& vault,
                                                         const domain::Actor& actor,
                                                         const std::string& caseId) {
    return read(vault, actor, caseId, followup::CaseFactsRead::Listed);
}

}  // namespace veldwerk::app
