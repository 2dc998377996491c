#include "qml/controllers/visit_controller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantMap>

#include "core/domain/case_membership.h"
#include "qml/services/dutch_wording.h"
#include "qml/services/visit_wording.h"

namespace veldwerk::app {

namespace {
platform::PositionSourceFactory g_sources;
QPointer<AppPreferences> g_preferences;
std::function<std::int64_t()> g_now;
std::chrono::milliseconds g_fixTimeout = platform::kFixTimeout;

constexpr int kMaxMinutes = 24 * 60;

platform::PositionUse positionUse() {
    if (!g_preferences) {
        return platform::PositionUse::Ask;
    }
    switch (g_preferences->positionUse()) {
        case AppPreferences::PositionUse::Always:
            return platform::PositionUse::Always;
        case AppPreferences::PositionUse::Never:
            return platform::PositionUse::Never;
        case AppPreferences::PositionUse::Ask:
            break;
    }
    return platform::PositionUse::Ask;
}

visit::PositionStamp without(const char* reason) {
    visit::PositionStamp stamp;
    stamp.reason = reason;
    return stamp;
}
}  // namespace

void VisitController::usePositionSources(platform::PositionSourceFactory sources) {
    g_sources = std::move(sources);
}

void VisitController::usePreferences(AppPreferences* preferences) {
    g_preferences = preferences;
}

void VisitController::useClock(std::function<std::int64_t()> now) {
    g_now = std::move(now);
}

void VisitController::useFixTimeout(std::chrono::milliseconds timeout) {
    g_fixTimeout = timeout;
}

VisitController::VisitController(QObject* parent) : QObject(parent) {
    // Elapsed time and the overdue moment, checked every second while a visit runs (cheap: no
    // vault access).
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        emit ticked();
        if (m_positionState == Fixed) {
            emit positionChanged();  // the fix's age
        }
        if (overdue() != m_shownOverdue) {
            m_shownOverdue = overdue();
            emit changed();
        }
    });
}

VisitController::~VisitController() = default;

std::int64_t VisitController::now() const {
    return g_now ? g_now() : QDateTime::currentMSecsSinceEpoch();
}

void VisitController::setCaseFile(CaseFileService* caseFile) {
    if (m_caseFile == caseFile) {
        return;
    }
    if (m_caseFile) {
        disconnect(m_caseFile, nullptr, this, nullptr);
    }
    m_caseFile = caseFile;
    if (m_caseFile) {
        connect(m_caseFile, &CaseFileService::opened, this, &VisitController::refresh);
        connect(m_caseFile, &CaseFileService::changedBySync, this, &VisitController::refresh);
        connect(m_caseFile, &CaseFileService::closed, this, &VisitController::clear);
    }
    emit inputsChanged();
    refresh();
}

void VisitController::setSync(SyncService* sync) {
    if (m_sync == sync) {
        return;
    }
    if (m_sync) {
        disconnect(m_sync, nullptr, this, nullptr);
    }
    m_sync = sync;
    if (m_sync) {
        // The alert's "verstuurd" follows the sync status.
        connect(m_sync, &SyncService::changed, this, [this] {
            if (!alertText().isEmpty()) {
                emit changed();
            }
        });
    }
    emit inputsChanged();
}

void VisitController::clear() {
    stopPosition();
    m_visit.reset();
    m_caseName.clear();
    m_tick.stop();
    m_sheet.clear();
    m_presence.clear();
    m_blockers.clear();
    m_errorText.clear();
    ++m_revision;
    emit sheetChanged();
    emit changed();
}

