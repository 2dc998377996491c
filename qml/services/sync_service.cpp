#include "qml/services/sync_service.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QVariantMap>
#include <utility>

#include "core/assessment/assessment_repository.h"
#include "core/vault/field_conflicts.h"
#include "platform/network/connectivity.h"
#include "qml/services/dutch_wording.h"
#include "qml/services/sync_wording.h"
#include "sync/engine/outbox.h"
#include "sync/engine/quarantine.h"
#include "sync/engine/sync_state.h"

namespace veldwerk::app {

namespace {
Q_LOGGING_CATEGORY(lcSync, "veldwerk.sync")

QString tr(const char* text) {
    return QCoreApplication::translate("Veldwerk", text);
}

std::int64_t nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

// What a refused change was about, in Dutch, without its value: the question of an answer, or
// the kind of record.
QString describe(vault::Vault& vault, const forms::FormRegistry& forms,
                 const sync::OutgoingChange& change) {
    if (change.entity == "answer") {
        const auto record = assessment::AssessmentRepository(vault).find(change.entityId);
        const auto* definition = record ? forms.find(record->formId, record->formVersion) : nullptr;
        const auto root = change.field.substr(0, change.field.find_first_of("/@"));
        const auto* item = definition != nullptr ? definition->item(root) : nullptr;
        return item != nullptr ? tr("Antwoord op ‘%1’").arg(wording::nl(item->label))
                               : tr("Een antwoord in een taxatie");
    }
    if (change.entity == "case") {
        return tr("Gegevens van de casus");
    }
    if (change.entity == "person") {
        return tr("Gegevens van een gezinslid");
    }
    if (change.entity == "consent") {
        return tr("Een toestemming");
    }
    if (change.entity == "member") {
        return tr("Een lid van de casus");
    }
    if (change.entity == "assessment") {
        return change.field == "status" ? tr("De status van een taxatie") : tr("Een taxatie");
    }
    if (change.entity == "event") {
        return tr("Een stap in de beoordeling");
    }
    if (change.entity == "escalation") {
        return tr("Een escalatie van de casus");
    }
    return tr("Een wijziging");
}
}  // namespace

SyncService::SyncService(VaultSession& session, CaseFileService& caseFile,
                         platform::Connectivity* connectivity, Options options, QObject* parent)
    : QObject(parent),
      m_session(&session),
      m_caseFile(caseFile),
      m_connectivity(connectivity),
      m_options(options) {
    m_timer.setInterval(m_options.interval);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncNow);
    connect(m_session, &VaultSession::unlocked, this, &SyncService::opened);
    // After the case file stored what was being typed (it connected first), before the vault
    // and its keys go.
    connect(m_session, &VaultSession::locked, this, &SyncService::closing);
    connect(&m_caseFile, &CaseFileService::assessmentChanged, this, &SyncService::readState);
    connect(&m_caseFile, &CaseFileService::syncWanted, this, &SyncService::syncSoon);
    if (m_connectivity) {
        connect(m_connectivity, &platform::Connectivity::cameOnline, this, &SyncService::syncNow);
        connect(m_connectivity, &platform::Connectivity::onlineChanged, this, [this] {
            if (m_phase == Offline && online() && m_lastProblem == RoundOutcome::Kind::Completed) {
                setPhase(Idle);
            }
            emit changed();
        });
    }
    if (m_session->vault() != nullptr) {
        opened();
    }
}

SyncService::~SyncService() {
    ++m_generation;
    m_round.cancel();
    m_round.wait();
}

bool SyncService::online() const {
    return !m_connectivity || m_connectivity->isOnline();
}

void SyncService::opened() {
    m_lastProblem = RoundOutcome::Kind::Completed;
    readState();
    setPhase(m_enrolled ? (online() ? Idle : Offline) : NotEnrolled);
    if (m_enrolled) {
        m_timer.start();
        syncNow();
    }
}

