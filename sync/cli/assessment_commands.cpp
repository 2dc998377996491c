// assessment new | list | set | entry add | show | justify | submit | cosign, review approve |
// return.
#include <map>
#include <set>
#include <sstream>

#include "core/assessment/assessment_service.h"
#include "core/assessment/justification_field.h"
#include "core/domain/user_repository.h"
#include "sync/cli/commands.h"

namespace veldwerk::cli {

namespace {
nlohmann::json text(const forms::LocalizedText& t) {
    return {{"nl", t.nl}, {"en", t.en}};
}

nlohmann::json optional(const std::optional<std::string>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json();
}

std::string requiredWord(const CommandLine& cmd, std::size_t index, const char* usage) {
    const auto w = cmd.word(index);
    if (w.empty()) {
        throw UsageError(std::string("usage: ") + usage);
    }
    return w;
}

nlohmann::json recordJson(const assessment::AssessmentRecord& r) {
    return {{"id", r.id},
            {"case", r.caseId},
            {"form", r.formId},
            {"version", r.formVersion},
            {"subject", optional(r.subjectPersonId)},
            {"status", r.status},
            {"createdAt", isoTime(r.createdAtMs)},
            {"addendumOf", optional(r.addendumOf)}};
}

nlohmann::json noticeJson(const forms::RuleNotice& n) {
    return {{"rule", n.ruleId},
            {"message", text(n.message)},
            {"concerns", n.concerns},
            {"justification", n.justification}};
}

// Everything `assessment show` reports, as JSON; the text form is derived from it.
nlohmann::json viewJson(const assessment::AssessmentView& v, vault::Vault& vault) {
    const auto& def = *v.definition;
    domain::UserRepository users(vault);
    std::map<std::string, std::string> names;
    auto nameOf = [&](const std::string& id) {
        if (!names.count(id)) {
            const auto u = users.findById(id);
            names[id] = u ? u->name : id;
        }
        return names[id];
    };
    std::set<std::string> inConflict;
    nlohmann::json conflicts = nlohmann::json::array();
    auto allConflicts = v.conflicts;
    allConflicts.insert(allConflicts.end(), v.justificationConflicts.begin(),
                        v.justificationConflicts.end());
    for (const auto& c : allConflicts) {
        inConflict.insert(c.field);
        nlohmann::json sides = nlohmann::json::array();
        for (const auto& side : c.sides) {
            sides.push_back({{"value", optional(side.value)},
                             {"by", nameOf(side.author)},
                             {"role", side.role},
                             {"device", side.device},
                             {"at", isoTime(static_cast<std::int64_t>(side.hlc.wallMs))},
                             {"version", side.version}});
        }
        conflicts.push_back({{"item", c.field}, {"sides", sides}});
    }
    nlohmann::json answers = nlohmann::json::array();
    for (const auto& a : v.stored) {
        // An answer in conflict has no one value: its sides are in "conflicts", and showing the
        // side this device happens to hold would take a side.
        const bool conflicted = inConflict.count(assessment::answerField(a.path, a.author)) > 0;
        answers.push_back(
            {{"item", a.path},
             {"author", a.author.empty() ? nlohmann::json() : nlohmann::json(nameOf(a.author))},
             {"value", conflicted ? nlohmann::json() : nlohmann::json(a.value)},
             {"by", nameOf(a.byUser)},
             {"role", a.byRole},
             {"device", a.device},
             {"at", isoTime(static_cast<std::int64_t>(a.hlc.wallMs))},
             {"version", a.version},
             {"serverVersion", a.serverVersion},
             {"inConflict", conflicted}});
    }
    nlohmann::json justifications = nlohmann::json::array();
    for (const auto& jt : v.justifications) {
        justifications.push_back(
            {{"rule", jt.ruleId},
             {"text", jt.text},
             {"by", nameOf(jt.byUser)},
             {"role", jt.byRole},
             {"device", jt.device},
             {"at", isoTime(static_cast<std::int64_t>(jt.hlc.wallMs))},
             {"serverVersion", jt.serverVersion},
             {"inConflict", inConflict.count(assessment::justificationField(jt.ruleId)) > 0}});
    }
    nlohmann::json sections = nlohmann::json::array();
    for (const auto& s : v.evaluation.sections) {
        sections.push_back({{"section", def.sections()[s.section].id},
                            {"ja", s.ja},
                            {"nee", s.nee},
                            {"onbekend", s.onbekend},
                            {"open", s.open}});
    }
    nlohmann::json derived = nlohmann::json::object();
    for (std::size_t i = 0; i < def.derived().size(); ++i) {
        derived[def.derived()[i].id] = v.evaluation.derived[i];
    }
    nlohmann::json rules = nlohmann::json::array();
    for (const auto& r : v.evaluation.rules) {
        nlohmann::json effects = nlohmann::json::array();
        for (const auto& e : r.effects) {
            nlohmann::json ej = {{"kind", std::string(forms::toString(e.effect->kind))},
                                 {"message", text(e.effect->message)},
                                 {"concerns", e.concerns}};
            if (e.effect->kind == forms::EffectKind::Suggest) {
                ej["suggest"] = {{"item", def.items()[e.effect->item].id},
                                 {"value", e.effect->value},
                                 {"alreadyAnswered", e.suggestionMatches}};
            }
            if (e.effect->kind == forms::EffectKind::Hide) {
                nlohmann::json hides = nlohmann::json::array();
                for (const auto index : e.effect->items) {
                    hides.push_back(def.items()[index].id);
                }
                ej["hides"] = hides;
            }
            effects.push_back(ej);
        }
        // "fired" alone cannot tell a rule that is met from one that does not apply: `applies`
        // is its `when`; `met` (null when it does not apply) means nothing it requires or warns
        // about is open.
        const bool open = r.has(forms::EffectKind::Require) || r.has(forms::EffectKind::Warn);
        rules.push_back({{"id", r.id()},
                         {"fired", r.fired()},
                         {"applies", r.applies},
                         {"met", r.applies ? nlohmann::json(!open) : nlohmann::json()},
                         {"effects", effects}});
    }
    nlohmann::json hidden = nlohmann::json::array();
    for (std::size_t i = 0; i < def.items().size(); ++i) {
        if (!v.evaluation.items[i].visible) {
            hidden.push_back(def.items()[i].id);
        }
    }
    nlohmann::json blockers = nlohmann::json::array();
    for (const auto& b : v.submission.blockers) {
        blockers.push_back(noticeJson(b));
    }
    nlohmann::json warnings = nlohmann::json::array();
    for (const auto& w : v.submission.warnings) {
        warnings.push_back(noticeJson(w));
    }
    nlohmann::json flags = nlohmann::json::array();
    for (const auto& f : v.submission.flags) {
        flags.push_back(noticeJson(f));
    }
    nlohmann::json events = nlohmann::json::array();
    for (const auto& e : v.events) {
        events.push_back({{"kind", e.kind},
                          {"by", nameOf(e.userId)},
                          {"role", e.role},
                          {"at", isoTime(e.atMs)},
                          {"comment", optional(e.comment)}});
    }
    nlohmann::json j = recordJson(v.record);
    j["answers"] = answers;
    j["justifications"] = justifications;
    j["sections"] = sections;
    j["derived"] = derived;
    j["hidden"] = hidden;
    j["rules"] = rules;
    j["submission"] = {{"allowed", v.submission.allowed() && !assessment::cosignUnexplained(v)},
                       {"missingItems", v.submission.missingItems},
                       {"blockers", blockers},
                       {"warnings", warnings},
                       {"flags", flags},
                       {"needsCosign", v.needsCosign},
                       {"withoutCosignReason", optional(v.withoutCosignReason)}};
    // "ingediend zonder medeondertekening GI", with the submitter's reason, for the supervisor.
    j["submittedWithoutCosign"] = assessment::submittedWithoutCosign(v);
    j["events"] = events;
    j["conflicts"] = conflicts;
    return j;
}

std::string viewText(const nlohmann::json& j) {
    std::ostringstream out;
    out << j["form"].get<std::string>() << " v" << j["version"] << "  "
        << j["id"].get<std::string>() << "  [" << j["status"].get<std::string>()
        << "]\n\nanswers:\n";
    for (const auto& a : j["answers"]) {
        out << "  " << a["item"].get<std::string>();
        if (!a["author"].is_null()) {
            out << " (" << a["author"].get<std::string>() << ")";
        }
        out << " = "
            << (a["value"].is_null() ? std::string("(in conflict)") : a["value"].get<std::string>())
            << "   by " << a["by"].get<std::string>() << " (" << a["role"].get<std::string>()
            << ") " << a["at"].get<std::string>() << "\n";
    }
    if (!j["justifications"].empty()) {
        out << "\njustifications:\n";
        for (const auto& jt : j["justifications"]) {
            out << "  " << jt["rule"].get<std::string>() << ": " << jt["text"].get<std::string>()
                << "   by " << jt["by"].get<std::string>() << " (" << jt["role"].get<std::string>()
                << ") " << jt["at"].get<std::string>() << "\n";
        }
    }
    if (!j["conflicts"].empty()) {
        out << "\nin conflict (a JGT member resolves: conflict resolve ID ITEM VALUE):\n";
        for (const auto& c : j["conflicts"]) {
            out << "  " << c["item"].get<std::string>() << ":";
            for (const auto& side : c["sides"]) {
                out << "  "
                    << (side["value"].is_null() ? "(cleared)" : side["value"].get<std::string>())
                    << " by " << side["by"].get<std::string>() << " ("
                    << side["role"].get<std::string>() << ")";
            }
            out << "\n";
        }
    }
    if (!j["sections"].empty()) {
        out << "\ncounts (ja/nee/onbekend/open):\n";
        for (const auto& s : j["sections"]) {
            out << "  " << s["section"].get<std::string>() << ": " << s["ja"] << "/" << s["nee"]
                << "/" << s["onbekend"] << "/" << s["open"] << "\n";
        }
    }
    out << "\nrules:\n";
    for (const auto& r : j["rules"]) {
        if (!r["fired"].get<bool>()) {
            out << "  " << r["id"].get<std::string>()
                << (r["applies"].get<bool>() ? ": met\n" : ": does not apply\n");
            continue;
        }
        for (const auto& e : r["effects"]) {
            out << "  " << r["id"].get<std::string>() << " " << e["kind"].get<std::string>();
            if (e.contains("suggest")) {
                out << " " << e["suggest"]["item"].get<std::string>() << "="
                    << e["suggest"]["value"].get<std::string>();
            }
            out << ": " << e["message"]["en"].get<std::string>() << "\n";
        }
    }
    const auto& s = j["submission"];
    out << "\nsubmission: " << (s["allowed"].get<bool>() ? "allowed" : "blocked") << "\n";
    for (const auto& b : s["blockers"]) {
        out << "  blocked by " << b["rule"].get<std::string>() << ": "
            << b["message"]["en"].get<std::string>() << "\n";
    }
    for (const auto& m : s["missingItems"]) {
        out << "  required: " << m.get<std::string>() << "\n";
    }
    for (const auto& w : s["warnings"]) {
        const bool justified = !w["justification"].get<std::string>().empty();
        out << "  warning " << w["rule"].get<std::string>()
            << (justified ? " (justified): " : " (needs --justify): ")
            << w["message"]["en"].get<std::string>() << "\n";
    }
    if (j["submittedWithoutCosign"].get<bool>()) {
        out << "\ningediend zonder medeondertekening GI (submitted without the GI co-signature): "
            << (s["withoutCosignReason"].is_null() ? std::string("(no reason)")
                                                   : s["withoutCosignReason"].get<std::string>())
            << "\n";
    } else if (s["needsCosign"].get<bool>()) {
        out << "  the GI co-signature is missing"
            << (s["withoutCosignReason"].is_null()
                    ? std::string(" (or submit with --without-cosign-reason TEXT)")
                    : " (reason given: " + s["withoutCosignReason"].get<std::string>() + ")")
            << "\n";
    }
    for (const auto& e : j["events"]) {
        if (!e["comment"].is_null()) {
            out << "\n"
                << e["kind"].get<std::string>() << " by " << e["by"].get<std::string>() << ": "
                << e["comment"].get<std::string>() << "\n";
        }
    }
    return out.str();
}

std::map<std::string, std::string, std::less<>> justifications(const CommandLine& cmd) {
    std::map<std::string, std::string, std::less<>> out;
    for (const auto& j : cmd.options("justify")) {
        const auto eq = j.find('=');
        if (eq == std::string::npos || eq == 0) {
            throw UsageError("--justify takes RULE=TEXT, got '" + j + "'");
        }
        out[j.substr(0, eq)] = j.substr(eq + 1);
    }
    return out;
}
}  // namespace

int runAssessmentNew(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "case", "form", "subject", "addendum-of"});
    const auto actor = ctx.actor();
    const auto caseId = ctx.resolveCase(actor, cmd.required("case"));
    assessment::AssessmentService service(ctx.vault(), ctx.forms());
    const auto id = service.create(actor, caseId, cmd.required("form"), cmd.option("subject"),
                                   cmd.option("addendum-of"));
    ctx.print({{"id", id}, {"case", caseId}, {"form", cmd.required("form")}}, id);
    return kOk;
}

