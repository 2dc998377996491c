#include "qml/followup/follow_up_wording.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <array>

#include "core/consultation/consultation_fields.h"
#include "qml/services/dutch_wording.h"

namespace veldwerk::app::wording {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Veldwerk", text);
}

QString days(int n) {
    return n == 1 ? tr("1 dag") : tr("%1 dagen").arg(n);
}

QString overdue(const QString& what, int n) {
    if (n <= 0) {
        return tr("%1 vandaag").arg(what);
    }
    return tr("%1 verlopen sinds %2").arg(what, days(n));
}

QVariantMap option(const std::string& value, const QString& label) {
    return {{QStringLiteral("value"), fromUtf8(value)}, {QStringLiteral("label"), label}};
}

constexpr std::array<const char*, 4> kPhases = {"vrijwillig", "drang", "maatregel", "nazorg"};
constexpr std::array<const char*, 7> kEscalations = {
    "vt_advies",       "vt_melding",      "jeugdbeschermingstafel", "vto_raad",
    "maatregel_start", "maatregel_einde", "terug_naar_jgt"};
}  // namespace

QString reminderText(const followup::Reminder& r) {
    if (r.kind == "overdracht") {
        const int left = -r.daysOverdue;
        if (left < 0) {
            return tr("Maatregel verlopen sinds %1: overdracht naar het JGT").arg(days(-left));
        }
        if (left == 0) {
            return tr("Maatregel eindigt vandaag: warme overdracht naar het JGT voorbereiden");
        }
        if (left >= 14) {
            return tr("Maatregel eindigt over %1 weken: warme overdracht naar het JGT voorbereiden")
                .arg(left / 7);
        }
        return tr("Maatregel eindigt over %1: warme overdracht naar het JGT voorbereiden")
            .arg(days(left));
    }
    if (r.kind == "risicotaxatie_evaluatie") {
        return overdue(tr("Evaluatie risicotaxatie"), r.daysOverdue);
    }
    if (r.kind == "veiligheidsplan_evaluatie") {
        return overdue(tr("Evaluatie veiligheidsplan"), r.daysOverdue);
    }
    if (r.kind == "afspraak") {
        return overdue(tr("Afspraak"), r.daysOverdue);
    }
    return fromUtf8(r.text);
}

QString judgementText(const std::string& veiligheid, const std::string& risico) {
    QString safety = tr("veiligheid nog niet beoordeeld");
    if (veiligheid == "veilig") {
        safety = tr("Veilig");
    } else if (veiligheid == "voorwaardelijk_veilig") {
        safety = tr("Voorwaardelijk veilig");
    } else if (veiligheid == "onveilig") {
        safety = tr("Onveilig");
    }
    QString risk = tr("risico nog niet beoordeeld");
    if (risico == "laag") {
        risk = tr("risico laag");
    } else if (risico == "verhoogd") {
        risk = tr("risico verhoogd");
    } else if (risico == "hoog") {
        risk = tr("risico hoog");
    }
    return safety + QStringLiteral(" · ") + risk;
}

QString phaseLabel(const std::string& phase) {
    if (phase == "vrijwillig") {
        return tr("Vrijwillig");
    }
    if (phase == "drang") {
        return tr("Drang");
    }
    if (phase == "maatregel") {
        return tr("Maatregel");
    }
    if (phase == "nazorg") {
        return tr("Nazorg");
    }
    return fromUtf8(phase);
}

QString escalationLabel(const std::string& kind) {
    if (kind == "vt_advies") {
        return tr("Advies Veilig Thuis");
    }
    if (kind == "vt_melding") {
        return tr("Melding Veilig Thuis");
    }
    if (kind == "jeugdbeschermingstafel") {
        return tr("Jeugdbeschermingstafel");
    }
    if (kind == "vto_raad") {
        return tr("Verzoek tot onderzoek Raad voor de Kinderbescherming");
    }
    if (kind == "maatregel_start") {
        return tr("Start maatregel");
    }
    if (kind == "maatregel_einde") {
        return tr("Einde maatregel");
    }
    if (kind == "terug_naar_jgt") {
        return tr("Terug naar het JGT");
    }
    return fromUtf8(kind);
}

QString topicLabel(const std::string& topic) {
    if (topic == "veiligheid") {
        return tr("Is het kind nu veilig?");
    }
    if (topic == "risico") {
        return tr("Hoe groot is het risico?");
    }
    if (topic == "meldcode") {
        return tr("Meldcode: advies of melding bij Veilig Thuis?");
    }
    if (topic == "maatregel") {
        return tr("Is een beschermingsmaatregel nodig?");
    }
    if (topic == "veiligheidsplan") {
        return tr("Het veiligheidsplan en de bodemeisen");
    }
    return tr("Een andere vraag");
}

QVariantList phaseOptions() {
    QVariantList out;
    for (const char* p : kPhases) {
        out.append(option(p, phaseLabel(p)));
    }
    return out;
}

QVariantList escalationOptions() {
    QVariantList out;
    for (const char* k : kEscalations) {
        out.append(option(k, escalationLabel(k)));
    }
    return out;
}

QVariantList topicOptions() {
    QVariantList out;
    for (const auto topic : consultation::kTopics) {
        out.append(option(std::string(topic), topicLabel(std::string(topic))));
    }
    return out;
}

}  // namespace veldwerk::app::wording
