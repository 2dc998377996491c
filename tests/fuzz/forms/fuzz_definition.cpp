// libFuzzer target: arbitrary bytes into the definition parser and validator; whatever parses is
// evaluated against a fixed set of answers. Any crash, sanitizer report or escaping exception
// is a bug: parseDefinition promises structured errors for every input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/forms/answer.h"
#include "core/forms/definition_parser.h"
#include "core/forms/evaluator.h"
#include "core/forms/submission_check.h"

using namespace veldwerk::forms;

namespace {

// Plausible and implausible answers for every item of whatever definition came out.
AnswerSet answersFor(const Definition& definition) {
    AnswerSet answers;
    int n = 0;
    for (const auto& item : definition.items()) {
        ++n;
        switch (item.type) {
            case ItemType::Group:
                answers.setField(item.id, "e1", item.fields.front().id, "2025-01-01");
                answers.setField(item.id, "e2", "geen_veld", "x");
                answers.addEntry(item.id, "e3");
                break;
            case ItemType::Multi:
                answers.set(item.id, item.options.front().value + "," + item.options.back().value);
                break;
            case ItemType::Date:
                answers.set(item.id, n % 2 ? "2025-03-01" : "2025-02-30");
                break;
            default:
                if (item.merge == MergePolicy::Perspective) {
                    answers.setPerspective(item.id, "jgt", "3");
                    answers.setPerspective(item.id, "gi", "99");
                } else if (!item.options.empty()) {
                    answers.set(
                        item.id,
                        item.options[static_cast<std::size_t>(n) % item.options.size()].value);
                } else {
                    answers.set(item.id, n % 3 ? "5" : "tekst");
                }
        }
    }
    answers.set("geen_item", "ja");
    return answers;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto result = parseDefinition(text, "fuzz.json");
    std::size_t length = 0;
    for (const auto& error : result.errors) {
        length += error.toString().size();
    }
    if (!result.ok()) {
        return length > 0 ? 0 : 0;
    }
    EvaluationContext context;
    context.today = Date::fromDays(20000);
    context.childBirthDate = Date::fromDays(19000);
    context.conflicts = {"a", "b/c/d"};
    OtherAssessment other;
    other.formId = "veiligheidsplan";
    other.status = "draft";
    other.groupEntries["vp_bodemeisen"] = {GroupEntry{"e1", {{"eis", "x"}}}};
    context.otherAssessments.push_back(other);
    const auto answers = answersFor(*result.definition);
    const auto evaluation = evaluate(*result.definition, answers, context);
    const auto check = checkSubmission(evaluation, {{"R1", "uitleg"}});
    (void)check.allowed();
    for (const auto& item : result.definition->items()) {
        (void)validateAnswer(*result.definition, item.id, "ja");
        (void)validateAnswer(*result.definition, item.id + "/e/x", "1");
    }
    return 0;
}
