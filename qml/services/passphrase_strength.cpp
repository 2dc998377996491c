#include "qml/services/passphrase_strength.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include "core/vault/secret.h"

namespace veldwerk::app {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Veldwerk", text);
}
}  // namespace

PassphraseStrength judgePassphrase(const QString& passphrase) {
    PassphraseStrength out;
    const QString trimmed = passphrase.trimmed();
    if (trimmed.isEmpty()) {
        out.text = tr("Kies een wachtwoord van minstens 10 tekens, bijvoorbeeld een paar woorden.");
        return out;
    }
    if (trimmed.size() < kMinPassphraseLength) {
        out.level = PassphraseStrength::TooShort;
        out.text = tr("Te kort: gebruik minstens 10 tekens.");
        return out;
    }
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    QSet<QChar> distinct;
    for (const QChar c : trimmed) {
        distinct.insert(c);
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || !(c.isLetterOrNumber());
    }
    const int kinds = int(lower) + int(upper) + int(digit) + int(other);
    // Few different characters ("aaaaaaaaaa", "1212121212") is weak whatever its length.
    if (distinct.size() < 5 || (kinds == 1 && digit)) {
        out.level = PassphraseStrength::Weak;
        out.text =
            tr("Zwak: te voorspelbaar. Gebruik een paar woorden of meer verschillende tekens.");
        return out;
    }
    const auto words =
        trimmed.split(QRegularExpression(QStringLiteral("[\\s\\-_.]+")), Qt::SkipEmptyParts).size();
    if (trimmed.size() >= 16 && (kinds >= 2 || words >= 3)) {
        out.level = PassphraseStrength::Strong;
        out.text = tr("Sterk.");
    } else if (kinds >= 2 || words >= 2 || trimmed.size() >= 14) {
        out.level = PassphraseStrength::Fair;
        out.text = tr("Redelijk. Langer (meer woorden) is sterker.");
    } else {
        out.level = PassphraseStrength::Weak;
        out.text = tr("Zwak: voeg een woord, een cijfer of een leesteken toe.");
    }
    out.acceptable = out.level >= PassphraseStrength::Fair;
    return out;
}

ChosenPassphrase::~ChosenPassphrase() {
    vault::zeroise(secret);
}

ChosenPassphrase takeChosenPassphrase(QString& passphrase, QString& confirmation) {
    ChosenPassphrase out;
    const bool same = passphrase == confirmation;
    const auto strength = judgePassphrase(passphrase);
    QByteArray bytes = passphrase.toUtf8();
    passphrase.fill(QChar(u'\0'));
    confirmation.fill(QChar(u'\0'));
    if (!strength.acceptable) {
        out.problem = tr("Kies een sterker wachtwoord: ") + strength.text;
    } else if (!same) {
        out.problem = tr("De twee wachtwoorden zijn niet gelijk.");
    } else {
        out.secret.assign(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.fill('\0');
    return out;
}

}  // namespace veldwerk::app
