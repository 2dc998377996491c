// The shapes a string field of a sync message may take (ids, roles, field names, free text), and
// decimal counters in strings. One check serves both directions: decoding rejects what encoding
// would refuse to produce. Errors are ProtocolError naming the path, never the value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace veldwerk::sync::wire {

enum class Shape {
    HexId,     // 32 lowercase hex: case, person, user, device, assessment, event ids
    MemberId,  // CASEID:USERID
    Token,     // 64 lowercase hex: a device token
    Entity,    // case | person | consent | member | assessment | answer | event | visit |
               // escalation
    Field,     // 1..256 of [a-z0-9_/@:.-]: "acuut_letsel", "sw_schaal@USER", "vp/ENTRY/tekst"
    Key,       // like Field but may be empty: an audit entry's entity id
    Word,      // 1..64 of [a-z_]: error codes, audit actions and entities
    Role,      // jgt | gi | supervisor | admin
    BatchId,   // 1..128 of [A-Za-z0-9_.:-]
    Name,      // 1..256 bytes of UTF-8 text without control characters
    Label,     // like Name but may be empty
    Password,  // 1..1024 bytes without NUL
    Text,      // up to 64 KiB of UTF-8 without NUL: values, reasons, messages
};

// The id shape of an entity's records (call after the entity itself was checked).
Shape entityIdShape(std::string_view entity);

// Throws ProtocolError("PATH: must be ...") unless value has the shape.
void check(std::string_view value, Shape shape, const std::string& path);

// A case's own records and memberships name their case twice; the two must agree.
void checkBelongsToCase(std::string_view caseId, std::string_view entity, std::string_view entityId,
                        const std::string& path);

// How a disagreement was closed: `resolution` or `agreement` (PROTOCOL.md "Pull").
void checkSettlementKind(std::string_view kind, const std::string& path);

// Canonical decimal of an unsigned integer: digits only, no sign, no leading zero (but "0").
std::optional<std::uint64_t> parseDecimal(std::string_view text);

bool isValidUtf8(std::string_view text);

// A field name the sender chose, fit for an error message: printable ASCII, at most 64 bytes.
std::string printable(std::string_view name);

// Throw ProtocolError / ProtocolTooLarge "PATH: problem" ("body: ..." for the empty path).
[[noreturn]] void fail(const std::string& path, std::string_view problem);
[[noreturn]] void failTooLarge(const std::string& path, std::string_view problem);

}  // namespace veldwerk::sync::wire
