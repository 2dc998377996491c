// libFuzzer target: arbitrary bytes into every decoder of the sync codec, and into the pull query
// parser (read as "k=v&k=v"). Any crash, sanitizer report or exception other than ProtocolError
// is a bug. Whatever decodes must encode and decode again to an equal message (the round trip
// the two ends of the protocol rely on); a difference aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>

#include "sync/protocol/codec.h"

using namespace veldwerk::sync;

namespace {

template <class Decode>
void roundTrip(std::string_view input, Decode decode) {
    try {
        const auto message = decode(input);
        if (!(decode(encode(message)) == message)) {
            std::abort();
        }
    } catch (const ProtocolError&) {
    }
}

void pullQuery(std::string_view input) {
    std::map<std::string, std::string> params;
    std::size_t start = 0;
    while (start <= input.size()) {
        auto end = input.find('&', start);
        end = end == std::string_view::npos ? input.size() : end;
        const auto part = input.substr(start, end - start);
        const auto eq = part.find('=');
        params[std::string(part.substr(0, eq))] =
            eq == std::string_view::npos ? std::string() : std::string(part.substr(eq + 1));
        start = end + 1;
    }
    try {
        const auto request = parsePullQuery(params);
        const auto query = toQuery(request);
        (void)query;
    } catch (const ProtocolError&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    roundTrip(input, decodePushRequest);
    roundTrip(input, decodePushResponse);
    roundTrip(input, decodePullResponse);
    roundTrip(input, decodeEnrollRequest);
    roundTrip(input, decodeEnrollResponse);
    roundTrip(input, decodeAuditUploadRequest);
    roundTrip(input, decodeErrorBody);
    pullQuery(input);
    return 0;
}
