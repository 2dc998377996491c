// How strong a chosen vault passphrase is, judged on the device before it is used: long
// passphrases of several words are what we ask for (the passphrase is the only key to the vault).
// A score and a Dutch (translatable) explanation; no dictionary, so the rule is simple and stable.
#pragma once

#include <QString>

namespace veldwerk::app {

struct PassphraseStrength {
    enum Level { Empty, TooShort, Weak, Fair, Strong };
    Level level = Empty;
    bool acceptable = false;  // Fair or Strong
    QString text;             // what the screen says about it
};

inline constexpr int kMinPassphraseLength = 10;

PassphraseStrength judgePassphrase(const QString& passphrase);

}  // namespace veldwerk::app
