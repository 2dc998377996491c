#include "qml/services/dutch_wording.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <algorithm>

#include "core/forms/answer.h"
#include "core/forms/date.h"

namespace veldwerk::app::wording {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Veldwerk", text);
}

QLocale dutch() {
    return QLocale(QLocale::Dutch, QLocale::Netherlands);
}

QString labelOf(const forms::Definition& definition, const std::string& itemId) {
    const auto* item = definition.item(itemId);
    return item != nullptr ? nl(item->label) : fromUtf8(itemId);
}
}  // namespace

QString fromUtf8(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

namespace {
std::string g_formLanguage = "nl";
}  // namespace

void setFormLanguage(const std::string& language) {
    g_formLanguage = language == "en" ? "en" : "nl";
}

QString nl(const forms::LocalizedText& text) {
    const auto& chosen = text.in(g_formLanguage);
    return fromUtf8(chosen.empty() ? text.nl : chosen);
}

QString statusLabel(const std::string& status) {
    if (status == "draft") {
        return tr("Concept");
    }
    if (status == "submitted") {
        return tr("Ingediend");
    }
    if (status == "approved") {
        return tr("Goedgekeurd");
    }
    if (status == "returned") {
        return tr("Teruggestuurd");
    }
    return fromUtf8(status);
}

QString personRoleLabel(const std::string& role) {
    if (role == "kind") {
        return tr("Kind");
    }
    if (role == "ouder") {
        return tr("Ouder");
    }
    return fromUtf8(role);
}

QString dateText(const std::string& isoDate) {
    const auto date = QDate::fromString(fromUtf8(isoDate), Qt::ISODate);
    return date.isValid() ? dutch().toString(date, QStringLiteral("d MMMM yyyy"))
                          : fromUtf8(isoDate);
}

QString momentText(std::int64_t msSinceEpoch, std::int64_t nowMs) {
    const auto at = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    const auto now = QDateTime::fromMSecsSinceEpoch(nowMs);
    const QString time = dutch().toString(at.time(), QStringLiteral("HH:mm"));
    const auto days = at.date().daysTo(now.date());
    if (days == 0) {
        return tr("vandaag om %1").arg(time);
    }
    if (days == 1) {
        return tr("gisteren om %1").arg(time);
    }
    if (days == -1) {
        return tr("morgen om %1").arg(time);  // until when access lasts
    }
    return tr("%1 om %2").arg(dutch().toString(at.date(), QStringLiteral("d MMMM yyyy")), time);
}

QString optionLabel(const std::vector<forms::Option>& options, const std::string& value) {
    for (const auto& option : options) {
        if (option.value == value) {
            return nl(option.label);
        }
    }
    return fromUtf8(value);
}

QString answerText(forms::ItemType type, const std::vector<forms::Option>& options,
                   const std::string& value) {
    switch (type) {
        case forms::ItemType::Jnv:
        case forms::ItemType::Choice:
            return optionLabel(options, value);
        case forms::ItemType::Multi: {
            QStringList labels;
            for (const auto& chosen : forms::parseMulti(value)) {
                labels << optionLabel(options, chosen);
            }
            return labels.join(QStringLiteral(", "));
        }
        case forms::ItemType::Date:
            return dateText(value);
        default:
            return fromUtf8(value);
    }
}

QString invalidAnswerText(forms::ItemType type) {
    switch (type) {
        case forms::ItemType::Date:
            return tr(
                "Dit is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld "
                "2025-06-30.");
        case forms::ItemType::Scale0_10:
            return tr("Kies een cijfer van 0 tot en met 10.");
        case forms::ItemType::Scale1_5:
            return tr("Kies een cijfer van 1 tot en met 5.");
        case forms::ItemType::Jnv:
        case forms::ItemType::Choice:
        case forms::ItemType::Multi:
            return tr(
                "Dit antwoord hoort niet bij deze vraag. Kies een van de getoonde "
                "mogelijkheden.");
        default:
            return tr("Dit antwoord kon niet worden bewaard.");
    }
}

std::set<std::string, std::less<>> conflictedItems(
    const std::vector<vault::FieldConflict>& conflicts) {
    std::set<std::string, std::less<>> items;
    for (const auto& conflict : conflicts) {
        if (conflict.entity == "answer") {
            items.insert(conflict.field);
            items.insert(conflict.field.substr(0, conflict.field.find('@')));
        }
    }
    return items;
}

QStringList submissionProblems(const forms::Definition& definition,
                               const forms::SubmissionCheck& check, bool needsCosign,
                               const std::set<std::string, std::less<>>& conflicts) {
    QStringList lines;
    for (const auto& itemId : check.missingItems) {
        lines << tr("Nog niet ingevuld: %1").arg(labelOf(definition, itemId));
    }
    for (const auto& problem : check.invalidAnswers) {
        const auto slash = problem.path.find_first_of("/@");
        lines
            << tr("Ongeldig antwoord: %1").arg(labelOf(definition, problem.path.substr(0, slash)));
    }
    for (const auto& blocker : check.blockers) {
        const bool aboutConflicts =
            !blocker.concerns.empty() &&
            std::all_of(blocker.concerns.begin(), blocker.concerns.end(),
                        [&conflicts](const std::string& c) { return conflicts.count(c) > 0; });
        if (aboutConflicts) {
            QStringList questions;
            for (const auto& concern : blocker.concerns) {
                questions << labelOf(definition, concern.substr(0, concern.find_first_of("/@")));
            }
            lines << tr("%1: er is nog een verschil van inzicht over: %2. Een JGT-medewerker van "
                        "de casus kiest eerst welk antwoord blijft; daarna kun je indienen.")
                         .arg(fromUtf8(blocker.ruleId), questions.join(QStringLiteral("; ")));
            continue;
        }
        lines << tr("%1: %2").arg(fromUtf8(blocker.ruleId), nl(blocker.message));
    }
    for (const auto& ruleId : check.unjustifiedWarnings()) {
        lines << tr("%1 vraagt een schriftelijke toelichting (vul die in bij de regel).")
                     .arg(fromUtf8(ruleId));
    }
    if (needsCosign) {
        lines << tr(
            "De GI-collega heeft meegewerkt en nog niet medeondertekend. Indienen zonder "
            "medeondertekening kan, met een reden, als verder alles klaar is.");
    }
    return lines;
}

QString submissionSummary(const forms::SubmissionCheck& check, bool needsCosign,
                          bool unsavedInput) {
    const auto ids = [](const auto& list, auto idOf) {
        QStringList out;
        for (const auto& entry : list) {
            out << fromUtf8(idOf(entry));
        }
        return out;
    };
    const auto joined = [](const QStringList& list) {
        if (list.size() <= 1) {
            return list.join(QString());
        }
        return tr("%1 en %2")
            .arg(list.mid(0, list.size() - 1).join(QStringLiteral(", ")), list.last());
    };
    QStringList parts;
    const auto missing = check.missingItems.size();
    if (missing == 1) {
        parts << tr("1 verplichte vraag open");
    } else if (missing > 1) {
        parts << tr("%1 verplichte vragen open").arg(missing);
    }
    if (!check.invalidAnswers.empty()) {
        parts << tr("ongeldige antwoorden");
    }
    if (unsavedInput) {
        parts << tr("niet bewaarde invoer");
    }
    const auto blocking = ids(check.blockers, [](const auto& b) { return b.ruleId; });
    if (!blocking.isEmpty()) {
        parts << (blocking.size() == 1 ? tr("%1 blokkeert") : tr("%1 blokkeren"))
                     .arg(joined(blocking));
    }
    const auto unjustified = ids(check.unjustifiedWarnings(), [](const auto& id) { return id; });
    if (!unjustified.isEmpty()) {
        parts << (unjustified.size() == 1 ? tr("%1 vraagt een toelichting")
                                          : tr("%1 vragen een toelichting"))
                     .arg(joined(unjustified));
    }
    if (needsCosign) {
        parts << tr("medeondertekening GI ontbreekt");
    }
    return parts.join(QStringLiteral("  ·  "));
}

}  // namespace veldwerk::app::wording
