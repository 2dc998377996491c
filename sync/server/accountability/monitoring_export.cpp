#include "sync/server/accountability/monitoring_export.h"

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/clock/hlc.h"
#include "sync/server/accountability/server_keys.h"
#include "sync/server/retention/case_closures.h"
#include "sync/server/retention/retention_dates.h"

namespace veldwerk::sync::server {

namespace {

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

std::int64_t hlcOf(std::int64_t ms) {
    return static_cast<std::int64_t>(clock::Hlc{static_cast<std::uint64_t>(ms), 0}.packed());
}
std::int64_t msOf(std::int64_t hlc) {
    return static_cast<std::int64_t>(
        clock::Hlc::fromPacked(static_cast<std::uint64_t>(hlc)).wallMs);
}

struct Answer {
    std::string assessment;
    std::string field;
    std::string value;
    std::int64_t hlc = 0;
    std::string form;
};

bool formIs(const std::string& form, const std::string& id) {
    return form.rfind(id + ".", 0) == 0;
}

std::string joined(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const auto& p : parts) {
        out += (out.empty() ? "" : separator) + p;
    }
    return out;
}

// Which samenwerking assessment speaks for the case: the one written to last.
std::map<std::string, std::vector<const Answer*>> latestOfForm(const std::vector<Answer>& answers,
                                                               const std::string& form) {
    std::map<std::string, std::int64_t> last;
    for (const auto& a : answers) {
        if (formIs(a.form, form)) {
            last[a.assessment] = std::max(last[a.assessment], a.hlc);
        }
    }
    std::string chosen;
    std::int64_t best = -1;
    for (const auto& [id, hlc] : last) {
        if (hlc > best) {
            best = hlc;
            chosen = id;
        }
    }
    std::map<std::string, std::vector<const Answer*>> byField;
    for (const auto& a : answers) {
        if (a.assessment == chosen) {
            const auto at = a.field.find('@');
            byField[a.field.substr(0, at)].push_back(&a);
        }
    }
    return byField;
}

struct Escalation {
    std::string kind;
    std::string date;  // YYYY-MM-DD
    std::string outcome;
};

// The team and the municipality it works for, from a row (name, municipality); empty when unset.
void teamOf(MonitoringRow& row, const std::vector<SqlRow>& team) {
    if (team.empty()) {
        return;
    }
    row.team = asOptionalText(team[0][0]).value_or("");
    row.municipality = asOptionalText(team[0][1]).value_or("");
}

class CaseReader {
public:
    explicit CaseReader(SqlConnection& db) : m_db(db) {}

    MonitoringRow read(const std::string& caseId, const std::string& key) {
        MonitoringRow row;
        row.pseudonym = casePseudonym(key, caseId);
        teamOf(row, m_db.query("SELECT t.name, t.municipality FROM cases c LEFT JOIN teams t ON "
                               "t.id = c.team_id WHERE c.id = ?",
                               {caseId}));
        std::vector<std::string> orgs;
        for (const auto& r : m_db.query(
                 "SELECT DISTINCT o.name FROM case_members m JOIN users u ON u.id = m.user_id "
                 "JOIN orgs o ON o.id = u.org_id WHERE m.case_id = ? AND m.role = 'gi' ORDER BY "
                 "o.name",
                 {caseId})) {
            orgs.push_back(asText(r[0]));
        }
        row.mode = orgs.empty() ? "consultation" : "joint_work";
        // The case's linked consultations: their organisations, GI time and questions.
        consultations(row, orgs,
                      m_db.query("SELECT o.name, c.minutes, c.about FROM consultations c LEFT JOIN "
                                 "orgs o ON o.id = c.to_org_id WHERE c.case_id = ? ORDER BY "
                                 "c.asked_at, c.id",
                                 {caseId}));

        std::vector<Answer> answers;
        for (const auto& r : m_db.query(
                 "SELECT f.entity_id, f.field, f.value, f.hlc, a.value FROM fields f JOIN fields "
                 "a ON a.entity = 'assessment' AND a.entity_id = f.entity_id AND a.field = 'form' "
                 "WHERE f.case_id = ? AND f.entity = 'answer' AND f.value IS NOT NULL",
                 {caseId})) {
            answers.push_back({asText(r[0]), asText(r[1]), asText(r[2]), asInt(r[3]),
                               asOptionalText(r[4]).value_or("")});
        }
        samenwerking(row, answers);
        judgements(row, answers);
        const auto events = escalations(caseId);
        signToAction(row, answers, events);
        row.escalations = escalationList(events);
        if (const auto closed = CaseClosures(m_db).find(caseId)) {
            row.closedOn = formatDate(closed->closedAt);
            row.outcomeAtClosure = outcomeAtClosure(caseId, events);
        }
        return row;
    }

