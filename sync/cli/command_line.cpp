#include "sync/cli/command_line.h"

namespace veldwerk::cli {

CommandLine::CommandLine(const std::vector<std::string>& args,
                         const std::set<std::string>& valueOptions) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        if (a.size() > 2 && a.rfind("--", 0) == 0) {
            auto name = a.substr(2);
            std::optional<std::string> inlineValue;
            if (const auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name = name.substr(0, eq);
            }
            if (valueOptions.count(name) > 0) {
                if (inlineValue) {
                    m_values.emplace(name, *inlineValue);
                } else if (i + 1 < args.size()) {
                    m_values.emplace(name, args[++i]);
                } else {
                    throw UsageError("option --" + name + " needs a value");
                }
            } else {
                if (inlineValue) {
                    throw UsageError("option --" + name + " takes no value");
                }
                m_flags.insert(name);
            }
        } else {
            m_words.push_back(a);
        }
    }
}

std::optional<std::string> CommandLine::option(const std::string& name) const {
    const auto it = m_values.find(name);
    if (it == m_values.end()) {
        return std::nullopt;
    }
    return it->second;
}

std::vector<std::string> CommandLine::options(const std::string& name) const {
    std::vector<std::string> out;
    const auto [from, to] = m_values.equal_range(name);
    for (auto it = from; it != to; ++it) {
        out.push_back(it->second);
    }
    return out;
}

std::string CommandLine::required(const std::string& name) const {
    auto v = option(name);
    if (!v) {
        throw UsageError("missing --" + name);
    }
    return *v;
}

void CommandLine::allowOnly(const std::set<std::string>& names) const {
    for (const auto& f : m_flags) {
        if (names.count(f) == 0) {
            throw UsageError("unknown option --" + f);
        }
    }
    for (const auto& [k, v] : m_values) {
        if (names.count(k) == 0) {
            throw UsageError("unknown option --" + k);
        }
    }
}

}  // namespace veldwerk::cli