void VisitController::refresh() {
    m_visit.reset();
    m_caseName.clear();
    if (m_caseFile && m_caseFile->isOpen()) {
        try {
            visit::VisitService service(*m_caseFile->session().vault(), m_caseFile->forms());
            m_visit = service.current(m_caseFile->actor());
            if (m_visit) {
                if (const auto found =
                        m_caseFile->findCase(QString::fromStdString(m_visit->caseId))) {
                    m_caseName = wording::fromUtf8(found->name);
                }
            }
        } catch (const std::exception& e) {
            qWarning("visit: the current visit cannot be read: %s", e.what());
        }
    }
    if (m_visit) {
        m_tick.start();
    } else {
        m_tick.stop();
    }
    m_shownOverdue = overdue();
    ++m_revision;
    emit changed();
    emit ticked();
}

QString VisitController::visitId() const {
    return m_visit ? QString::fromStdString(m_visit->id) : QString();
}

QString VisitController::caseId() const {
    return m_visit ? QString::fromStdString(m_visit->caseId) : QString();
}

QString VisitController::elapsedText() const {
    return m_visit ? wording::durationText(now() - m_visit->startedAtMs) : QString();
}

QString VisitController::expectedEndText() const {
    if (!m_visit) {
        return {};
    }
    return tr("Verwacht klaar om %1").arg(wording::clockText(m_visit->expectedEndMs));
}

bool VisitController::overdue() const {
    if (!m_visit || !m_caseFile || !m_caseFile->isOpen()) {
        return false;
    }
    const auto* me = m_visit->professional(m_caseFile->actor().userId);
    return now() >= m_visit->expectedEndMs && (me == nullptr || !me->alertAtMs);
}

QString VisitController::alertText() const {
    if (!m_visit || !m_caseFile || !m_caseFile->isOpen()) {
        return {};
    }
    const auto* me = m_visit->professional(m_caseFile->actor().userId);
    if (me == nullptr || !me->alertAtMs) {
        return {};
    }
    const QString asked = tr("Hulp gevraagd om %1").arg(wording::clockText(*me->alertAtMs));
    if (!m_sync || !m_sync->enrolled()) {
        return tr("%1 · nog niet verstuurd: dit apparaat is niet gekoppeld").arg(asked);
    }
    if (m_sync->syncing()) {
        return tr("%1 · wordt verstuurd").arg(asked);
    }
    if (m_sync->pendingCount() > 0) {
        return tr("%1 · wacht op netwerk, wordt verstuurd zodra dat er is").arg(asked);
    }
    return tr("%1 · verstuurd").arg(asked);
}

void VisitController::setOthers(const QString& others) {
    if (m_others == others) {
        return;
    }
    m_others = others;
    emit sheetChanged();
}

void VisitController::setExpectMinutes(int minutes) {
    minutes = std::clamp(minutes, 15, kMaxMinutes);
    if (m_expectMinutes == minutes) {
        return;
    }
    m_expectMinutes = minutes;
    emit sheetChanged();
}

void VisitController::addExpectMinutes(int delta) {
    setExpectMinutes(m_expectMinutes + delta);
}

QString VisitController::expectText() const {
    return tr("%1 minuten, tot ongeveer %2")
        .arg(m_expectMinutes)
        .arg(wording::clockText(now() + std::int64_t{m_expectMinutes} * 60000));
}

QString VisitController::positionText() const {
    switch (m_positionState) {
        case NotAsked:
            return {};
        case Asking:
            return tr(
                "Mag de app je positie vastleggen bij dit bezoek? Die wordt bij het bezoek "
                "bewaard, zodat je team je kan vinden als het uitloopt.");
        case Seeking:
            return m_waitingForFix ? tr("Positie wordt bepaald… Je gaat verder zodra die er is "
                                        "(hooguit 30 seconden).")
                                   : tr("Positie wordt bepaald…");
        case Fixed:
            return m_stamp && m_stamp->fix
                       ? tr("Positie bepaald: %1").arg(wording::fixText(*m_stamp->fix, now()))
                       : QString();
        case Declined:
            return tr("Geen positie: je hebt die geweigerd.");
        case NoFix:
            return tr("Geen positie gevonden binnen 30 seconden. Het bezoek gaat gewoon door.");
        case Off:
            return tr("Positiebepaling staat uit (Instellingen of het apparaat).");
    }
    return {};
}

