// Reads one JSON object of a message into C++ fields, strictly: every field the message describes
// must be there with the right type and shape, and finish() refuses any field it did not read.
// The same member names as ObjectWriter, so one describe() per message serves both directions.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "sync/protocol/messages.h"
#include "sync/protocol/shapes.h"

namespace veldwerk::sync::wire {

class ObjectReader {
public:
    // path: where this object sits ("" for the body, "changes[3]", ...).
    ObjectReader(const nlohmann::json& object, std::string path);

    void text(const char* name, std::string& out, Shape shape);
    void optionalText(const char* name, std::string& out, Shape shape);  // absent: left as is
    void nullableText(const char* name, std::optional<std::string>& out, Shape shape);
    void counter(const char* name, std::int64_t& out);         // a JSON integer >= 0
    void clock(const char* name, std::uint64_t& out);          // a decimal string of a uint64
    void optionalClock(const char* name, std::uint64_t& out);  // absent: left as is
    void flag(const char* name, bool& out);
    void outcome(const char* name, PushOutcome& out);
    void textList(const char* name, std::vector<std::string>& out, std::size_t max, Shape shape);

    // An array of objects, each read by the describe() overload for T.
    template <class T>
    void list(const char* name, std::vector<T>& out, std::size_t max) {
        const auto& array = arrayMember(name, max);
        out.clear();
        out.reserve(array.size());
        for (std::size_t i = 0; i < array.size(); ++i) {
            ObjectReader item(array[i], pathOf(name) + "[" + std::to_string(i) + "]");
            T value;
            describe(item, value);
            item.finish();
            out.push_back(std::move(value));
        }
    }

    // Like list(), but an absent member reads as an empty list (a field added to the protocol).
    template <class T>
    void optionalList(const char* name, std::vector<T>& out, std::size_t max) {
        if (find(name) == nullptr) {
            out.clear();
            return;
        }
        list(name, out, max);
    }

    // A nested object read by describeInner(ObjectReader&).
    template <class F>
    void object(const char* name, F&& describeInner) {
        ObjectReader inner(member(name), pathOf(name));
        describeInner(inner);
        inner.finish();
    }

    // Refuses fields that were not read (a misspelt field must not silently mean nothing).
    void finish() const;

    std::string pathOf(const char* name) const;

private:
    const nlohmann::json* find(const char* name);
    const nlohmann::json& member(const char* name);
    const nlohmann::json& arrayMember(const char* name, std::size_t max);
    void readString(const nlohmann::json& value, const std::string& path, std::string& out,
                    Shape shape) const;

    const nlohmann::json& m_object;
    std::string m_path;
    std::vector<const char*> m_read;
};

}  // namespace veldwerk::sync::wire
