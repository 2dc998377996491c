// Following through over time (issue 13, point 4; domain.md "Following through"): per child the
// safety and risk judgements of every risicotaxatie, the veiligheidsplan scale scores per
// perspective over time, the agreements of the current plan, and the due dates that have passed
// as reminders. Pure: computed from CaseFacts (case_facts.h reads them from the vault) and a
// given today, so it is tested with fixed dates.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/forms/date.h"

namespace veldwerk::followup {

// One risicotaxatie's judgement.
struct Judgement {
    std::string assessmentId;
    std::string childId;     // the subject child ("" when none)
    std::string status;      // draft | submitted | approved | returned
    forms::Date date;        // when judged: submitted, else the judgement's last write
    std::string judgedBy;    // user id of who wrote the safety judgement
    std::string veiligheid;  // veilig | voorwaardelijk_veilig | onveilig ("" not judged)
    std::string risico;      // laag | verhoogd | hoog ("" not judged)
    std::optional<forms::Date> evaluationDate;  // besluit_evaluatiedatum
};

// One perspective's vp_schaal score (or the parents' vp_schaal_ouders) at a moment.
struct ScaleScore {
    std::string assessmentId;  // the veiligheidsplan
    forms::Date date;
    std::string perspective;  // the author's user id, or "ouders"
    int score = 0;
};

struct Agreement {
    std::string entryId;
    std::string wat, wie, controle;
    std::optional<forms::Date> wanneer;
};

// A veiligheidsplan of the case.
struct Plan {
    std::string assessmentId;
    std::string status;
    forms::Date created;
    std::optional<forms::Date> evaluationDate;  // vp_evaluatiedatum
    std::vector<Agreement> agreements;          // entries of vp_afspraken with `wat` filled
};

// An escalation of the case (core/phase): a dated event with its outcome.
struct EscalationEvent {
    std::string id;
    std::string kind;  // vt_advies, ..., maatregel_start, maatregel_einde, terug_naar_jgt
    forms::Date date;
    std::optional<forms::Date> expectedEnd;  // maatregel_start: the measure's expected end
    std::string outcome;
    std::string recordedBy;  // user id
};

// What the vault holds about one case, as follow-up reads it.
struct CaseFacts {
    std::string caseId;
    std::vector<Judgement> judgements;
    std::vector<ScaleScore> scores;
    std::vector<Plan> plans;
    std::string phase;  // "" when not recorded
    std::string regie;  // the organisation holding regie, "" when not recorded
    std::vector<EscalationEvent> escalations;
};

// A measure's warm hand-over back to the JGT is prepared 6-10 weeks before its end (domain.md
// "Regie"): the reminder shows from 10 weeks before the expected end.
constexpr int kHandOverDays = 10 * 7;

struct Reminder {
    std::string caseId;
    // risicotaxatie_evaluatie | veiligheidsplan_evaluatie | afspraak | overdracht (a measure
    // ends within kHandOverDays: daysOverdue is negative while the end is still ahead)
    std::string kind;
    std::string assessmentId;  // where the date is ("" for overdracht)
    std::string escalationId;  // overdracht: the maatregel_start
    std::string entryId;       // afspraak: the entry
    std::string childId;       // risicotaxatie_evaluatie: the child
    forms::Date due;
    int daysOverdue = 0;  // 0: due today
    std::string text;     // Dutch, e.g. "evaluatie verlopen sinds 3 dagen"
};

// The supervisor's attention: after an evaluation date the judgement did not get better.
struct Concern {
    std::string caseId;
    std::string childId;
    std::string previousAssessment, latestAssessment;
    std::string text;  // Dutch
};

struct CaseFollowUp {
    std::string caseId;
    std::vector<Judgement> timeline;  // every judged risicotaxatie, per child, oldest first
    std::vector<ScaleScore> scores;   // oldest first
    std::optional<Plan> currentPlan;  // the newest veiligheidsplan
    std::vector<Reminder> reminders;  // due dates that have come, most overdue first
    std::vector<Concern> concerns;
    std::string phase;
    std::string regie;
    std::vector<EscalationEvent> escalations;  // by date
};

CaseFollowUp followUp(const CaseFacts& facts, forms::Date today);

// "maatregel eindigt over 9 weken: warme overdracht naar het JGT voorbereiden" (days until the
// end; negative: passed).
std::string handOverText(int daysLeft);

// "evaluatie verlopen sinds 3 dagen", "evaluatie vandaag", "afspraak verlopen sinds 1 dag".
std::string overdueText(const std::string& what, int days);

// Whether `latest` is better than `previous`: one of safety and risk improved and neither got
// worse (onveilig < voorwaardelijk_veilig < veilig; hoog < verhoogd < laag).
bool better(const Judgement& latest, const Judgement& previous);

}  // namespace veldwerk::followup