bool VisitController::canVisit(const QString& caseId) {
    if (!m_caseFile || !m_caseFile->isOpen() || caseId.isEmpty()) {
        return false;
    }
    const auto role = m_caseFile->roleIn(caseId);
    return role == "jgt" || role == "gi";
}

QString VisitController::joinableVisit(const QString& caseId) {
    if (!m_caseFile || !m_caseFile->isOpen() || caseId.isEmpty()) {
        return {};
    }
    if (!canVisit(caseId)) {
        return {};
    }
    try {
        visit::VisitService service(*m_caseFile->session().vault(), m_caseFile->forms());
        for (const auto& v : service.forCase(m_caseFile->actor(), caseId.toStdString())) {
            const auto* me = v.professional(m_caseFile->actor().userId);
            if (v.running() && (me == nullptr || !me->checkin)) {
                return QString::fromStdString(v.id);
            }
        }
    } catch (const std::exception& e) {
        qWarning("visit: the visits of a case cannot be read: %s", e.what());
    }
    return {};
}

void VisitController::prepareStart(const QString& caseId) {
    stopPosition();
    m_sheet = QStringLiteral("start");
    m_sheetCaseId = caseId;
    m_sheetVisitId.clear();
    m_sheetCaseName.clear();
    m_presence.clear();
    m_professionalsText.clear();
    m_others.clear();
    m_expectMinutes = visit::kDefaultExpectMinutes;
    m_blockers.clear();
    m_errorText.clear();
    if (m_caseFile && m_caseFile->isOpen()) {
        if (const auto found = m_caseFile->findCase(caseId)) {
            m_sheetCaseName = wording::fromUtf8(found->name);
        }
        for (const auto& person : m_caseFile->persons(caseId)) {
            m_presence.append(
                QVariantMap{{QStringLiteral("personId"), wording::fromUtf8(person.id)},
                            {QStringLiteral("name"), wording::fromUtf8(person.name)},
                            {QStringLiteral("detail"), wording::personRoleLabel(person.role)},
                            {QStringLiteral("selected"), false}});
        }
        try {
            QStringList others;
            const auto me = m_caseFile->actor().userId;
            for (const auto& m : domain::CaseMembership(*m_caseFile->session().vault())
                                     .members(caseId.toStdString())) {
                if (m.userId != me && (m.role == "jgt" || m.role == "gi")) {
                    others << tr("%1 (%2)").arg(wording::fromUtf8(m.displayName),
                                                wording::fromUtf8(m.role).toUpper());
                }
            }
            m_professionalsText =
                others.isEmpty()
                    ? tr("Jij checkt nu in.")
                    : tr("Jij checkt nu in; %1 sluit op de eigen tablet aan bij dit bezoek.")
                          .arg(others.join(tr(" en ")));
        } catch (const std::exception& e) {
            qWarning("visit: the members of a case cannot be read: %s", e.what());
        }
    }
    emit sheetChanged();
    beginPosition();
}

void VisitController::prepareJoin(const QString& caseId) {
    prepareStart(caseId);
    m_sheet = QStringLiteral("join");
    m_sheetVisitId = joinableVisit(caseId);
    emit sheetChanged();
}

void VisitController::prepareEnd() {
    stopPosition();
    m_sheet = QStringLiteral("end");
    m_sheetCaseId = caseId();
    m_sheetVisitId = visitId();
    m_sheetCaseName = m_caseName;
    m_errorText.clear();
    readBlockers();
    emit sheetChanged();
    if (m_blockers.isEmpty()) {
        beginPosition();
    }
}

