// Times a full risicotaxatie evaluation with typical filled answers: the engine runs on every
// keystroke, so the goal is well under 1 ms. Prints figures only; asserts nothing about timing.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "core/forms/evaluator.h"
#include "core/forms/registry.h"
#include "core/forms/submission_check.h"

using namespace veldwerk::forms;

namespace {

AnswerSet typicalAnswers(const Definition& definition) {
    AnswerSet answers;
    int n = 0;
    for (const auto& item : definition.items()) {
        if (item.type == ItemType::Jnv) {
            // Mostly nee, some ja and onbekend, as a real taxation looks.
            answers.set(item.id, n % 7 == 0 ? "ja" : (n % 11 == 0 ? "onbekend" : "nee"));
            ++n;
        }
    }
    answers.set("bronnen", "eigen_observatie,gesprek_kind,gesprek_ouder,school_opvang");
    answers.set("bronnen_toelichting", "Huisbezoek met GI-collega; school gebeld.");
    answers.set("oordeel_veiligheid", "voorwaardelijk_veilig");
    answers.set("oordeel_risico", "verhoogd");
    answers.set("oordeel_aard", "psychische_verwaarlozing,getuige_huiselijk_geweld");
    answers.set("oordeel_toelichting",
                "Veilig zolang de afspraken uit het veiligheidsplan gelden.");
    answers.set("besluit_acties", "collegiale_consultatie,hulp_inzetten,veiligheidsplan_nu");
    answers.set("besluit_evaluatiedatum", "2025-04-07");
    return answers;
}

}  // namespace

int main() {
    FormRegistry registry;
    const auto report = registry.loadDirectory(builtinDefinitionsDir());
    const Definition* definition = registry.find("risicotaxatie");
    if (!report.ok() || !definition) {
        std::fprintf(stderr, "bench_forms: cannot load the shipped definitions\n");
        return 1;
    }
    const AnswerSet answers = typicalAnswers(*definition);
    EvaluationContext context;
    context.today = *Date::parse("2025-03-10");
    context.childBirthDate = Date::parse("2019-06-01");
    OtherAssessment meldcode;
    meldcode.formId = "meldcode_afweging";
    meldcode.status = "draft";
    context.otherAssessments.push_back(meldcode);
    context.conflicts = {"bronnen"};

    constexpr int kWarmup = 1000;
    constexpr int kIterations = 20000;
    std::size_t sink = 0;
    for (int i = 0; i < kWarmup; ++i) {
        sink += evaluate(*definition, answers, context).rules.size();
    }
    std::vector<double> micros;
    micros.reserve(kIterations);
    for (int i = 0; i < kIterations; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const auto evaluation = evaluate(*definition, answers, context);
        const auto check = checkSubmission(evaluation);
        const auto end = std::chrono::steady_clock::now();
        sink += evaluation.rules.size() + check.blockers.size();
        micros.push_back(std::chrono::duration<double, std::micro>(end - start).count());
    }
    std::sort(micros.begin(), micros.end());
    double total = 0;
    for (double value : micros) {
        total += value;
    }
    const auto at = [&](std::size_t perMille) {
        return micros[perMille * (micros.size() - 1) / 1000];
    };
    std::printf(
        "bench_forms: risicotaxatie.v1 evaluate + checkSubmission, %zu items, %zu rules, "
        "%d iterations\n",
        definition->items().size(), definition->rules().size(), kIterations);
    std::printf(
        "  mean %.1f us  p50 %.1f us  p99 %.1f us  max %.1f us  (goal: well under 1000 "
        "us)\n",
        total / kIterations, at(500), at(990), micros.back());
    return sink > 0 ? 0 : 1;
}
