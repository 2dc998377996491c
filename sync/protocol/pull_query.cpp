// The pull request as URL query parameters (GET /v1/pull?since=N&limit=N[&case=ID][&resolved=1]).
// Every value is digits or hex, so nothing needs percent-encoding.
#include <limits>

#include "sync/protocol/codec.h"
#include "sync/protocol/shapes.h"

namespace veldwerk::sync {

namespace {

constexpr auto kMaxSince = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());

void checkRequest(const PullRequest& request) {
    if (request.since < 0) {
        wire::fail("since", "must be a non-negative decimal integer");
    }
    if (request.limit < 1 || request.limit > kMaxPullLimit) {
        wire::fail("limit", "must be an integer from 1 to " + std::to_string(kMaxPullLimit));
    }
    if (request.caseId) {
        wire::check(*request.caseId, wire::Shape::HexId, "case");
    }
}

}  // namespace

std::string toQuery(const PullRequest& request) {
    checkRequest(request);
    std::string query =
        "since=" + std::to_string(request.since) + "&limit=" + std::to_string(request.limit);
    if (request.caseId) {
        query += "&case=" + *request.caseId;
    }
    if (request.resolved) {
        query += "&resolved=1";
    }
    return query;
}

PullRequest parsePullQuery(const std::map<std::string, std::string>& params) {
    try {
        PullRequest request;
        for (const auto& [key, value] : params) {
            if (key == "since") {
                const auto since = wire::parseDecimal(value);
                if (!since || *since > kMaxSince) {
                    wire::fail("since", "must be a non-negative decimal integer");
                }
                request.since = static_cast<std::int64_t>(*since);
            } else if (key == "limit") {
                const auto limit = wire::parseDecimal(value);
                if (!limit || *limit < 1 || *limit > kMaxPullLimit) {
                    wire::fail("limit",
                               "must be an integer from 1 to " + std::to_string(kMaxPullLimit));
                }
                request.limit = static_cast<std::size_t>(*limit);
            } else if (key == "case") {
                wire::check(value, wire::Shape::HexId, "case");
                request.caseId = value;
            } else if (key == "resolved") {
                if (value != "1") {
                    wire::fail("resolved", "must be 1");
                }
                request.resolved = true;
            } else {
                wire::fail("query", "unknown parameter \"" + wire::printable(key) + "\"");
            }
        }
        if (params.find("since") == params.end()) {
            wire::fail("since", "missing");
        }
        return request;
    } catch (const ProtocolError&) {
        throw;
    } catch (const std::exception&) {
        throw ProtocolError("query: cannot be decoded");
    }
}

}  // namespace veldwerk::sync