void VisitController::readBlockers() {
    m_blockers.clear();
    if (!m_caseFile || !m_caseFile->isOpen() || m_sheetVisitId.isEmpty()) {
        return;
    }
    try {
        visit::VisitService service(*m_caseFile->session().vault(), m_caseFile->forms());
        for (const auto& b :
             service.closeBlockers(m_caseFile->actor(), m_sheetVisitId.toStdString())) {
            const auto* definition = m_caseFile->forms().find(b.formId);
            const std::string itemId = b.items.empty() ? std::string() : b.items.front();
            const auto* item =
                definition != nullptr && !itemId.empty() ? definition->item(itemId) : nullptr;
            m_blockers.append(QVariantMap{
                {QStringLiteral("ruleId"), wording::fromUtf8(b.ruleId)},
                {QStringLiteral("text"), wording::nl(b.message)},
                {QStringLiteral("assessmentId"), wording::fromUtf8(b.assessmentId)},
                {QStringLiteral("itemId"), wording::fromUtf8(itemId)},
                {QStringLiteral("itemLabel"),
                 item != nullptr ? wording::nl(item->label) : wording::fromUtf8(itemId)},
                {QStringLiteral("formTitle"), definition != nullptr
                                                  ? wording::nl(definition->title())
                                                  : wording::fromUtf8(b.formId)}});
        }
    } catch (const std::exception& e) {
        qWarning("visit: what blocks closing cannot be read: %s", e.what());
    }
}

void VisitController::setPresent(const QString& personId, bool present) {
    for (auto& entry : m_presence) {
        auto map = entry.toMap();
        if (map.value(QStringLiteral("personId")).toString() == personId) {
            map.insert(QStringLiteral("selected"), present);
            entry = map;
        }
    }
    emit sheetChanged();
}

void VisitController::beginPosition() {
    m_stamp.reset();
    m_waitingForFix = false;
    const auto use = positionUse();
    m_position = std::make_unique<platform::CheckinPosition>(g_sources, use, g_fixTimeout);
    connect(m_position.get(), &platform::CheckinPosition::finished, this,
            &VisitController::onPosition);
    if (use == platform::PositionUse::Ask) {
        m_positionState = Asking;
    } else {
        // `never` opens no source and answers "off" at once.
        m_positionState = use == platform::PositionUse::Never ? Off : Seeking;
        m_position->seek();
    }
    emit positionChanged();
}

void VisitController::stopPosition() {
    if (m_position) {
        m_position->disconnect(this);
        m_position.reset();
    }
    m_stamp.reset();
    m_waitingForFix = false;
    m_positionState = NotAsked;
    emit positionChanged();
}

void VisitController::allowPosition() {
    if (m_position && m_positionState == Asking) {
        m_positionState = Seeking;
        emit positionChanged();
        m_position->seek();
    }
}

void VisitController::declinePosition() {
    if (m_position && m_position->seeking()) {
        m_position->decline();  // finished("declined") follows at once
        return;
    }
    onPosition(without("declined"));
}

void VisitController::onPosition(const visit::PositionStamp& stamp) {
    m_stamp = stamp;
    m_positionState = stamp.fix                    ? Fixed
                      : stamp.reason == "off"      ? Off
                      : stamp.reason == "declined" ? Declined
                                                   : NoFix;
    const bool go = m_waitingForFix;
    m_waitingForFix = false;
    emit positionChanged();
    if (go) {
        perform();
    }
}

void VisitController::confirm() {
    if (m_sheet.isEmpty()) {
        return;
    }
    if (m_positionState == Asking) {
        // Going on without answering the question is not a yes.
        declinePosition();
    }
    if (m_positionState == Seeking) {
        m_waitingForFix = true;
        emit positionChanged();
        return;
    }
    perform();
}

