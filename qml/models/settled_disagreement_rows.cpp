#include "qml/models/settled_disagreement_rows.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

#include "qml/controllers/case_team_controller.h"
#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Veldwerk", text);
}

QString questionOf(const assessment::SettledDisagreement& d) {
    if (d.item) {
        const auto* field = d.entryField.empty() ? nullptr : d.item->field(d.entryField);
        const auto question = wording::nl(d.item->label);
        return field ? tr("%1 — %2").arg(question, wording::nl(field->label)) : question;
    }
    if (d.rule) {
        return tr("Toelichting bij %1").arg(wording::fromUtf8(d.rule->id));
    }
    return wording::fromUtf8(d.field);
}

QString valueOf(const assessment::SettledDisagreement& d, const std::optional<std::string>& v) {
    if (!v || v->empty()) {
        return tr("(leeg gemaakt)");
    }
    if (d.item) {
        const auto* field = d.entryField.empty() ? nullptr : d.item->field(d.entryField);
        return field ? wording::answerText(field->type, field->options, *v)
                     : wording::answerText(d.item->type, d.item->options, *v);
    }
    return wording::fromUtf8(*v);
}

// "Anna de Vries (JGT-medewerker, JGT Utrecht), vandaag om 14:02"
QString whoAndWhen(const vault::ConflictSide& side, const PeopleNames& people, std::int64_t nowMs) {
    const auto name = people.names.find(side.author);
    const auto who =
        name != people.names.end() ? wording::fromUtf8(name->second) : tr("onbekende collega");
    QString from = memberRoleText(side.role);
    if (const auto org = people.orgs.find(side.author); org != people.orgs.end()) {
        from += QStringLiteral(", ") + wording::fromUtf8(org->second);
    }
    return tr("%1 (%2), %3")
        .arg(who, from, wording::momentText(static_cast<std::int64_t>(side.hlc.wallMs), nowMs));
}

}  // namespace

QVariantList settledDisagreementRows(const std::vector<assessment::SettledDisagreement>& settled,
                                     const PeopleNames& people, std::int64_t nowMs) {
    QVariantList out;
    for (const auto& d : settled) {
        const auto question = questionOf(d);
        QStringList sides;
        for (const auto& side : d.sides) {
            sides << tr("%1: %2").arg(whoAndWhen(side, people, nowMs), valueOf(d, side.value));
        }
        const auto chosen = tr("Gekozen: %1").arg(valueOf(d, d.chosen.value));
        const auto by = whoAndWhen(d.chosen, people, nowMs);
        const auto how = d.agreement ? tr("Eens geworden; als laatste aangepast door %1").arg(by)
                                     : tr("Opgelost door %1").arg(by);
        out.append(
            QVariantMap{{QStringLiteral("question"), question},
                        {QStringLiteral("sides"), sides},
                        {QStringLiteral("chosenText"), chosen},
                        {QStringLiteral("howText"), how},
                        {QStringLiteral("text"),
                         tr("Verschil van inzicht bij %1. %2. %3. %4.")
                             .arg(question, sides.join(QStringLiteral("; ")), chosen, how)}});
    }
    return out;
}

}  // namespace veldwerk::app
