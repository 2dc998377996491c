import QtQuick
import QtTest
import Veldwerk
import VeldwerkTest

// The kitchen-table flow over a real vault, through the app's own navigation: unlock, open
// "Gezin Testmans", start a risicotaxatie for its child, answer acuut_letsel = Ja, see RT1's
// suggestion appear (and not be applied), take it over, and find the answer stored when the
// assessment is read again from the vault. Then: submission is refused with the Dutch reasons,
// an invalid date is explained and not stored, and a kindcheck hides its child items and adds
// group entries.
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
    Component {
        id: freshController

        AssessmentController {
            caseFile: TestCaseFile
        }
    }

    TestCase {
        id: test

        name: "Assessment"
        when: windowShown

        property var shell: null

        function stack() {
            return findChild(test.shell, "stack");
        }

        function unlockAndOpenTestmans() {
            test.shell = createTemporaryObject(shellComponent, scene);
            const field = findChild(test.shell, "passphraseField");
            verify(field, "passphrase field");
            field.text = "qml-test-wachtwoord";
            mouseClick(findChild(test.shell, "unlockButton"));
            tryCompare(TestSession, "state", VaultSession.Unlocked, 10000);
            tryCompare(test.stack(), "busy", false);
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

        // Starts an instrument from the case page, picking the first person offered.
        function start(casePage, formId, expectedPerson) {
            const instruments = findChild(casePage, "instrumentList");
            let index = -1;
            for (let i = 0; i < instruments.count; ++i) {
                const item = instruments.itemAtIndex(i);
                if (item && item.formId === formId) {
                    index = i;
                }
            }
            verify(index >= 0, "start button for " + formId);
            // Scrolled into view first, as a finger would: the page may hold more than fits.
            const button = instruments.itemAtIndex(index);
            let flick = button.parent;
            while (flick && !(flick.contentY !== undefined && flick.contentHeight > flick.height)) {
                flick = flick.parent;
            }
            if (flick) {
                const at = button.mapToItem(flick.contentItem, 0, 0);
                flick.contentY = Math.max(0, Math.min(at.y + button.height - flick.height + 8,
                                                      flick.contentHeight - flick.height));
            }
            waitForRendering(button);
            mouseClick(button);
            const picker = findChild(casePage, "subjectPicker");
            tryCompare(picker, "opened", true);
            const people = findChild(picker.contentItem, "subjectList");
            compare(people.count, 1);
            const person = people.itemAtIndex(0);
            compare(person.modelData.name, expectedPerson);
            mouseClick(person);
            // Until the dialog has faded out, its modal overlay takes the taps.
            tryCompare(picker, "visible", false);
            tryVerify(() => test.stack().currentItem.formController !== undefined);
            tryCompare(test.stack(), "busy", false);
            const page = test.stack().currentItem;
            tryCompare(page.formController, "loaded", true);
            return page;
        }

        // The card of an item, scrolled into view.
        function card(page, itemId) {
            const row = page.formController.form.rowOf(itemId);
            verify(row >= 0, itemId + " is shown");
            const questions = findChild(page, "questionList");
            questions.positionViewAtIndex(row, ListView.Center);
            let found = null;
            tryVerify(() => {
                found = findChild(questions, "item_" + itemId);
                return found !== null;
            });
            // Cards above it may still grow once their rows of options are laid out: position
            // again when they have.
            waitForRendering(questions);
            questions.positionViewAtIndex(row, ListView.Center);
            waitForRendering(questions);
            return findChild(questions, "item_" + itemId);
        }

        function ruleCard(page, ruleId) {
            const rules = findChild(page, "rulesList");
            const row = page.formController.rules.rowOf(ruleId);
            verify(row >= 0, ruleId + " is shown");
            rules.positionViewAtIndex(row, ListView.Beginning);
            let found = null;
            tryVerify(() => {
                found = findChild(rules, "rule_" + ruleId);
                return found !== null;
            });
            return found;
        }

        function cleanup() {
            if (TestSession.state === VaultSession.Unlocked) {
                TestSession.lock();
            }
        }

        function test_1_acute_answer_suggests_unsafe_and_taking_it_over_stores_it() {
            const casePage = unlockAndOpenTestmans();
            const page = start(casePage, "risicotaxatie", "Sam Testmans");
            const form = page.formController.form;
            const rules = page.formController.rules;
            compare(page.formController.status, "draft");
            compare(page.formController.subjectName, "Sam Testmans");
            verify(form.valueOf("oordeel_veiligheid", "isMissing"), "judgement still open");
            compare(rules.rowOf("RT1"), -1);

            mouseClick(findChild(card(page, "acuut_letsel"), "option_ja"));
            compare(form.valueOf("acuut_letsel", "answer"), "ja");

            // The suggestion appears, in the rules panel and at the item, and is not applied.
            verify(rules.rowOf("RT1") >= 0, "RT1 fires");
            compare(rules.valueOf("RT1", "suggests"), true);
            compare(rules.valueOf("RT1", "suggestionTaken"), false);
            verify(rules.valueOf("RT1", "message").indexOf("onveilig") >= 0);
            verify(form.valueOf("oordeel_veiligheid", "suggestion").indexOf("RT1") >= 0);
            compare(form.valueOf("oordeel_veiligheid", "answer"), "");

            const rt1 = ruleCard(page, "RT1");
            const take = findChild(rt1, "takeSuggestion");
            verify(take.visible, "Overnemen is offered");
            mouseClick(take);

            compare(form.valueOf("oordeel_veiligheid", "answer"), "onveilig");
            compare(form.valueOf("oordeel_veiligheid", "isMissing"), false);
            compare(rules.valueOf("RT1", "suggestionTaken"), true);
            compare(form.valueOf("oordeel_veiligheid", "suggestion"), "");
            // Unsafe asks for an action (RT3), which blocks submission.
            compare(rules.valueOf("RT3", "blocking"), true);

            // Stored: a controller that reads the assessment afresh from the vault sees it.
            const reread = createTemporaryObject(freshController, scene,
                                                 { assessmentId: page.assessmentId });
            tryCompare(reread, "loaded", true);
            compare(reread.form.valueOf("oordeel_veiligheid", "answer"), "onveilig");
            compare(reread.form.valueOf("acuut_letsel", "answer"), "ja");
        }

        function test_2_submission_is_refused_in_dutch_until_allowed() {
            const casePage = unlockAndOpenTestmans();
            const page = start(casePage, "risicotaxatie", "Sam Testmans");
            const ctl = page.formController;
            verify(!ctl.canSubmit);
            verify(ctl.blockers.length > 0);
            verify(findChild(page, "submitState").text.indexOf("punten") >= 0);

            mouseClick(findChild(page, "submitButton"));
            const dialog = findChild(page, "refusalDialog");
            tryCompare(dialog, "opened", true);
            const reason = findChild(dialog.contentItem, "refusalText").text;
            verify(reason.indexOf("Indienen kan nog niet") >= 0, reason);
            verify(reason.indexOf("Nog niet ingevuld: Hoe veilig is het kind nu?") >= 0, reason);
            compare(ctl.status, "draft");
            dialog.close();
            tryCompare(dialog, "visible", false);

            // Answer what blocks, and it goes through.
            ctl.setAnswer("oordeel_veiligheid", "veilig");
            ctl.setAnswer("oordeel_risico", "laag");
            ctl.editText("oordeel_toelichting", "Geen zorgen gezien tijdens het bezoek.");
            ctl.flush();
            tryCompare(ctl, "canSubmit", true);
            mouseClick(findChild(page, "submitButton"));
            tryCompare(ctl, "status", "submitted");
            compare(ctl.statusLabel, "Ingediend");
            compare(ctl.editable, false);
        }

        function test_3_an_invalid_date_is_explained_and_not_stored() {
            const casePage = unlockAndOpenTestmans();
            const page = start(casePage, "risicotaxatie", "Sam Testmans");
            const ctl = page.formController;
            const field = findChild(card(page, "besluit_evaluatiedatum"), "dateField");
            verify(field, "date field");
            mouseClick(field);
            verify(field.activeFocus, "the date field has the keyboard");
            keyClick(Qt.Key_2); keyClick(Qt.Key_0); keyClick(Qt.Key_2); keyClick(Qt.Key_5);
            keyClick(Qt.Key_Minus); keyClick(Qt.Key_1); keyClick(Qt.Key_3);
            keyClick(Qt.Key_Minus); keyClick(Qt.Key_4); keyClick(Qt.Key_0);
            compare(field.text, "2025-13-40");
            const problem = ctl.form.valueOf("besluit_evaluatiedatum", "problem");
            verify(problem.indexOf("geen geldige datum") >= 0, problem);
            const reread = createTemporaryObject(freshController, scene,
                                                 { assessmentId: page.assessmentId });
            tryCompare(reread, "loaded", true);
            compare(reread.form.valueOf("besluit_evaluatiedatum", "answer"), "");

            // A real date is stored and the message goes.
            ctl.editDate("besluit_evaluatiedatum", "2025-06-30", true);
            compare(ctl.form.valueOf("besluit_evaluatiedatum", "problem"), "");
            compare(ctl.form.valueOf("besluit_evaluatiedatum", "answer"), "2025-06-30");
        }

        function test_4_kindcheck_hides_child_items_and_adds_entries() {
            const casePage = unlockAndOpenTestmans();
            const page = start(casePage, "kindcheck", "Robin Testmans");
            const ctl = page.formController;
            const form = ctl.form;
            verify(form.rowOf("kc_kinderen") >= 0, "children shown while unknown");

            // A group entry with its fields, stored as typed.
            mouseClick(findChild(card(page, "kc_kinderen"), "addEntry_kc_kinderen"));
            compare(form.valueOf("kc_kinderen", "entryCount"), 1);
            const fields = form.valueOf("kc_kinderen", "entryFields");
            compare(fields.count, 4);

            // No children and no pregnancy: the child items disappear.
            ctl.setAnswer("kc_zorgt_voor_kinderen", "nee");
            ctl.setAnswer("kc_zwanger", "nee");
            compare(form.rowOf("kc_kinderen"), -1);
            ctl.setAnswer("kc_zwanger", "ja");
            verify(form.rowOf("kc_kinderen") >= 0, "children shown again");
        }

        function test_5_a_justification_typed_is_stored_as_it_is_typed() {
            const casePage = unlockAndOpenTestmans();
            const page = start(casePage, "risicotaxatie", "Sam Testmans");
            const ctl = page.formController;
            // Raised risk, evaluated in 60 days: RT7 warns and asks for a justification.
            ctl.setAnswer("oordeel_veiligheid", "veilig");
            ctl.setAnswer("oordeel_risico", "verhoogd");
            ctl.setAnswer("oordeel_toelichting", "Zorgen.");
            const later = new Date();
            later.setDate(later.getDate() + 60);
            ctl.editDate("besluit_evaluatiedatum", Qt.formatDate(later, "yyyy-MM-dd"), true);
            compare(ctl.rules.valueOf("RT7", "warning"), true);
            verify(!ctl.canSubmit);

            const field = findChild(ruleCard(page, "RT7"), "justification");
            verify(field.visible && field.enabled, "the justification can be typed");
            mouseClick(field);
            keyClick(Qt.Key_Z); keyClick(Qt.Key_O); keyClick(Qt.Key_M);
            keyClick(Qt.Key_E); keyClick(Qt.Key_R);
            compare(field.text, "zomer");
            verify(ctl.canSubmit, "what is typed counts");
            // Stored after the typing pause: a controller reading the vault afresh has it.
            const reread = createTemporaryObject(freshController, scene,
                                                 { assessmentId: page.assessmentId });
            tryVerify(() => reread.rules.valueOf("RT7", "justification") === "zomer", 3000);
            verify(reread.canSubmit);
        }
    }
}
