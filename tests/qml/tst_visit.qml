import QtQuick
import QtTest
import Veldwerk
import VeldwerkTest

// The home visit through the app's own navigation over a real vault: starting a visit from the
// case page shows the banner on every screen; past the expected end "Alles in orde?" asks, and
// "Ik heb hulp nodig" records an alert; an unsafe risicotaxatie without a Veilig Thuis action
// blocks the end sheet (RT3) with a button to the question; the privacy screen hides the case and
// returning asks the passphrase.
Item {
    id: scene

    width: 1280
    height: 800

    Component {
        id: shellComponent

        AppShell {
            anchors.fill: parent
            session: TestSession
            caseFile: TestCaseFile
            sync: TestSync
        }
    }

    TestCase {
        id: test

        name: "Visit"
        when: windowShown

        property var shell: null

        function stack() {
            return findChild(test.shell, "stack");
        }

        function unlock() {
            const field = findChild(test.shell, "passphraseField");
            verify(field, "passphrase field");
            tryCompare(field, "visible", true);
            field.text = "qml-test-wachtwoord";
            mouseClick(findChild(test.shell, "unlockButton"));
            tryCompare(TestSession, "state", VaultSession.Unlocked, 10000);
            tryCompare(test.stack(), "busy", false);
        }

        function openTestmans() {
            if (!test.shell) {
                test.shell = createTemporaryObject(shellComponent, scene);
            }
            if (TestSession.state !== VaultSession.Unlocked) {
                test.unlock();
            }
            const list = findChild(test.shell, "caseList");
            tryCompare(list, "count", 2);
            let testmans = null;
            for (let i = 0; i < list.count; ++i) {
                const delegate = list.itemAtIndex(i);
                if (delegate && delegate.name === "Gezin Testmans") {
                    testmans = delegate;
                }
            }
            verify(testmans, "Gezin Testmans in the case list");
            mouseClick(testmans);
            tryVerify(() => findChild(test.stack().currentItem, "instrumentList") !== null);
            tryCompare(test.stack(), "busy", false);
            return test.stack().currentItem;
        }

        // Every visible text in the tree under `item`.
        function visibleTexts(item, out) {
            if (!item || !item.visible) {
                return out;
            }
            if (item.text !== undefined && typeof item.text === "string" && item.text.length > 0) {
                out.push(item.text);
            }
            for (let i = 0; i < item.children.length; ++i) {
                test.visibleTexts(item.children[i], out);
            }
            return out;
        }

        function test_1_starting_a_visit_shows_the_banner_on_every_screen() {
            const casePage = test.openTestmans();
            const banner = findChild(test.shell, "visitBanner");
            verify(!banner.visible);
            const start = findChild(casePage, "visitStartButton");
            verify(start.visible);
            compare(start.text, "Bezoek starten");
            mouseClick(start);
            const sheet = findChild(test.shell, "visitStartSheet");
            tryCompare(sheet, "opened", true);
            // Who is present: the case's people; the expected end by default 90 minutes.
            compare(findChild(test.shell, "visits").presence.length, 2);
            verify(findChild(sheet.contentItem, "expectText").text.indexOf("90 minuten") === 0);
            mouseClick(findChild(sheet.contentItem, "longerButton"));
            verify(findChild(sheet.contentItem, "expectText").text.indexOf("105 minuten") === 0);
            // Position use "ask": the question, and no is an answer.
            const position = findChild(sheet.contentItem, "positionText");
            verify(position.text.indexOf("Mag de app je positie") === 0, position.text);
            mouseClick(findChild(sheet.contentItem, "declinePositionButton"));
            compare(position.text, "Geen positie: je hebt die geweigerd.");
            mouseClick(findChild(sheet.footer, "confirmVisitButton"));
            tryCompare(sheet, "visible", false);

            tryCompare(banner, "visible", true);
            compare(findChild(banner, "bannerTitle").text, "Bezoek bij Gezin Testmans");
            const times = findChild(banner, "bannerTimes").text;
            verify(times.indexOf("0 min bezig · Verwacht klaar om ") === 0, times);
            verify(!start.visible, "no second visit while one runs");
            verify(findChild(banner, "bannerHelpButton").visible);
            verify(findChild(banner, "bannerEndButton").visible);

            // Every screen: back on the case list the banner stays.
            mouseClick(findChild(casePage, "backButton"));
            tryCompare(test.stack(), "busy", false);
            verify(findChild(test.stack().currentItem, "caseList") !== null);
            verify(banner.visible);
        }

        function test_2_past_the_expected_end_alles_in_orde_asks() {
            test.openTestmans();
            const prompt = findChild(test.shell, "overduePrompt");
            verify(!prompt.opened);
            TestClock.advanceMinutes(106);
            tryCompare(prompt, "opened", true, 3000);
            verify(findChild(prompt.contentItem, "overdueText").text.indexOf("is voorbij") > 0);
            const banner = findChild(test.shell, "visitBanner");
            verify(findChild(banner, "bannerTimes").text.indexOf("verwachte eindtijd is voorbij") > 0);

            // Extend: the prompt goes, and comes back when the new end has passed.
            mouseClick(findChild(prompt.contentItem, "extendButton"));
            tryCompare(prompt, "opened", false);
            TestClock.advanceMinutes(31);
            tryCompare(prompt, "opened", true, 3000);

            // Help: recorded at once (this vault is not enrolled, and the banner says so).
            mouseClick(findChild(prompt.contentItem, "needHelpButton"));
            const alert = findChild(banner, "bannerAlert");
            tryCompare(alert, "visible", true);
            verify(alert.text.indexOf("Hulp gevraagd om ") === 0, alert.text);
            verify(alert.text.indexOf("niet gekoppeld") > 0, alert.text);
            const close = findChild(prompt.contentItem, "closePromptButton");
            verify(close.visible);
            mouseClick(close);
            tryCompare(prompt, "opened", false);
        }

        function test_3_rt3_blocks_the_end_sheet_until_an_action_is_recorded() {
            const casePage = test.openTestmans();
            // An unsafe judgement in a risicotaxatie edited during the visit.
            const instruments = findChild(casePage, "instrumentList");
            let button = null;
            for (let i = 0; i < instruments.count; ++i) {
                const item = instruments.itemAtIndex(i);
                if (item && item.formId === "risicotaxatie") {
                    button = item;
                }
            }
            mouseClick(button);
            const picker = findChild(casePage, "subjectPicker");
            tryCompare(picker, "opened", true);
            mouseClick(findChild(picker.contentItem, "subjectList").itemAtIndex(0));
            tryCompare(picker, "visible", false);
            tryVerify(() => test.stack().currentItem.formController !== undefined);
            tryCompare(test.stack(), "busy", false);
            const page = test.stack().currentItem;
            tryCompare(page.formController, "loaded", true);
            compare(page.formController.title.indexOf("Risicotaxatie"), 0);
            verify(page.formController.setAnswer("oordeel_veiligheid", "onveilig"));

            mouseClick(findChild(findChild(test.shell, "visitBanner"), "bannerEndButton"));
            const sheet = findChild(test.shell, "visitEndSheet");
            tryCompare(sheet, "opened", true);
            const blocker = findChild(sheet.contentItem, "blocker_RT3");
            verify(blocker, "RT3 is listed");
            verify(findChild(blocker, "blockerText").text.length > 0);
            verify(!findChild(sheet.footer, "confirmEndButton").visible, "no way to end it");

            // The button opens the assessment at the question that meets it.
            mouseClick(findChild(blocker, "blockerItemButton"));
            tryCompare(sheet, "visible", false);
            tryCompare(test.stack(), "busy", false);
            const opened = test.stack().currentItem;
            compare(opened.assessmentId, page.assessmentId);
            tryVerify(() => findChild(findChild(opened, "questionList"),
                                      "item_besluit_acties") !== null);
            verify(opened.formController.toggleOption("besluit_acties", "veilig_thuis_melding",
                                                      true));

            mouseClick(findChild(findChild(test.shell, "visitBanner"), "bannerEndButton"));
            tryCompare(sheet, "opened", true);
            verify(findChild(sheet.contentItem, "blocker_RT3") === null);
            verify(findChild(sheet.footer, "confirmEndButton").visible);
            mouseClick(findChild(sheet.footer, "cancelEndButton"));  // the visit goes on
            tryCompare(sheet, "visible", false);
        }

        function test_4_privacy_screen_hides_the_case_and_asks_the_passphrase() {
            const casePage = test.openTestmans();
            const privacy = findChild(test.shell, "privacyScreen");
            verify(!privacy.visible);
            mouseClick(findChild(casePage, "privacyButton"));
            verify(privacy.visible);
            compare(TestSession.state, VaultSession.Locked);
            tryCompare(test.stack(), "busy", false);
            // Nothing of the case anywhere on screen: not the page, not the banner.
            verify(!findChild(test.shell, "visitBanner").visible);
            const shown = test.visibleTexts(test.shell, []).join(" | ");
            verify(shown.indexOf("Testmans") < 0, shown);
            verify(shown.indexOf("Sam") < 0, shown);
            verify(shown.indexOf("Bezoek") < 0, shown);

            // Returning: the unlock page with its passphrase.
            mouseClick(findChild(privacy, "revealButton"));
            verify(!privacy.visible);
            const field = findChild(test.shell, "passphraseField");
            tryCompare(field, "visible", true);
            test.unlock();
            tryCompare(findChild(test.shell, "visitBanner"), "visible", true);
        }

        // "Crisis" sits in the page header, on every page, in both orientations: it floated over the
        // page before and hid the status of the list row beneath it. In portrait the page's actions
        // move under the title, so the family's name is not cut to "…".
        function test_5_crisis_numbers_from_the_header_without_hiding_the_page() {
            for (const size of [[1280, 800], [800, 1280]]) {
                scene.width = size[0];
                scene.height = size[1];
                if (test.shell) {
                    waitForRendering(test.shell);
                }
                const casePage = test.openTestmans();
                const header = casePage.header;
                const crisis = findChild(header, "crisisButton");
                verify(crisis.visible, "crisis button at " + size);
                const title = findChild(header, "pageTitle");
                tryCompare(title, "truncated", false, 5000, "title cut at " + size);
                const actions = findChild(header, "pageActions");
                if (size[0] < 1000) {
                    verify(actions.y >= title.y + title.height, "actions under the title in portrait");
                }
                const sheet = findChild(test.shell, "crisisCard");
                verify(!sheet.opened);
                mouseClick(crisis);
                tryCompare(sheet, "opened", true);
                keyClick(Qt.Key_Escape);
                tryCompare(sheet, "opened", false);
                tryCompare(sheet, "shown", false);
                findChild(header, "backButton").clicked();
                tryCompare(test.stack(), "busy", false);
            }
            scene.width = 1280;
            scene.height = 800;
        }
    }
}
