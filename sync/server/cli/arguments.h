// The server CLI's command lines: options (`--name VALUE`, `--name=VALUE`), flags (`--name`) and
// positional words, in any order. Anything not declared is a usage error, so a misspelt option
// never silently means nothing.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace veldwerk::sync::server::cli {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Arguments {
public:
    // Throws UsageError for an undeclared option or an option without its value.
    Arguments(const std::vector<std::string>& args, const std::set<std::string>& options,
              const std::set<std::string>& flags);

    std::optional<std::string> option(const std::string& name) const;
    std::string required(const std::string& name) const;
    bool flag(const std::string& name) const { return m_flags.count(name) != 0; }
    const std::vector<std::string>& words() const { return m_words; }

private:
    std::map<std::string, std::string> m_options;
    std::set<std::string> m_flags;
    std::vector<std::string> m_words;
};

}  // namespace veldwerk::sync::server::cli
