#include "sync/server/cli/arguments.h"

namespace veldwerk::sync::server::cli {

Arguments::Arguments(const std::vector<std::string>& args, const std::set<std::string>& options,
                     const std::set<std::string>& flags) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        if (a.size() < 3 || a.compare(0, 2, "--") != 0) {
            m_words.push_back(a);
            continue;
        }
        auto name = a.substr(2);
        std::optional<std::string> value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name.resize(eq);
        }
        if (flags.count(name)) {
            if (value) {
                throw UsageError("--" + name + " takes no value");
            }
            m_flags.insert(name);
        } else if (options.count(name)) {
            if (!value) {
                if (i + 1 >= args.size()) {
                    throw UsageError("--" + name + " needs a value");
                }
                value = args[++i];
            }
            if (!m_options.emplace(name, *value).second) {
                throw UsageError("--" + name + " is given twice");
            }
        } else {
            throw UsageError("unknown option --" + name);
        }
    }
}

std::optional<std::string> Arguments::option(const std::string& name) const {
    const auto it = m_options.find(name);
    return it == m_options.end() ? std::nullopt : std::optional<std::string>(it->second);
}

std::string Arguments::required(const std::string& name) const {
    auto v = option(name);
    if (!v) {
        throw UsageError("--" + name + " is required");
    }
    return *v;
}

}  // namespace veldwerk::sync::server::cli
