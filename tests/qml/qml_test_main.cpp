// Runner of the Qt Quick tests. Before the QML runs, it creates a real vault (cheap Argon2id
// parameters, two fictional families) in a temporary directory and publishes a VaultSession over
// it as the singleton TestSession, the way main.cpp publishes the app's Session.
#include <QtQml/qqmlextensionplugin.h>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <memory>

#include "core/domain/case_repository.h"
#include "core/vault/vault.h"
#include "qml/services/vault_session.h"

Q_IMPORT_QML_PLUGIN(VeldwerkPlugin)

namespace {

constexpr const char* kPassphrase = "qml-test-wachtwoord";

class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/"));
        // A fresh vault for every test file (each gets its own engine).
        m_dir = std::make_unique<QTemporaryDir>();
        const auto vaultDir = std::filesystem::path(m_dir->path().toStdString()) / "vault";
        veldwerk::vault::VaultOptions options;
        options.kdfOpsLimit = 1;
        options.kdfMemLimitBytes = 8 * 1024;
        options.maxFailedAttempts = 3;
        {
            auto vault = veldwerk::vault::Vault::create(vaultDir, kPassphrase, options);
            veldwerk::domain::CaseRepository cases(*vault);
            cases.add(vault->owner(), "Gezin Testmans");
            cases.add(vault->owner(), "Gezin Proefstra");
        }
        m_session = std::make_unique<veldwerk::app::VaultSession>(
            QString::fromStdString(vaultDir.string()));
        qmlRegisterSingletonInstance("VeldwerkTest", 1, 0, "TestSession", m_session.get());
    }

    void cleanupTestCase() {
        m_session.reset();
        m_dir.reset();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<veldwerk::app::VaultSession> m_session;
};

}  // namespace

QUICK_TEST_MAIN_WITH_SETUP(veldwerk_qml, Setup)

#include "qml_test_main.moc"