    // An anonymous consultation linked to no case: its own pseudonym, the asker's team.
    MonitoringRow readConsultation(const std::string& id, const std::string& key) {
        MonitoringRow row;
        row.pseudonym = casePseudonym(key, id);
        row.mode = "consultation";
        teamOf(row, m_db.query("SELECT t.name, t.municipality FROM consultations c LEFT JOIN teams "
                               "t ON t.id = c.team_id WHERE c.id = ?",
                               {id}));
        std::vector<std::string> orgs;
        consultations(row, orgs,
                      m_db.query("SELECT o.name, c.minutes, c.about FROM consultations c LEFT JOIN "
                                 "orgs o ON o.id = c.to_org_id WHERE c.id = ?",
                                 {id}));
        return row;
    }

private:
    // GI time is known from consultations only (joint work's is not recorded yet): the sum of
    // their minutes, empty when none was answered.
    static void consultations(MonitoringRow& row, std::vector<std::string>& orgs,
                              const std::vector<SqlRow>& rows) {
        std::optional<std::int64_t> minutes;
        std::vector<std::string> about;
        for (const auto& r : rows) {
            if (const auto org = asOptionalText(r[0]);
                org && std::find(orgs.begin(), orgs.end(), *org) == orgs.end()) {
                orgs.push_back(*org);
            }
            if (const auto m = asOptionalText(r[1])) {
                minutes = minutes.value_or(0) + asInt(r[1]);
            }
            if (const auto a = asOptionalText(r[2])) {
                about.push_back(*a);
            }
        }
        std::sort(orgs.begin(), orgs.end());
        row.giOrganisation = joined(orgs, ";");
        row.giMinutes = minutes ? std::to_string(*minutes) : "";
        row.consultationAbout = joined(about, ";");
    }

    std::string value(const std::map<std::string, std::vector<const Answer*>>& f,
                      const std::string& item) {
        const auto it = f.find(item);
        if (it == f.end()) {
            return "";
        }
        for (const auto* a : it->second) {
            if (a->field == item) {
                return a->value;
            }
        }
        return "";
    }

    std::string roleOf(const std::string& userId) {
        const auto it = m_roles.find(userId);
        if (it != m_roles.end()) {
            return it->second;
        }
        const auto rows = m_db.query("SELECT role FROM users WHERE id = ?", {userId});
        return m_roles[userId] = rows.empty() ? "unknown" : asText(rows[0][0]);
    }

    void samenwerking(MonitoringRow& row, const std::vector<Answer>& answers) {
        const auto f = latestOfForm(answers, "samenwerking");
        row.parties = value(f, "sw_partijen");
        row.giGoal = value(f, "sw_doel_gi");
        row.how = value(f, "sw_hoe");
        row.roleDivision = value(f, "sw_rolverdeling");
        row.benefitNotes = value(f, "sw_opbrengst_toelichting");
        row.familyRatingContent = value(f, "sw_client_inhoud");
        row.familyRatingManner = value(f, "sw_client_bejegening");
        // A perspective item: one score per professional, named by their role only.
        std::vector<std::string> scores;
        if (const auto it = f.find("sw_opbrengst"); it != f.end()) {
            for (const auto* a : it->second) {
                const auto at = a->field.find('@');
                if (at != std::string::npos) {
                    scores.push_back(roleOf(a->field.substr(at + 1)) + ":" + a->value);
                }
            }
        }
        std::sort(scores.begin(), scores.end());
        row.benefitPerProfessional = joined(scores, ";");
    }

