import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import QtTest
import Veldwerk
import VeldwerkTest

// Issue 11, point 8: on every page of the app (unlock, first run, the case list, a case, its
// family and team, closing it, emergency access, the family's plan, each of the five instruments
// with its subject picker, the review queue, the settings, the timeline, meedenken and the phase
// and escalation dialogs), every control a finger or a screen reader reaches has an
// Accessible.name and is at least 48 x 48 (the page's item tree and the popups above it are
// walked; a control's own insides are its own business). A failure lists every control at
// fault, per page. The walk goes by keyboard where it can: the passphrase typed and Enter, Enter
// on a focused case.
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

        name: "Accessibility"
        when: windowShown

        readonly property int minimum: 48
        property var shell: null
        property var faults: []

        function fault(text) {
            if (test.faults.indexOf(text) < 0) {
                test.faults.push(text);
            }
        }

        function stack() {
            return findChild(test.shell, "stack");
        }

        function interactive(item) {
            return item instanceof T.AbstractButton || item instanceof TextInput
                    || item instanceof TextEdit || item instanceof T.ComboBox
                    || item instanceof T.Slider || item instanceof T.SpinBox
                    || item instanceof MouseArea;
        }

        function describe(item) {
            const what = item.objectName.length > 0 ? item.objectName
                       : item.text !== undefined && String(item.text).length > 0
                         ? "\"" + String(item.text).slice(0, 40) + "\""
                       : item.placeholderText !== undefined && item.placeholderText.length > 0
                         ? "\"" + item.placeholderText.slice(0, 40) + "\"" : "";
            return String(item).split("(")[0] + " " + what;
        }

        function walk(item, page) {
            if (!item || !item.visible || item.opacity === 0) {
                return;
            }
            if (test.interactive(item) && item.enabled !== false) {
                const name = item.Accessible.name;
                if (!name || String(name).trim().length === 0) {
                    test.fault(page + ": " + test.describe(item) + " has no Accessible.name");
                }
                if (item.width < test.minimum - 0.5 || item.height < test.minimum - 0.5) {
                    test.fault(page + ": " + test.describe(item) + " is "
                                     + Math.round(item.width) + "x" + Math.round(item.height));
                }
                return;
            }
            for (let i = 0; i < item.children.length; ++i) {
                test.walk(item.children[i], page);
            }
        }

        // The page on top of the stack and whatever popup is open above it.
        function audit(page) {
            tryCompare(test.stack(), "busy", false);
            waitForRendering(test.shell);
            test.walk(test.stack().currentItem, page);
            const overlay = test.shell.Overlay.overlay;
            for (let i = 0; overlay && i < overlay.children.length; ++i) {
                test.walk(overlay.children[i], page + " (popup)");
            }
        }

        function test_everyControlIsNamedAndBigEnough() {
            test.shell = createTemporaryObject(shellComponent, scene);
            test.audit("unlock");
            test.shell.showScreen("firstrun");
            test.audit("first run");

            // A hardware keyboard: type the passphrase, Enter unlocks.
            test.shell.showScreen("unlock");
            const field = findChild(test.shell, "passphraseField");
            field.forceActiveFocus();
            for (const c of "qml-test-wachtwoord") {
                keyClick(c);
            }
            keyClick(Qt.Key_Return);
            tryCompare(TestSession, "state", VaultSession.Unlocked, 10000);
            tryCompare(test.stack(), "busy", false);
            const list = findChild(test.shell, "caseList");
            tryCompare(list, "count", 2);
            test.audit("case list");

            let testmans = null;
            for (let i = 0; i < list.count; ++i) {
                const delegate = list.itemAtIndex(i);
                if (delegate && delegate.name === "Gezin Testmans") {
                    testmans = delegate;
                }
            }
            verify(testmans, "Gezin Testmans in the case list");
            // Enter on a focused case opens it.
            testmans.forceActiveFocus();
            keyClick(Qt.Key_Return);
            tryVerify(() => findChild(test.stack().currentItem, "instrumentList") !== null);
            const caseId = test.stack().currentItem.caseId;
            test.audit("case");

            test.shell.showScreen("team/" + caseId);
            test.audit("family and team");
            // Closing the case: its confirmation (issue 14.6).
            test.shell.showScreen("team/" + caseId + "/sluiten");
            tryVerify(() => findChild(test.stack().currentItem, "closeCaseDialog").opened);
            test.audit("close case");
            // Emergency access (issue 14.5) and the family's plan with "Delen" (issue 14.2).
            test.shell.showScreen("noodtoegang");
            test.audit("emergency access");
            test.shell.showScreen("gezinsplan/" + caseId);
            test.audit("family plan");
            test.shell.showScreen("settings");
            test.audit("settings");
            test.shell.showScreen("review");
            test.audit("review queue");

            // Following through (issue 13): the timeline, meedenken (from a case and from the
            // list, with the GI's answer dialog), and the case page's phase and escalation dialogs.
            test.shell.showScreen("tijdlijn/" + caseId);
            test.audit("timeline");
            test.shell.showScreen("meedenken");
            test.audit("consultations");
            test.shell.showScreen("meedenken/" + caseId);
            test.audit("consultations of a case");
            const answer = findChild(test.stack().currentItem, "answerDialog");
            answer.open();
            tryCompare(answer, "opened", true);
            test.audit("answer a consultation");
            answer.close();
            tryCompare(answer, "visible", false);
            test.shell.showScreen("case/" + caseId);
            for (const name of ["phase", "escalation", "outcome"]) {
                const dialog = findChild(test.stack().currentItem, name + "Dialog");
                dialog.open();
                tryCompare(dialog, "opened", true);
                test.audit(name + " dialog");
                dialog.close();
                tryCompare(dialog, "visible", false);
            }

            // The JGT keeps regie (issue 13.2): only the GI co-signature is missing, so "Indienen"
            // offers submitting without it; the button stays disabled, saying why, until a
            // reason is written. And the GI's disagreement dialog beside it.
            test.shell.showScreen("assessment/" + TestWorld.uncosigned);
            tryCompare(test.stack().currentItem.formController, "loaded", true, 20000);
            verify(findChild(test.stack().currentItem, "cosignPanel").visible === false,
                   "a JGT worker sees no co-signature panel before anyone co-signed");
            test.shell.showScreen("assessment/" + TestWorld.uncosigned + "/indienen");
            const without = findChild(test.stack().currentItem, "withoutCosignDialog");
            tryCompare(without, "opened", true);
            const send = findChild(without.footer, "submitWithoutCosign");
            compare(send.enabled, false, "no reason, no submission");
            const why = findChild(without.contentItem, "withoutCosignProblem");
            verify(why.visible, "the disabled button says why");
            verify(why.text.indexOf("Schrijf eerst de reden op") === 0, why.text);
            test.audit("submit without co-signature");
            const reason = findChild(without.contentItem, "withoutCosignReason");
            reason.text = "   ";
            compare(send.enabled, false, "a blank reason is no reason");
            reason.text = "De GI-collega is twee weken afwezig.";
            compare(send.enabled, true);
            test.audit("submit without co-signature, with a reason");
            without.close();
            tryCompare(without, "visible", false);
            compare(test.stack().currentItem.formController.status, "draft");
            const disagreement = findChild(test.stack().currentItem, "disagreementDialog");
            disagreement.open();
            tryCompare(disagreement, "opened", true);
            test.audit("GI disagreement");
            disagreement.close();
            tryCompare(disagreement, "visible", false);

            for (const formId of ["risicotaxatie", "veiligheidsplan", "kindcheck",
                                  "meldcode_afweging", "samenwerking"]) {
                test.shell.showScreen("case/" + caseId + "/" + formId);
                tryCompare(test.stack(), "busy", false);
                // Either the form opens at once or the subject picker asks first (it opens
                // with a transition: wait for one of the two).
                tryVerify(() => test.stack().currentItem.formController !== undefined
                          || (findChild(test.stack().currentItem, "subjectPicker")?.opened ?? false),
                          20000, formId + " opens or asks for its subject");
                const picker = findChild(test.stack().currentItem, "subjectPicker");
                if (picker && picker.opened) {
                    test.audit(formId + " subject");
                    const people = findChild(picker.contentItem, "subjectList");
                    mouseClick(people.itemAtIndex(0));
                    tryCompare(picker, "visible", false);
                }
                tryVerify(() => test.stack().currentItem.formController !== undefined, 20000,
                          formId + " opens");
                tryCompare(test.stack().currentItem.formController, "loaded", true, 20000);
                test.audit(formId);
                // Every question, not only the first screenful.
                const questions = findChild(test.stack().currentItem, "questionList");
                for (let row = 0; row < questions.count; row += 2) {
                    questions.positionViewAtIndex(row, ListView.Beginning);
                    test.walk(questions, formId);
                }
            }
            verify(test.faults.length === 0, "\n" + test.faults.join("\n"));
        }
    }
}
