#include "qml/app/screenshot_tour.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>

#include "core/domain/case_repository.h"
#include "core/forms/submission_check.h"
#include "core/visit/visit_service.h"
#include "sync/engine/emergency_access.h"
#include "sync/engine/overdue_list.h"

namespace veldwerk::app {

namespace {
// Long enough for a page transition, the first evaluation and a sync round on loopback.
constexpr int kSettleMs = 1500;

void overwrite(QString& secret) {
    secret.fill(QChar(u'\0'));
    secret.clear();
}
}  // namespace

ScreenshotTour::ScreenshotTour(QQmlApplicationEngine& engine, VaultSession& session,
                               CaseFileService& caseFile, QString dir, ScreenshotVaults vaults,
                               QObject* parent)
    : QObject(parent),
      m_engine(engine),
      m_session(session),
      m_caseFile(caseFile),
      m_dir(std::move(dir)),
      m_vaults(std::move(vaults)) {}

ScreenshotTour::~ScreenshotTour() {
    overwrite(m_passphrase);
}

void ScreenshotTour::start() {
    QDir().mkpath(m_dir);
    m_passphrase = qEnvironmentVariable("VELDWERK_PASSPHRASE");
    qunsetenv("VELDWERK_PASSPHRASE");
    begin(TourScreen::Tablet::Closed);
}

void ScreenshotTour::begin(TourScreen::Tablet tablet) {
    m_tablet = tablet;
    m_shots.clear();
    m_index = 0;
    m_portrait = false;
    const auto& screens = tourScreens();
    for (std::size_t i = 0; i < screens.size(); ++i) {
        if (screens[i].tablet != tablet) {
            continue;
        }
        const QString name = QStringLiteral("%1-%2")
                                 .arg(i + 1, 2, 10, QLatin1Char('0'))
                                 .arg(QString::fromUtf8(screens[i].name));
        const auto route = resolve(QString::fromUtf8(screens[i].route));
        if (!route) {
            qWarning("screenshots: %s left out: nothing to show in this vault", qPrintable(name));
            m_failed = true;
            continue;
        }
        m_shots.push_back({name, *route});
    }
    next();
}

void ScreenshotTour::next() {
    if (m_index >= m_shots.size()) {
        openNextTablet();
        return;
    }
    auto* window = qobject_cast<QQuickWindow*>(m_engine.rootObjects().value(0));
    if (window == nullptr) {
        QCoreApplication::exit(1);
        return;
    }
    window->resize(m_portrait ? QSize(800, 1280) : QSize(1280, 800));
    QMetaObject::invokeMethod(window, "showScreen", Q_ARG(QVariant, m_shots[m_index].route));
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::capture);
}

void ScreenshotTour::capture() {
    auto* window = qobject_cast<QQuickWindow*>(m_engine.rootObjects().value(0));
    const QImage image = window != nullptr ? window->grabWindow() : QImage();
    const QString file =
        QStringLiteral("%1/%2-%3.png")
            .arg(m_dir, m_shots[m_index].name,
                 m_portrait ? QStringLiteral("portrait") : QStringLiteral("landscape"));
    if (image.isNull() || !image.save(file)) {
        qCritical("veldwerk-app: could not save %s", qPrintable(file));
        m_failed = true;
    } else {
        ++m_written;
    }
    if (m_portrait) {
        ++m_index;
    }
    m_portrait = !m_portrait;
    next();
}

// Closed -> the worker's vault (unlocked as a user would) -> the GI professional's -> the
// supervisor's (each opened here and handed to the session, as first run hands over the vault it
// made) -> done.
void ScreenshotTour::openNextTablet() {
    using T = TourScreen::Tablet;
    if (m_passphrase.isEmpty()) {
        qWarning("screenshots: set VELDWERK_PASSPHRASE to picture the open vault");
        m_failed = true;
        finish();
        return;
    }
    if (m_tablet == T::Closed) {
        if (m_session.state() != VaultSession::Locked) {
            qWarning("screenshots: no vault to open");
            m_failed = true;
            finish();
            return;
        }
        m_waitForUnlock = connect(&m_session, &VaultSession::stateChanged, this, [this] {
            if (m_session.state() == VaultSession::Unlocking) {
                return;
            }
            disconnect(m_waitForUnlock);
            if (m_session.state() != VaultSession::Unlocked) {
                qWarning("screenshots: the vault did not open");
                m_failed = true;
                finish();
                return;
            }
            // The first sync round after unlocking runs meanwhile.
            QTimer::singleShot(kSettleMs * 2, this, [this] { begin(TourScreen::Tablet::Worker); });
        });
        QString passphrase = m_passphrase;
        m_session.unlock(passphrase);
        return;
    }
    // The next tablet whose vault was given, in the order of Tablet.
    for (const auto& [tablet, dir] :
         {std::pair{T::Gi, m_vaults.gi}, std::pair{T::Supervisor, m_vaults.supervisor}}) {
        if (tablet <= m_tablet || dir.isEmpty()) {
            continue;
        }
        if (!adoptVault(dir)) {
            m_failed = true;
            finish();
            return;
        }
        QTimer::singleShot(kSettleMs * 2, this, [this, next = tablet] { begin(next); });
        return;
    }
    finish();
}

