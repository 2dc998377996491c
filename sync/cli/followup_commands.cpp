// case timeline CASE, reminders: following through over time (core/followup).
#include <sstream>

#include "core/domain/case_membership.h"
#include "core/domain/case_repository.h"
#include "core/domain/user_repository.h"
#include "core/followup/case_facts.h"
#include "sync/cli/commands.h"

namespace veldwerk::cli {

namespace {
nlohmann::json dateJson(const std::optional<forms::Date>& d) {
    return d ? nlohmann::json(d->toString()) : nlohmann::json();
}

nlohmann::json reminderJson(const followup::Reminder& r) {
    return {
        {"case", r.caseId},
        {"kind", r.kind},
        {"assessment", r.assessmentId.empty() ? nlohmann::json() : nlohmann::json(r.assessmentId)},
        {"escalation", r.escalationId.empty() ? nlohmann::json() : nlohmann::json(r.escalationId)},
        {"entry", r.entryId.empty() ? nlohmann::json() : nlohmann::json(r.entryId)},
        {"child", r.childId.empty() ? nlohmann::json() : nlohmann::json(r.childId)},
        {"due", r.due.toString()},
        {"daysOverdue", r.daysOverdue},
        {"text", r.text}};
}

nlohmann::json concernJson(const followup::Concern& c) {
    return {{"case", c.caseId},
            {"child", c.childId},
            {"previous", c.previousAssessment},
            {"latest", c.latestAssessment},
            {"text", c.text}};
}

forms::Date today(CliContext& ctx) {
    return followup::localDate(ctx.vault().wallClock().nowMs());
}
}  // namespace

int runCaseTimeline(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as"});
    const auto word = cmd.word(2);
    if (word.empty()) {
        throw UsageError("usage: case timeline CASE");
    }
    auto& v = ctx.vault();
    const auto actor = ctx.actor();
    const auto found = domain::CaseRepository(v).find(actor, word);
    if (!found) {
        throw CliError(kNotFound, "no case " + word);
    }
    const auto f = followup::followUp(followup::readCaseFacts(v, actor, found->id), today(ctx));
    domain::UserRepository users(v);
    const auto nameOf = [&](const std::string& id) {
        const auto u = users.findById(id);
        return u ? u->name : id;
    };
    std::ostringstream text;
    text << "judgements (risicotaxatie):\n";
    nlohmann::json judgements = nlohmann::json::array();
    for (const auto& j : f.timeline) {
        judgements.push_back({{"assessment", j.assessmentId},
                              {"child", j.childId},
                              {"date", j.date.toString()},
                              {"by", nameOf(j.judgedBy)},
                              {"status", j.status},
                              {"veiligheid", j.veiligheid},
                              {"risico", j.risico},
                              {"evaluationDate", dateJson(j.evaluationDate)}});
        text << "  " << j.date.toString() << "  " << j.veiligheid << " / " << j.risico << "  by "
             << nameOf(j.judgedBy) << " (" << j.status << ")\n";
    }
    text << "vp_schaal:\n";
    nlohmann::json scores = nlohmann::json::array();
    for (const auto& s : f.scores) {
        const auto who = s.perspective == "ouders" ? s.perspective : nameOf(s.perspective);
        scores.push_back({{"assessment", s.assessmentId},
                          {"date", s.date.toString()},
                          {"perspective", who},
                          {"score", s.score}});
        text << "  " << s.date.toString() << "  " << who << ": " << s.score << "\n";
    }
    nlohmann::json plan;
    if (f.currentPlan) {
        nlohmann::json agreements = nlohmann::json::array();
        text << "agreements of the current veiligheidsplan:\n";
        for (const auto& a : f.currentPlan->agreements) {
            agreements.push_back({{"entry", a.entryId},
                                  {"wat", a.wat},
                                  {"wie", a.wie},
                                  {"wanneer", dateJson(a.wanneer)},
                                  {"controle", a.controle}});
            text << "  " << (a.wanneer ? a.wanneer->toString() : std::string("(no date)")) << "  "
                 << a.wat << " (" << a.wie << ")\n";
        }
        plan = {{"assessment", f.currentPlan->assessmentId},
                {"status", f.currentPlan->status},
                {"evaluationDate", dateJson(f.currentPlan->evaluationDate)},
                {"agreements", agreements}};
    }
    text << "phase: " << (f.phase.empty() ? "(not recorded)" : f.phase)
         << (f.regie.empty() ? "" : "; regie: " + f.regie) << "\n";
    text << "escalations:\n";
    nlohmann::json escalations = nlohmann::json::array();
    for (const auto& e : f.escalations) {
        escalations.push_back(
            {{"id", e.id},
             {"kind", e.kind},
             {"date", e.date.toString()},
             {"expectedEnd", dateJson(e.expectedEnd)},
             {"outcome", e.outcome.empty() ? nlohmann::json() : nlohmann::json(e.outcome)},
             {"by", nameOf(e.recordedBy)}});
        text << "  " << e.date.toString() << "  " << e.kind
             << (e.expectedEnd ? " (until " + e.expectedEnd->toString() + ")" : "")
             << (e.outcome.empty() ? "" : ": " + e.outcome) << "\n";
    }
    nlohmann::json reminders = nlohmann::json::array();
    for (const auto& r : f.reminders) {
        reminders.push_back(reminderJson(r));
        text << "reminder: " << r.text << "\n";
    }
    nlohmann::json concerns = nlohmann::json::array();
    for (const auto& c : f.concerns) {
        concerns.push_back(concernJson(c));
        text << "for the supervisor: " << c.text << "\n";
    }
    ctx.print({{"case", found->id},
               {"judgements", judgements},
               {"scores", scores},
               {"plan", plan},
               {"phase", f.phase.empty() ? nlohmann::json() : nlohmann::json(f.phase)},
               {"regie", f.regie.empty() ? nlohmann::json() : nlohmann::json(f.regie)},
               {"escalations", escalations},
               {"reminders", reminders},
               {"concerns", concerns}},
              text.str());
    return kOk;
}

int runReminders(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as"});
    auto& v = ctx.vault();
    const auto actor = ctx.actor();
    nlohmann::json reminders = nlohmann::json::array();
    nlohmann::json concerns = nlohmann::json::array();
    std::ostringstream text;
    for (const auto& c : domain::CaseRepository(v).list(actor)) {
        if (c.closedAtMs || !domain::CaseMembership(v).roleOf(c.id, actor.userId)) {
            continue;  // closed, or on this device without this user being a member
        }
        // A listing: the list's own audit entry covers it.
        const auto f = followup::followUp(
            followup::readCaseFacts(v, actor, c.id, followup::CaseFactsRead::Listed), today(ctx));
        for (const auto& r : f.reminders) {
            reminders.push_back(reminderJson(r));
            text << c.name << ": " << r.text << "\n";
        }
        for (const auto& concern : f.concerns) {
            concerns.push_back(concernJson(concern));
            text << c.name << ": for the supervisor: " << concern.text << "\n";
        }
    }
    ctx.print({{"reminders", reminders}, {"concerns", concerns}}, text.str());
    return kOk;
}

}  // namespace veldwerk::cli
