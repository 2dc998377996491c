// The server's HTTP API as the device calls it (PROTOCOL.md): every request carries the protocol
// version, the device's clock and (after enrolment) its token; every answer is decoded by the
// protocol codec; every failure becomes a SyncError saying what the device should do. The
// server's clock is observed with the vault's bounded-drift hybrid clock.
#pragma once

#include <string>
#include <vector>

#include "core/clock/hlc.h"
#include "sync/engine/sync_error.h"
#include "sync/engine/transport.h"
#include "sync/protocol/messages.h"

namespace veldwerk::sync {

class ServerApi {
public:
    // token: empty before enrolment.
    ServerApi(Transport& transport, clock::HybridClock& clock, std::string token)
        : m_transport(transport), m_clock(clock), m_token(std::move(token)) {}

    EnrollResponse enroll(const EnrollRequest& request);
    // body: an encoded PushRequest (a resent batch goes out byte for byte as first sent).
    PushResponse push(const std::string& body);
    // A page the server answers 413 for (too large to send) is asked for again with a smaller
    // limit, down to one change.
    PullResponse pull(const PullRequest& request);
    void uploadAudit(const AuditUploadRequest& request);
    // Emergency access to a case the user is not a member of (PROTOCOL.md "Emergency access").
    EmergencyAccessResponse emergencyAccess(const EmergencyAccessRequest& request);

    // Things worth telling the user that did not stop the request (e.g. an implausible server
    // clock that was not adopted).
    const std::vector<std::string>& warnings() const { return m_warnings; }

private:
    HttpResponse send(const std::string& method, const std::string& path, const std::string& body);
    void observe(std::uint64_t serverClock);
    PullResponse pullPage(const PullRequest& request);

    Transport& m_transport;
    clock::HybridClock& m_clock;
    std::string m_token;
    std::vector<std::string> m_warnings;
    bool m_serverIgnoresPushed = false;  // refused `pushed` once: not named again this round
    bool m_plainBodies = false;          // the server refused a gzip body (415): plain this round
    // A page the server found too large to send (413: long values) is asked for again with half
    // the limit; later pages of this round keep the smaller limit.
    std::size_t m_pullLimitCap = kMaxPullLimit;
};

}  // namespace veldwerk::sync
