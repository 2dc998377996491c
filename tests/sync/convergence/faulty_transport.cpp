#include "tests/sync/convergence/faulty_transport.h"

#include <string>

namespace veldwerk::testing {

namespace {
// "/v1/pull?since=12&limit=500" with another limit.
std::string withLimit(const std::string& path, int limit) {
    const auto at = path.find("limit=");
    if (at == std::string::npos) {
        return path;
    }
    const auto end = path.find('&', at);
    return path.substr(0, at) + "limit=" + std::to_string(limit) +
           (end == std::string::npos ? "" : path.substr(end));
}
}  // namespace

void FaultyTransport::arm(const FaultPlan& plan, std::mt19937& rng, std::function<void()> hook) {
    m_plan = plan;
    m_rng = &rng;
    m_hook = std::move(hook);
    m_requests = 0;
    m_pullPages = 0;
}

void FaultyTransport::clear() {
    m_plan = FaultPlan{};
    m_rng = nullptr;
    m_hook = nullptr;
}

bool FaultyTransport::chance(double p) {
    return m_rng != nullptr && p > 0 && std::uniform_real_distribution<double>(0, 1)(*m_rng) < p;
}

sync::HttpResponse FaultyTransport::send(const sync::HttpRequest& request) {
    if (m_hook && m_requests == m_plan.hookBeforeRequest) {
        auto hook = std::move(m_hook);
        m_hook = nullptr;
        hook();
    }
    ++m_requests;
    auto sent = request;
    const bool pull = request.path.rfind("/v1/pull", 0) == 0;
    if (pull) {
        if (m_plan.pullPagesBeforeCut >= 0 && m_pullPages >= m_plan.pullPagesBeforeCut) {
            ++m_faults;
            throw sync::TransportError("injected: connection lost during the pull");
        }
        if (m_plan.pullPageLimit > 0) {
            sent.path = withLimit(request.path, m_plan.pullPageLimit);
        }
    }
    if (chance(m_plan.dropRequest)) {
        ++m_faults;
        throw sync::TransportError("injected: the request never reached the server");
    }
    auto response = m_inner.send(sent);
    if (pull) {
        ++m_pullPages;
    }
    if (chance(m_plan.loseAnswer)) {
        ++m_faults;
        throw sync::TransportError("injected: the server's answer was lost");
    }
    return response;
}

}  // namespace veldwerk::testing
