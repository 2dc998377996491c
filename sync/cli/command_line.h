// A parsed veldwerk-cli invocation: global options, the command words, and per-command options.
// Options are "--name value" or "--flag"; which names take a value is declared by the caller.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace veldwerk::cli {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class CommandLine {
public:
    // valueOptions: option names (without --) that take a value; every other --x is a flag.
    CommandLine(const std::vector<std::string>& args, const std::set<std::string>& valueOptions);

    const std::vector<std::string>& words() const { return m_words; }
    std::string word(std::size_t i) const { return i < m_words.size() ? m_words[i] : ""; }
    bool flag(const std::string& name) const { return m_flags.count(name) > 0; }
    std::optional<std::string> option(const std::string& name) const;
    std::vector<std::string> options(const std::string& name) const;  // repeatable options
    std::string required(const std::string& name) const;
    // Throws UsageError for options the command does not know.
    void allowOnly(const std::set<std::string>& names) const;

private:
    std::vector<std::string> m_words;
    std::set<std::string> m_flags;
    std::multimap<std::string, std::string> m_values;
};

}  // namespace veldwerk::cli