void SyncService::closing() {
    m_timer.stop();
    ++m_generation;
    if (m_round.running()) {
        qCInfo(lcSync, "the vault locks: cancelling the sync round");
    }
    m_round.cancel();
    m_round.wait();
    m_after = {};
    m_queuedFirst = {};
    m_queuedAfter = {};
    m_roundAfter = false;
    m_quarantine.clear();
    m_pending = 0;
    m_conflicts = 0;
    if (m_phase != Revoked) {
        setPhase(Closed);
    }
    emit changed();
}

bool SyncService::syncNow() {
    if (m_round.running()) {
        return false;
    }
    return startRound({}, {});
}

bool SyncService::syncSoon() {
    if (m_round.running() || m_phase == Syncing) {
        m_roundAfter = m_enrolled && m_session && m_session->vault() != nullptr;
        return m_roundAfter;
    }
    const bool started = syncNow();
    if (!started) {
        qCInfo(lcSync, "no round now (locked, not enrolled or offline): the change waits");
    }
    return started;
}

bool SyncService::syncWith(BackgroundRound::First first, After after) {
    if (m_session == nullptr || m_session->vault() == nullptr || !m_enrolled) {
        return false;
    }
    if (!online()) {
        setPhase(Offline);
        return false;
    }
    // Until finish() has run on this thread the round counts as running (its outcome goes to
    // its own `after`, never to this request's).
    if (m_round.running() || m_phase == Syncing) {
        m_queuedFirst = std::move(first);
        m_queuedAfter = std::move(after);
        return true;
    }
    return startRound(std::move(first), std::move(after));
}

bool SyncService::startRound(BackgroundRound::First first, After after) {
    vault::Vault* open = m_session ? m_session->vault() : nullptr;
    if (open == nullptr || !m_enrolled || m_round.running()) {
        return false;
    }
    if (!online()) {
        setPhase(Offline);
        return false;
    }
    const quint64 generation = m_generation;
    const bool started = m_round.start(
        open->grantConnection(), m_options.requestTimeout,
        [this, generation](RoundOutcome outcome) {
            // On the worker thread, which the destructor waits for: hand the outcome to the GUI
            // thread (the posted call goes with this object if it is destroyed first).
            QMetaObject::invokeMethod(
                this,
                [this, generation, outcome = std::move(outcome)] { finish(generation, outcome); },
                Qt::QueuedConnection);
        },
        std::move(first));
    if (started) {
        qCInfo(lcSync, "sync round started");
        m_after = std::move(after);
        setPhase(Syncing);
    }
    return started;
}