int runAssessmentList(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "case"});
    const auto actor = ctx.actor();
    const auto caseId = ctx.resolveCase(actor, cmd.required("case"));
    nlohmann::json arr = nlohmann::json::array();
    std::ostringstream out;
    for (const auto& r : assessment::AssessmentRepository(ctx.vault()).forCase(caseId)) {
        arr.push_back(recordJson(r));
        out << r.id << "  " << r.formId << " v" << r.formVersion << "  " << r.status << "\n";
    }
    ctx.print({{"assessments", arr}}, out.str());
    return kOk;
}

int runAssessmentSet(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as"});
    constexpr const char* kUsage = "assessment set ID ITEM VALUE";
    const auto id = requiredWord(cmd, 2, kUsage);
    const auto item = requiredWord(cmd, 3, kUsage);
    if (cmd.words().size() != 5) {
        throw UsageError(std::string("usage: ") + kUsage + " (quote a VALUE with spaces)");
    }
    const auto actor = ctx.actor();
    assessment::AssessmentService service(ctx.vault(), ctx.forms());
    const auto stored = service.setAnswer(actor, id, item, cmd.word(4));
    ctx.print({{"item", item}, {"value", stored}}, item + " = " + stored);
    return kOk;
}

int runAssessmentEntryAdd(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as"});
    constexpr const char* kUsage = "assessment entry add ID GROUP";
    const auto id = requiredWord(cmd, 3, kUsage);
    const auto group = requiredWord(cmd, 4, kUsage);
    assessment::AssessmentService service(ctx.vault(), ctx.forms());
    const auto entry = service.addEntry(ctx.actor(), id, group);
    ctx.print({{"group", group}, {"entry", entry}}, entry);
    return kOk;
}