    void judgements(MonitoringRow& row, const std::vector<Answer>& answers) {
        const Answer* firstSafety = nullptr;
        const Answer* latestSafety = nullptr;
        const Answer* firstRisk = nullptr;
        const Answer* latestRisk = nullptr;
        for (const auto& a : answers) {
            if (!formIs(a.form, "risicotaxatie")) {
                continue;
            }
            auto& first = a.field == "oordeel_veiligheid" ? firstSafety : firstRisk;
            auto& latest = a.field == "oordeel_veiligheid" ? latestSafety : latestRisk;
            if (a.field != "oordeel_veiligheid" && a.field != "oordeel_risico") {
                continue;
            }
            if (!first || a.hlc < first->hlc) {
                first = &a;
            }
            if (!latest || a.hlc > latest->hlc) {
                latest = &a;
            }
        }
        row.firstSafety = firstSafety ? firstSafety->value : "";
        row.latestSafety = latestSafety ? latestSafety->value : "";
        row.firstRisk = firstRisk ? firstRisk->value : "";
        row.latestRisk = latestRisk ? latestRisk->value : "";
        const auto earliest = [](const Answer* a, const Answer* b) {
            return !a ? b : !b ? a : (a->hlc <= b->hlc ? a : b);
        };
        const auto last = [](const Answer* a, const Answer* b) {
            return !a ? b : !b ? a : (a->hlc >= b->hlc ? a : b);
        };
        if (const auto* a = earliest(firstSafety, firstRisk)) {
            row.firstJudgementOn = formatDate(msOf(a->hlc));
        }
        if (const auto* a = last(latestSafety, latestRisk)) {
            row.latestJudgementOn = formatDate(msOf(a->hlc));
        }
    }

    // The case's escalations (core/phase): dated events, by date; a tombstoned kind is no event.
    std::vector<Escalation> escalations(const std::string& caseId) {
        std::map<std::string, Escalation> byId;
        for (const auto& r :
             m_db.query("SELECT entity_id, field, value FROM fields WHERE case_id = ? AND entity = "
                        "'escalation' AND value IS NOT NULL",
                        {caseId})) {
            auto& e = byId[asText(r[0])];
            const auto field = asText(r[1]);
            const auto value = asText(r[2]);
            if (field == "kind") {
                e.kind = value;
            } else if (field == "date") {
                e.date = value;
            } else if (field == "outcome") {
                e.outcome = value;
            }
        }
        std::vector<Escalation> out;
        for (auto& [id, e] : byId) {
            if (!e.kind.empty() && parseDate(e.date)) {
                out.push_back(std::move(e));
            }
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const auto& a, const auto& b) { return a.date < b.date; });
        return out;
    }

    static std::string escalationList(const std::vector<Escalation>& events) {
        std::vector<std::string> parts;
        for (const auto& e : events) {
            parts.push_back(e.kind + ":" + e.date);
        }
        return joined(parts, ";");
    }

    // The phase the case was closed in, and the latest escalation with its outcome.
    std::string outcomeAtClosure(const std::string& caseId, const std::vector<Escalation>& events) {
        std::vector<std::string> parts;
        const auto phase = m_db.query(
            "SELECT value FROM fields WHERE entity = 'case' AND entity_id = ? AND field = 'phase'",
            {caseId});
        if (!phase.empty() && asOptionalText(phase[0][0])) {
            parts.push_back(asText(phase[0][0]));
        }
        if (!events.empty()) {
            const auto& last = events.back();
            parts.push_back(last.kind + (last.outcome.empty() ? "" : ":" + last.outcome));
        }
        return joined(parts, ";");
    }

