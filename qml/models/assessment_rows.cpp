#include "qml/models/assessment_rows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QVariantMap>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/assessment/justification_field.h"
#include "core/forms/answer.h"
#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Veldwerk", text);
}

QString typeName(forms::ItemType type) {
    return wording::fromUtf8(std::string(forms::toString(type)));
}

// The options to show, each marked when it is (part of) the answer.
QVariantList optionList(forms::ItemType type, const std::vector<forms::Option>& options,
                        const QString& answer) {
    QVariantList out;
    const auto option = [&out](const QString& value, const QString& label, bool selected) {
        out.append(QVariantMap{{QStringLiteral("value"), value},
                               {QStringLiteral("label"), label},
                               {QStringLiteral("selected"), selected}});
    };
    if (forms::isScale(type)) {
        for (int n = forms::scaleMin(type); n <= forms::scaleMax(type); ++n) {
            option(QString::number(n), QString::number(n), answer == QString::number(n));
        }
        return out;
    }
    const auto chosen = type == forms::ItemType::Multi ? forms::parseMulti(answer.toStdString())
                                                       : std::set<std::string>{};
    for (const auto& o : options) {
        const auto value = wording::fromUtf8(o.value);
        option(value, wording::nl(o.label),
               type == forms::ItemType::Multi ? chosen.count(o.value) > 0 : answer == value);
    }
    return out;
}

// What the field shows: typed-but-unsaved text or an invalid date as typed, else the stored
// answer.
QString shownAnswer(const QString& path, const std::string& stored, const UnstoredInput& input) {
    if (const auto typing = input.typing.find(path); typing != input.typing.end()) {
        return typing->second;
    }
    if (const auto draft = input.drafts.find(path); draft != input.drafts.end()) {
        return draft->second;
    }
    return wording::fromUtf8(stored);
}

QString problemOf(const QString& path, const assessment::AssessmentView& view,
                  const UnstoredInput& input) {
    if (const auto found = input.problems.find(path); found != input.problems.end()) {
        return found->second;
    }
    const auto key = path.toStdString();
    for (const auto& problem : view.evaluation.invalidAnswers) {
        if (problem.path == key) {
            return tr(
                "Het bewaarde antwoord is ongeldig voor deze vraag; kies of typ het "
                "opnieuw.");
        }
    }
    return {};
}

