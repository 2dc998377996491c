#include "sync/protocol/object_writer.h"

#include "sync/protocol/codec.h"

namespace veldwerk::sync::wire {

ObjectWriter::ObjectWriter(std::string path) : m_path(std::move(path)) {}

std::string ObjectWriter::pathOf(const char* name) const {
    return m_path.empty() ? std::string(name) : m_path + "." + name;
}

void ObjectWriter::checkCount(const char* name, std::size_t count, std::size_t max) const {
    if (count > max) {
        failTooLarge(pathOf(name), "has more than " + std::to_string(max) + " items");
    }
}

void ObjectWriter::text(const char* name, const std::string& value, Shape shape) {
    check(value, shape, pathOf(name));
    m_object[name] = value;
}

void ObjectWriter::optionalText(const char* name, const std::string& value, Shape shape) {
    text(name, value, shape);
}

void ObjectWriter::nullableText(const char* name, const std::optional<std::string>& value,
                                Shape shape) {
    if (value) {
        text(name, *value, shape);
    } else {
        m_object[name] = nullptr;
    }
}

void ObjectWriter::counter(const char* name, std::int64_t value) {
    if (value < 0) {
        fail(pathOf(name), "must be a non-negative integer");
    }
    m_object[name] = value;
}

void ObjectWriter::clock(const char* name, std::uint64_t value) {
    m_object[name] = std::to_string(value);
}

void ObjectWriter::optionalClock(const char* name, std::uint64_t value) {
    if (value != 0) {
        clock(name, value);
    }
}

void ObjectWriter::flag(const char* name, bool value) {
    m_object[name] = value;
}

void ObjectWriter::outcome(const char* name, PushOutcome value) {
    const std::string text = toString(value);
    if (text == "invalid") {
        fail(pathOf(name), "must be one of applied, unchanged, merged, conflict, refused");
    }
    m_object[name] = text;
}

void ObjectWriter::textList(const char* name, const std::vector<std::string>& values,
                            std::size_t max, Shape shape) {
    checkCount(name, values.size(), max);
    auto array = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < values.size(); ++i) {
        check(values[i], shape, pathOf(name) + "[" + std::to_string(i) + "]");
        array.push_back(values[i]);
    }
    m_object[name] = std::move(array);
}

}  // namespace veldwerk::sync::wire
