#include "tests/bench/sync_support/bench_tablets.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "core/assessment/assessment_repository.h"
#include "core/assessment/assessment_service.h"
#include "core/domain/case_repository.h"
#include "core/domain/person_repository.h"
#include "core/forms/registry.h"
#include "sync/engine/device_enrolment.h"
#include "tests/core/vault_fixture.h"

namespace veldwerk::bench {

namespace {
const forms::FormRegistry& forms() {
    static const auto registry = [] {
        auto r = std::make_unique<forms::FormRegistry>();
        r->loadDirectory(forms::builtinDefinitionsDir());
        return r;
    }();
    return *registry;
}

// 30 jnv items of the risicotaxatie.
const std::vector<std::string>& items() {
    static const std::vector<std::string> list = {"sig_letsel",
                                                  "sig_lichamelijk_geweld",
                                                  "sig_verwaarlozing_fysiek",
                                                  "sig_verwaarlozing_emotioneel",
                                                  "sig_emotioneel_geweld",
                                                  "sig_seksueel",
                                                  "sig_getuige_geweld",
                                                  "sig_angst_kind",
                                                  "sig_eerdere_meldingen",
                                                  "kind_jong",
                                                  "kind_beperking",
                                                  "kind_gedrag",
                                                  "kind_psychisch",
                                                  "kind_ontwikkeling",
                                                  "kind_parentificatie",
                                                  "kind_school",
                                                  "ouder_verslaving",
                                                  "ouder_psychiatrie",
                                                  "ouder_lvb",
                                                  "ouder_eigen_verleden",
                                                  "ouder_negatief_beeld",
                                                  "ouder_agressie",
                                                  "ouder_ontkenning",
                                                  "ouder_vaardigheden",
                                                  "ouder_jong",
                                                  "ouder_justitie",
                                                  "gezin_huiselijk_geweld",
                                                  "gezin_vechtscheiding",
                                                  "gezin_isolement",
                                                  "gezin_financien"};
    return list;
}

void admin(testing::ServerProcess& server, const std::vector<std::string>& args) {
    const auto r = server.admin(args, {{"VELDWERK_PASSWORD", kPassword}});
    if (r.exitCode != 0) {
        throw std::runtime_error("veldwerk-server admin failed: " + r.err);
    }
}
}  // namespace

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

BenchServer::BenchServer(const std::filesystem::path& dir)
    : m_server(VELDWERK_SERVER_PATH, (dir / "server.db").string(), dir) {
    admin(m_server, {"org", "add", "JGT Utrecht", "--kind", "jgt"});
    admin(m_server, {"team", "add", "Team Noord", "--org", "JGT Utrecht"});
    admin(m_server,
          {"user", "add", kUser, "--org", "JGT Utrecht", "--role", "jgt", "--team", "Team Noord"});
    m_server.start();
}

BenchTablet::BenchTablet(const std::filesystem::path& dir, const std::string& url)
    : m_vault(vault::Vault::create(dir, testing::kPassphrase, testing::cheapVaultOptions())),
      m_http(url) {
    sync::DeviceEnrolment(*m_vault).enrol(m_http, url, kUser, kPassword, dir.filename(),
                                          std::nullopt);
}

int BenchTablet::fillIn(int answers) {
    const auto& me = m_vault->owner();
    assessment::AssessmentService service(*m_vault, forms());
    assessment::AssessmentRepository repo(*m_vault);
    static const char* jnv[] = {"ja", "nee", "onbekend"};
    int written = 0;
    while (written < answers) {
        if (m_inCase == kAssessmentsPerCase) {
            m_case = domain::CaseRepository(*m_vault).add(me, "Gezin Meting");
            m_child =
                domain::PersonRepository(*m_vault).add(me, m_case, "kind", "Kim", "2016-03-01");
            m_inCase = 0;
        }
        const auto id = service.create(me, m_case, "risicotaxatie", m_child);
        ++m_inCase;
        vault::Transaction tx(m_vault->db());
        for (int i = 0; i < kAnswersPerAssessment; ++i) {
            repo.writeAnswer(me, id, items()[static_cast<std::size_t>(i)], "",
                             std::string(jnv[(written + i) % 3]));
        }
        tx.commit();
        written += kAnswersPerAssessment;
    }
    return written;
}

int BenchTablet::fillCases(int cases, int answersPerCase) {
    const auto perCase = std::min(answersPerCase, static_cast<int>(items().size()));
    return static_cast<int>(bench::fillCases(*m_vault, cases, answersPerCase).size()) * perCase;
}

std::vector<std::string> fillCases(vault::Vault& vault, int cases, int answersPerCase) {
    const auto& me = vault.owner();
    assessment::AssessmentService service(vault, forms());
    assessment::AssessmentRepository repo(vault);
    static const char* jnv[] = {"ja", "nee", "onbekend"};
    const int perCase = std::min(answersPerCase, static_cast<int>(items().size()));
    std::vector<std::string> ids;
    for (int c = 0; c < cases; ++c) {
        const auto caseId = domain::CaseRepository(vault).add(me, "Gezin Meting");
        const auto child =
            domain::PersonRepository(vault).add(me, caseId, "kind", "Kim", "2016-03-01");
        const auto id = service.create(me, caseId, "risicotaxatie", child);
        vault::Transaction tx(vault.db());
        for (int i = 0; i < perCase; ++i) {
            repo.writeAnswer(me, id, items()[static_cast<std::size_t>(i)], "",
                             std::string(jnv[(c + i) % 3]));
        }
        tx.commit();
        ids.push_back(id);
    }
    return ids;
}

void editAnswers(vault::Vault& vault, const std::string& assessmentId, int count, int round) {
    static const char* jnv[] = {"ja", "nee", "onbekend"};
    assessment::AssessmentRepository repo(vault);
    const int n = std::min(count, static_cast<int>(items().size()));
    vault::Transaction tx(vault.db());
    for (int i = 0; i < n; ++i) {
        repo.writeAnswer(vault.owner(), assessmentId, items()[static_cast<std::size_t>(i)], "",
                         std::string(jnv[(round + i + 1) % 3]));
    }
    tx.commit();
}

int BenchTablet::answersHeld() {
    auto st = m_vault->db().prepare("SELECT count(*) FROM answers");
    st.step();
    return static_cast<int>(st.int64(0));
}

}  // namespace veldwerk::bench