int runAssessmentShow(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as"});
    const auto id = requiredWord(cmd, 2, "assessment show ID");
    assessment::AssessmentService service(ctx.vault(), ctx.forms());
    const auto view = service.view(ctx.actor(), id);
    auto j = viewJson(view, ctx.vault());
    j["statements"] = statementsJson(ctx.vault(), ctx.actor(), view.record.id);
    ctx.print(j, viewText(j) + statementsText(j["statements"]));
    return kOk;
}

int runAssessmentHistory(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as"});
    constexpr const char* kUsage = "assessment history ID ITEM";
    const auto id = requiredWord(cmd, 2, kUsage);
    const auto item = requiredWord(cmd, 3, kUsage);
    auto& v = ctx.vault();
    const auto actor = ctx.actor();
    assessment::AssessmentService service(v, ctx.forms());
    const auto record = service.resolve(actor, id);
    domain::UserRepository users(v);
    nlohmann::json history = nlohmann::json::array();
    std::ostringstream out;
    vault::Transaction tx(v.db());
    // The item's own field, or its per-author fields for a perspective item.
    auto st = v.db().prepare(
        "SELECT DISTINCT field FROM field_changes WHERE entity = 'answer' AND entity_id = ?1 AND "
        "(field = ?2 OR substr(field, 1, length(?2) + 1) = ?2 || '@') ORDER BY field");
    st.bind(1, record.id).bind(2, item);
    std::vector<std::string> fields;
    while (st.step()) {
        fields.push_back(st.text(0));
    }
    for (const auto& field : fields) {
        for (const auto& c : v.changes().history("answer", record.id, field)) {
            const auto by = users.findById(c.author);
            const auto name = by ? by->name : c.author;
            history.push_back({{"field", field},
                               {"value", optional(c.write.value)},
                               {"by", name},
                               {"role", c.authorRole},
                               {"device", c.device},
                               {"at", isoTime(static_cast<std::int64_t>(c.hlc.wallMs))},
                               {"serverVersion", c.serverVersion},
                               {"kind", c.kind},
                               {"origin", c.origin}});
            out << isoTime(static_cast<std::int64_t>(c.hlc.wallMs)) << "  "
                << c.write.value.value_or("(cleared)") << "  by " << name << " (" << c.authorRole
                << ")  " << c.kind << (c.origin == "local" ? "" : ", from the server") << "\n";
        }
    }
    v.audit().append(actor, {audit::AuditAction::Read, "assessment", record.id, record.caseId});
    tx.commit();
    ctx.print({{"assessment", record.id}, {"item", item}, {"history", history}},
              history.empty() ? "no history for " + item : out.str());
    return kOk;
}