void SyncService::finish(quint64 generation, const RoundOutcome& outcome) {
    using K = RoundOutcome::Kind;
    if (generation != m_generation || m_session == nullptr) {
        return;  // the vault locked meanwhile; this round's outcome is stale
    }
    m_lastProblem = outcome.kind;
    switch (outcome.kind) {
        case K::Completed: {
            const auto& r = outcome.report;
            qCInfo(lcSync,
                   "sync round completed: pushed %zu (conflict %zu, refused %zu), pulled %zu "
                   "(new %zu), cases added %zu, purged %zu, conflicts open %zu, pending %zu",
                   r.pushed + r.refused, r.conflict, r.refused, r.pulled, r.pulledApplied,
                   r.casesAdded.size(), r.casesPurged.size(), r.conflictsOpen, r.pendingAfter);
            m_clockNotice = r.clockRecovery
                                ? wording::clockRecoveredText(
                                      r.clockRecovery->aheadMs,
                                      static_cast<std::int64_t>(r.clockRecovery->restamped))
                                : QString();
            if (auto* open = m_session->vault()) {
                // The round's connection may have moved the device clock on (the server's
                // clock); the GUI's clock follows, so local time never runs backwards. After a
                // clock that ran ahead was re-stamped, it follows the mark set back instead.
                try {
                    if (r.clockRecovery) {
                        open->clock().rewind(vault::loadClockMark(open->db()));
                    }
                    open->clock().observe(vault::loadClockMark(open->db()));
                } catch (const std::exception& e) {
                    qCWarning(lcSync, "clock mark not taken over: %s", e.what());
                }
            }
            setPhase(Idle);
            readState();
            m_session->announceSync();
            break;
        }
        case K::Revoked:
            qCWarning(lcSync, "this device was revoked; the vault has been wiped");
            m_timer.stop();
            setPhase(Revoked);
            m_session->forgetRevoked();
            break;
        case K::NotEnrolled:
            setPhase(NotEnrolled);
            readState();
            break;
        case K::Cancelled:
            break;
        case K::Unreachable:
            qCWarning(lcSync, "sync round failed: %s", outcome.reason.c_str());
            setPhase(Offline);
            readState();
            break;
        case K::ClockSkew:
        case K::Unauthenticated:
        case K::ServerFailed:
        case K::VaultFailed:
            qCWarning(lcSync, "sync round failed: %s", outcome.reason.c_str());
            setPhase(Failed);
            readState();
            break;
    }
    emit changed();
    if (auto after = std::exchange(m_after, {})) {
        after(outcome);
    }
    emit roundFinished();
    // A queued request's round also carries what syncSoon() waited for.
    const bool again = std::exchange(m_roundAfter, false);
    if (m_queuedFirst && m_round.running() == false) {
        auto after = std::exchange(m_queuedAfter, {});
        if (!startRound(std::exchange(m_queuedFirst, {}), after) && after) {
            RoundOutcome notStarted;
            notStarted.kind = RoundOutcome::Kind::Unreachable;
            after(notStarted);
        }
    } else if (again && !m_round.running()) {
        startRound({}, {});
    }
}

void SyncService::readState() {
    vault::Vault* open = m_session ? m_session->vault() : nullptr;
    if (open == nullptr) {
        return;
    }
    try {
        sync::SyncState state(open->db());
        m_enrolled = state.enrolled();
        m_lastSyncMs = state.lastCompletedMs();
        m_pending = static_cast<int>(sync::Outbox(*open).size());
        m_conflicts = static_cast<int>(vault::FieldConflicts(open->db()).open().size());
        QVariantList list;
        const auto refused = sync::Quarantine(open->db()).list();
        for (auto it = refused.rbegin(); it != refused.rend(); ++it) {
            list.append(QVariantMap{
                {QStringLiteral("what"), describe(*open, m_caseFile.forms(), it->change)},
                {QStringLiteral("reason"), wording::refusalReason(it->reason)},
                {QStringLiteral("when"), wording::momentText(it->refusedAtMs, nowMs())}});
        }
        m_quarantine = list;
    } catch (const std::exception& e) {
        qCWarning(lcSync, "cannot read the sync state: %s", e.what());
    }
    emit changed();
}

void SyncService::setPhase(Phase phase) {
    if (m_phase != phase) {
        m_phase = phase;
        emit changed();
    }
}

QString SyncService::statusText() const {
    switch (m_phase) {
        case Closed:
            return {};
        case NotEnrolled:
            return tr("Niet gekoppeld aan een server");
        case Syncing:
            return tr("Bezig met synchroniseren…");
        case Offline:
            if (!online()) {
                return tr(
                    "Offline. Je wijzigingen blijven veilig op dit apparaat en gaan mee bij de "
                    "volgende synchronisatie.");
            }
            return wording::roundProblem(RoundOutcome::Kind::Unreachable);
        case Failed:
            return wording::roundProblem(m_lastProblem);
        case Revoked:
            return wording::roundProblem(RoundOutcome::Kind::Revoked);
        case Idle:
            break;
    }
    if (!m_clockNotice.isEmpty()) {
        return m_clockNotice + QLatin1Char(' ') + lastSyncText();
    }
    return lastSyncText();
}

QString SyncService::lastSyncText() const {
    return m_enrolled ? wording::lastSyncText(m_lastSyncMs, nowMs()) : QString();
}

}  // namespace veldwerk::app
