// The pilot's monitoring export (issue 14 point 1; shared/spec/domain.md "Monitoring"): one row
// per case with GI involvement in the period, under a pseudonym (keyed BLAKE2b of the case id:
// the same case and key give the same pseudonym in every export, another key another one; never
// the case id or a name), and counts per team in which any count under 5 shows as "<5". The
// columns are documented in sync/server/README.md ("Monitoring export").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

// A count under this shows as "<5".
constexpr std::int64_t kSmallCount = 5;

struct MonitoringQuery {
    std::int64_t fromMs = 0;  // first day, 00:00 UTC
    std::int64_t toMs = 0;    // the day after the last day, 00:00 UTC (exclusive)
    std::optional<std::string> team;
};

// One case; empty text: no data (or no source yet: see the data dictionary).
struct MonitoringRow {
    std::string pseudonym;
    std::string team;
    std::string municipality;
    std::string giOrganisation;
    std::string mode;  // joint_work | consultation
    std::string giMinutes;
    std::string parties;
    std::string giGoal;
    std::string how;
    std::string roleDivision;
    std::string benefitPerProfessional;  // ROLE:SCORE;... (1-5 each)
    std::string benefitNotes;
    std::string familyRatingContent;  // 0-10
    std::string familyRatingManner;   // 0-10
    std::string firstSafety;
    std::string firstRisk;
    std::string firstJudgementOn;
    std::string latestSafety;
    std::string latestRisk;
    std::string latestJudgementOn;
    std::string daysSignToAction;
    std::string escalations;
    std::string closedOn;
    std::string outcomeAtClosure;
    std::string consultationAbout;  // the safety questions of its consultations (`;`)
};

struct MonitoringCount {
    std::string team;
    std::string cases;  // a number, or "<5"
    std::string jointWork;
    std::string consultation;
};

struct MonitoringExport {
    std::string from;  // YYYY-MM-DD
    std::string to;
    std::vector<MonitoringRow> rows;
    std::vector<MonitoringCount> counts;
};

// Inside a transaction. `key`: 32 bytes.
MonitoringExport monitoringExport(SqlConnection& db, const MonitoringQuery& query,
                                  const std::string& key);
// The case ids the export was made of, for the access log (never printed).
std::vector<std::string> monitoringCases(SqlConnection& db, const MonitoringQuery& query);
// The consultations in the period linked to no case (each a row of its own, mode consultation).
std::vector<std::string> monitoringConsultations(SqlConnection& db, const MonitoringQuery& query);

std::string monitoringCsv(const MonitoringExport& e);
std::string monitoringJson(const MonitoringExport& e);

// A count as the export shows it: "<5" below kSmallCount.
std::string suppressedCount(std::int64_t n);

}  // namespace veldwerk::sync::server
