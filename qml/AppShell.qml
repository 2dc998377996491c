import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Veldwerk

// The app's navigation: the unlock page while the vault is closed; once open, "Mijn casussen",
// then a case, then an assessment, each pushed on the one before. Locking clears the stack at
// once, so no client data stays on screen.
Item {
    id: root

    required property VaultSession session
    required property CaseFileService caseFile
    required property SyncService sync
    readonly property bool unlocked: root.session.state === VaultSession.Unlocked
    // No vault on this tablet (never enrolled, wiped, revoked): first run.
    readonly property bool firstRun: root.session.state === VaultSession.Wiped
                                     || (root.session.state === VaultSession.Error
                                         && root.session.problem === VaultSession.NoVault)
    // A route asked for before the vault was open: "case/ID", "case/ID/FORM" (start it),
    // "assessment/ID", "assessment/ID/ITEM" (scrolled to it), "assessment/ID/indienen" (submit),
    // "assessment/ID/zienswijze" (scrolled to the statements beside it),
    // "team/ID", "team/ID/toestemming" (scrolled to consent), "team/ID/sluiten" (asked to close),
    // "tijdlijn/ID", "meedenken", "meedenken/ID" (from that case), "meedenken[/ID]/antwoorden"
    // (a GI professional answering the first open question),
    // "noodtoegang", "noodtoegang/CASE" (emergency access), "review", "review/ID" (that
    // assessment read-only), "settings", "sync" (a sync round now, on the case list).
    property string pendingRoute

    function showCurrentPage(transition) {
        if (root.unlocked) {
            const list = stack.replace(null, caseListPage,
                                       { session: root.session, sync: root.sync,
                                         caseFile: root.caseFile },
                                       transition) as CaseListPage;
            list.caseOpened.connect(root.openCase);
            list.reviewRequested.connect(root.openReview);
            list.settingsRequested.connect(root.openSettings);
            list.consultationsRequested.connect(() => root.openConsultations(""));
            list.emergencyRequested.connect(() => root.openEmergency(""));
        } else if (root.firstRun) {
            stack.replace(null, firstRunPage, { session: root.session }, transition);
        } else {
            stack.replace(null, unlockPage, { session: root.session }, transition);
        }
        if (root.unlocked && root.pendingRoute.length > 0) {
            const route = root.pendingRoute;
            root.pendingRoute = "";
            root.openRoute(route);
        }
    }

    function openCase(caseId) {
        const page = stack.push(casePage, { caseFile: root.caseFile, caseId: caseId,
                                            visits: visits }) as CasePage;
        page.assessmentOpened.connect(root.openAssessment);
        page.backRequested.connect(root.back);
        page.teamRequested.connect(root.openTeam);
        page.familyPlanRequested.connect(root.openFamilyPlan);
        page.timelineRequested.connect(root.openTimeline);
        page.consultationsRequested.connect(root.openConsultations);
        return page;
    }

    function openTimeline(caseId) {
        const page = stack.push(timelinePage, { caseFile: root.caseFile,
                                                caseId: caseId }) as TimelinePage;
        page.backRequested.connect(root.back);
        return page;
    }

    // "Meedenken": from a case (caseId) or from the case list ("").
    function openConsultations(caseId) {
        const page = stack.push(consultationsPage, { caseFile: root.caseFile,
                                                     caseId: caseId }) as ConsultationsPage;
        page.backRequested.connect(root.back);
        return page;
    }

    function openFamilyPlan(caseId, caseName) {
        const page = stack.push(familyPlanPage, { caseFile: root.caseFile, caseId: caseId,
                                                  caseName: caseName }) as FamilyPlanPage;
        page.backRequested.connect(root.back);
        return page;
    }

    function openTeam(caseId, caseName) {
        const page = stack.push(caseTeamPage, { caseFile: root.caseFile, caseId: caseId,
                                                caseName: caseName,
                                                sync: root.sync }) as CaseTeamPage;
        page.backRequested.connect(root.back);
        page.caseClosed.connect(root.backToCaseList);
        return page;
    }

    // "Noodtoegang" (caseNumber: filled in, or "").
    function openEmergency(caseNumber) {
        const page = stack.push(emergencyAccessPage,
                                { caseFile: root.caseFile, sync: root.sync,
                                  caseNumber: caseNumber }) as EmergencyAccessPage;
        page.backRequested.connect(root.back);
        page.caseOpened.connect(caseId => {
            stack.pop();
            root.openCase(caseId);
        });
        return page;
    }

    // After closing a case: the case list, read again (the case says it leaves at the next sync).
    function backToCaseList() {
        stack.pop(null);
        (stack.currentItem as CaseListPage).refresh();
    }

    function openReview() {
        const page = stack.push(reviewQueuePage, { caseFile: root.caseFile }) as ReviewQueuePage;
        page.backRequested.connect(root.back);
        return page;
    }

    function openSettings() {
        const page = stack.push(settingsPage, { session: root.session }) as SettingsPage;
        page.backRequested.connect(root.back);
        return page;
    }

    function openAssessment(assessmentId) {
        const page = stack.push(assessmentPage, { caseFile: root.caseFile,
                                                  assessmentId: assessmentId }) as AssessmentPage;
        page.backRequested.connect(root.back);
        return page;
    }

    // Screenshots: the visit's screens ("visit-start/CASE", "visit-end", "visit-overdue",
    // "privacy": the neutral screen, pictured without locking).
    function openVisitRoute(parts) {
        if (parts[0] === "visit-start" && parts.length > 1) {
            root.openCase(parts[1]);
            visits.prepareStart(parts[1]);
        } else if (parts[0] === "visit-end" && visits.running) {
            root.openCase(visits.caseId);
            visits.prepareEnd();
        } else if (parts[0] === "visit-overdue" && visits.running) {
            root.openCase(visits.caseId);
            overduePrompt.open();
        } else if (parts[0] === "privacy") {
            privacyScreen.preview = true;
        }
    }

    function back() {
        stack.pop();
    }

    // The home screen, then `route` ("" stays home; "firstrun" and "unlock" while locked).
    function showScreen(route) {
        visits.closeSheet();
        overduePrompt.close();
        privacyScreen.preview = false;
        if (route === "firstrun") {
            stack.replace(null, firstRunPage, { session: root.session }, StackView.Immediate);
            return;
        }
        root.showCurrentPage(StackView.Immediate);
        if (route.length > 0 && route !== "unlock") {
            root.openRoute(route);
        }
    }

    function openRoute(route) {
        if (!root.unlocked) {
            root.pendingRoute = route;
            return;
        }
        const parts = route.split("/");
        if (parts[0] === "case" && parts.length > 1) {
            const page = root.openCase(parts[1]);
            if (parts.length > 2) {
                page.startInstrument(parts[2]);
            }
        } else if (parts[0] === "team" && parts.length > 1) {
            const team = root.openTeam(parts[1], "");
            if (parts.length > 2 && parts[2] === "toestemming") {
                team.showConsent();
            } else if (parts.length > 2 && parts[2] === "sluiten") {
                team.askClose();
            }
        } else if (parts[0] === "noodtoegang") {
            root.openEmergency(parts.length > 1 ? parts[1] : "");
        } else if (parts[0] === "gezinsplan" && parts.length > 1) {
            root.openFamilyPlan(parts[1], "");
        } else if (parts[0] === "tijdlijn" && parts.length > 1) {
            root.openTimeline(parts[1]);
        } else if (parts[0] === "meedenken" && parts[parts.length - 1] === "antwoorden") {
            root.openConsultations(parts.length > 2 ? parts[1] : "").answerFirst();
        } else if (parts[0] === "meedenken") {
            root.openConsultations(parts.length > 1 ? parts[1] : "");
        } else if (parts[0] === "review") {
            const review = root.openReview();
            if (parts.length > 1) {
                review.showAnswers(parts[1]);
            }
        } else if (parts[0] === "sync") {
            root.sync.syncNow();
        } else if (parts[0] === "settings") {
            root.openSettings();
        } else if (parts[0].startsWith("visit-") || parts[0] === "privacy") {
            root.openVisitRoute(parts);
        } else if (parts[0] === "assessment" && parts.length > 1) {
            const page = root.openAssessment(parts[1]);
            if (parts.length > 2 && parts[2] === "indienen") {
                page.submit();
            } else if (parts.length > 2 && parts[2] === "zienswijze") {
                page.showStatements();
            } else if (parts.length > 2) {
                page.showItem(parts[2]);
            }
        }
    }

    // The app's colours for every control below (also where the shell is not in Main's window).
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary

    // Locking replaces everything at once, without an animation that would keep it visible.
    onUnlockedChanged: {
        if (!root.unlocked) {
            overduePrompt.close();
        }
        root.showCurrentPage(root.unlocked ? StackView.ReplaceTransition : StackView.Immediate);
    }
    onFirstRunChanged: if (!root.unlocked) root.showCurrentPage(StackView.Immediate)
    Component.onCompleted: {
        PrivacyShield.session = root.session;
        root.showCurrentPage(StackView.Immediate);
    }

    // The home visit: one for the whole app, its banner above every page.
    VisitController {
        id: visits

        objectName: "visits"
        caseFile: root.caseFile
        sync: root.sync
        onChanged: if (visits.overdue && !overduePrompt.opened) overduePrompt.open()
    }
    VisitBanner {
        id: banner

        objectName: "visitBanner"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        visible: root.unlocked && visits.running
        controller: visits
        onEndRequested: visits.prepareEnd()
    }

    StackView {
        id: stack

        objectName: "stack"
        anchors.top: banner.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }

    VisitStartSheet {
        controller: visits
    }
    VisitEndSheet {
        controller: visits
        onItemRequested: (assessmentId, itemId) => {
            visits.closeSheet();
            root.openRoute("assessment/" + assessmentId + "/" + itemId);
        }
    }
    OverduePrompt {
        id: overduePrompt

        controller: visits
    }
    PrivacyScreen {
        id: privacyScreen

        anchors.fill: parent
        z: 10
    }

    // The crisis numbers, one tap away from every page header while the vault is open (they are in
    // it). In the header, not floating over the page: a floating button hid the rows beneath it.
    CrisisCardSheet {
        id: crisisCard

        objectName: "crisisCard"
        session: root.session
    }
    Binding {
        target: CrisisShortcut
        property: "available"
        value: root.unlocked
    }
    Connections {
        target: CrisisShortcut

        function onRequested() {
            crisisCard.open();
        }
    }

    Component {
        id: unlockPage

        UnlockPage {}
    }
    Component {
        id: caseListPage

        CaseListPage {}
    }
    Component {
        id: casePage

        CasePage {}
    }
    Component {
        id: assessmentPage

        AssessmentPage {}
    }
    Component {
        id: firstRunPage

        FirstRunPage {}
    }
    Component {
        id: caseTeamPage

        CaseTeamPage {}
    }
    Component {
        id: reviewQueuePage

        ReviewQueuePage {}
    }
    Component {
        id: emergencyAccessPage

        EmergencyAccessPage {}
    }
    Component {
        id: familyPlanPage

        FamilyPlanPage {}
    }
    Component {
        id: timelinePage

        TimelinePage {}
    }
    Component {
        id: consultationsPage

        ConsultationsPage {}
    }
    Component {
        id: settingsPage

        SettingsPage {}
    }
}
