import QtQuick
import QtTest
import Veldwerk
import VeldwerkTest

// The unlock page over a real vault: a wrong passphrase is refused with a Dutch explanation and
// the attempts left, the right one opens the vault and the case list shows its families; locking
// empties the list again.
Item {
    id: scene

    width: 1024
    height: 700

    Component {
        id: unlockPage

        UnlockPage {
            anchors.fill: parent
        }
    }
    Component {
        id: caseListPage

        CaseListPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "Unlock"
        when: windowShown

        function enter(page, passphrase) {
            const field = findChild(page, "passphraseField");
            verify(field, "passphrase field");
            field.text = passphrase;
            mouseClick(findChild(page, "unlockButton"));
        }

        function test_1_empty_passphrase_is_not_tried() {
            const page = createTemporaryObject(unlockPage, scene, { session: TestSession });
            enter(page, "");
            compare(TestSession.state, VaultSession.Locked);
            verify(findChild(page, "errorNotice").text.indexOf("Vul eerst je wachtwoord in") >= 0);
        }

        function test_2_wrong_passphrase_is_refused_in_dutch() {
            const page = createTemporaryObject(unlockPage, scene, { session: TestSession });
            enter(page, "dit-is-niet-het-wachtwoord");
            tryCompare(TestSession, "problem", VaultSession.WrongPassphrase, 10000);
            compare(TestSession.state, VaultSession.Locked);
            compare(TestSession.attemptsLeft, 2);
            const text = findChild(page, "errorNotice").text;
            verify(text.indexOf("Onjuist wachtwoord") >= 0, text);
            verify(text.indexOf("2") >= 0, text);
            // The typed passphrase does not stay in the field.
            compare(findChild(page, "passphraseField").text, "");
        }

        function test_3_right_passphrase_opens_the_case_list() {
            const page = createTemporaryObject(unlockPage, scene, { session: TestSession });
            enter(page, "qml-test-wachtwoord");
            tryCompare(TestSession, "state", VaultSession.Unlocked, 10000);
            compare(TestSession.problem, VaultSession.None);

            const list = createTemporaryObject(caseListPage, scene,
                                               { session: TestSession, sync: TestSync });
            const view = findChild(list, "caseList");
            tryCompare(view, "count", 2);
            const names = [];
            for (let i = 0; i < view.count; ++i) {
                view.currentIndex = i;
                names.push(view.currentItem.name);
            }
            names.sort();
            compare(names, ["Gezin Proefstra", "Gezin Testmans"]);
            // Not enrolled: said quietly, without a button or an error.
            compare(findChild(list, "syncStatus").text, "Niet gekoppeld aan een server");
            verify(!findChild(list, "syncButton").visible);
            verify(!findChild(list, "quarantineButton").visible);

            mouseClick(findChild(list, "lockButton"));
            compare(TestSession.state, VaultSession.Locked);
            tryCompare(view, "count", 0);
        }
    }
}
