#include "core/followup/case_facts.h"

#include <algorithm>
#include <ctime>
#include <map>

#include "core/assessment/assessment_repository.h"
#include "core/audit/audit_log.h"
#include "core/domain/case_membership.h"
#include "core/phase/phase_service.h"

namespace veldwerk::followup {

namespace {
std::optional<forms::Date> dateAnswer(const std::map<std::string, std::string>& answers,
                                      const std::string& item) {
    const auto found = answers.find(item);
    return found == answers.end() ? std::nullopt : forms::Date::parse(found->second);
}

std::string answer(const std::map<std::string, std::string>& answers, const std::string& item) {
    const auto found = answers.find(item);
    return found == answers.end() ? std::string() : found->second;
}

Judgement judgementOf(assessment::AssessmentRepository& repo,
                      const assessment::AssessmentRecord& record) {
    Judgement j;
    j.assessmentId = record.id;
    j.childId = record.subjectPersonId.value_or("");
    j.status = record.status;
    std::map<std::string, std::string> answers;
    std::uint64_t judgedAt = 0;
    for (const auto& a : repo.answers(record.id)) {
        answers[a.path] = a.value;
        if (a.path == "oordeel_veiligheid" || (a.path == "oordeel_risico" && j.judgedBy.empty())) {
            j.judgedBy = a.byUser;
        }
        if (a.path == "oordeel_veiligheid" || a.path == "oordeel_risico") {
            judgedAt = std::max<std::uint64_t>(judgedAt, a.hlc.wallMs);
        }
    }
    j.veiligheid = answer(answers, "oordeel_veiligheid");
    j.risico = answer(answers, "oordeel_risico");
    j.evaluationDate = dateAnswer(answers, "besluit_evaluatiedatum");
    // Judged when submitted (the latest submission); a draft when its judgement was written.
    std::int64_t at = static_cast<std::int64_t>(judgedAt);
    for (const auto& e : repo.events(record.id)) {
        if (e.kind == "submit") {
            at = e.atMs;
        }
    }
    j.date = localDate(at);
    return j;
}

Plan planOf(vault::Vault& vault, assessment::AssessmentRepository& repo,
            const assessment::AssessmentRecord& record, std::vector<ScaleScore>& scores) {
    Plan plan;
    plan.assessmentId = record.id;
    plan.status = record.status;
    plan.created = localDate(record.createdAtMs);
    std::map<std::string, std::string> answers;
    for (const auto& a : repo.answers(record.id)) {
        answers[a.author.empty() ? a.path : a.path + "@" + a.author] = a.value;
        if (a.path != "vp_schaal" && a.path != "vp_schaal_ouders") {
            continue;
        }
        // Every score the field ever had, not only the current one: the scale over time.
        const auto field = assessment::answerField(a.path, a.author);
        for (const auto& c : vault.changes().history("answer", record.id, field)) {
            if (!c.write.value || c.write.value->empty() || c.kind == "refused" ||
                c.origin == "sibling") {
                continue;
            }
            try {
                scores.push_back({record.id, localDate(static_cast<std::int64_t>(c.hlc.wallMs)),
                                  a.path == "vp_schaal" ? a.author : std::string("ouders"),
                                  std::stoi(*c.write.value)});
            } catch (const std::exception&) {
                // not a number: the forms engine reports such an answer; it is no score
            }
        }
    }
    plan.evaluationDate = dateAnswer(answers, "vp_evaluatiedatum");
    for (const auto& entry : repo.entries(record.id)) {
        if (entry.group != "vp_afspraken") {
            continue;
        }
        const auto field = [&](const char* name) {
            return answer(answers, "vp_afspraken/" + entry.entryId + "/" + name);
        };
        Agreement a{entry.entryId, field("wat"), field("wie"), field("controle"),
                    forms::Date::parse(field("wanneer"))};
        if (a.wat.find_first_not_of(" \t\r\n") != std::string::npos) {
            plan.agreements.push_back(std::move(a));  // an empty entry is no agreement
        }
    }
    return plan;
}
}  // namespace

forms::Date localDate(std::int64_t ms) {
    const std::time_t secs = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    localtime_r(&secs, &tm);
    return forms::Date::fromCivil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday)
        .value_or(forms::Date{});
}

CaseFacts readCaseFacts(vault::Vault& vault, const domain::Actor& actor, const std::string& caseId,
                        CaseFactsRead read) {
    domain::CaseMembership(vault).require(actor, caseId);
    CaseFacts facts;
    facts.caseId = caseId;
    assessment::AssessmentRepository repo(vault);
    vault::Transaction tx(vault.db());
    for (const auto& record : repo.forCase(caseId)) {
        if (record.formId == "risicotaxatie") {
            facts.judgements.push_back(judgementOf(repo, record));
        } else if (record.formId == "veiligheidsplan") {
            facts.plans.push_back(planOf(vault, repo, record, facts.scores));
        }
    }
    const auto course = phase::readCourse(vault.db(), caseId);
    facts.phase = course.phase.value_or("");
    facts.regie = course.regie.value_or("");
    for (const auto& e : course.escalations) {
        const auto date = forms::Date::parse(e.date);
        if (!date) {
            continue;  // an event without a valid date has no place on a timeline
        }
        facts.escalations.push_back(
            {e.id, e.kind, *date, e.expectedEnd ? forms::Date::parse(*e.expectedEnd) : std::nullopt,
             e.outcome.value_or(""), e.recordedBy});
    }
    if (read == CaseFactsRead::Opened) {
        vault.audit().append(actor, {audit::AuditAction::Read, "case", caseId, caseId});
    }
    tx.commit();
    return facts;
}

}  // namespace veldwerk::followup
