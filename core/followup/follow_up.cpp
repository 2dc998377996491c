#include "core/followup/follow_up.h"

#include <algorithm>
#include <map>

namespace veldwerk::followup {

namespace {
int rank(const std::string& value, std::initializer_list<const char*> worstFirst) {
    int i = 0;
    for (const char* v : worstFirst) {
        if (value == v) {
            return i;
        }
        ++i;
    }
    return -1;  // not judged
}

int safety(const Judgement& j) {
    return rank(j.veiligheid, {"onveilig", "voorwaardelijk_veilig", "veilig"});
}

int risk(const Judgement& j) {
    return rank(j.risico, {"hoog", "verhoogd", "laag"});
}

bool decided(const Judgement& j) {
    return j.status == "submitted" || j.status == "approved";
}

void remind(CaseFollowUp& out, Reminder r, forms::Date today, const std::string& what) {
    r.caseId = out.caseId;
    r.daysOverdue = today.daysSinceEpoch() - r.due.daysSinceEpoch();
    if (r.daysOverdue < 0) {
        return;  // not due yet
    }
    r.text = overdueText(what, r.daysOverdue);
    out.reminders.push_back(std::move(r));
}
}  // namespace

std::string overdueText(const std::string& what, int days) {
    if (days <= 0) {
        return what + " vandaag";
    }
    return what + " verlopen sinds " + std::to_string(days) + (days == 1 ? " dag" : " dagen");
}

std::string handOverText(int daysLeft) {
    const std::string todo = ": warme overdracht naar het JGT voorbereiden";
    if (daysLeft < 0) {
        return "maatregel verlopen sinds " + std::to_string(-daysLeft) +
               (daysLeft == -1 ? " dag" : " dagen") + ": overdracht naar het JGT";
    }
    if (daysLeft == 0) {
        return "maatregel eindigt vandaag" + todo;
    }
    if (daysLeft >= 14) {
        return "maatregel eindigt over " + std::to_string(daysLeft / 7) + " weken" + todo;
    }
    return "maatregel eindigt over " + std::to_string(daysLeft) +
           (daysLeft == 1 ? " dag" : " dagen") + todo;
}

bool better(const Judgement& latest, const Judgement& previous) {
    const int ds = safety(latest) - safety(previous);
    const int dr = risk(latest) - risk(previous);
    return (ds > 0 || dr > 0) && ds >= 0 && dr >= 0;
}

CaseFollowUp followUp(const CaseFacts& facts, forms::Date today) {
    CaseFollowUp out;
    out.caseId = facts.caseId;
    for (const auto& j : facts.judgements) {
        if (!j.veiligheid.empty() || !j.risico.empty()) {
            out.timeline.push_back(j);
        }
    }
    std::stable_sort(out.timeline.begin(), out.timeline.end(), [](const auto& a, const auto& b) {
        return a.childId != b.childId ? a.childId < b.childId : a.date < b.date;
    });
    out.scores = facts.scores;
    std::stable_sort(out.scores.begin(), out.scores.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });

    // Per child, the decided judgements in order: the newest one's evaluation date is due, and
    // a judgement made after the previous one's evaluation date should be better than it.
    std::map<std::string, std::vector<const Judgement*>> perChild;
    for (const auto& j : out.timeline) {
        if (decided(j)) {
            perChild[j.childId].push_back(&j);
        }
    }
    for (const auto& [child, list] : perChild) {
        const auto& latest = *list.back();
        if (latest.evaluationDate) {
            Reminder r;
            r.kind = "risicotaxatie_evaluatie";
            r.assessmentId = latest.assessmentId;
            r.childId = child;
            r.due = *latest.evaluationDate;
            remind(out, r, today, "evaluatie");
        }
        if (list.size() >= 2) {
            const auto& previous = *list[list.size() - 2];
            if (previous.evaluationDate && latest.date >= *previous.evaluationDate &&
                !better(latest, previous)) {
                out.concerns.push_back({out.caseId, child, previous.assessmentId,
                                        latest.assessmentId,
                                        "na de evaluatie is het oordeel niet beter dan daarvoor"});
            }
        }
    }

    // The current plan: the newest one.
    for (const auto& p : facts.plans) {
        if (!out.currentPlan || out.currentPlan->created < p.created) {
            out.currentPlan = p;
        }
    }
    if (out.currentPlan) {
        const auto& plan = *out.currentPlan;
        if (plan.evaluationDate) {
            Reminder r;
            r.kind = "veiligheidsplan_evaluatie";
            r.assessmentId = plan.assessmentId;
            r.due = *plan.evaluationDate;
            remind(out, r, today, "evaluatie veiligheidsplan");
        }
        for (const auto& a : plan.agreements) {
            if (a.wanneer) {
                Reminder r;
                r.kind = "afspraak";
                r.assessmentId = plan.assessmentId;
                r.entryId = a.entryId;
                r.due = *a.wanneer;
                remind(out, r, today, "afspraak");
            }
        }
    }
    out.phase = facts.phase;
    out.regie = facts.regie;
    out.escalations = facts.escalations;
    std::stable_sort(out.escalations.begin(), out.escalations.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
    // A measure (maatregel_start with an expected end) still running: no end or return to the
    // JGT recorded on or after its start.
    for (const auto& start : out.escalations) {
        if (start.kind != "maatregel_start" || !start.expectedEnd) {
            continue;
        }
        const bool ended =
            std::any_of(out.escalations.begin(), out.escalations.end(), [&](const auto& e) {
                return (e.kind == "maatregel_einde" || e.kind == "terug_naar_jgt") &&
                       e.date >= start.date;
            });
        const int daysLeft = today.daysUntil(*start.expectedEnd);
        if (ended || daysLeft > kHandOverDays) {
            continue;
        }
        Reminder r;
        r.caseId = out.caseId;
        r.kind = "overdracht";
        r.escalationId = start.id;
        r.due = *start.expectedEnd;
        r.daysOverdue = -daysLeft;
        r.text = handOverText(daysLeft);
        out.reminders.push_back(std::move(r));
    }
    std::stable_sort(out.reminders.begin(), out.reminders.end(),
                     [](const auto& a, const auto& b) { return a.daysOverdue > b.daysOverdue; });
    return out;
}

}  // namespace veldwerk::followup
