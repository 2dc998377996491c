#include "tests/sync/convergence/schedule.h"

#include <cstdlib>
#include <functional>
#include <iostream>
#include <set>

#include "core/assessment/assessment_service.h"
#include "core/domain/case_membership.h"
#include "core/domain/case_repository.h"
#include "core/domain/consent_repository.h"
#include "core/domain/person_repository.h"
#include "core/domain/user_repository.h"
#include "core/forms/answer.h"
#include "core/vault/field_conflicts.h"
#include "sync/engine/outbox.h"
#include "sync/engine/quarantine.h"
#include "sync/engine/sync_state.h"
#include "tests/sync/convergence/case_state.h"

namespace veldwerk::testing {

namespace {

// Free-text judgement items of the risicotaxatie: written with unique values (the strict oracle).
const std::vector<std::string> kNotes = {"oordeel_toelichting", "bronnen_toelichting",
                                         "krachten_toelichting"};
// Judgement items with few values ("" clears the answer: a tombstone).
const std::vector<std::pair<std::string, std::vector<std::string>>> kChoices = {
    {"sig_letsel", {"ja", "nee", "onbekend", ""}},
    {"oordeel_veiligheid", {"veilig", "voorwaardelijk_veilig", "onveilig", ""}}};
// Multi items: `set`, add wins.
const std::vector<std::pair<std::string, std::vector<std::string>>> kSets = {
    {"bronnen", {"eigen_observatie", "gesprek_ouder", "gesprek_kind", "school_opvang"}},
    {"besluit_acties", {"veiligheidsplan_nu", "veilig_thuis_advies", "hulp_inzetten"}}};
// Groups of the veiligheidsplan (`entries`; their `tekst` is judgement, unique values).
const std::vector<std::string> kGroups = {"vp_zorgen", "vp_gaat_goed"};
constexpr const char* kScale = "vp_schaal";  // `perspective`
constexpr const char* kGiRefusal = "only a JGT member of the case resolves";

std::set<std::string> shownValues(const FieldState& s) {
    std::set<std::string> out;
    if (s.value) {
        out.insert(*s.value);
    }
    for (const auto& side : s.sides) {
        if (side != kNull) {
            out.insert(side);
        }
    }
    return out;
}

class ScheduleRun {
public:
    ScheduleRun(TeamWorld& world, unsigned seed) : m_world(world), m_rng(seed) {
        m_result.seed = seed;
    }
    ScheduleResult run();

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    template <typename T>
    const T& any(const std::vector<T>& v) {
        return v[static_cast<std::size_t>(pick(static_cast<int>(v.size())))];
    }
    Tablet& writer() { return *m_world.tablets()[static_cast<std::size_t>(pick(3))]; }
    bool isWriter(const Tablet& t) { return &t != &m_world.sanne(); }

    void setUp();
    void step();
    void edit(Tablet& t);
    bool answer(Tablet& t, const std::string& assessment, const std::string& path,
                const std::string& value);
    void writeNote(Tablet& t, const std::string& assessment, const std::string& path);
    void toggleOption(Tablet& t);
    std::vector<std::string> liveEntries(Tablet& t);
    void removeEntry(Tablet& t, const std::string& groupEntry);
    void resolve(Tablet& t);
    void syncOnBadNetwork(Tablet& t);
    void settle();
    void judge();
    void problem(const std::string& what) { m_result.problems.push_back(what); }
    // VELDWERK_CONVERGENCE_TRACE=1: every step on stderr, to minimise a failing seed by hand.
    void trace(const std::string& line) {
        if (m_trace) {
            std::cerr << "  [" << m_result.seed << "] " << line << "\n";
        }
    }
    // The server's every version of a field, beside a diverging tablet's history.
    void traceServerHistory(const std::string& entityId, const std::string& field) {
        const auto rows = m_world.server().world().db().query(
            "SELECT version, value, author, device, base_version, kind, sibling FROM "
            "field_history WHERE entity_id = ? AND field = ? ORDER BY version",
            {entityId, field});
        for (const auto& r : rows) {
            const auto text = [&](std::size_t i) {
                const auto* s = std::get_if<std::string>(&r[i]);
                return s ? *s : std::string(kNull);
            };
            const auto number = [&](std::size_t i) {
                const auto* n = std::get_if<std::int64_t>(&r[i]);
                return std::to_string(n ? *n : 0);
            };
            trace("history server: version " + number(0) + " " + text(1) + " by " + text(2) +
                  " device " + text(3).substr(0, 8) + " on version " + number(4) + " kind " +
                  text(5) + (number(6) == "1" ? " (side)" : ""));
        }
    }
    bool m_trace = std::getenv("VELDWERK_CONVERGENCE_TRACE") != nullptr;

