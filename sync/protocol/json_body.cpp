#include "sync/protocol/json_body.h"

#include <vector>

#include "sync/protocol/codec.h"
#include "sync/protocol/shapes.h"

namespace veldwerk::sync::wire {

namespace {

// What the structure pass remembers of each open object or array.
struct Frame {
    bool array = false;
    std::size_t items = 0;
    std::vector<std::string> keys;  // linear search: objects are capped at kMaxObjectFields
};

// A first, DOM-free pass over the body (nlohmann's SAX interface) that enforces the structural
// limits before anything is built. Not the parser callback: nlohmann's callback DOM builder
// rescans the parent array at the end of every object, quadratic in hostile input.
class StructureCheck final : public nlohmann::json_sax<nlohmann::json> {
public:
    std::string problem;    // empty while the body is acceptable
    bool tooLarge = false;  // the problem is a size limit

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }

    bool start_object(std::size_t) override { return open(false); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& name) override {
        auto& keys = m_frames.back().keys;
        for (const auto& seen : keys) {
            if (seen == name) {
                return refuse("duplicate field \"" + printable(name) + "\"", false);
            }
        }
        if (keys.size() >= kMaxObjectFields) {
            return refuse("an object has more than " + std::to_string(kMaxObjectFields) + " fields",
                          false);
        }
        keys.push_back(name);
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*lastToken*/,
                     const nlohmann::detail::exception& /*error*/) override {
        // The error's text quotes the offending bytes, which may be client data: keep the offset.
        return refuse("not valid JSON in UTF-8 (error at byte " + std::to_string(position) + ")",
                      false);
    }

private:
    bool refuse(std::string why, bool size) {
        problem = std::move(why);
        tooLarge = size;
        return false;
    }

    bool value() {
        if (++m_values > kMaxValues) {
            return refuse("holds more than " + std::to_string(kMaxValues) + " values", true);
        }
        if (!m_frames.empty() && m_frames.back().array &&
            ++m_frames.back().items > kMaxArrayItems) {
            return refuse("an array has more than " + std::to_string(kMaxArrayItems) + " items",
                          true);
        }
        return true;
    }

    bool open(bool array) {
        if (!value()) {
            return false;
        }
        if (m_frames.size() >= kMaxDepth) {
            return refuse("nested deeper than " + std::to_string(kMaxDepth) + " levels", false);
        }
        m_frames.push_back(Frame{array, 0, {}});
        return true;
    }

    bool close() {
        m_frames.pop_back();
        return true;
    }

    std::vector<Frame> m_frames;
    std::size_t m_values = 0;
};

}  // namespace

nlohmann::json parseBody(std::string_view text) {
    if (text.size() > kMaxBodyBytes) {
        failTooLarge("", "larger than " + std::to_string(kMaxBodyBytes) + " bytes");
    }
    // A raw NUL is never valid JSON, but nlohmann's lexer takes it for the end of the input and
    // would ignore whatever follows it.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        fail("", "not valid JSON in UTF-8 (error at byte " + std::to_string(nul + 1) + ")");
    }
    StructureCheck structure;
    try {
        if (!nlohmann::json::sax_parse(text.begin(), text.end(), &structure) ||
            !structure.problem.empty()) {
            if (structure.problem.empty()) {
                fail("", "not valid JSON in UTF-8");
            }
            if (structure.tooLarge) {
                failTooLarge("", structure.problem);
            }
            fail("", structure.problem);
        }
        // Checked: now build the document, without a callback (linear time).
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception&) {
        fail("", "not valid JSON in UTF-8");
    }
}

std::string printBody(const nlohmann::ordered_json& body) {
    std::string text;
    try {
        text = body.dump();
    } catch (const nlohmann::json::exception&) {
        // Every string was checked for UTF-8 already; this is the last line of defence.
        fail("", "cannot be printed as JSON (invalid UTF-8)");
    }
    if (text.size() > kMaxBodyBytes) {
        failTooLarge("", "encodes to " + std::to_string(text.size()) +
                             " bytes, over the limit of " + std::to_string(kMaxBodyBytes));
    }
    return text;
}

}  // namespace veldwerk::sync::wire
