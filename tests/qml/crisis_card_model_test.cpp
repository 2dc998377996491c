// The crisis card sheet's view-model over a real vault: before any sync only 112; the numbers a
// sync stored (in the vault) in the card's order with Dutch labels and a dialable URL; read again
// after a sync; nothing while the vault is locked, everything again after unlocking (offline).
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

#include "core/vault/vault.h"
#include "qml/models/crisis_card_model.h"
#include "qml/services/vault_session.h"
#include "sync/engine/crisis_card_store.h"

using namespace veldwerk;

namespace {
constexpr const char* kPassphrase = "crisiskaart-wachtwoord";
}

class CrisisCardModelTest : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        const auto vaultDir = std::filesystem::path(m_dir->path().toStdString()) / "vault";
        vault::VaultOptions options;
        options.kdfOpsLimit = 1;
        options.kdfMemLimitBytes = 8 * 1024;
        vault::Vault::create(vaultDir, kPassphrase, options);
        m_session = std::make_unique<app::VaultSession>(QString::fromStdString(vaultDir.string()));
        unlock();
    }

    void cleanup() {
        m_session.reset();
        m_dir.reset();
    }

    void showsTheSyncedNumbersInOrderAndKeepsThemOffline() {
        app::CrisisCardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        // Never synced: the card still has the emergency number.
        QCOMPARE(model.count(), 1);
        QCOMPARE(text(model, 0, app::CrisisCardModel::NumberRole), QStringLiteral("112"));
        QCOMPARE(text(model, 0, app::CrisisCardModel::LabelRole), QStringLiteral("Alarmnummer"));

        // What a pull stored, then the session's announcement that a sync changed the vault.
        sync::storeCrisisCard(m_session->vault()->db(), {{"after_hours", "030 222 2222", 2},
                                                         {"veilig_thuis", "0800-2000", 1},
                                                         {"crisis_service", "+31 88 123 4567", 3}});
        m_session->announceSync();
        QCOMPARE(model.count(), 4);
        QCOMPARE(text(model, 0, app::CrisisCardModel::LabelRole), QStringLiteral("Veilig Thuis"));
        QCOMPARE(text(model, 0, app::CrisisCardModel::DialUrlRole), QStringLiteral("tel:08002000"));
        QCOMPARE(text(model, 1, app::CrisisCardModel::LabelRole), QStringLiteral("Crisisdienst"));
        QCOMPARE(text(model, 1, app::CrisisCardModel::DialUrlRole),
                 QStringLiteral("tel:+31881234567"));
        QCOMPARE(text(model, 2, app::CrisisCardModel::LabelRole),
                 QStringLiteral("Buiten kantoortijd (team)"));
        QCOMPARE(text(model, 2, app::CrisisCardModel::NumberRole), QStringLiteral("030 222 2222"));
        QCOMPARE(text(model, 3, app::CrisisCardModel::NumberRole), QStringLiteral("112"));

        // Locked: nothing on screen; unlocked again (no server anywhere): all of it back.
        m_session->lock();
        QCOMPARE(model.count(), 0);
        unlock();
        QCOMPARE(model.count(), 4);
        QCOMPARE(text(model, 0, app::CrisisCardModel::NumberRole), QStringLiteral("0800-2000"));
    }

private:
    static QString text(const app::CrisisCardModel& model, int row, int role) {
        return model.data(model.index(row), role).toString();
    }

    void unlock() {
        QString passphrase = QString::fromLatin1(kPassphrase);
        m_session->unlock(passphrase);
        QTRY_COMPARE(m_session->state(), app::VaultSession::Unlocked);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::VaultSession> m_session;
};

QTEST_GUILESS_MAIN(CrisisCardModelTest)

#include "crisis_card_model_test.moc"