    // The first recorded sign (meldcode step 1's date) to the first action (a consultation of
    // step 2, a report to Veilig Thuis in step 5, or an escalation of the case), in days.
    static void signToAction(MonitoringRow& row, const std::vector<Answer>& answers,
                             const std::vector<Escalation>& events) {
        std::optional<std::int64_t> sign;
        std::optional<std::int64_t> action;
        for (const auto& a : answers) {
            if (!formIs(a.form, "meldcode_afweging")) {
                continue;
            }
            const auto date = parseDate(a.value);
            if (!date) {
                continue;
            }
            if (a.field == "mc_signalen_datum") {
                sign = sign ? std::min(*sign, *date) : *date;
            } else if (a.field == "mc_consultatie_datum" || a.field == "mc_melding_datum") {
                action = action ? std::min(*action, *date) : *date;
            }
        }
        for (const auto& e : events) {
            if (e.kind == "maatregel_einde" || e.kind == "terug_naar_jgt") {
                continue;  // the end of a step, not an action on a sign
            }
            const auto date = parseDate(e.date);
            action = action ? std::min(*action, *date) : *date;
        }
        if (sign && action) {
            row.daysSignToAction = std::to_string((*action - *sign) / kDayMs);
        }
    }

    SqlConnection& m_db;
    std::map<std::string, std::string> m_roles;
};

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) {
        return s;
    }
    std::string out = "\"";
    for (const char c : s) {
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return out + "\"";
}

std::vector<std::pair<const char*, const std::string MonitoringRow::*>> columns() {
    return {{"case", &MonitoringRow::pseudonym},
            {"team", &MonitoringRow::team},
            {"municipality", &MonitoringRow::municipality},
            {"gi_organisation", &MonitoringRow::giOrganisation},
            {"mode", &MonitoringRow::mode},
            {"gi_minutes", &MonitoringRow::giMinutes},
            {"parties", &MonitoringRow::parties},
            {"gi_goal", &MonitoringRow::giGoal},
            {"how", &MonitoringRow::how},
            {"role_division", &MonitoringRow::roleDivision},
            {"benefit_per_professional", &MonitoringRow::benefitPerProfessional},
            {"benefit_notes", &MonitoringRow::benefitNotes},
            {"family_rating_content", &MonitoringRow::familyRatingContent},
            {"family_rating_manner", &MonitoringRow::familyRatingManner},
            {"first_safety", &MonitoringRow::firstSafety},
            {"first_risk", &MonitoringRow::firstRisk},
            {"first_judgement_on", &MonitoringRow::firstJudgementOn},
            {"latest_safety", &MonitoringRow::latestSafety},
            {"latest_risk", &MonitoringRow::latestRisk},
            {"latest_judgement_on", &MonitoringRow::latestJudgementOn},
            {"days_sign_to_action", &MonitoringRow::daysSignToAction},
            {"escalations", &MonitoringRow::escalations},
            {"closed_on", &MonitoringRow::closedOn},
            {"outcome_at_closure", &MonitoringRow::outcomeAtClosure},
            {"consultation_about", &MonitoringRow::consultationAbout}};
}

}  // namespace

std::string suppressedCount(std::int64_t n) {
    return n < kSmallCount ? std::string("<5") : std::to_string(n);
}

std::vector<std::string> monitoringCases(SqlConnection& db, const MonitoringQuery& query) {
    const std::vector<SqlValue> period{hlcOf(query.fromMs), hlcOf(query.toMs)};
    std::set<std::string> ids;
    // GI involvement in the period: a GI professional wrote in the case, or the pilot's
    // samenwerking form of the case was filled in.
    // (A consultation's fields carry its own id as their case: not a case.)
    for (const auto& r : db.query("SELECT DISTINCT case_id FROM field_history WHERE role = 'gi' "
                                  "AND hlc >= ? AND hlc < ? AND case_id NOT IN (SELECT id FROM "
                                  "consultations)",
                                  period)) {
        ids.insert(asText(r[0]));
    }
    for (const auto& r : db.query(
             "SELECT DISTINCT h.case_id FROM field_history h WHERE h.hlc >= ? AND h.hlc < ? AND "
             "h.entity = 'answer' AND h.entity_id IN (SELECT entity_id FROM fields WHERE entity = "
             "'assessment' AND field = 'form' AND value LIKE 'samenwerking.%')",
             period)) {
        ids.insert(asText(r[0]));
    }
    // A consultation linked to the case, asked or answered in the period.
    for (const auto& r :
         db.query("SELECT DISTINCT case_id FROM consultations WHERE case_id IS NOT NULL AND "
                  "((asked_at >= ? AND asked_at < ?) OR (answered_at >= ? AND answered_at < ?))",
                  {query.fromMs, query.toMs, query.fromMs, query.toMs})) {
        ids.insert(asText(r[0]));
    }
    std::vector<std::string> out;
    for (const auto& id : ids) {
        if (query.team) {
            const auto team = db.query(
                "SELECT 1 FROM cases c JOIN teams t ON t.id = c.team_id WHERE c.id = ? AND t.name "
                "= ?",
                {id, *query.team});
            if (team.empty()) {
                continue;
            }
        }
        out.push_back(id);
    }
    return out;
}

