#include "qml/followup/case_follow_up.h"

#include <QLoggingCategory>

#include "core/domain/case_membership.h"
#include "core/followup/case_facts.h"

namespace veldwerk::app {

namespace {
Q_LOGGING_CATEGORY(lcFollowUp, "veldwerk.followup")
}  // namespace

std::optional<followup::CaseFollowUp> readFollowUp(vault::Vault& vault, const domain::Actor& actor,
                                                   const std::string& caseId) {
    try {
        if (!domain::CaseMembership(vault).roleOf(caseId, actor.userId)) {
            return std::nullopt;  // on this device without this user being a member
        }
        return followup::followUp(followup::readCaseFacts(vault, actor, caseId),
                                  followup::localDate(vault.wallClock().nowMs()));
    } catch (const std::exception& e) {
        qCWarning(lcFollowUp, "case %s: the follow-up cannot be read: %s", caseId.c_str(),
                  e.what());
        return std::nullopt;
    }
}

std::optional<followup::CaseFollowUp> readFollowUp(CaseFileService& caseFile,
                                                   const QString& caseId) {
    if (!caseFile.isOpen() || caseId.isEmpty()) {
        return std::nullopt;
    }
    return readFollowUp(*caseFile.session().vault(), caseFile.actor(), caseId.toStdString());
}

}  // namespace veldwerk::app
