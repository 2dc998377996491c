// The pull request as URL query parameters (GET
// /v1/pull?since=N&limit=N[&case=ID][&pushed=N,N][&resolved=1]). Every value is digits, hex or
// commas, so nothing needs percent-encoding.
#include <algorithm>
#include <limits>

#include "sync/protocol/codec.h"
#include "sync/protocol/shapes.h"

namespace veldwerk::sync {

namespace {

constexpr auto kMaxSince = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());

void checkPushed(const std::vector<std::int64_t>& pushed) {
    if (pushed.size() > kMaxPulledOwnBatches) {
        wire::fail("pushed", "at most " + std::to_string(kMaxPulledOwnBatches) + " batch numbers");
    }
    for (std::size_t i = 0; i < pushed.size(); ++i) {
        if (pushed[i] < 1 || (i > 0 && pushed[i] <= pushed[i - 1])) {
            wire::fail("pushed", "must be ascending positive batch numbers");
        }
    }
}

// "12,13,17": decimal batch numbers, comma separated.
std::vector<std::int64_t> parsePushed(const std::string& value) {
    std::vector<std::int64_t> out;
    std::size_t from = 0;
    while (from <= value.size()) {
        const auto comma = std::min(value.find(',', from), value.size());
        const auto n = wire::parseDecimal(value.substr(from, comma - from));
        if (!n || *n > kMaxSince || out.size() >= kMaxPulledOwnBatches) {
            wire::fail("pushed", "must be at most " + std::to_string(kMaxPulledOwnBatches) +
                                     " comma-separated batch numbers");
        }
        out.push_back(static_cast<std::int64_t>(*n));
        from = comma + 1;
    }
    checkPushed(out);
    return out;
}

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
    checkPushed(request.pushed);
}

}  // namespace

std::string toQuery(const PullRequest& request) {
    checkRequest(request);
    std::string query =
        "since=" + std::to_string(request.since) + "&limit=" + std::to_string(request.limit);
    if (request.caseId) {
        query += "&case=" + *request.caseId;
    }
    for (std::size_t i = 0; i < request.pushed.size(); ++i) {
        query += (i == 0 ? "&pushed=" : ",") + std::to_string(request.pushed[i]);
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
            } else if (key == "pushed") {
                request.pushed = parsePushed(value);
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
