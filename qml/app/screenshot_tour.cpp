#include "qml/app/screenshot_tour.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include "core/domain/case_repository.h"
#include "core/visit/visit_service.h"
#include "sync/engine/overdue_list.h"

namespace veldwerk::app {

namespace {
constexpr int kSettleMs = 1500;
}  // namespace

ScreenshotTour::ScreenshotTour(QQmlApplicationEngine& engine, VaultSession& session,
                               CaseFileService& caseFile, QString dir, QObject* parent)
    : QObject(parent),
      m_engine(engine),
      m_session(session),
      m_caseFile(caseFile),
      m_dir(std::move(dir)) {}

void ScreenshotTour::start() {
    QDir().mkpath(m_dir);
    m_shots = {{QStringLiteral("ontgrendelen"), QStringLiteral("unlock")},
               {QStringLiteral("eerste-start"), QStringLiteral("firstrun")}};
    next();
}

// The screens of the open vault, with ids from the vault itself.
void ScreenshotTour::planOpenShots() {
    m_shots.push_back({QStringLiteral("casussen"), QString()});
    QString caseId;
    QString rt;
    vault::Vault* open = m_session.vault();
    if (open == nullptr) {
        return;
    }
    // The case with the most assessments is the richest one to show.
    std::size_t most = 0;
    try {
        const auto list = domain::CaseRepository(*open).list(open->owner());
        for (const auto& c : list) {
            const auto n = m_caseFile.assessments(QString::fromStdString(c.id)).size();
            if (caseId.isEmpty() || n > most) {
                caseId = QString::fromStdString(c.id);
                most = n;
            }
        }
    } catch (const std::exception& e) {
        qWarning("screenshots: cannot list cases: %s", e.what());
    }
    if (caseId.isEmpty()) {
        return;
    }
    m_shots.push_back({QStringLiteral("casus"), QStringLiteral("case/") + caseId});
    m_shots.push_back({QStringLiteral("gezin-toestemming-team"), QStringLiteral("team/") + caseId});
    const auto persons = m_caseFile.persons(caseId);
    QString child;
    QString parent;
    for (const auto& p : persons) {
        if (p.role == "kind" && child.isEmpty()) {
            child = QString::fromStdString(p.id);
        }
        if (p.role == "ouder" && parent.isEmpty()) {
            parent = QString::fromStdString(p.id);
        }
    }
    const auto summaries = m_caseFile.assessments(caseId);
    for (const auto* form : m_caseFile.forms().all()) {
        if (m_caseFile.forms().find(form->id()) != form) {
            continue;  // an older version
        }
        QString id;
        for (const auto& s : summaries) {
            if (s.record.formId == form->id() && s.record.status != "approved") {
                id = QString::fromStdString(s.record.id);
            }
        }
        if (id.isEmpty()) {
            const QString subject = form->subject() == "child"   ? child
                                    : form->subject() == "adult" ? parent
                                                                 : QString();
            const auto created =
                m_caseFile.create(caseId, QString::fromStdString(form->id()), subject);
            if (created.ok) {
                id = created.value;
            }
        }
        if (!id.isEmpty()) {
            m_shots.push_back({QStringLiteral("instrument-") + QString::fromStdString(form->id()),
                               QStringLiteral("assessment/") + id});
            if (form->id() == "risicotaxatie") {
                rt = id;
            }
        }
    }
    if (!rt.isEmpty()) {
        m_shots.push_back(
            {QStringLiteral("risicotaxatie-oordeel"),
             QStringLiteral("assessment/") + rt + QStringLiteral("/oordeel_veiligheid")});
        m_shots.push_back({QStringLiteral("indienen"),
                           QStringLiteral("assessment/") + rt + QStringLiteral("/indienen")});
    }
    planVisitShots();
    m_shots.push_back({QStringLiteral("beoordelen"), QStringLiteral("review")});
    m_shots.push_back({QStringLiteral("instellingen"), QStringLiteral("settings")});
}

void ScreenshotTour::next() {
    if (m_index >= m_shots.size()) {
        if (!m_unlockStarted) {
            m_unlockStarted = true;
            QString passphrase = qEnvironmentVariable("VELDWERK_PASSPHRASE");
            qunsetenv("VELDWERK_PASSPHRASE");
            if (passphrase.isEmpty() || m_session.state() != VaultSession::Locked) {
                qWarning("screenshots: set VELDWERK_PASSPHRASE to picture the open vault");
                QCoreApplication::exit(m_failed || m_written == 0 ? 1 : 0);
                return;
            }
            connect(&m_session, &VaultSession::stateChanged, this, [this] {
                if (m_session.state() == VaultSession::Unlocked && m_index >= m_shots.size()) {
                    planOpenShots();
                    QTimer::singleShot(kSettleMs * 2, this, &ScreenshotTour::next);
                } else if (m_session.state() != VaultSession::Unlocking &&
                           m_session.state() != VaultSession::Unlocked) {
                    qWarning("screenshots: the vault did not open");
                    QCoreApplication::exit(1);
                }
            });
            m_session.unlock(passphrase);
            return;
        }
        qInfo("screenshots: %d files written to %s", m_written, qPrintable(m_dir));
        QCoreApplication::exit(m_failed ? 1 : 0);
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
    const QString file = QStringLiteral("%1/%2-%3-%4.png")
                             .arg(m_dir)
                             .arg(m_index + 1, 2, 10, QLatin1Char('0'))
                             .arg(m_shots[m_index].name, m_portrait ? QStringLiteral("portrait")
                                                                    : QStringLiteral("landscape"));
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

// The home visit's screens: around the visit in progress (the demo has one), the privacy
// screen, and a supervisor's overdue visits when the last sync brought any.
void ScreenshotTour::planVisitShots() {
    vault::Vault* open = m_session.vault();
    if (open == nullptr) {
        return;
    }
    try {
        const auto running =
            visit::VisitService(*open, m_caseFile.forms()).current(m_caseFile.actor());
        if (running) {
            const auto caseId = QString::fromStdString(running->caseId);
            m_shots.push_back(
                {QStringLiteral("bezoek-starten"), QStringLiteral("visit-start/") + caseId});
            m_shots.push_back({QStringLiteral("bezoek-banner"), QStringLiteral("case/") + caseId});
            m_shots.push_back(
                {QStringLiteral("bezoek-alles-in-orde"), QStringLiteral("visit-overdue")});
            m_shots.push_back({QStringLiteral("bezoek-beeindigen"), QStringLiteral("visit-end")});
        }
        if (!sync::overdueVisits(open->db()).empty()) {
            m_shots.push_back({QStringLiteral("bezoeken-lopen-uit"), QString()});
        }
    } catch (const std::exception& e) {
        qWarning("screenshots: cannot read the visits: %s", e.what());
    }
    m_shots.push_back({QStringLiteral("privacyscherm"), QStringLiteral("privacy")});
}

}  // namespace veldwerk::app
