// Writes C++ fields into one JSON object of a message, checking each against the same shapes and
// limits ObjectReader enforces, so that an encoded message always decodes. The mirror of
// ObjectReader: one describe() per message serves both directions.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "sync/protocol/messages.h"
#include "sync/protocol/shapes.h"

namespace veldwerk::sync::wire {

class ObjectWriter {
public:
    explicit ObjectWriter(std::string path);

    void text(const char* name, const std::string& value, Shape shape);
    void optionalText(const char* name, const std::string& value, Shape shape);  // always written
    void nullableText(const char* name, const std::optional<std::string>& value, Shape shape);
    void counter(const char* name, std::int64_t value);
    void clock(const char* name, std::uint64_t value);
    void optionalClock(const char* name, std::uint64_t value);  // written only when not 0
    void flag(const char* name, bool value);
    void outcome(const char* name, PushOutcome value);
    void textList(const char* name, const std::vector<std::string>& values, std::size_t max,
                  Shape shape);

    template <class T>
    void list(const char* name, const std::vector<T>& values, std::size_t max) {
        checkCount(name, values.size(), max);
        auto array = nlohmann::ordered_json::array();
        for (std::size_t i = 0; i < values.size(); ++i) {
            ObjectWriter item(pathOf(name) + "[" + std::to_string(i) + "]");
            describe(item, values[i]);
            array.push_back(std::move(item).take());
        }
        m_object[name] = std::move(array);
    }

    // Written only when not empty, so older readers see the message they know.
    template <class T>
    void optionalList(const char* name, const std::vector<T>& values, std::size_t max) {
        if (!values.empty()) {
            list(name, values, max);
        }
    }

    template <class F>
    void object(const char* name, F&& describeInner) {
        ObjectWriter inner(pathOf(name));
        describeInner(inner);
        m_object[name] = std::move(inner).take();
    }

    std::string pathOf(const char* name) const;
    nlohmann::ordered_json take() && { return std::move(m_object); }

private:
    void checkCount(const char* name, std::size_t count, std::size_t max) const;

    nlohmann::ordered_json m_object = nlohmann::ordered_json::object();
    std::string m_path;
};

}  // namespace veldwerk::sync::wire
