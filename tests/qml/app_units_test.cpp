// The app's pure decisions: the review queue's order (risk before waiting time), the case list's
// order (attention first), how a chosen passphrase is judged, and the stored preferences.
#include <QTemporaryDir>
#include <QtTest>

#include "qml/models/case_list_model.h"
#include "qml/models/review_order.h"
#include "qml/services/app_preferences.h"
#include "qml/services/app_translator.h"
#include "qml/services/passphrase_strength.h"

using namespace veldwerk::app;

class AppUnitsTest : public QObject {
    Q_OBJECT

private slots:
    void reviewQueueRisksComeBeforeWaitingTime() {
        // submittedAtMs: smaller waited longer.
        const std::vector<ReviewPriority> items = {
            {"veilig", "laag", 0, 100},                 // 0: waited longest, lowest risk
            {"onveilig", "laag", 0, 900},               // 1: unsafe, newest
            {"voorwaardelijk_veilig", "hoog", 0, 500},  // 2
            {"voorwaardelijk_veilig", "laag", 2, 400},  // 3: flags, lower risk
            {"voorwaardelijk_veilig", "hoog", 1, 600},  // 4: same risk as 2, one flag
            {"veilig", "laag", 0, 50},                  // 5: waited longer than 0
            {"", "", 3, 10},                            // 6: no judgement at all
            {"voorwaardelijk_veilig", "hoog", 1, 550},  // 7: as 4, waited longer
        };
        const auto order = reviewOrder(items);
        const std::vector<std::size_t> expected = {1, 7, 4, 2, 3, 5, 0, 6};
        QCOMPARE(order, expected);
        QVERIFY(reviewedBefore(items[1], items[2]));
        QVERIFY(!reviewedBefore(items[0], items[5]));
    }

    void caseListAttentionComesFirst() {
        QVERIFY(caseShownBefore(1, 0, QStringLiteral("Gezin Zwart"), 0, 3,
                                QStringLiteral("Gezin Adema")));
        QVERIFY(caseShownBefore(0, 3, QStringLiteral("Gezin Zwart"), 0, 1,
                                QStringLiteral("Gezin Adema")));
        QVERIFY(caseShownBefore(0, 1, QStringLiteral("gezin adema"), 0, 1,
                                QStringLiteral("Gezin Bakker")));
    }

    void passphraseStrength() {
        QCOMPARE(judgePassphrase({}).level, PassphraseStrength::Empty);
        QCOMPARE(judgePassphrase(QStringLiteral("kort1")).level, PassphraseStrength::TooShort);
        QVERIFY(!judgePassphrase(QStringLiteral("aaaaaaaaaaaa")).acceptable);
        QVERIFY(!judgePassphrase(QStringLiteral("1234567890123")).acceptable);
        QVERIFY(!judgePassphrase(QStringLiteral("abcdefghij")).acceptable);
        QCOMPARE(judgePassphrase(QStringLiteral("fiets regen")).level, PassphraseStrength::Fair);
        QCOMPARE(judgePassphrase(QStringLiteral("drie losse woorden 7")).level,
                 PassphraseStrength::Strong);
        for (const auto& text :
             {QStringLiteral(""), QStringLiteral("kort"), QStringLiteral("drie losse woorden")}) {
            QVERIFY(!judgePassphrase(text).text.isEmpty());
        }
    }

    // First run and the change in settings take a new passphrase through this one function.
    void aChosenPassphraseIsJudgedConfirmedAndOverwritten() {
        QString weak = QStringLiteral("kort");
        QString weakAgain = weak;
        const auto tooShort = takeChosenPassphrase(weak, weakAgain);
        QVERIFY(!tooShort.ok());
        QVERIFY(tooShort.problem.contains(QStringLiteral("Te kort")));
        QVERIFY(tooShort.secret.empty());

        QString typed = QStringLiteral("drie losse woorden 7");
        QString other = QStringLiteral("drie losse woorden 8");
        const auto differ = takeChosenPassphrase(typed, other);
        QVERIFY(differ.problem.contains(QStringLiteral("niet gelijk")));
        QVERIFY(differ.secret.empty());

        QString chosen = QStringLiteral("drie lösse woorden 7");
        QString confirmed = chosen;
        const auto taken = takeChosenPassphrase(chosen, confirmed);
        QVERIFY(taken.ok());
        QCOMPARE(QString::fromStdString(taken.secret), QStringLiteral("drie lösse woorden 7"));
        // The screen's strings no longer hold it.
        QVERIFY(!chosen.contains(QStringLiteral("woorden")));
        QVERIFY(!confirmed.contains(QStringLiteral("woorden")));
    }

    void englishTextsComeFromTheTranslations() {
        AppTranslator english;
        QVERIFY(english.loadLanguage(QStringLiteral("en")));
        // A QML text under its file's context, as lrelease made it.
        QCOMPARE(english.translate("SettingsPage", "Taal"), QStringLiteral("Language"));
        // A C++ text under its run-time context (namespace included, unlike lupdate's).
        QCOMPARE(english.translate("veldwerk::app::CaseTeamController", "Vul een naam in."),
                 QStringLiteral("Enter a name."));
        // The free helpers' context, with plural forms.
        QCOMPARE(english.translate("Veldwerk", "%n wijziging(en) nog niet verzonden", nullptr, 1),
                 QStringLiteral("1 change not sent yet"));
        QCOMPARE(english.translate("Veldwerk", "%n wijziging(en) nog niet verzonden", nullptr, 3),
                 QStringLiteral("3 changes not sent yet"));
        QVERIFY(english.translate("Veldwerk", "Geen tekst van de app").isNull());
        QVERIFY(!AppTranslator().loadLanguage(QStringLiteral("fr")));
    }

    void preferencesAreStoredAndBounded() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppPreferences prefs(file);
            QCOMPARE(prefs.language(), QStringLiteral("nl"));
            QCOMPARE(prefs.autoLockMinutes(), 5);
            QCOMPARE(prefs.positionUse(), AppPreferences::PositionUse::Ask);
            prefs.setLanguage(QStringLiteral("en"));
            prefs.setAutoLockMinutes(500);
            prefs.setPositionUse(AppPreferences::PositionUse::Never);
        }
        AppPreferences again(file);
        QCOMPARE(again.language(), QStringLiteral("en"));
        QCOMPARE(again.autoLockMinutes(), 60);
        QCOMPARE(again.positionUse(), AppPreferences::PositionUse::Never);
        again.setLanguage(QStringLiteral("fr"));
        QCOMPARE(again.language(), QStringLiteral("nl"));
    }
};

QTEST_GUILESS_MAIN(AppUnitsTest)

#include "app_units_test.moc"
