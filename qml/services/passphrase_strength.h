// How strong a chosen vault passphrase is, judged on the device before it is used: long
// passphrases of several words are what we ask for (the passphrase is the only key to the vault).
// A score and a Dutch (translatable) explanation; no dictionary, so the rule is simple and stable.
#pragma once

#include <QString>
#include <string>

namespace veldwerk::app {

struct PassphraseStrength {
    enum Level { Empty, TooShort, Weak, Fair, Strong };
    Level level = Empty;
    bool acceptable = false;  // Fair or Strong
    QString text;             // what the screen says about it
};

inline constexpr int kMinPassphraseLength = 10;

PassphraseStrength judgePassphrase(const QString& passphrase);

// A new passphrase typed twice (first run, the change in settings), taken out of the screen's
// strings: both are overwritten at once, and `secret` holds it (UTF-8, zeroised when this goes)
// only when it is strong enough and confirmed; otherwise `problem` says why, in Dutch.
struct ChosenPassphrase {
    std::string secret;
    QString problem;

    ChosenPassphrase() = default;
    ~ChosenPassphrase();
    ChosenPassphrase(ChosenPassphrase&&) = default;
    ChosenPassphrase& operator=(ChosenPassphrase&&) = delete;
    ChosenPassphrase(const ChosenPassphrase&) = delete;
    ChosenPassphrase& operator=(const ChosenPassphrase&) = delete;
    bool ok() const { return problem.isEmpty(); }
};

ChosenPassphrase takeChosenPassphrase(QString& passphrase, QString& confirmation);

}  // namespace veldwerk::app
