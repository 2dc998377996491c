// The home visit's view-model over a real vault, with positions from Qt's NMEA source fed the
// shared recorded fixture through a QBuffer: a fix with its accuracy, a declined fix (`ask`), a
// source that never answers (the timeout, injected short: the visit still starts), `never` mode
// (no source opened); the colleague's visit joined; the overdue moment, extending and an alert;
// ending refused while RT3 is unmet, naming the item that meets it, and allowed once it is met.
#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <memory>

#include "core/domain/case_membership.h"
#include "core/domain/case_repository.h"
#include "core/domain/person_repository.h"
#include "core/forms/registry.h"
#include "core/vault/vault.h"
#include "core/visit/visit_service.h"
#include "platform/positioning/position_sources.h"
#include "qml/controllers/visit_controller.h"
#include "qml/services/app_preferences.h"
#include "qml/services/case_file_service.h"
#include "qml/services/vault_session.h"

using namespace veldwerk;
using app::VisitController;

namespace {
constexpr const char* kPassphrase = "bezoek-wachtwoord";
std::atomic<std::int64_t> g_offsetMs{0};
}  // namespace

class VisitControllerTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_forms.loadDirectory(forms::builtinDefinitionsDir()).ok());
        QFile file(QStringLiteral(VELDWERK_SHARED_FIXTURES "/visit-leiderdorp.nmea"));
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("the NMEA fixture must be at ") + file.fileName()));
        m_nmea = file.readAll();
        VisitController::useClock(
            [] { return QDateTime::currentMSecsSinceEpoch() + g_offsetMs.load(); });
    }

    void init() {
        g_offsetMs = 0;
        m_opened = 0;
        m_dir = std::make_unique<QTemporaryDir>();
        const auto vaultDir = std::filesystem::path(m_dir->path().toStdString()) / "vault";
        vault::VaultOptions options;
        options.kdfOpsLimit = 1;
        options.kdfMemLimitBytes = 8 * 1024;
        {
            auto vault = vault::Vault::create(vaultDir, kPassphrase, options);
            m_caseId = QString::fromStdString(
                domain::CaseRepository(*vault).add(vault->owner(), "Gezin Bezoekstra"));
            m_childId = QString::fromStdString(domain::PersonRepository(*vault).add(
                vault->owner(), m_caseId.toStdString(), "kind", "Noor", "2016-02-01"));
        }
        m_preferences = std::make_unique<app::AppPreferences>(m_dir->filePath("prefs.ini"));
        VisitController::usePreferences(m_preferences.get());
        VisitController::useFixTimeout(std::chrono::seconds(5));
        m_session = std::make_unique<app::VaultSession>(QString::fromStdString(vaultDir.string()));
        m_caseFile = std::make_unique<app::CaseFileService>(*m_session, m_forms);
        QString passphrase = QString::fromLatin1(kPassphrase);
        m_session->unlock(passphrase);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), app::VaultSession::Unlocked, 10000);
    }

    void cleanup() {
        VisitController::usePositionSources({});
        m_caseFile.reset();
        m_session.reset();
        m_preferences.reset();
        m_dir.reset();
    }

    void fixFromTheNmeaFixtureIsShownAndRecordedAtCheckIn() {
        QBuffer nmea;
        nmea.setData(m_nmea);
        QVERIFY(nmea.open(QIODevice::ReadOnly));
        useSources(platform::nmeaDevicePositionSource(&nmea));
        m_preferences->setPositionUse(app::AppPreferences::PositionUse::Always);
        VisitController ctl;
        ctl.setCaseFile(m_caseFile.get());
        QVERIFY(ctl.canVisit(m_caseId));
        ctl.prepareStart(m_caseId);
        QCOMPARE(ctl.sheet(), QStringLiteral("start"));
        QCOMPARE(ctl.sheetCaseName(), QStringLiteral("Gezin Bezoekstra"));
        QCOMPARE(ctl.expectMinutes(), 90);
        QCOMPARE(ctl.presence().size(), 1);
        QTRY_COMPARE(ctl.positionState(), VisitController::Fixed);
        // 2 x HDOP 1.4 x 5 m; the recorded fix is from March 2026, so its moment is shown.
        QVERIFY2(ctl.positionText().contains(QStringLiteral("± 14 m")),
                 qPrintable(ctl.positionText()));
        QCOMPARE(m_opened, 1);

        ctl.setPresent(m_childId, true);
        ctl.addExpectMinutes(30);
        ctl.setOthers(QStringLiteral("tolk"));
        QSignalSpy done(&ctl, &VisitController::done);
        ctl.confirm();
        QCOMPARE(done.size(), 1);
        QCOMPARE(ctl.sheet(), QString());
        QVERIFY(ctl.running());
        QCOMPARE(ctl.caseName(), QStringLiteral("Gezin Bezoekstra"));
        QVERIFY(ctl.expectedEndText().startsWith(QStringLiteral("Verwacht klaar om ")));

        const auto v = visits().find(actor(), ctl.visitId().toStdString());
        QCOMPARE(v.expectedEndMs - v.startedAtMs, std::int64_t{120} * 60000);
        QCOMPARE(v.present, std::vector<std::string>{m_childId.toStdString()});
        QCOMPARE(v.others, std::string("tolk"));
        const auto& checkin = v.professional(actor().userId)->checkin;
        QVERIFY(checkin && checkin->fix);
        QCOMPARE(qRound(checkin->fix->latitude * 1000), 52158);
        QCOMPARE(qRound(checkin->fix->accuracyM), 14);
    }

    void askModeDeclinedRecordsNoPositionAndOpensNoSource() {
        useSilentSource();
        VisitController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.prepareStart(m_caseId);
        QCOMPARE(ctl.positionState(), VisitController::Asking);
        ctl.declinePosition();
        QCOMPARE(ctl.positionState(), VisitController::Declined);
        ctl.confirm();
        QVERIFY(ctl.running());
        QCOMPARE(m_opened, 0);
        QCOMPARE(checkinOf(ctl).reason, std::string("declined"));
    }

    void declinedWhileSeekingStartsAtOnce() {
        useSilentSource();
        VisitController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.prepareStart(m_caseId);
        ctl.allowPosition();
        QCOMPARE(ctl.positionState(), VisitController::Seeking);
        QCOMPARE(m_opened, 1);
        ctl.confirm();  // waits for the fix...
        QVERIFY(ctl.waitingForFix());
        QVERIFY(!ctl.running());
        ctl.declinePosition();  // ..."Nu verder zonder positie"
        QVERIFY(ctl.running());
        QCOMPARE(checkinOf(ctl).reason, std::string("declined"));
    }

    void silentSourceTimesOutAndTheVisitStillStarts() {
        useSilentSource();
        VisitController::useFixTimeout(std::chrono::milliseconds(300));
        m_preferences->setPositionUse(app::AppPreferences::PositionUse::Always);
        VisitController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.prepareStart(m_caseId);
        QCOMPARE(ctl.positionState(), VisitController::Seeking);
        QSignalSpy done(&ctl, &VisitController::done);
        ctl.confirm();
        QVERIFY(ctl.waitingForFix());
        QVERIFY(done.wait(3000));
        QCOMPARE(ctl.positionState(), VisitController::NotAsked);  // the sheet closed
        QVERIFY(ctl.running());
        QCOMPARE(checkinOf(ctl).reason, std::string("no_fix"));
    }

    void neverModeOpensNoSourceAndRecordsOff() {
        useSilentSource();
        m_preferences->setPositionUse(app::AppPreferences::PositionUse::Never);
        VisitController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.prepareStart(m_caseId);
        QCOMPARE(ctl.positionState(), VisitController::Off);
        QTRY_VERIFY(ctl.positionText().contains(QStringLiteral("staat uit")));
        ctl.confirm();
        QVERIFY(ctl.running());
        QCOMPARE(m_opened, 0);
        QCOMPARE(checkinOf(ctl).reason, std::string("off"));
    }

    void theColleaguesVisitIsJoinedWithOwnCheckIn() {
        m_preferences->setPositionUse(app::AppPreferences::PositionUse::Never);
        const domain::Actor bram{"bram", "tablet-2", "jgt"};
        {
            auto& vault = *m_session->vault();
            domain::CaseMembership(vault).add(vault.owner(), m_caseId.toStdString(), "bram", "jgt");
        }
        visit::VisitStart start;
        start.caseId = m_caseId.toStdString();
        start.position.reason = "declined";
        const auto id = visits().start(bram, start);
        VisitController ctl;
        ctl.setCaseFile(m_caseFile.get());
        QVERIFY(!ctl.running());  // bram's visit, not this professional's
        QCOMPARE(ctl.joinableVisit(m_caseId), QString::fromStdString(id));
        ctl.prepareJoin(m_caseId);
        QCOMPARE(ctl.sheet(), QStringLiteral("join"));
        ctl.confirm();
        QVERIFY(ctl.running());
        QCOMPARE(ctl.visitId(), QString::fromStdString(id));
        QCOMPARE(ctl.joinableVisit(m_caseId), QString());
        const auto v = visits().find(actor(), id);
        QCOMPARE(v.professionals.size(), std::size_t(2));
        QCOMPARE(v.professional(actor().userId)->checkin->reason, std::string("off"));
    }

    void overdueAfterTheExpectedEndThenExtendedThenHelp() {
        m_preferences->setPositionUse(app::AppPreferences::PositionUse::Never);
        VisitController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.prepareStart(m_caseId);
        ctl.confirm();
        QVERIFY(ctl.running());
        QVERIFY(!ctl.overdue());
        QCOMPARE(ctl.elapsedText(), QStringLiteral("0 min"));

        g_offsetMs = std::int64_t{91} * 60000;
        QTRY_VERIFY(ctl.overdue());  // the next tick notices
        QCOMPARE(ctl.elapsedText(), QStringLiteral("1 uur 31 min"));

        // Extended by 30 min from now (the expected end had passed): not overdue until then.
        // The vault's clock did not move, so the new end is 30 min after the old one.
        QVERIFY(ctl.extend(30));
        QVERIFY(!ctl.overdue());
        g_offsetMs = std::int64_t{121} * 60000;
        QTRY_VERIFY(ctl.overdue());

        QVERIFY(ctl.alert());
        QVERIFY(!ctl.overdue());  // asked for help: no more "Alles in orde?"
        QVERIFY2(ctl.alertText().startsWith(QStringLiteral("Hulp gevraagd om ")),
                 qPrintable(ctl.alertText()));
        // Not enrolled: it says so rather than "verstuurd".
        QVERIFY(ctl.alertText().contains(QStringLiteral("niet gekoppeld")));
        const auto v = visits().find(actor(), ctl.visitId().toStdString());
        QVERIFY(v.professional(actor().userId)->alertAtMs.has_value());
    }

    void endingIsBlockedByRt3UntilAVeiligThuisActionIsRecorded() {
        m_preferences->setPositionUse(app::AppPreferences::PositionUse::Never);
        VisitController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.prepareStart(m_caseId);
        ctl.confirm();
        QVERIFY(ctl.running());
        const auto rt = m_caseFile->create(m_caseId, QStringLiteral("risicotaxatie"), m_childId);
        QVERIFY(rt.ok);
        QVERIFY(m_caseFile
                    ->setAnswer(rt.value, QStringLiteral("oordeel_veiligheid"),
                                QStringLiteral("onveilig"))
                    .ok);

        ctl.prepareEnd();
        QCOMPARE(ctl.sheet(), QStringLiteral("end"));
        QCOMPARE(ctl.blockers().size(), 1);
        const auto blocker = ctl.blockers().front().toMap();
        QCOMPARE(blocker.value("ruleId").toString(), QStringLiteral("RT3"));
        QCOMPARE(blocker.value("assessmentId").toString(), rt.value);
        QCOMPARE(blocker.value("itemId").toString(), QStringLiteral("besluit_acties"));
        QVERIFY(!blocker.value("text").toString().isEmpty());
        QVERIFY(!blocker.value("itemLabel").toString().isEmpty());
        QCOMPARE(ctl.positionState(), VisitController::NotAsked);  // nothing sought in vain
        // Confirming anyway is refused by core, and the blockers stay listed.
        ctl.confirm();
        QVERIFY(ctl.running());
        QVERIFY(!ctl.errorText().isEmpty());
        QCOMPARE(ctl.blockers().size(), 1);

        QVERIFY(m_caseFile
                    ->setAnswer(rt.value, QStringLiteral("besluit_acties"),
                                QStringLiteral("veilig_thuis_melding"))
                    .ok);
        ctl.prepareEnd();
        QVERIFY(ctl.blockers().isEmpty());
        QSignalSpy done(&ctl, &VisitController::done);
        QTRY_COMPARE(ctl.positionState(), VisitController::Off);
        ctl.confirm();
        QCOMPARE(done.size(), 1);
        QVERIFY(!ctl.running());
    }

    void lockingForgetsTheVisitAndUnlockingFindsItAgain() {
        m_preferences->setPositionUse(app::AppPreferences::PositionUse::Never);
        VisitController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.prepareStart(m_caseId);
        ctl.confirm();
        const auto id = ctl.visitId();
        m_session->lock();
        QVERIFY(!ctl.running());
        QCOMPARE(ctl.caseName(), QString());
        QString passphrase = QString::fromLatin1(kPassphrase);
        m_session->unlock(passphrase);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), app::VaultSession::Unlocked, 10000);
        QTRY_VERIFY(ctl.running());
        QCOMPARE(ctl.visitId(), id);
    }

private:
    void useSources(platform::PositionSourceFactory inner) {
        VisitController::usePositionSources([this, inner](QObject* parent) {
            ++m_opened;
            return inner(parent);
        });
    }
    void useSilentSource() {
        m_silent = std::make_unique<QBuffer>();
        QVERIFY(m_silent->open(QIODevice::ReadOnly));
        useSources(platform::nmeaDevicePositionSource(m_silent.get()));
    }
    const domain::Actor& actor() { return m_caseFile->actor(); }
    visit::VisitService visits() { return visit::VisitService(*m_session->vault(), m_forms); }
    visit::PositionStamp checkinOf(VisitController& ctl) {
        const auto v = visits().find(actor(), ctl.visitId().toStdString());
        return *v.professional(actor().userId)->checkin;
    }

    forms::FormRegistry m_forms;
    QByteArray m_nmea;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::AppPreferences> m_preferences;
    std::unique_ptr<app::VaultSession> m_session;
    std::unique_ptr<app::CaseFileService> m_caseFile;
    std::unique_ptr<QBuffer> m_silent;
    QString m_caseId;
    QString m_childId;
    int m_opened = 0;
};

QTEST_MAIN(VisitControllerTest)
#include "visit_controller_test.moc"