// Suggestions not taken yet for the item, e.g. "Voorstel (RT1): Onveilig".
QString suggestionFor(std::uint32_t itemIndex, const assessment::AssessmentView& view) {
    QStringList lines;
    const auto& item = view.definition->items()[itemIndex];
    for (const auto& outcome : view.evaluation.rules) {
        for (const auto& effect : outcome.effects) {
            if (effect.effect->kind != forms::EffectKind::Suggest ||
                effect.effect->item != itemIndex || effect.suggestionMatches) {
                continue;
            }
            const auto value = wording::optionLabel(item.options, effect.effect->value);
            lines << (item.type == forms::ItemType::Multi
                          ? tr("Voorstel (%1): %2 aanvinken")
                                .arg(wording::fromUtf8(outcome.id()), value)
                          : tr("Voorstel (%1): %2").arg(wording::fromUtf8(outcome.id()), value));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString othersScores(const forms::Item& item, const assessment::AssessmentView& view,
                     const std::string& userId) {
    const auto* all = view.answers.perspectives(item.id);
    if (all == nullptr) {
        return {};
    }
    QStringList scores;
    for (const auto& [author, value] : *all) {
        if (author != userId) {
            scores << wording::fromUtf8(value);
        }
    }
    return scores.isEmpty()
               ? QString()
               : tr("Scores van andere professionals: %1").arg(scores.join(QStringLiteral(", ")));
}

QString concernsText(const std::vector<std::string>& concerns,
                     const assessment::AssessmentView& view) {
    QStringList parts;
    for (const auto& concern : concerns) {
        if (const auto* item = view.definition->item(concern)) {
            parts << wording::nl(item->label);
            continue;
        }
        QString found = wording::fromUtf8(concern);
        for (const auto& [group, entries] : view.answers.groups()) {
            const auto at =
                std::find_if(entries.begin(), entries.end(),
                             [&](const forms::GroupEntry& e) { return e.id == concern; });
            if (at != entries.end()) {
                const auto* item = view.definition->item(group);
                found =
                    tr("%1, nummer %2")
                        .arg(item != nullptr ? wording::nl(item->label) : wording::fromUtf8(group))
                        .arg(at - entries.begin() + 1);
            }
        }
        parts << found;
    }
    return parts.isEmpty() ? QString() : tr("Betreft: %1").arg(parts.join(QStringLiteral("; ")));
}
// RT1, KC3, VP4, MC7: letters then digits, as instruments.md names the rules a person reads.
bool isPublicRuleId(const std::string& id) {
    static const QRegularExpression publicId(QStringLiteral("^[A-Z]{1,4}[0-9]{1,3}$"));
    return publicId.match(QString::fromStdString(id)).hasMatch();
}

QString roleLabel(const std::string& role) {
    if (role == "jgt") {
        return QStringLiteral("JGT");
    }
    if (role == "gi") {
        return QStringLiteral("GI");
    }
    if (role == "supervisor") {
        return tr("gedragswetenschapper");
    }
    return wording::fromUtf8(role);
}

// The item's open disagreement, if the server keeps one: its own field, or (perspective) this
// user's own score.
const vault::FieldConflict* conflictOf(const forms::Item& item,
                                       const assessment::AssessmentView& view,
                                       const std::string& userId) {
    const auto own = item.merge == forms::MergePolicy::Perspective
                         ? assessment::answerField(item.id, userId)
                         : item.id;
    for (const auto& conflict : view.conflicts) {
        if (conflict.entity == "answer" && conflict.field == own) {
            return &conflict;
        }
    }
    return nullptr;
}

// Every side of a disagreement with who said it ("Anna (JGT): Onveilig"), on a question's or a
// rule's row. `label` words a side's value; `resolveNote` tells a JGT member what to do.
template <typename Row, typename Label>
void showConflict(Row& row, const vault::FieldConflict& conflict, const ConflictReaders& readers,
                  Label label, const QString& resolveNote) {
    row.inConflict = true;
    QStringList parts;
    for (const auto& side : conflict.sides) {
        const auto name = readers.names.find(side.author);
        const auto who =
            name != readers.names.end() ? wording::fromUtf8(name->second) : tr("onbekende collega");
        const auto value = side.value ? label(*side.value) : tr("(leeg gemaakt)");
        // Who, from which organisation, and when: a professional reads the side, not a login.
        QString from = roleLabel(side.role);
        if (const auto org = readers.orgs.find(side.author); org != readers.orgs.end()) {
            from += QStringLiteral(", ") + wording::fromUtf8(org->second);
        }
        from +=
            QStringLiteral(", ") + wording::momentText(static_cast<std::int64_t>(side.hlc.wallMs),
                                                       QDateTime::currentMSecsSinceEpoch());
        const auto text = tr("%1 (%2): %3").arg(who, from, value);
        parts << text;
        row.conflictSides.append(QVariantMap{
            {QStringLiteral("value"), side.value ? wording::fromUtf8(*side.value) : QString()},
            {QStringLiteral("label"), value},
            {QStringLiteral("author"), who},
            {QStringLiteral("role"), roleLabel(side.role)},
            {QStringLiteral("text"), text}});
    }
    row.conflictText = parts.join(QStringLiteral(" — "));
    row.canResolve = readers.canResolve;
    row.conflictNote = readers.canResolve
                           ? resolveNote
                           : tr("Alleen een JGT-medewerker van de casus kan dit verschil "
                                "oplossen; de verantwoordelijkheid voor de casus ligt bij het "
                                "JGT.");
}

void describeConflict(FormRow& row, const forms::Item& item, const assessment::AssessmentView& view,
                      const UnstoredInput& input, const ConflictReaders& readers) {
    const auto* conflict = conflictOf(item, view, input.userId);
    if (conflict == nullptr) {
        return;
    }
    showConflict(
        row, *conflict, readers,
        [&item](const std::string& value) {
            return wording::answerText(item.type, item.options, value);
        },
        tr("Kies het antwoord dat blijft, of vul een nieuw antwoord in. Het verschil "
           "blijft zichtbaar in de geschiedenis."));
}

// A warning's justification: typed and not stored yet, else stored; and its disagreement, when
// two professionals wrote different texts at the same time.
void describeJustification(RuleRow& row, const std::string& ruleId,
                           const assessment::AssessmentView& view, const UnstoredInput& input,
                           const ConflictReaders& readers) {
    if (const auto typed = input.justifications.find(ruleId); typed != input.justifications.end()) {
        row.justification = wording::fromUtf8(typed->second);
    } else {
        for (const auto& stored : view.justifications) {
            if (stored.ruleId == ruleId) {
                row.justification = wording::fromUtf8(stored.text);
            }
        }
    }
    const auto field = assessment::justificationField(ruleId);
    for (const auto& conflict : view.justificationConflicts) {
        if (conflict.field == field) {
            showConflict(
                row, conflict, readers,
                [](const std::string& text) {
                    return QStringLiteral("\u201c%1\u201d").arg(wording::fromUtf8(text));
                },
                tr("Kies de toelichting die blijft, of pas de toelichting aan. Het verschil "
                   "blijft zichtbaar in de geschiedenis."));
        }
    }
}
}  // namespace

std::vector<FormRow> buildFormRows(const assessment::AssessmentView& view,
                                   const UnstoredInput& input, const ConflictReaders& readers) {
    std::vector<FormRow> rows;
    const auto& definition = *view.definition;
    for (const auto& section : definition.sections()) {
        for (const auto index : section.items) {
            const auto& state = view.evaluation.items[index];
            if (!state.visible) {
                continue;
            }
            const auto& item = definition.items()[index];
            FormRow row;
            row.itemIndex = index;
            row.itemId = wording::fromUtf8(item.id);
            row.sectionId = wording::fromUtf8(section.id);
            row.sectionTitle = wording::nl(section.title);
            row.label = wording::nl(item.label);
            row.help = wording::nl(item.help);
            row.type = typeName(item.type);
            std::string stored;
            if (item.merge == forms::MergePolicy::Perspective) {
                if (const auto* mine = view.answers.perspectives(item.id)) {
                    if (const auto own = mine->find(input.userId); own != mine->end()) {
                        stored = own->second;
                    }
                }
                row.note = othersScores(item, view, input.userId);
            } else if (const auto* value = view.answers.value(item.id)) {
                stored = *value;
            }
            row.answer = shownAnswer(row.itemId, stored, input);
            row.options = optionList(item.type, item.options, row.answer);
            row.required = state.required;
            row.missing = state.missing();
            row.problem = problemOf(row.itemId, view, input);
            row.suggestion = suggestionFor(index, view);
            if (item.type == forms::ItemType::Group) {
                const auto* entries = view.answers.entries(item.id);
                row.entryCount = entries != nullptr ? static_cast<int>(entries->size()) : 0;
            }
            describeConflict(row, item, view, input, readers);
            if (row.inConflict) {
                // No side is the answer while they disagree: nothing shows as chosen.
                row.answer.clear();
                row.options = optionList(item.type, item.options, row.answer);
            }
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

std::vector<FieldRow> buildFieldRows(const assessment::AssessmentView& view,
                                     const UnstoredInput& input, const forms::Item& group) {
    std::vector<FieldRow> rows;
    const auto* entries = view.answers.entries(group.id);
    if (entries == nullptr) {
        return rows;
    }
    for (std::size_t e = 0; e < entries->size(); ++e) {
        const auto& entry = (*entries)[e];
        for (std::size_t f = 0; f < group.fields.size(); ++f) {
            const auto& field = group.fields[f];
            FieldRow row;
            row.key = static_cast<std::uint32_t>(e * 256 + f);
            row.entryId = wording::fromUtf8(entry.id);
            row.entryNumber = static_cast<int>(e) + 1;
            row.firstOfEntry = f == 0;
            row.path = wording::fromUtf8(group.id + "/" + entry.id + "/" + field.id);
            row.fieldId = wording::fromUtf8(field.id);
            row.label = wording::nl(field.label);
            row.type = typeName(field.type);
            const auto stored = entry.fields.find(field.id);
            row.answer = shownAnswer(
                row.path, stored != entry.fields.end() ? stored->second : std::string(), input);
            row.options = optionList(field.type, field.options, row.answer);
            row.problem = problemOf(row.path, view, input);
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

std::vector<RuleRow> buildRuleRows(const assessment::AssessmentView& view,
                                   const UnstoredInput& input, const ConflictReaders& readers) {
    std::vector<RuleRow> rows;
    const auto& definition = *view.definition;
    const auto conflicted = wording::conflictedItems(view.conflicts);
    for (std::size_t i = 0; i < view.evaluation.rules.size(); ++i) {
        const auto& outcome = view.evaluation.rules[i];
        RuleRow row;
        row.ruleIndex = static_cast<std::uint32_t>(i);
        row.ruleId = wording::fromUtf8(outcome.id());
        row.publicId = isPublicRuleId(outcome.id()) ? row.ruleId : QString();
        const forms::EffectOutcome* shown = nullptr;
        int shownRank = 99;
        for (const auto& effect : outcome.effects) {
            int rank = 99;
            switch (effect.effect->kind) {
                case forms::EffectKind::Require: {
                    const auto& blocks = effect.effect->blocks;
                    row.blocking = row.blocking || std::find(blocks.begin(), blocks.end(),
                                                             "submission") != blocks.end();
                    rank = 0;
                    break;
                }
                case forms::EffectKind::Warn:
                    row.warning = true;
                    rank = 1;
                    break;
                case forms::EffectKind::Suggest: {
                    row.suggests = true;
                    row.suggestionTaken = effect.suggestionMatches;
                    const auto& item = definition.items()[effect.effect->item];
                    row.suggestionText = QStringLiteral("%1 → %2").arg(
                        wording::nl(item.label),
                        wording::optionLabel(item.options, effect.effect->value));
                    rank = 2;
                    break;
                }
                case forms::EffectKind::Flag:
                    row.flagged = true;
                    rank = 3;
                    break;
                case forms::EffectKind::Hide:
                    // Said only when nothing else is: why questions disappeared.
                    rank = 4;
                    break;
            }
            if (rank < shownRank) {
                shown = &effect;
                shownRank = rank;
            }
            if (!effect.concerns.empty() && row.concerns.isEmpty()) {
                row.concerns = concernsText(effect.concerns, view);
            }
        }
        if (shown == nullptr) {
            continue;  // quiet
        }
        static const char* const kSeverity[] = {"require", "warn", "suggest", "flag", "hide"};
        // What blocks comes first, then warnings, suggestions, flags; the definition's order
        // within each.
        row.ruleIndex =
            (static_cast<std::uint32_t>(shownRank) << 16) | static_cast<std::uint32_t>(i);
        row.severity = QLatin1String(kSeverity[shownRank]);
        row.message = wording::nl(shown->effect->message);
        const auto& about = shown->concerns;
        if (shown->effect->kind == forms::EffectKind::Require && !about.empty() &&
            std::all_of(about.begin(), about.end(),
                        [&conflicted](const std::string& c) { return conflicted.count(c) > 0; })) {
            // Blocked by open disagreements: said in the app's words (the questions are named
            // under "Betreft").
            row.message =
                tr("Er is nog een verschil van inzicht tussen professionals. Een "
                   "JGT-medewerker van de casus kiest eerst welk antwoord blijft; daarna kun je "
                   "indienen.");
        }
        if (row.warning) {
            describeJustification(row, outcome.id(), view, input, readers);
        }
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(),
              [](const RuleRow& a, const RuleRow& b) { return a.ruleIndex < b.ruleIndex; });
    return rows;
}

QVariantList buildSections(const assessment::AssessmentView& view,
                           const std::vector<FormRow>& rows) {
    QVariantList out;
    const auto& definition = *view.definition;
    for (std::uint32_t s = 0; s < definition.sections().size(); ++s) {
        const auto& section = definition.sections()[s];
        const auto id = wording::fromUtf8(section.id);
        int first = -1;
        int missing = 0;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (rows[r].sectionId != id) {
                continue;
            }
            first = first < 0 ? static_cast<int>(r) : first;
            missing += rows[r].missing ? 1 : 0;
        }
        int visible = 0;
        int answered = 0;
        for (const auto index : section.items) {
            const auto& state = view.evaluation.items[index];
            visible += state.visible ? 1 : 0;
            answered += state.visible && state.answered ? 1 : 0;
        }
        QString counts;
        for (const auto& c : view.evaluation.sections) {
            if (c.section == s) {
                counts = tr("ja %1 · nee %2 · onbekend %3").arg(c.ja).arg(c.nee).arg(c.onbekend);
            }
        }
        out.append(QVariantMap{
            {QStringLiteral("sectionId"), id},
            {QStringLiteral("title"), wording::nl(section.title)},
            {QStringLiteral("row"), first},
            {QStringLiteral("missing"), missing},
            {QStringLiteral("summary"), tr("%1 van %2 beantwoord").arg(answered).arg(visible)},
            {QStringLiteral("counts"), counts}});
    }
    return out;
}

QStringList buildFacts(const assessment::AssessmentView& view) {
    QStringList facts;
    const auto& definition = *view.definition;
    for (std::size_t d = 0; d < definition.derived().size(); ++d) {
        const auto& derived = definition.derived()[d];
        const double value = d < view.evaluation.derived.size() ? view.evaluation.derived[d] : 0;
        const bool share = definition.conditions()[derived.measure].op == forms::ConditionOp::Share;
        facts << QStringLiteral("%1: %2").arg(
            wording::nl(derived.label), share ? QStringLiteral("%1%").arg(std::lround(value * 100))
                                              : QString::number(std::lround(value)));
    }
    return facts;
}

}  // namespace veldwerk::app
