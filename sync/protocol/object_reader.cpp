#include "sync/protocol/object_reader.h"

#include <algorithm>
#include <limits>

#include "sync/protocol/codec.h"

namespace veldwerk::sync::wire {

ObjectReader::ObjectReader(const nlohmann::json& object, std::string path)
    : m_object(object), m_path(std::move(path)) {
    if (!m_object.is_object()) {
        fail(m_path, "must be a JSON object");
    }
}

std::string ObjectReader::pathOf(const char* name) const {
    return m_path.empty() ? std::string(name) : m_path + "." + name;
}

const nlohmann::json* ObjectReader::find(const char* name) {
    const auto it = m_object.find(name);
    if (it == m_object.end()) {
        return nullptr;
    }
    m_read.push_back(name);
    return &*it;
}

const nlohmann::json& ObjectReader::member(const char* name) {
    const auto* value = find(name);
    if (value == nullptr) {
        fail(pathOf(name), "missing");
    }
    return *value;
}

const nlohmann::json& ObjectReader::arrayMember(const char* name, std::size_t max) {
    const auto& value = member(name);
    if (!value.is_array()) {
        fail(pathOf(name), "must be an array");
    }
    if (value.size() > max) {
        failTooLarge(pathOf(name), "has more than " + std::to_string(max) + " items");
    }
    return value;
}

void ObjectReader::readString(const nlohmann::json& value, const std::string& path,
                              std::string& out, Shape shape) const {
    if (!value.is_string()) {
        fail(path, "must be a string");
    }
    const auto& text = value.get_ref<const std::string&>();
    check(text, shape, path);
    out = text;
}

void ObjectReader::text(const char* name, std::string& out, Shape shape) {
    readString(member(name), pathOf(name), out, shape);
}

void ObjectReader::optionalText(const char* name, std::string& out, Shape shape) {
    if (const auto* value = find(name)) {
        readString(*value, pathOf(name), out, shape);
    }
}

void ObjectReader::nullableText(const char* name, std::optional<std::string>& out, Shape shape) {
    const auto& value = member(name);
    if (value.is_null()) {
        out.reset();
        return;
    }
    if (!value.is_string()) {
        fail(pathOf(name), "must be a string or null");
    }
    std::string text;
    readString(value, pathOf(name), text, shape);
    out = std::move(text);
}

void ObjectReader::counter(const char* name, std::int64_t& out) {
    const auto& value = member(name);
    constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (value.is_number_unsigned()) {
        const auto u = value.get<std::uint64_t>();
        if (u > kMax) {
            fail(pathOf(name), "must be a non-negative integer below 2^63");
        }
        out = static_cast<std::int64_t>(u);
        return;
    }
    if (value.is_number_integer() && value.get<std::int64_t>() >= 0) {
        out = value.get<std::int64_t>();
        return;
    }
    fail(pathOf(name), "must be a non-negative integer");
}

void ObjectReader::clock(const char* name, std::uint64_t& out) {
    const auto& value = member(name);
    const auto parsed =
        value.is_string() ? parseDecimal(value.get_ref<const std::string&>()) : std::nullopt;
    if (!parsed) {
        fail(pathOf(name), "must be a string of a decimal unsigned 64-bit integer");
    }
    out = *parsed;
}

void ObjectReader::optionalClock(const char* name, std::uint64_t& out) {
    if (find(name) != nullptr) {
        clock(name, out);
    }
}

void ObjectReader::flag(const char* name, bool& out) {
    const auto& value = member(name);
    if (!value.is_boolean()) {
        fail(pathOf(name), "must be true or false");
    }
    out = value.get<bool>();
}

void ObjectReader::outcome(const char* name, PushOutcome& out) {
    const auto& value = member(name);
    if (value.is_string()) {
        for (const auto candidate :
             {PushOutcome::Applied, PushOutcome::Unchanged, PushOutcome::Merged,
              PushOutcome::Conflict, PushOutcome::Refused}) {
            if (value.get_ref<const std::string&>() == toString(candidate)) {
                out = candidate;
                return;
            }
        }
    }
    fail(pathOf(name), "must be one of applied, unchanged, merged, conflict, refused");
}

void ObjectReader::textList(const char* name, std::vector<std::string>& out, std::size_t max,
                            Shape shape) {
    const auto& array = arrayMember(name, max);
    out.clear();
    out.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
        std::string item;
        readString(array[i], pathOf(name) + "[" + std::to_string(i) + "]", item, shape);
        out.push_back(std::move(item));
    }
}

void ObjectReader::finish() const {
    if (m_read.size() == m_object.size()) {
        return;
    }
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        const auto& key = it.key();
        const bool known = std::any_of(m_read.begin(), m_read.end(),
                                       [&key](const char* name) { return key == name; });
        if (!known) {
            fail(m_path, "unknown field \"" + printable(key) + "\"");
        }
    }
}

}  // namespace veldwerk::sync::wire
