// Support for the app's tests against a real veldwerk-server on loopback: a tablet driven by
// veldwerk-cli (CliDevice) and the app on one vault as main.cpp wires it (App). Shared by
// qml_access_app and qml_cosign_app.
#pragma once

#include <QString>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/forms/registry.h"
#include "qml/services/case_file_service.h"
#include "qml/services/sync_service.h"
#include "qml/services/vault_session.h"
#include "tests/e2e/cli_runner.h"

namespace veldwerk::testing {

inline constexpr const char* kAppPassphrase = "apparaat-wachtwoord-1";
inline constexpr const char* kUserPassword = "gebruiker-wachtwoord-1";

// One tablet's vault, driven by veldwerk-cli.
struct CliDevice {
    CliRunner cli;

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
    QString vaultDir() const { return QString::fromStdString(cli.vaultDir().string()); }
};

// The app on one vault: session, case file and sync service as main.cpp wires them.
struct App {
    app::VaultSession session;
    app::CaseFileService caseFile;
    app::SyncService sync;

    App(const QString& dir, const forms::FormRegistry& forms, app::SyncService::Options options)
        : session(dir), caseFile(session, forms), sync(session, caseFile, nullptr, options) {}
};

}  // namespace veldwerk::testing
