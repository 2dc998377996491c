#include "qml/controllers/first_run_controller.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QRandomGenerator>
#include <QSysInfo>
#include <functional>

#include "core/vault/secret.h"
#include "platform/network/qnam_transport.h"
#include "qml/services/passphrase_strength.h"
#include "sync/engine/device_enrolment.h"
#include "sync/engine/server_url.h"
#include "sync/engine/sync_error.h"
#include "sync/engine/sync_round.h"
#include "sync/engine/sync_state.h"

namespace veldwerk::app {

namespace {
Q_LOGGING_CATEGORY(lcFirstRun, "veldwerk.firstrun")

QString tr(const char* text) {
    return QCoreApplication::translate("Veldwerk", text);
}

QString g_defaultServer;
QByteArray g_extraCaPem;

std::string utf8(const QString& text) {
    return text.toStdString();
}

// The Dutch sentence for why the server could not be used, from the engine's error.
QString problemText(const sync::SyncError& e) {
    const std::string reason = e.what();
    switch (e.kind()) {
        case sync::SyncError::Kind::Network:
            if (reason.find("certificate") != std::string::npos ||
                reason.find("SSL") != std::string::npos ||
                reason.find("TLS") != std::string::npos) {
                return tr(
                    "Het certificaat van de server wordt niet vertrouwd. Er is geen "
                    "verbinding gemaakt. Controleer het adres, of vraag je functioneel "
                    "beheerder om het certificaat van de server.");
            }
            return tr(
                "Geen verbinding met de server. Controleer of dit apparaat met internet "
                "verbonden is en of het adres klopt, en probeer het opnieuw.");
        case sync::SyncError::Kind::Unauthenticated:
            return tr("De gebruikersnaam of het wachtwoord klopt niet.");
        case sync::SyncError::Kind::Revoked:
            return tr(
                "Dit apparaat is ingetrokken door je functioneel beheerder. Neem contact "
                "met hen op.");
        case sync::SyncError::Kind::ClockSkew:
            return tr(
                "De klok van dit apparaat staat te ver af van die van de server. Zet de "
                "datum en tijd goed en probeer het opnieuw.");
        case sync::SyncError::Kind::Refused:
            if (e.status() == 429) {
                return tr(
                    "Te veel mislukte pogingen. Wacht een paar minuten en probeer het "
                    "opnieuw.");
            }
            return tr(
                "De server weigerde het koppelen van dit apparaat. Neem contact op met je "
                "functioneel beheerder.");
        case sync::SyncError::Kind::Server:
        case sync::SyncError::Kind::BadResponse:
        case sync::SyncError::Kind::NotEnrolled:
            break;
    }
    return tr("De server gaf een fout. Probeer het later opnieuw.");
}

QString roleName(const std::string& role) {
    if (role == "jgt") {
        return tr("JGT-medewerker");
    }
    if (role == "gi") {
        return tr("GI-medewerker");
    }
    if (role == "supervisor") {
        return tr("gedragswetenschapper");
    }
    return QString::fromStdString(role);
}

platform::QNetworkTransportOptions transportOptions(const std::optional<std::string>& pem) {
    platform::QNetworkTransportOptions options;
    options.timeout = std::chrono::seconds(30);
    if (pem) {
        options.extraCaPem = QByteArray::fromStdString(*pem);
    }
    return options;
}
}  // namespace

// What a worker hands back to the GUI thread.
struct FirstRunController::Result {
    QString error;
    Step next = Server;
    Step onError = Server;
    std::unique_ptr<vault::Vault> staged;  // after login
    std::unique_ptr<vault::Vault> opened;  // after the passphrase: the vault in place
    QString enrolledAs;
};

FirstRunController::FirstRunController(QObject* parent)
    : QObject(parent), m_serverUrl(g_defaultServer) {}

FirstRunController::~FirstRunController() {
    if (m_worker.joinable()) {
        m_worker.join();
    }
    if (m_staged) {
        // Left half-way: the staging vault (keyed with a key nobody will know) goes.
        m_staged.reset();
        vault::Vault::wipe(stagingDir());
    }
    vault::zeroise(m_stagingKey);
}

void FirstRunController::setDefaults(const QString& serverUrl, const QByteArray& extraCaPem) {
    g_defaultServer = serverUrl;
    g_extraCaPem = extraCaPem;
}

void FirstRunController::setSession(VaultSession* session) {
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &VaultSession::stateChanged, this, &FirstRunController::changed);
    }
    emit sessionChanged();
    emit changed();
}

void FirstRunController::setServerUrl(const QString& url) {
    if (url != m_serverUrl) {
        m_serverUrl = url;
        emit changed();
    }
}

void FirstRunController::setUserName(const QString& name) {
    if (name != m_userName) {
        m_userName = name;
        emit changed();
    }
}

