// encode()/decode*(): a message body through its one field description (message_fields.h).
#include "sync/protocol/codec.h"

#include <new>

#include "sync/protocol/json_body.h"
#include "sync/protocol/message_fields.h"
#include "sync/protocol/object_reader.h"
#include "sync/protocol/object_writer.h"

namespace veldwerk::sync {

namespace {

template <class M>
M decodeBody(std::string_view json) {
    // Only ProtocolError leaves the codec: anything else from below becomes one.
    try {
        const auto body = wire::parseBody(json);
        wire::ObjectReader reader(body, "");
        M message;
        describe(reader, message);
        reader.finish();
        return message;
    } catch (const ProtocolError&) {
        throw;
    } catch (const std::bad_alloc&) {
        throw ProtocolError("body: out of memory while decoding");
    } catch (const std::exception&) {
        throw ProtocolError("body: cannot be decoded");
    }
}

template <class M>
std::string encodeBody(const M& message) {
    try {
        wire::ObjectWriter writer("");
        describe(writer, message);
        return wire::printBody(std::move(writer).take());
    } catch (const ProtocolError&) {
        throw;
    } catch (const std::bad_alloc&) {
        throw ProtocolError("body: out of memory while encoding");
    } catch (const std::exception&) {
        throw ProtocolError("body: cannot be encoded");
    }
}

}  // namespace

std::string encode(const PushRequest& m) {
    return encodeBody(m);
}
std::string encode(const PushResponse& m) {
    return encodeBody(m);
}
std::string encode(const PullResponse& m) {
    return encodeBody(m);
}
std::string encode(const EnrollRequest& m) {
    return encodeBody(m);
}
std::string encode(const EnrollResponse& m) {
    return encodeBody(m);
}
std::string encode(const AuditUploadRequest& m) {
    return encodeBody(m);
}
std::string encode(const EmergencyAccessRequest& m) {
    return encodeBody(m);
}
std::string encode(const EmergencyAccessResponse& m) {
    return encodeBody(m);
}
std::string encode(const ErrorBody& m) {
    return encodeBody(m);
}

PushRequest decodePushRequest(std::string_view json) {
    return decodeBody<PushRequest>(json);
}
PushResponse decodePushResponse(std::string_view json) {
    return decodeBody<PushResponse>(json);
}
PullResponse decodePullResponse(std::string_view json) {
    return decodeBody<PullResponse>(json);
}
EnrollRequest decodeEnrollRequest(std::string_view json) {
    return decodeBody<EnrollRequest>(json);
}
EnrollResponse decodeEnrollResponse(std::string_view json) {
    return decodeBody<EnrollResponse>(json);
}
AuditUploadRequest decodeAuditUploadRequest(std::string_view json) {
    return decodeBody<AuditUploadRequest>(json);
}
EmergencyAccessRequest decodeEmergencyAccessRequest(std::string_view json) {
    return decodeBody<EmergencyAccessRequest>(json);
}
EmergencyAccessResponse decodeEmergencyAccessResponse(std::string_view json) {
    return decodeBody<EmergencyAccessResponse>(json);
}
ErrorBody decodeErrorBody(std::string_view json) {
    return decodeBody<ErrorBody>(json);
}

const char* toString(PushOutcome outcome) {
    switch (outcome) {
        case PushOutcome::Applied:
            return "applied";
        case PushOutcome::Unchanged:
            return "unchanged";
        case PushOutcome::Merged:
            return "merged";
        case PushOutcome::Conflict:
            return "conflict";
        case PushOutcome::Refused:
            return "refused";
    }
    return "invalid";
}

}  // namespace veldwerk::sync
