// Runner of the Qt Quick tests. Before the QML runs, it creates a real vault (cheap Argon2id
// parameters, two fictional families; Gezin Testmans with a child and a parent) in a temporary
// directory and publishes a VaultSession over it as the singleton TestSession, the case file
// over that session as TestCaseFile and its (not enrolled) sync service as TestSync, the way
// main.cpp publishes Session, CaseFile and Sync. TestClock moves the home visit's clock forward
// (the expected end passes without waiting). Gezin Proefstra has a GI colleague (consent, member)
// who wrote in a samenwerking and did not co-sign it (TestWorld.uncosigned: the JGT worker's
// "Indienen zonder medeondertekening").
#include <QtQml/qqmlextensionplugin.h>
#include <QDateTime>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <memory>
#include <vector>

#include "core/assessment/assessment_service.h"
#include "core/domain/case_membership.h"
#include "core/domain/case_repository.h"
#include "core/domain/consent_repository.h"
#include "core/domain/person_repository.h"
#include "core/domain/user_repository.h"
#include "core/forms/registry.h"
#include "core/vault/vault.h"
#include "qml/controllers/visit_controller.h"
#include "qml/services/case_file_service.h"
#include "qml/services/sync_service.h"
#include "qml/services/vault_session.h"

Q_IMPORT_QML_PLUGIN(VeldwerkPlugin)

namespace {

constexpr const char* kPassphrase = "qml-test-wachtwoord";

// The visit view-model's clock: now plus what the test advanced.
class TestClock : public QObject {
    Q_OBJECT

public:
    Q_INVOKABLE void advanceMinutes(int minutes) { s_offsetMs += std::int64_t{minutes} * 60000; }
    static std::int64_t now() { return QDateTime::currentMSecsSinceEpoch() + s_offsetMs; }

private:
    static inline std::int64_t s_offsetMs = 0;
};

// What the test vault holds, by id, for routes.
class TestWorld : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString uncosigned MEMBER m_uncosigned CONSTANT)

public:
    QString m_uncosigned;
};

class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable() {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        veldwerk::app::VisitController::useClock(&TestClock::now);
        const auto report = m_forms.loadDirectory(veldwerk::forms::builtinDefinitionsDir());
        if (!report.ok() || m_forms.empty()) {
            qFatal("the shipped form definitions do not load");
        }
    }

    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/"));
        // A fresh vault for every test file (each gets its own engine). The services of earlier
        // files stay alive until the end: their registrations are replaced, not removed.
        auto& dir = m_dirs.emplace_back(std::make_unique<QTemporaryDir>());
        const auto vaultDir = std::filesystem::path(dir->path().toStdString()) / "vault";
        veldwerk::vault::VaultOptions options;
        options.kdfOpsLimit = 1;
        options.kdfMemLimitBytes = 8 * 1024;
        options.maxFailedAttempts = 3;
        {
            auto vault = veldwerk::vault::Vault::create(vaultDir, kPassphrase, options);
            veldwerk::domain::CaseRepository cases(*vault);
            const auto testmans = cases.add(vault->owner(), "Gezin Testmans");
            const auto proefstra = cases.add(vault->owner(), "Gezin Proefstra");
            veldwerk::domain::PersonRepository persons(*vault);
            persons.add(vault->owner(), testmans, "kind", "Sam Testmans", "2016-05-04");
            persons.add(vault->owner(), testmans, "ouder", "Robin Testmans", "1985-09-12");
            veldwerk::domain::UserRepository users(*vault);
            const auto gi = users.add(vault->owner(), "gijs", "gi", std::nullopt);
            veldwerk::domain::ConsentRepository(*vault).add(vault->owner(), proefstra, "gi",
                                                            "moeder");
            veldwerk::domain::CaseMembership(*vault).add(vault->owner(), proefstra, gi, "gi");
            veldwerk::assessment::AssessmentService work(*vault, m_forms);
            const auto together =
                work.create(vault->owner(), proefstra, "samenwerking", std::nullopt);
            work.setAnswer(users.actorFor(*users.findById(gi)), together, "sw_hoe",
                           "GI denkt mee over de veiligheid");
            m_world.m_uncosigned = QString::fromStdString(together);
        }
        auto& session = m_sessions.emplace_back(std::make_unique<veldwerk::app::VaultSession>(
            QString::fromStdString(vaultDir.string())));
        auto& caseFile = m_caseFiles.emplace_back(
            std::make_unique<veldwerk::app::CaseFileService>(*session, m_forms));
        // Not enrolled: the sync status says so quietly.
        auto& sync = m_syncs.emplace_back(std::make_unique<veldwerk::app::SyncService>(
            *session, *caseFile, nullptr, veldwerk::app::SyncService::Options{}));
        qmlRegisterSingletonInstance("VeldwerkTest", 1, 0, "TestSession", session.get());
        qmlRegisterSingletonInstance("VeldwerkTest", 1, 0, "TestCaseFile", caseFile.get());
        qmlRegisterSingletonInstance("VeldwerkTest", 1, 0, "TestSync", sync.get());
        qmlRegisterSingletonInstance("VeldwerkTest", 1, 0, "TestClock", &m_clock);
        qmlRegisterSingletonInstance("VeldwerkTest", 1, 0, "TestWorld", &m_world);
    }

    void cleanupTestCase() {
        m_syncs.clear();
        m_caseFiles.clear();
        m_sessions.clear();
        m_dirs.clear();
    }

private:
    veldwerk::forms::FormRegistry m_forms;
    TestClock m_clock;
    TestWorld m_world;
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
    std::vector<std::unique_ptr<veldwerk::app::VaultSession>> m_sessions;
    std::vector<std::unique_ptr<veldwerk::app::CaseFileService>> m_caseFiles;
    std::vector<std::unique_ptr<veldwerk::app::SyncService>> m_syncs;
};

}  // namespace

QUICK_TEST_MAIN_WITH_SETUP(veldwerk_qml, Setup)

#include "qml_test_main.moc"