int runAssessmentJustify(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as"});
    constexpr const char* kUsage = "assessment justify ID RULE TEXT";
    const auto id = requiredWord(cmd, 2, kUsage);
    const auto rule = requiredWord(cmd, 3, kUsage);
    if (cmd.words().size() != 5) {
        throw UsageError(std::string("usage: ") + kUsage + " (quote a TEXT with spaces)");
    }
    assessment::AssessmentService service(ctx.vault(), ctx.forms());
    service.setJustification(ctx.actor(), id, rule, cmd.word(4));
    ctx.print({{"rule", rule}, {"text", cmd.word(4)}},
              cmd.word(4).empty() ? rule + ": justification removed" : rule + " justified");
    return kOk;
}

int runAssessmentSubmit(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "justify", "without-cosign-reason"});
    const auto id = requiredWord(cmd, 2,
                                 "assessment submit ID [--justify RULE=TEXT]... "
                                 "[--without-cosign-reason TEXT]");
    assessment::AssessmentService service(ctx.vault(), ctx.forms());
    service.submit(ctx.actor(), id, justifications(cmd), cmd.option("without-cosign-reason"));
    ctx.print({{"id", id}, {"status", "submitted"}}, "submitted");
    return kOk;
}

int runAssessmentCosign(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as"});
    const auto id = requiredWord(cmd, 2, "assessment cosign ID");
    assessment::AssessmentService(ctx.vault(), ctx.forms()).cosign(ctx.actor(), id);
    ctx.print({{"id", id}, {"cosigned", true}}, "co-signed");
    return kOk;
}

int runReviewApprove(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as"});
    const auto id = requiredWord(cmd, 2, "review approve ID");
    assessment::AssessmentService(ctx.vault(), ctx.forms()).approve(ctx.actor(), id);
    ctx.print({{"id", id}, {"status", "approved"}}, "approved");
    return kOk;
}

int runReviewReturn(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "comment"});
    const auto id = requiredWord(cmd, 2, "review return ID --comment TEXT");
    assessment::AssessmentService(ctx.vault(), ctx.forms())
        .returnToWorker(ctx.actor(), id, cmd.required("comment"));
    ctx.print({{"id", id}, {"status", "returned"}}, "returned to the worker");
    return kOk;
}

}  // namespace veldwerk::cli