bool ScreenshotTour::adoptVault(const QString& dir) {
    m_session.lock();
    std::string passphrase = m_passphrase.toStdString();
    try {
        m_session.adopt(
            vault::Vault::open(std::filesystem::path(dir.toStdU16String()), passphrase));
    } catch (const std::exception& e) {
        qWarning("screenshots: the vault %s did not open: %s", qPrintable(dir), e.what());
    }
    std::fill(passphrase.begin(), passphrase.end(), '\0');
    return m_session.state() == VaultSession::Unlocked;
}

void ScreenshotTour::finish() {
    overwrite(m_passphrase);
    qInfo("screenshots: %d files written to %s", m_written, qPrintable(m_dir));
    QCoreApplication::exit(m_failed || m_written == 0 ? 1 : 0);
}

std::optional<QString> ScreenshotTour::resolve(const QString& route) {
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z]+)(?::([a-z_]+))?\\}"));
    QString result = route;
    auto match = placeholder.match(result);
    while (match.hasMatch()) {
        const QString kind = match.captured(1);
        const QString caseId = richestCase();
        QString value;
        if (kind == QStringLiteral("case")) {
            value = caseId;
        } else if (kind == QStringLiteral("assessment")) {
            value = assessmentOf(caseId, match.captured(2));
        } else if (kind == QStringLiteral("emergency")) {
            value = emergencyCase();
        } else if (kind == QStringLiteral("uncosigned")) {
            value = uncosigned(caseId);
        } else {
            for (const auto& s : m_caseFile.assessments(caseId)) {
                const QString id = QString::fromStdString(s.record.id);
                if (kind == QStringLiteral("returned") && s.record.status == "returned") {
                    value = id;
                } else if (kind == QStringLiteral("submitted") && s.record.status == "submitted") {
                    value = id;
                } else if (kind == QStringLiteral("conflict") && s.openConflicts > 0) {
                    const auto view = m_caseFile.view(id);
                    if (view && !view->conflicts.empty()) {
                        value = id + QLatin1Char('/') +
                                QString::fromStdString(view->conflicts.front().field);
                    }
                }
                if (!value.isEmpty()) {
                    break;
                }
            }
        }
        if (value.isEmpty()) {
            return std::nullopt;
        }
        result.replace(match.capturedStart(), match.capturedLength(), value);
        match = placeholder.match(result);
    }
    return result;
}

// A case this user has by emergency access ("" when none).
QString ScreenshotTour::emergencyCase() {
    vault::Vault* open = m_session.vault();
    if (open == nullptr) {
        return {};
    }
    try {
        const auto now = QDateTime::currentMSecsSinceEpoch();
        for (const auto& c : domain::CaseRepository(*open).list(open->owner())) {
            if (sync::emergencyAccessUntil(open->db(), c.id, now)) {
                return QString::fromStdString(c.id);
            }
        }
    } catch (const std::exception& e) {
        qWarning("screenshots: cannot list cases: %s", e.what());
    }
    return {};
}

// The case with the most assessments is the richest one to show.
QString ScreenshotTour::richestCase() {
    vault::Vault* open = m_session.vault();
    if (open == nullptr) {
        return {};
    }
    QString caseId;
    std::size_t most = 0;
    try {
        for (const auto& c : domain::CaseRepository(*open).list(open->owner())) {
            const QString id = QString::fromStdString(c.id);
            const auto n = m_caseFile.assessments(id).size();
            if (caseId.isEmpty() || n > most) {
                caseId = id;
                most = n;
            }
        }
    } catch (const std::exception& e) {
        qWarning("screenshots: cannot list cases: %s", e.what());
    }
    return caseId;
}

// A draft the GI professional worked in and has not co-signed, otherwise ready ("" when none).
QString ScreenshotTour::uncosigned(const QString& caseId) {
    for (const auto& s : m_caseFile.assessments(caseId)) {
        if (s.record.status != "draft") {
            continue;
        }
        const QString id = QString::fromStdString(s.record.id);
        const auto view = m_caseFile.view(id);
        // Ready but for the co-signature: the JGT worker's submit sheet offers submitting
        // without it.
        if (view && view->needsCosign && view->conflicts.empty() &&
            forms::checkSubmission(view->evaluation, assessment::countedJustifications(*view))
                .allowed()) {
            return id;
        }
    }
    return {};
}

QString ScreenshotTour::assessmentOf(const QString& caseId, const QString& formId) {
    const forms::Definition* form = m_caseFile.forms().find(formId.toStdString());
    if (caseId.isEmpty() || form == nullptr) {
        return {};
    }
    for (const auto& s : m_caseFile.assessments(caseId)) {
        if (s.record.formId == form->id() && s.record.status == "draft") {
            return QString::fromStdString(s.record.id);
        }
    }
    QString subject;
    const std::string role = form->subject() == "child"   ? "kind"
                             : form->subject() == "adult" ? "ouder"
                                                          : "";
    for (const auto& p : m_caseFile.persons(caseId)) {
        if (!role.empty() && p.role == role) {
            subject = QString::fromStdString(p.id);
            break;
        }
    }
    const auto created = m_caseFile.create(caseId, formId, subject);
    return created.ok ? created.value : QString();
}

}  // namespace veldwerk::app
