// consult ask | list | answer | link: anonymous consultation ("meedenken") the way the app does
// it. The question and advice are free text: the device refuses a record id and the names it holds
// for the case named with --case, but it cannot know every name, so the worker keeps names,
// birth dates and addresses out of them. Neither text is ever printed to a log.
#include <sstream>

#include "core/consultation/consultation_service.h"
#include "sync/cli/commands.h"

namespace veldwerk::cli {

namespace {

using nlohmann::json;

std::string nameOf(vault::Vault& v, const std::string& userId) {
    auto st = v.db().prepare("SELECT name FROM users WHERE id = ?1");
    st.bind(1, userId);
    return st.step() ? st.text(0) : userId;
}

json optionalTime(const std::optional<std::int64_t>& ms) {
    return ms ? json(isoTime(*ms)) : json();
}

json consultationJson(vault::Vault& v, const consultation::ConsultationRecord& c) {
    json out = {{"id", c.id},
                {"toOrg", c.toOrg},
                {"about", c.about},
                {"question", c.question},
                {"askedAt", c.askedAtMs ? json(isoTime(c.askedAtMs)) : json()},
                {"askedBy", c.askedBy.empty() ? json() : json(nameOf(v, c.askedBy))},
                {"advice", c.answered() ? json(c.advice) : json()},
                {"answeredAt", optionalTime(c.answeredAtMs)},
                {"answeredBy", c.answeredBy.empty() ? json() : json(nameOf(v, c.answeredBy))},
                {"minutes", c.minutes ? json(*c.minutes) : json()},
                {"case", c.caseLink ? json(*c.caseLink) : json()}};
    if (c.originCase) {
        out["originCase"] = *c.originCase;  // this device's own note, never synced
    }
    return out;
}

int minutesFrom(const std::string& text) {
    if (text.empty() || text.size() > 4 ||
        text.find_first_not_of("0123456789") != std::string::npos) {
        throw UsageError("--minutes takes a whole number of minutes (0 to 1440)");
    }
    return std::stoi(text);
}

}  // namespace

int runConsultAsk(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "to-org", "question", "case", "about"});
    const auto actor = ctx.actor();
    consultation::ConsultationAsk request;
    request.toOrg = cmd.required("to-org");
    request.question = cmd.required("question");
    request.about = cmd.option("about").value_or("anders");
    if (const auto caseId = cmd.option("case")) {
        request.originCase = ctx.resolveCase(actor, *caseId);
    }
    const auto id = consultation::ConsultationService(ctx.vault()).ask(actor, request);
    ctx.print({{"id", id}}, id + "\n");
    return kOk;
}

int runConsultList(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "case"});
    const auto actor = ctx.actor();
    consultation::ConsultationService consultations(ctx.vault());
    const auto records =
        cmd.option("case")
            ? consultations.forCase(actor, ctx.resolveCase(actor, *cmd.option("case")))
            : consultations.list(actor);
    json list = json::array();
    std::ostringstream text;
    for (const auto& c : records) {
        list.push_back(consultationJson(ctx.vault(), c));
        text << c.id << "  " << c.toOrg << "  " << c.about << "  "
             << (c.answered() ? "answered (" + std::to_string(c.minutes.value_or(0)) + " min)"
                              : std::string("open"))
             << (c.caseLink ? "  case " + *c.caseLink : "") << "\n  question: " << c.question
             << "\n";
        if (c.answered()) {
            text << "  advice: " << c.advice << "\n";
        }
    }
    ctx.print({{"consultations", list}}, text.str());
    return kOk;
}

int runConsultAnswer(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "advice", "minutes"});
    if (cmd.words().size() != 3) {
        throw UsageError("usage: consult answer ID --advice TEXT --minutes N");
    }
    const auto actor = ctx.actor();
    const auto minutes = minutesFrom(cmd.required("minutes"));
    consultation::ConsultationService consultations(ctx.vault());
    consultations.answer(actor, cmd.word(2), cmd.required("advice"), minutes);
    const auto c = consultations.find(actor, cmd.word(2));
    ctx.print(consultationJson(ctx.vault(), c), "answered consultation " + c.id + "\n");
    return kOk;
}

int runConsultLink(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "case"});
    if (cmd.words().size() != 3) {
        throw UsageError("usage: consult link ID --case CASE");
    }
    const auto actor = ctx.actor();
    const auto caseId = ctx.resolveCase(actor, cmd.required("case"));
    consultation::ConsultationService consultations(ctx.vault());
    consultations.link(actor, cmd.word(2), caseId);
    const auto c = consultations.find(actor, cmd.word(2));
    ctx.print(consultationJson(ctx.vault(), c),
              "consultation " + c.id + " is part of case " + caseId + "\n");
    return kOk;
}

}  // namespace veldwerk::cli
