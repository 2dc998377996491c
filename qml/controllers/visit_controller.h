// View-model of the home visit (domain.md "A home visit, step by step"), one for the whole app:
// the visit this professional is on now (for the banner on every screen: how long it runs, when
// it should end, "Alles in orde?" once that has passed, "Hulp nodig"), and the sheet that starts,
// joins or ends a visit: who is present, the expected end, and the position while it is sought
// (ask / always / never from AppPreferences; no fix, a decline or a source error never block).
// Ending lists what still blocks closing (RT3) with the item that would meet it. Everything goes
// through core/visit (the vault's change record); starting, joining, extending and an alert sync
// at once when the server can be reached. Dutch for the screen, English without client data in
// the log.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "core/visit/visit_service.h"
#include "platform/positioning/checkin_position.h"
#include "qml/services/app_preferences.h"
#include "qml/services/case_file_service.h"
#include "qml/services/sync_service.h"

namespace veldwerk::app {

class VisitController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    Q_PROPERTY(veldwerk::app::SyncService* sync READ sync WRITE setSync NOTIFY inputsChanged)
    // The visit this professional is on now.
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(QString visitId READ visitId NOTIFY changed)
    Q_PROPERTY(QString caseId READ caseId NOTIFY changed)
    Q_PROPERTY(QString caseName READ caseName NOTIFY changed)
    // "32 min", "1 uur 5 min"; "Verwacht klaar om 15:42"
    Q_PROPERTY(QString elapsedText READ elapsedText NOTIFY ticked)
    Q_PROPERTY(QString expectedEndText READ expectedEndText NOTIFY changed)
    // The expected end has passed and this professional has not asked for help.
    Q_PROPERTY(bool overdue READ overdue NOTIFY changed)
    // "" or "Hulp gevraagd om 14:32 · wordt verstuurd" (then: verstuurd / wacht op netwerk).
    Q_PROPERTY(QString alertText READ alertText NOTIFY changed)
    // Bumped on every change, for bindings over joinableVisit().
    Q_PROPERTY(int revision READ revision NOTIFY changed)

    // The sheet: "" (closed), "start", "join" or "end".
    Q_PROPERTY(QString sheet READ sheet NOTIFY sheetChanged)
    Q_PROPERTY(QString sheetCaseName READ sheetCaseName NOTIFY sheetChanged)
    // The case's people: [{personId, name, detail, selected}].
    Q_PROPERTY(QVariantList presence READ presence NOTIFY sheetChanged)
    Q_PROPERTY(QString professionalsText READ professionalsText NOTIFY sheetChanged)
    Q_PROPERTY(QString others READ others WRITE setOthers NOTIFY sheetChanged)
    Q_PROPERTY(int expectMinutes READ expectMinutes WRITE setExpectMinutes NOTIFY sheetChanged)
    // "90 minuten, tot 15:42"
    Q_PROPERTY(QString expectText READ expectText NOTIFY sheetChanged)
    Q_PROPERTY(PositionState positionState READ positionState NOTIFY positionChanged)
    Q_PROPERTY(QString positionText READ positionText NOTIFY positionChanged)
    // The worker confirmed while the fix is still sought: the step follows the fix (or the
    // timeout, or "Nu zonder positie").
    Q_PROPERTY(bool waitingForFix READ waitingForFix NOTIFY positionChanged)
    // What blocks ending: [{ruleId, text, itemId, itemLabel, assessmentId, formTitle}].
    Q_PROPERTY(QVariantList blockers READ blockers NOTIFY sheetChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY sheetChanged)

public:
    enum PositionState { NotAsked, Asking, Seeking, Fixed, Declined, NoFix, Off };
    Q_ENUM(PositionState)

    explicit VisitController(QObject* parent = nullptr);
    ~VisitController() override;

    // Set once by main.cpp (tests: their own). Without sources, positioning counts as off;
    // without preferences, position use is `ask`.
    static void usePositionSources(platform::PositionSourceFactory sources);
    static void usePreferences(AppPreferences* preferences);
    // Tests: another clock (ms since the epoch) and fix timeout.
    static void useClock(std::function<std::int64_t()> now);
    static void useFixTimeout(std::chrono::milliseconds timeout);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    SyncService* sync() const { return m_sync; }
    void setSync(SyncService* sync);

    bool running() const { return m_visit.has_value(); }
    QString visitId() const;
    QString caseId() const;
    QString caseName() const { return m_caseName; }
    QString elapsedText() const;
    QString expectedEndText() const;
    bool overdue() const;
    QString alertText() const;
    int revision() const { return m_revision; }

    QString sheet() const { return m_sheet; }
    QString sheetCaseName() const { return m_sheetCaseName; }
    QVariantList presence() const { return m_presence; }
    QString professionalsText() const { return m_professionalsText; }
    QString others() const { return m_others; }
    void setOthers(const QString& others);
    int expectMinutes() const { return m_expectMinutes; }
    void setExpectMinutes(int minutes);
    QString expectText() const;
    PositionState positionState() const { return m_positionState; }
    QString positionText() const;
    bool waitingForFix() const { return m_waitingForFix; }
    QVariantList blockers() const { return m_blockers; }
    QString errorText() const { return m_errorText; }

    // This professional makes visits to the case (its JGT or GI member).
    Q_INVOKABLE bool canVisit(const QString& caseId);
    // A running visit of the case this professional is not on yet (the colleague's), or "".
    Q_INVOKABLE QString joinableVisit(const QString& caseId);
    Q_INVOKABLE void prepareStart(const QString& caseId);
    Q_INVOKABLE void prepareJoin(const QString& caseId);
    // Ends only when nothing blocks closing; otherwise the sheet lists the blockers.
    Q_INVOKABLE void prepareEnd();
    Q_INVOKABLE void setPresent(const QString& personId, bool present);
    Q_INVOKABLE void addExpectMinutes(int delta);
    Q_INVOKABLE void allowPosition();
    Q_INVOKABLE void declinePosition();
    // Starts, joins or ends with the position; waits for a fix still being sought.
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void closeSheet();
    // "Verlengen": the expected end moves `minutes` past the later of now and the old end.
    Q_INVOKABLE bool extend(int minutes);
    // "Ik heb hulp nodig": recorded and synced at once.
    Q_INVOKABLE bool alert();
    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void changed();
    void ticked();
    void sheetChanged();
    void positionChanged();
    // The sheet's step was done ("start", "join", "end"): the sheet closes.
    void done(const QString& step);

private:
    std::int64_t now() const;
    void beginPosition();
    void stopPosition();
    void onPosition(const visit::PositionStamp& stamp);
    void perform();
    void readBlockers();
    void setError(const QString& text);
    void syncSoon();
    void clear();

    QPointer<CaseFileService> m_caseFile;
    QPointer<SyncService> m_sync;
    std::optional<visit::VisitRecord> m_visit;
    QString m_caseName;
    int m_revision = 0;
    bool m_shownOverdue = false;  // as last announced
    QTimer m_tick;

    QString m_sheet;
    QString m_sheetCaseId;
    QString m_sheetVisitId;
    QString m_sheetCaseName;
    QVariantList m_presence;
    QString m_professionalsText;
    QString m_others;
    int m_expectMinutes = visit::kDefaultExpectMinutes;
    std::unique_ptr<platform::CheckinPosition> m_position;
    std::optional<visit::PositionStamp> m_stamp;
    PositionState m_positionState = NotAsked;
    bool m_waitingForFix = false;
    QVariantList m_blockers;
    QString m_errorText;
};

}  // namespace veldwerk::app
