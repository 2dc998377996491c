// A second tablet in the app's tests, driven by veldwerk-cli (needs VELDWERK_CLI_PATH): made and
// enrolled on the test's server, read back through the CLI's JSON.
#pragma once

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "tests/e2e/cli_runner.h"
#include "tests/qml/app_on_server.h"

namespace veldwerk::testing {

// One tablet's vault, driven by veldwerk-cli.
struct CliDevice {
    CliRunner cli;
    std::string deviceId;  // the server's id of this tablet, from enrolment

    nlohmann::json json(const std::vector<std::string>& args) const {
        return cli.json(args, kAppPassphrase);
    }
    void ok(const std::vector<std::string>& args) const {
        const auto r = cli.run(args, kAppPassphrase, {{"VELDWERK_PASSWORD", kUserPassword}});
        if (r.exitCode != 0) {
            throw std::runtime_error("veldwerk-cli " + args.at(0) + " failed: " + r.err);
        }
    }
    std::vector<std::string> caseIds() const {
        std::vector<std::string> out;
        const auto listed = json({"case", "list"});  // kept: the loop reads into it
        for (const auto& c : listed.at("cases")) {
            out.push_back(c.at("id"));
        }
        return out;
    }
    // The value of one answer as `assessment show` reads it; "" when there is none.
    std::string answer(const std::string& assessment, const std::string& item) const {
        const auto shown = json({"assessment", "show", assessment});  // the loop reads into it
        for (const auto& a : shown.at("answers")) {
            if (a.at("item") == item) {
                return a.at("value").is_null() ? "" : a.at("value").get<std::string>();
            }
        }
        return "";
    }
    QString vaultDir() const { return QString::fromStdString(cli.vaultDir().string()); }
};

// A new tablet: a vault made and enrolled on the server by veldwerk-cli.
inline std::unique_ptr<CliDevice> enrolCliDevice(const std::filesystem::path& dir,
                                                 const std::string& serverUrl,
                                                 const std::string& user) {
    auto d = std::make_unique<CliDevice>(CliDevice{CliRunner(dir), {}});
    if (d->cli.init(kAppPassphrase).exitCode != 0) {
        throw std::runtime_error("init failed");
    }
    const auto r = d->cli.run({"--json", "enroll", "--server", serverUrl, "--user", user},
                              kAppPassphrase, {{"VELDWERK_PASSWORD", kUserPassword}});
    if (r.exitCode != 0) {
        throw std::runtime_error("enroll failed: " + r.err);
    }
    d->deviceId = nlohmann::json::parse(r.out).at("device");
    return d;
}

}  // namespace veldwerk::testing