QString FirstRunController::notice() const {
    if (m_session && m_session->problem() == VaultSession::Revoked) {
        return tr(
            "Dit apparaat is ingetrokken; de gegevens erop zijn gewist. Koppel het "
            "opnieuw om verder te werken.");
    }
    if (m_session && m_session->state() == VaultSession::Wiped) {
        return tr(
            "De gegevens op dit apparaat zijn gewist. Koppel het opnieuw om verder te "
            "werken.");
    }
    return {};
}

QString FirstRunController::wipeWarning() const {
    return tr(
        "Let op: na 10 verkeerde pogingen wist dit apparaat alle gegevens. Wat nog niet "
        "gesynchroniseerd is, gaat dan verloren. Niemand kan je wachtwoord herstellen.");
}

std::filesystem::path FirstRunController::vaultDir() const {
    auto dir = std::filesystem::path(m_session->vaultDir().toStdU16String()).lexically_normal();
    if (!dir.has_filename()) {
        dir = dir.parent_path();
    }
    return dir;
}

std::filesystem::path FirstRunController::stagingDir() const {
    const auto dir = vaultDir();
    return dir.parent_path() / (dir.filename().string() + ".first-run");
}

void FirstRunController::setError(const QString& text) {
    if (text != m_errorText) {
        m_errorText = text;
        emit changed();
    }
}

void FirstRunController::setProgress(const QString& text, double progress) {
    m_progressText = text;
    m_progress = progress;
    emit changed();
}

bool FirstRunController::confirmServer() {
    if (m_busy) {
        return false;
    }
    try {
        const auto parsed = sync::parseServerUrl(utf8(m_serverUrl.trimmed()));
        m_serverUrl = QString::fromStdString(parsed.text());
    } catch (const std::invalid_argument& e) {
        qCInfo(lcFirstRun, "server address refused: %s", e.what());
        setError(
            tr("Dit is geen geldig serveradres. Gebruik de vorm https://server.voorbeeld.nl "
               "(zonder pad), zoals je functioneel beheerder het gaf."));
        return false;
    }
    m_errorText.clear();
    m_step = Login;
    emit changed();
    return true;
}

void FirstRunController::runOnWorker(std::function<void(Result&)> work) {
    if (m_worker.joinable()) {
        m_worker.join();
    }
    m_busy = true;
    m_errorText.clear();
    emit changed();
    m_worker = std::thread([this, work = std::move(work)] {
        auto result = std::make_shared<Result>();
        work(*result);
        // The controller joins this thread before it goes, so `this` outlives the post.
        QMetaObject::invokeMethod(
            this, [this, result] { finishWork(result); }, Qt::QueuedConnection);
    });
}

void FirstRunController::finishWork(const std::shared_ptr<Result>& result) {
    if (m_worker.joinable()) {
        m_worker.join();
    }
    m_busy = false;
    if (!result->error.isEmpty()) {
        m_errorText = result->error;
        m_step = result->onError;
        m_progressText.clear();
        m_progress = 0;
        emit changed();
        return;
    }
    if (result->staged) {
        m_staged = std::move(result->staged);
        m_enrolledAs = result->enrolledAs;
    }
    m_step = result->next;
    emit changed();
    if (result->opened && m_session) {
        m_session->adopt(std::move(result->opened));
        emit finished();
    }
}

