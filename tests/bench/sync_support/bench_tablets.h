// Shared by the sync benchmarks: a real veldwerk-server process on loopback over its SQLite store
// with one JGT worker, and tablets (real vaults, the real engine over HttpTransport) that fill in
// risicotaxaties. A "doc" is one answer: one field change from the tablet that wrote it to every
// other tablet of the user (30 answers per assessment, 10 assessments per case).
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/vault/vault.h"
#include "sync/engine/http_transport.h"
#include "sync/engine/sync_round.h"
#include "tests/support/server_process.h"
#include "tests/support/temp_dir.h"

namespace veldwerk::bench {

inline constexpr const char* kUser = "anna";
inline constexpr const char* kPassword = "gebruiker-wachtwoord-1";
inline constexpr int kAnswersPerAssessment = 30;
inline constexpr int kAssessmentsPerCase = 10;

class BenchServer {
public:
    explicit BenchServer(const std::filesystem::path& dir);
    std::string url() const { return m_server.url(); }

private:
    testing::ServerProcess m_server;
};

class BenchTablet {
public:
    BenchTablet(const std::filesystem::path& dir, const std::string& url);
    vault::Vault& vault() { return *m_vault; }
    sync::SyncReport sync() { return sync::runSyncRound(*m_vault, m_http); }
    // Writes `answers` new answers (rounded up to whole assessments); returns how many.
    int fillIn(int answers);
    // fillCases below on this tablet's vault; returns the answers written.
    int fillCases(int cases, int answersPerCase);
    int answersHeld();

private:
    std::unique_ptr<vault::Vault> m_vault;
    sync::HttpTransport m_http;
    std::string m_case;
    int m_inCase = kAssessmentsPerCase;
    std::string m_child;
};

// Writes `cases` new cases of the vault's owner, each with one risicotaxatie of its first
// `answersPerCase` items (at most 30) answered, one transaction per assessment; returns the
// assessments' ids.
std::vector<std::string> fillCases(vault::Vault& vault, int cases, int answersPerCase);
// Answers the first `count` items of the assessment again, each with another value than `round-1`
// gave it (an edit between syncs), in one transaction.
void editAnswers(vault::Vault& vault, const std::string& assessmentId, int count, int round);

double secondsSince(std::chrono::steady_clock::time_point start);

}  // namespace veldwerk::bench