void VisitController::perform() {
    if (!m_caseFile || !m_caseFile->isOpen()) {
        return;
    }
    // `never` answers "off" a moment after the sheet opened; a confirm before that says so too.
    const auto stamp = m_stamp ? *m_stamp
                               : without(m_positionState == Off        ? "off"
                                         : m_positionState == Declined ? "declined"
                                                                       : "no_fix");
    const QString step = m_sheet;
    try {
        visit::VisitService service(*m_caseFile->session().vault(), m_caseFile->forms());
        const auto& actor = m_caseFile->actor();
        if (step == QLatin1String("start")) {
            visit::VisitStart request;
            request.caseId = m_sheetCaseId.toStdString();
            request.expectMinutes = m_expectMinutes;
            for (const auto& entry : m_presence) {
                const auto map = entry.toMap();
                if (map.value(QStringLiteral("selected")).toBool()) {
                    request.present.push_back(
                        map.value(QStringLiteral("personId")).toString().toStdString());
                }
            }
            request.others = m_others.trimmed().toStdString();
            request.position = stamp;
            const auto id = service.start(actor, request);
            qInfo("visit: started %s", id.c_str());
        } else if (step == QLatin1String("join")) {
            service.join(actor, m_sheetVisitId.toStdString(), stamp);
            qInfo("visit: joined %s", m_sheetVisitId.toStdString().c_str());
        } else if (step == QLatin1String("end")) {
            service.end(actor, m_sheetVisitId.toStdString(), stamp);
            qInfo("visit: ended %s", m_sheetVisitId.toStdString().c_str());
        }
    } catch (const visit::VisitCloseRefused& e) {
        qInfo("visit: ending refused: %zu rules block closing", e.blockers().size());
        stopPosition();
        readBlockers();
        setError(
            tr("Het bezoek kan nog niet worden beëindigd: zie hieronder wat er nog moet "
               "worden vastgelegd."));
        return;
    } catch (const domain::AccessDenied& e) {
        qWarning("visit: %s refused: %s", qPrintable(step), e.what());
        setError(tr("Alleen de JGT- en GI-medewerkers van deze casus leggen een bezoek vast."));
        return;
    } catch (const visit::VisitRefused& e) {
        qWarning("visit: %s refused: %s", qPrintable(step), e.what());
        setError(tr("Dat kan niet meer: het bezoek is al beëindigd of je bent er al bij."));
        refresh();
        return;
    } catch (const std::exception& e) {
        qWarning("visit: %s failed: %s", qPrintable(step), e.what());
        setError(tr("Het bezoek kon niet worden opgeslagen. Probeer het nog eens."));
        return;
    }
    stopPosition();
    m_sheet.clear();
    m_errorText.clear();
    m_blockers.clear();
    emit sheetChanged();
    refresh();
    if (step != QLatin1String("end")) {
        syncSoon();  // so the office knows where its people are
    }
    emit done(step);
}

void VisitController::closeSheet() {
    stopPosition();
    m_sheet.clear();
    m_errorText.clear();
    emit sheetChanged();
}

bool VisitController::extend(int minutes) {
    if (!m_visit || !m_caseFile || !m_caseFile->isOpen()) {
        return false;
    }
    try {
        visit::VisitService(*m_caseFile->session().vault(), m_caseFile->forms())
            .extend(m_caseFile->actor(), m_visit->id, minutes);
    } catch (const std::exception& e) {
        qWarning("visit: extending failed: %s", e.what());
        return false;
    }
    refresh();
    syncSoon();
    return true;
}

bool VisitController::alert() {
    if (!m_visit || !m_caseFile || !m_caseFile->isOpen()) {
        return false;
    }
    try {
        visit::VisitService(*m_caseFile->session().vault(), m_caseFile->forms())
            .alert(m_caseFile->actor(), m_visit->id);
    } catch (const std::exception& e) {
        qWarning("visit: the alert could not be recorded: %s", e.what());
        return false;
    }
    qInfo("visit: alert recorded on %s", m_visit->id.c_str());
    refresh();
    syncSoon();
    return true;
}

void VisitController::syncSoon() {
    // A change made while a round ran (after its push) goes in the next round, at once.
    if (m_sync && !m_sync->syncSoon()) {
        qInfo("visit: no sync now (offline or not enrolled); the change waits");
    }
}

void VisitController::setError(const QString& text) {
    m_errorText = text;
    emit sheetChanged();
}

}  // namespace veldwerk::app
