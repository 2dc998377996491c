// Keeps the open vault in sync with the central server and says how that goes, in Dutch.
// Starts a round (BackgroundRound: a worker thread with its own vault connection) when the vault
// unlocks, when the network comes back (Connectivity::cameOnline), when the worker taps
// "Synchroniseren" and every few minutes while unlocked; never two at once. Locking cancels a
// running round and waits for it (nothing typed is lost: the case file stores typed text before
// the vault locks, and the round works on its own connection). After a round the session
// announces changedBySync, so every model reads again. A revoked device ends at the session's
// Wiped state with a Dutch notice. English in the log, counts and ids only.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <chrono>
#include <functional>

#include "qml/services/background_round.h"
#include "qml/services/case_file_service.h"
#include "qml/services/vault_session.h"

namespace veldwerk::platform {
class Connectivity;
}

namespace veldwerk::app {

class SyncService : public QObject {
    Q_OBJECT
    // A type for QML properties; the app's one instance is published by main.cpp as the
    // singleton Sync, never created by QML.
    QML_ELEMENT
    QML_UNCREATABLE("SyncService is created once by the app; use Sync")
    Q_PROPERTY(Phase phase READ phase NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY changed)
    Q_PROPERTY(bool online READ online NOTIFY changed)
    // One Dutch line: what is going on now, or what went wrong last.
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY changed)
    Q_PROPERTY(int quarantineCount READ quarantineCount NOTIFY changed)
    // Refused changes, newest first: [{what, reason, when}] in Dutch.
    Q_PROPERTY(QVariantList quarantine READ quarantine NOTIFY changed)

public:
    enum Phase {
        Closed,       // the vault is locked: nothing to show
        NotEnrolled,  // no server for this vault: said quietly, no errors
        Idle,         // enrolled, nothing running, the last round (if any) completed
        Syncing,
        Offline,  // no network, or the server did not answer: changes wait on the device
        Failed,   // the last round failed otherwise (clock, server, storage): see statusText
        Revoked,
    };
    Q_ENUM(Phase)

    struct Options {
        std::chrono::milliseconds interval{std::chrono::minutes(5)};  // while unlocked
        std::chrono::milliseconds requestTimeout{std::chrono::seconds(30)};
    };

    // `connectivity` may be null (tests): then the device counts as online.
    SyncService(VaultSession& session, CaseFileService& caseFile,
                platform::Connectivity* connectivity, Options options, QObject* parent = nullptr);
    ~SyncService() override;

    Phase phase() const { return m_phase; }
    bool syncing() const { return m_phase == Syncing; }
    bool enrolled() const { return m_enrolled; }
    bool online() const;
    QString statusText() const;
    QString lastSyncText() const;
    int pendingCount() const { return m_pending; }
    int conflictCount() const { return m_conflicts; }
    int quarantineCount() const { return static_cast<int>(m_quarantine.size()); }
    QVariantList quarantine() const { return m_quarantine; }

    // Starts a round now; false when none can start (locked, not enrolled, offline, running).
    Q_INVOKABLE bool syncNow();
    // A change others wait for (a co-signature, a consultation, a visit's start): a round now,
    // or right after the one running (which may have pushed already). False when none can
    // start (locked, not enrolled, offline): the change waits for the next round.
    Q_INVOKABLE bool syncSoon();
    // A round that first makes a request (`first`, on the worker: emergency access), then
    // syncs; `after` is called on this thread with its outcome. While a round runs it follows
    // that one. False when none can start (locked, not enrolled, offline).
    using After = std::function<void(const RoundOutcome&)>;
    bool syncWith(BackgroundRound::First first, After after);

signals:
    void changed();
    // A round ended (any outcome); for tests and the log.
    void roundFinished();

private:
    void opened();
    void closing();
    bool startRound(BackgroundRound::First first, After after);
    void finish(quint64 generation, const RoundOutcome& outcome);
    // Reads the counts, the quarantine and whether the vault is enrolled from the GUI's
    // connection (cheap queries).
    void readState();
    void setPhase(Phase phase);

    QPointer<VaultSession> m_session;
    CaseFileService& m_caseFile;
    QPointer<platform::Connectivity> m_connectivity;
    Options m_options;
    BackgroundRound m_round;
    QTimer m_timer;
    quint64 m_generation = 0;  // bumped by every lock: a round's late answer is then ignored
    Phase m_phase = Closed;
    RoundOutcome::Kind m_lastProblem = RoundOutcome::Kind::Completed;
    bool m_enrolled = false;
    std::int64_t m_lastSyncMs = 0;
    int m_pending = 0;
    int m_conflicts = 0;
    QVariantList m_quarantine;
    QString m_clockNotice;  // after a round that re-stamped changes made under a wrong clock
    After m_after;          // told the running round's outcome
    // A request asked for while a round ran: it starts when that one ends.
    BackgroundRound::First m_queuedFirst;
    After m_queuedAfter;
    bool m_roundAfter = false;  // syncSoon() while a round ran
};

}  // namespace veldwerk::app