std::vector<std::string> monitoringConsultations(SqlConnection& db, const MonitoringQuery& query) {
    std::string sql =
        "SELECT c.id FROM consultations c LEFT JOIN teams t ON t.id = c.team_id WHERE c.case_id IS "
        "NULL AND ((c.asked_at >= ? AND c.asked_at < ?) OR (c.answered_at >= ? AND c.answered_at "
        "< ?))";
    std::vector<SqlValue> params{query.fromMs, query.toMs, query.fromMs, query.toMs};
    if (query.team) {
        sql += " AND t.name = ?";
        params.emplace_back(*query.team);
    }
    std::vector<std::string> out;
    for (const auto& r : db.query(sql + " ORDER BY c.id", params)) {
        out.push_back(asText(r[0]));
    }
    return out;
}

MonitoringExport monitoringExport(SqlConnection& db, const MonitoringQuery& query,
                                  const std::string& key) {
    MonitoringExport e;
    e.from = formatDate(query.fromMs);
    e.to = formatDate(query.toMs - kDayMs);
    CaseReader reader(db);
    for (const auto& id : monitoringCases(db, query)) {
        e.rows.push_back(reader.read(id, key));
    }
    for (const auto& id : monitoringConsultations(db, query)) {
        e.rows.push_back(reader.readConsultation(id, key));
    }
    // Sorted by pseudonym: the order says nothing about the cases' ids or ages.
    std::sort(e.rows.begin(), e.rows.end(),
              [](const auto& a, const auto& b) { return a.pseudonym < b.pseudonym; });
    std::map<std::string, std::array<std::int64_t, 3>> perTeam;
    for (const auto& r : e.rows) {
        auto& c = perTeam[r.team];
        ++c[0];
        ++c[r.mode == "joint_work" ? 1 : 2];
    }
    for (const auto& [team, c] : perTeam) {
        e.counts.push_back(
            {team, suppressedCount(c[0]), suppressedCount(c[1]), suppressedCount(c[2])});
    }
    return e;
}

std::string monitoringCsv(const MonitoringExport& e) {
    std::string out;
    const auto cols = columns();
    for (std::size_t i = 0; i < cols.size(); ++i) {
        out += (i ? "," : "") + std::string(cols[i].first);
    }
    out += "\n";
    for (const auto& r : e.rows) {
        for (std::size_t i = 0; i < cols.size(); ++i) {
            out += (i ? "," : "") + csvField(r.*(cols[i].second));
        }
        out += "\n";
    }
    out += "\nteam,period_from,period_to,cases,joint_work,consultation\n";
    for (const auto& c : e.counts) {
        out += csvField(c.team) + "," + e.from + "," + e.to + "," + c.cases + "," + c.jointWork +
               "," + c.consultation + "\n";
    }
    return out;
}

std::string monitoringJson(const MonitoringExport& e) {
    nlohmann::json rows = nlohmann::json::array();
    const auto cols = columns();
    for (const auto& r : e.rows) {
        nlohmann::json row = nlohmann::json::object();
        for (const auto& [name, member] : cols) {
            row[name] = r.*member;
        }
        rows.push_back(row);
    }
    nlohmann::json counts = nlohmann::json::array();
    for (const auto& c : e.counts) {
        counts.push_back({{"team", c.team},
                          {"cases", c.cases},
                          {"joint_work", c.jointWork},
                          {"consultation", c.consultation}});
    }
    return nlohmann::json{
               {"period", {{"from", e.from}, {"to", e.to}}}, {"cases", rows}, {"counts", counts}}
               .dump() +
           "\n";
}

}  // namespace veldwerk::sync::server
