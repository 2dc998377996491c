// A small world for sync end-to-end tests: a real veldwerk-server process on loopback over a real
// database (an SQLite file, or a PostgreSQL 15 the test starts itself), organisations and users
// made with the server's admin CLI, and devices that are real vaults driven by veldwerk-cli.
#pragma once

#include <catch2/catch.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/e2e/cli_runner.h"
#include "tests/support/postgres_server.h"
#include "tests/support/server_process.h"
#include "tests/support/temp_dir.h"

namespace veldwerk::testing {

constexpr const char* kDevicePassphrase = "apparaat-wachtwoord-1";
constexpr const char* kUserPassword = "gebruiker-wachtwoord-1";

enum class Backend { Sqlite, Postgres };

inline const char* name(Backend b) {
    return b == Backend::Sqlite ? "sqlite" : "postgres";
}

// One tablet: a vault enrolled for one user.
class Device {
public:
    Device(std::filesystem::path dir, std::string user) : m_cli(dir), m_user(std::move(user)) {}

    const std::string& user() const { return m_user; }

    ProcessResult run(const std::vector<std::string>& args) const {
        return m_cli.run(args, kDevicePassphrase, {{"VELDWERK_PASSWORD", kUserPassword}});
    }
    nlohmann::json json(const std::vector<std::string>& args) const {
        auto withJson = args;
        withJson.insert(withJson.begin(), "--json");
        const auto r = run(withJson);
        if (r.exitCode != 0) {
            FAIL("veldwerk-cli " << args.at(0) << " (" << m_user << ") exit " << r.exitCode << ": "
                                 << r.err);
        }
        return nlohmann::json::parse(r.out);
    }
    // Runs and requires success.
    void ok(const std::vector<std::string>& args) const {
        const auto r = run(args);
        INFO(m_user << ": " << args.at(0) << " " << (args.size() > 1 ? args[1] : "") << ": "
                    << r.err);
        REQUIRE(r.exitCode == 0);
    }
    nlohmann::json sync() const { return json({"sync"}); }
    void set(const std::string& assessment, const std::string& item,
             const std::string& value) const {
        ok({"assessment", "set", assessment, item, value});
    }
    nlohmann::json show(const std::string& assessment) const {
        return json({"assessment", "show", assessment});
    }

    const CliRunner& cli() const { return m_cli; }

private:
    CliRunner m_cli;
    std::string m_user;
};

class SyncWorld {
public:
    explicit SyncWorld(Backend backend) {
        std::string db = (m_tmp / "server.db").string();
        if (backend == Backend::Postgres) {
            m_postgres = std::make_unique<PostgresServer>();
            db = m_postgres->url();
        }
        m_server = std::make_unique<ServerProcess>(VELDWERK_SERVER_PATH, db, m_tmp.path());
        admin({"org", "add", "JGT Utrecht", "--kind", "jgt"});
        admin({"org", "add", "GI Midden", "--kind", "gi"});
        admin({"team", "add", "Team Noord", "--org", "JGT Utrecht"});
        admin({"user", "add", "anna", "--org", "JGT Utrecht", "--role", "jgt", "--team",
               "Team Noord"});
        admin({"user", "add", "gijs", "--org", "GI Midden", "--role", "gi"});
        admin({"user", "add", "sanne", "--org", "JGT Utrecht", "--role", "supervisor", "--team",
               "Team Noord"});
        m_server->start();
    }

    ServerProcess& server() { return *m_server; }

    void admin(const std::vector<std::string>& args) const {
        const auto r = m_server->admin(args, {{"VELDWERK_PASSWORD", kUserPassword}});
        INFO("admin " << args.at(0) << " " << args.at(1) << ": " << r.err);
        REQUIRE(r.exitCode == 0);
    }
    nlohmann::json adminJson(std::vector<std::string> args) const {
        args.insert(args.begin(), "--json");
        const auto r = m_server->admin(args);
        INFO("admin " << args.at(1) << ": " << r.err);
        REQUIRE(r.exitCode == 0);
        return nlohmann::json::parse(r.out);
    }

    // A new vault in its own directory, enrolled for the user (at serverUrl, default this
    // world's server).
    Device device(const std::string& user, const std::string& label = "",
                  const std::string& serverUrl = "") {
        const auto dir = m_tmp / ("device-" + user + label + std::to_string(m_devices++));
        Device d(dir, user);
        REQUIRE(d.cli().init(kDevicePassphrase).exitCode == 0);
        d.ok({"enroll", "--server", serverUrl.empty() ? m_server->url() : serverUrl, "--user",
              user});
        return d;
    }

    const std::filesystem::path& dir() const { return m_tmp.path(); }

private:
    TempDir m_tmp;
    std::unique_ptr<PostgresServer> m_postgres;
    std::unique_ptr<ServerProcess> m_server;
    int m_devices = 0;
};

}  // namespace veldwerk::testing
