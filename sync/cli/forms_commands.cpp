// forms list | show | validate: the instrument definitions this build ships.
#include <sstream>

#include "core/forms/definition_parser.h"
#include "sync/cli/commands.h"

namespace veldwerk::cli {

namespace {
nlohmann::json text(const forms::LocalizedText& t) {
    return {{"nl", t.nl}, {"en", t.en}};
}

nlohmann::json errorJson(const forms::DefinitionError& e) {
    return {{"file", e.file}, {"item", e.item},       {"rule", e.rule},
            {"code", e.code}, {"message", e.message}, {"path", e.path}};
}

nlohmann::json itemJson(const forms::Item& item) {
    nlohmann::json j = {{"id", item.id},
                        {"type", std::string(forms::toString(item.type))},
                        {"merge", std::string(forms::toString(item.merge))},
                        {"label", text(item.label)},
                        {"required", item.required}};
    if (!item.options.empty()) {
        j["options"] = nlohmann::json::array();
        for (const auto& o : item.options) {
            j["options"].push_back({{"value", o.value}, {"label", text(o.label)}});
        }
    }
    if (!item.fields.empty()) {
        j["fields"] = nlohmann::json::array();
        for (const auto& f : item.fields) {
            j["fields"].push_back({{"id", f.id},
                                   {"type", std::string(forms::toString(f.type))},
                                   {"label", text(f.label)}});
        }
    }
    return j;
}
}  // namespace

int runFormsList(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as"});
    nlohmann::json arr = nlohmann::json::array();
    std::ostringstream out;
    for (const auto* def : ctx.forms().all()) {
        arr.push_back({{"id", def->id()},
                       {"version", def->version()},
                       {"subject", def->subject()},
                       {"title", text(def->title())}});
        out << def->id() << "  v" << def->version() << "  " << def->title().nl << "\n";
    }
    ctx.print({{"forms", arr}}, out.str());
    return kOk;
}

int runFormsShow(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as"});
    const auto id = ctx.cmd().word(2);
    const auto* def = ctx.forms().find(id);
    if (def == nullptr) {
        throw CliError(kNotFound, "no form '" + id + "'");
    }
    nlohmann::json sections = nlohmann::json::array();
    std::ostringstream out;
    out << def->id() << " v" << def->version() << ": " << def->title().nl << "\n";
    for (const auto& s : def->sections()) {
        nlohmann::json items = nlohmann::json::array();
        out << "\n[" << s.id << "] " << s.title.nl << "\n";
        for (const auto index : s.items) {
            const auto& item = def->items()[index];
            items.push_back(itemJson(item));
            out << "  " << item.id << " (" << forms::toString(item.type) << "): " << item.label.nl
                << "\n";
        }
        sections.push_back({{"id", s.id}, {"title", text(s.title)}, {"items", items}});
    }
    nlohmann::json rules = nlohmann::json::array();
    out << "\nrules:\n";
    for (const auto& r : def->rules()) {
        nlohmann::json kinds = nlohmann::json::array();
        for (const auto& e : r.effects) {
            kinds.push_back(std::string(forms::toString(e.kind)));
        }
        rules.push_back({{"id", r.id}, {"kinds", kinds}, {"message", text(r.message)}});
        out << "  " << r.id << ": " << r.message.nl << "\n";
    }
    ctx.print({{"id", def->id()},
               {"version", def->version()},
               {"subject", def->subject()},
               {"title", text(def->title())},
               {"sections", sections},
               {"rules", rules}},
              out.str());
    return kOk;
}

int runFormsValidate(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as"});
    const auto file = ctx.cmd().word(2);
    if (file.empty()) {
        throw UsageError("usage: forms validate FILE");
    }
    const auto result = forms::loadDefinitionFile(file);
    if (result.ok()) {
        ctx.print({{"valid", true},
                   {"id", result.definition->id()},
                   {"version", result.definition->version()},
                   {"errors", nlohmann::json::array()}},
                  file + ": valid (" + result.definition->key() + ")");
        return kOk;
    }
    nlohmann::json errors = nlohmann::json::array();
    std::string all;
    for (const auto& e : result.errors) {
        errors.push_back(errorJson(e));
        all += e.toString() + "\n";
    }
    ctx.print({{"valid", false}, {"errors", errors}}, "");
    throw CliError(kInvalid, "invalid definition:\n" + all.substr(0, all.size() - 1));
}

}  // namespace veldwerk::cli