bool FirstRunController::login(QString password) {
    QByteArray bytes = password.toUtf8();
    std::string secret(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    bytes.fill('\0');
    password.fill(QChar(u'\0'));
    if (m_busy || m_step != Login || !m_session) {
        vault::zeroise(secret);
        return false;
    }
    if (m_userName.trimmed().isEmpty() || secret.empty()) {
        vault::zeroise(secret);
        setError(tr("Vul je gebruikersnaam en wachtwoord in."));
        return false;
    }
    if (vault::Vault::exists(vaultDir())) {
        vault::zeroise(secret);
        setError(
            tr("Op dit apparaat staat al een kluis. Ontgrendel die, of wis het apparaat via "
               "Instellingen."));
        return false;
    }
    // The staging vault's key: random, only in this object until the passphrase replaces it.
    vault::zeroise(m_stagingKey);
    m_stagingKey = QByteArray::number(QRandomGenerator::system()->generate64(), 16).toStdString() +
                   QByteArray::number(QRandomGenerator::system()->generate64(), 16).toStdString() +
                   QByteArray::number(QRandomGenerator::system()->generate64(), 16).toStdString() +
                   QByteArray::number(QRandomGenerator::system()->generate64(), 16).toStdString();
    setProgress(tr("Apparaat koppelen…"), 0.2);
    const std::string url = utf8(m_serverUrl);
    const std::string user = utf8(m_userName.trimmed());
    const std::string key = m_stagingKey;
    const auto staging = stagingDir();
    const std::optional<std::string> pem =
        g_extraCaPem.isEmpty() ? std::nullopt
                               : std::optional<std::string>(g_extraCaPem.toStdString());
    const std::string label = "veldwerk-app " + QSysInfo::machineHostName().toStdString();
    runOnWorker([url, user, key, staging, pem, label,
                 secret = std::move(secret)](Result& r) mutable {
        r.onError = Login;
        try {
            std::error_code ignored;
            vault::Vault::wipe(staging);
            std::filesystem::remove_all(staging, ignored);
            auto v = vault::Vault::create(staging, key, vault::VaultOptions{});
            platform::QNetworkTransport transport(QString::fromStdString(url),
                                                  transportOptions(pem));
            sync::DeviceEnrolment enrolment(*v);
            const auto done = enrolment.enrol(transport, url, user, secret, label, pem);
            r.enrolledAs = QString::fromStdString(done.userName) + QStringLiteral(", ") +
                           roleName(done.role) + QStringLiteral(" (") +
                           QString::fromStdString(done.org) + QStringLiteral(")");
            r.staged = std::move(v);
            r.next = Passphrase;
        } catch (const sync::SyncError& e) {
            qCWarning(lcFirstRun, "enrolment failed: %s", e.what());
            r.error = problemText(e);
        } catch (const std::invalid_argument& e) {
            qCWarning(lcFirstRun, "enrolment failed: %s", e.what());
            r.error = tr("Dit is geen geldig serveradres.");
            r.onError = Server;
        } catch (const std::exception& e) {
            qCWarning(lcFirstRun, "enrolment failed: %s", e.what());
            r.error = tr("Het koppelen is niet gelukt: de opslag van dit apparaat gaf een fout.");
        }
        vault::zeroise(secret);
        if (!r.staged) {
            vault::Vault::wipe(staging);
        }
    });
    return true;
}

int FirstRunController::strengthLevel(const QString& passphrase) const {
    return judgePassphrase(passphrase).level;
}

QString FirstRunController::strengthText(const QString& passphrase) const {
    return judgePassphrase(passphrase).text;
}

bool FirstRunController::choosePassphrase(QString passphrase, QString confirmation) {
    auto chosen = takeChosenPassphrase(passphrase, confirmation);
    if (m_busy || m_step != Passphrase || !m_staged || !m_session) {
        return false;
    }
    if (!chosen.ok()) {
        setError(chosen.problem);
        return false;
    }
    std::string secret = chosen.secret;  // the worker's own copy, zeroised there
    m_step = Syncing;
    setProgress(tr("Kluis beveiligen met je wachtwoord…"), 0.4);
    const auto staging = stagingDir();
    const auto dir = vaultDir();
    // The worker owns the staging vault from here: it is closed before it moves.
    std::shared_ptr<vault::Vault> staged = std::move(m_staged);
    runOnWorker(
        [=, this, staged = std::move(staged), secret = std::move(secret)](Result& r) mutable {
            r.onError = Passphrase;
            try {
                staged->changePassphrase(secret);
                staged.reset();
                // From here a failure starts the first run again: the staged vault is closed.
                r.onError = Login;
                QMetaObject::invokeMethod(
                    this,
                    [this] { setProgress(tr("Eerste synchronisatie: je casussen ophalen…"), 0.6); },
                    Qt::QueuedConnection);
                // The vault moves into place whole; the vault directory may exist only empty.
                std::error_code ec;
                if (std::filesystem::exists(dir) && std::filesystem::is_empty(dir, ec)) {
                    std::filesystem::remove(dir);
                }
                std::filesystem::rename(staging, dir);
                auto v = vault::Vault::open(dir, secret);
                try {
                    sync::SyncState state(v->db());
                    platform::QNetworkTransport transport(QString::fromStdString(state.serverUrl()),
                                                          transportOptions(state.extraCaPem()));
                    const auto report = sync::runSyncRound(*v, transport);
                    qCInfo(lcFirstRun, "first sync: %zu cases, %zu states",
                           report.casesAdded.size(), report.pulled);
                } catch (const sync::SyncError& e) {
                    // Enrolled and usable: the next round (every few minutes) brings the cases.
                    qCWarning(lcFirstRun, "first sync failed: %s", e.what());
                }
                r.opened = std::move(v);
                r.next = Done;
            } catch (const std::exception& e) {
                qCWarning(lcFirstRun, "first run failed: %s", e.what());
                r.error =
                    tr("De kluis kon niet worden gemaakt: de opslag van dit apparaat gaf een "
                       "fout. Probeer het opnieuw.");
                if (r.onError == Login) {
                    vault::Vault::wipe(staging);
                }
            }
            vault::zeroise(secret);
        });
    return true;
}

void FirstRunController::back() {
    if (m_busy) {
        return;
    }
    if (m_step == Login) {
        m_step = Server;
    } else {
        return;
    }
    m_errorText.clear();
    emit changed();
}

}  // namespace veldwerk::app