    TeamWorld& m_world;
    std::mt19937 m_rng;
    ScheduleResult m_result;
    std::string m_case;
    std::string m_rt;
    std::string m_vp;
    JudgementOracle m_judgement;
    SetOracle m_sets;
    std::set<std::string> m_neverInConflict;  // set fields and entry markers
    int m_notes = 0;
};

void ScheduleRun::setUp() {
    auto& anna = m_world.anna1();
    auto& v = anna.vault();
    const auto& me = anna.me();
    m_case = domain::CaseRepository(v).add(me, "Gezin Schema");
    const auto child = domain::PersonRepository(v).add(me, m_case, "kind", "Kim", "2016-03-01");
    domain::ConsentRepository(v).add(me, m_case, "gi", "moeder");
    const auto gijs = domain::UserRepository(v).findByName("gijs");
    domain::CaseMembership(v).add(me, m_case, gijs->id, "gi");
    assessment::AssessmentService service(v, formRegistry());
    m_rt = service.create(me, m_case, "risicotaxatie", child);
    m_vp = service.create(me, m_case, "veiligheidsplan", std::nullopt);
    for (auto& t : m_world.tablets()) {
        t->sync();
    }
}

bool ScheduleRun::answer(Tablet& t, const std::string& assessment, const std::string& path,
                         const std::string& value) {
    try {
        assessment::AssessmentService(t.vault(), formRegistry())
            .setAnswer(t.me(), assessment, path, value);
        ++m_result.stats.edits;
        trace(t.label() + " sets " + path + " = '" + value + "'");
        return true;
    } catch (const std::invalid_argument&) {
        return false;  // e.g. the entry was removed meanwhile: the screen would not offer it
    }
}

void ScheduleRun::writeNote(Tablet& t, const std::string& assessment, const std::string& path) {
    const auto shown = shownValues(tabletField(t.vault(), "answer", assessment, path));
    const auto value = "notitie " + std::to_string(m_result.seed) + "." + std::to_string(++m_notes);
    if (answer(t, assessment, path, value)) {
        m_judgement.wrote(fieldKey("answer", assessment, path), value, shown, t.me().userId,
                          t.me().role == "jgt");
        std::string seen;
        for (const auto& v : shown) {
            seen += " '" + v + "'";
        }
        trace(t.label() + " writes " + path + " = '" + value + "' having seen {" + seen + " }");
    }
}

void ScheduleRun::toggleOption(Tablet& t) {
    const auto& [item, options] = any(kSets);
    const auto before =
        forms::parseMulti(tabletField(t.vault(), "answer", m_rt, item).value.value_or(""));
    auto after = before;
    const auto& option = any(options);
    if (!after.erase(option)) {
        after.insert(option);
    }
    if (answer(t, m_rt, item, forms::formatMulti(after))) {
        m_sets.wrote(fieldKey("answer", m_rt, item), before, after);
        m_neverInConflict.insert(fieldKey("answer", m_rt, item));
    }
}

std::vector<std::string> ScheduleRun::liveEntries(Tablet& t) {
    std::vector<std::string> out;
    for (const auto& e : assessment::AssessmentRepository(t.vault()).entries(m_vp)) {
        out.push_back(e.group + "/" + e.entryId);
    }
    return out;
}

// The core has no removal of a group entry yet; this writes what one would: the entry's row
// marked deleted and its GROUP/ENTRY field tombstoned through the change record.
void ScheduleRun::removeEntry(Tablet& t, const std::string& groupEntry) {
    auto& v = t.vault();
    const auto slash = groupEntry.find('/');
    vault::Transaction tx(v.db());
    v.db()
        .prepare(
            "UPDATE group_entries SET deleted = 1 WHERE assessment_id = ?1 AND group_id = ?2 AND "
            "entry_id = ?3")
        .bind(1, m_vp)
        .bind(2, groupEntry.substr(0, slash))
        .bind(3, groupEntry.substr(slash + 1))
        .run();
    v.changes().record({m_case, "answer", m_vp, groupEntry, std::nullopt}, t.me());
    tx.commit();
    ++m_result.stats.edits;
}

void ScheduleRun::edit(Tablet& t) {
    switch (pick(8)) {
        case 0:
        case 1:
            writeNote(t, m_rt, any(kNotes));
            break;
        case 2: {
            const auto& [item, values] = any(kChoices);
            answer(t, m_rt, item, any(values));
            break;
        }
        case 3:
            toggleOption(t);
            break;
        case 4:
            answer(t, m_vp, kScale, std::to_string(pick(11)));
            break;
        case 5: {
            const auto& group = any(kGroups);
            const auto entry = assessment::AssessmentService(t.vault(), formRegistry())
                                   .addEntry(t.me(), m_vp, group);
            ++m_result.stats.edits;
            m_neverInConflict.insert(fieldKey("answer", m_vp, group + "/" + entry));
            break;
        }
        case 6: {
            const auto live = liveEntries(t);
            if (!live.empty()) {
                removeEntry(t, any(live));
            }
            break;
        }
        default: {
            const auto live = liveEntries(t);
            if (!live.empty()) {
                writeNote(t, m_vp, any(live) + "/tekst");
            }
            break;
        }
    }
}

void ScheduleRun::resolve(Tablet& t) {
    std::vector<vault::FieldConflict> open;
    for (auto& c : vault::FieldConflicts(t.vault().db()).open()) {
        if (c.caseId == m_case && c.entity == "answer") {
            open.push_back(std::move(c));
        }
    }
    if (open.empty()) {
        return;
    }
    const auto& c = any(open);
    const auto at = c.field.find('@');
    if (at != std::string::npos && c.field.substr(at + 1) != t.me().userId) {
        return;  // someone else's own score: not ours to answer
    }
    const auto path = c.field.substr(0, at);
    ++m_result.stats.resolutions;
    if (m_judgement.tracks(fieldKey(c.entity, c.entityId, c.field))) {
        writeNote(t, c.entityId, path);  // the worker writes what both sides come to
    } else {
        answer(t, c.entityId, path, any(c.sides).value.value_or(""));
    }
}

void ScheduleRun::syncOnBadNetwork(Tablet& t) {
    static const std::vector<double> rates = {0, 0.05, 0.15, 0.35};
    FaultPlan plan;
    plan.dropRequest = any(rates);
    plan.loseAnswer = any(rates);
    if (chance(0.5)) {
        plan.pullPageLimit = 1 + pick(6);
    }
    if (chance(0.3)) {
        plan.pullPagesBeforeCut = pick(4);
    }
    std::function<void()> hook;
    if (isWriter(t) && chance(0.3)) {
        plan.hookBeforeRequest = pick(4);
        hook = [this, &t] { edit(t); };  // the user keeps typing while the tablet syncs
    }
    const auto faultsBefore = t.network().faultsInjected();
    t.network().arm(plan, m_rng, hook);
    ++m_result.stats.syncs;
    trace(t.label() + " syncs: drop " + std::to_string(plan.dropRequest) + ", lose " +
          std::to_string(plan.loseAnswer) + ", pages of " + std::to_string(plan.pullPageLimit) +
          ", cut after " + std::to_string(plan.pullPagesBeforeCut) + ", edit before request " +
          std::to_string(plan.hookBeforeRequest));
    try {
        const auto r = t.sync();
        trace("  done: applied " + std::to_string(r.applied) + ", unchanged " +
              std::to_string(r.unchanged) + ", conflict " + std::to_string(r.conflict) +
              ", refused " + std::to_string(r.refused) + ", pulled " +
              std::to_string(r.pulledApplied) + ", kept local " + std::to_string(r.keptLocal));
    } catch (const sync::SyncError& e) {
        trace(std::string("  interrupted: ") + e.what());
        if (e.kind() == sync::SyncError::Kind::Network) {
            ++m_result.stats.interrupted;
        } else {
            problem(t.label() + ": sync failed: " + e.what());
        }
    }
    t.network().clear();
    m_result.stats.faults += t.network().faultsInjected() - faultsBefore;
}

void ScheduleRun::step() {
    const int action = pick(20);
    if (action < 10) {
        edit(writer());
    } else if (action < 13) {
        resolve(pick(2) == 0 ? m_world.anna1() : m_world.anna2());
    } else {
        syncOnBadNetwork(*m_world.tablets()[static_cast<std::size_t>(pick(4))]);
    }
}

void ScheduleRun::settle() {
    for (int pass = 0; pass < 10; ++pass) {
        bool quiet = true;
        for (auto& t : m_world.tablets()) {
            const auto r = t->sync();
            ++m_result.stats.settleRounds;
            quiet = quiet && r.batches == 0 && r.pulledApplied == 0 && r.casesAdded.empty() &&
                    r.casesPurged.empty();
        }
        if (quiet) {
            return;
        }
    }
    problem("the tablets still move after ten rounds each on a good network");
}

void ScheduleRun::judge() {
    const auto server = serverFields(m_world.server(), m_case);
    const auto screenRt = screenOf(m_world.anna1().vault(), m_rt);
    const auto screenVp = screenOf(m_world.anna1().vault(), m_vp);
    std::map<std::string, std::set<std::string>> refused;
    for (auto& t : m_world.tablets()) {
        auto& v = t->vault();
        if (const auto n = sync::Outbox(v).size()) {
            problem(t->label() + ": " + std::to_string(n) + " changes still in the outbox");
        }
        if (sync::SyncState(v.db()).pendingBatch()) {
            problem(t->label() + ": a push batch is still unanswered");
        }
        if (const auto diff = firstDifference(server, tabletFields(v, m_case)); !diff.empty()) {
            problem(t->label() + " differs from the server: " + diff);
            if (m_trace) {
                const auto key = diff.substr(0, diff.find(':'));
                const auto a = key.find('|');
                const auto b = key.find('|', a + 1);
                for (const auto& h : v.changes().history(
                         key.substr(0, a), key.substr(a + 1, b - a - 1), key.substr(b + 1))) {
                    trace("history " + t->label() + ": seq " + std::to_string(h.seq) + " " +
                          h.write.value.value_or(kNull) + " after local version " +
                          std::to_string(h.baseVersion) + " origin " + h.origin + " kind " +
                          h.kind + " server_version " + std::to_string(h.serverVersion));
                }
                traceServerHistory(key.substr(a + 1, b - a - 1), key.substr(b + 1));
            }
        }
        if (!(screenOf(v, m_rt) == screenRt) || !(screenOf(v, m_vp) == screenVp)) {
            problem(t->label() + ": the assessment screens differ from anna-1's");
        }
        for (const auto& q : sync::Quarantine(v.db()).list()) {
            const auto& c = q.change;
            if (c.caseId != m_case) {
                continue;
            }
            if (t.get() == &m_world.gijs() && q.reason.find(kGiRefusal) != std::string::npos) {
                refused[fieldKey(c.entity, c.entityId, c.field)].insert(c.value.value_or(kNull));
            } else {
                problem(t->label() + ": refused " + c.entity + " " + c.field + ": " + q.reason);
            }
        }
    }
    for (const auto& [key, state] : server) {
        if (!state.sides.empty()) {
            ++m_result.stats.conflictsEnded;
            if (m_neverInConflict.count(key)) {
                problem(key + ": in conflict, but its policy never conflicts");
            }
        }
    }
    for (const auto& key : m_judgement.fields()) {
        const auto it = server.find(key);
        const auto state = it == server.end() ? FieldState{} : it->second;
        const auto r = refused.find(key);
        const auto verdict =
            m_judgement.check(key, state.value, state.sides,
                              r == refused.end() ? std::set<std::string>{} : r->second);
        for (const auto& p : verdict.problems) {
            problem(p);
        }
    }
    for (const auto& key : m_sets.fields()) {
        const auto it = server.find(key);
        const auto value = it == server.end() ? std::nullopt : it->second.value;
        for (auto& p : m_sets.check(key, forms::parseMulti(value.value_or("")))) {
            problem(p);
        }
    }
}

ScheduleResult ScheduleRun::run() {
    try {
        setUp();
        const int steps = 10 + pick(31);
        for (int i = 0; i < steps; ++i) {
            step();
        }
        settle();
        judge();
    } catch (const std::exception& e) {
        problem(std::string("unexpected failure: ") + e.what());
    }
    return m_result;
}

}  // namespace

ScheduleResult runSchedule(TeamWorld& world, unsigned seed) {
    return ScheduleRun(world, seed).run();
}

}  // namespace veldwerk::testing
