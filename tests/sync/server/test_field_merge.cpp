// The server's merge decision and its parts as pure functions: version-based concurrency,
// judgement conflicts, equal values, resolution, the three-way set merge, answer field names.
#include <catch2/catch.hpp>

#include "sync/server/merge/field_merge.h"
#include "sync/server/merge/field_name.h"
#include "sync/server/merge/set_merge.h"

using namespace veldwerk::sync::server::merge;

namespace {

CurrentField at(std::int64_t version, std::optional<std::string> value, bool conflict = false) {
    return {version, std::move(value), conflict, {}};
}

IncomingWrite write(std::int64_t base, std::optional<std::string> value,
                    Policy policy = Policy::Judgement, bool mayResolve = true,
                    std::string author = "anna", std::string device = "a1") {
    return {base, std::move(value), policy, mayResolve, std::nullopt, author, device};
}

Side side(std::int64_t version, std::string value, std::string author, std::string device) {
    return {version, std::move(value), std::move(author), std::move(device)};
}

}  // namespace

TEST_CASE("merge: a new field is applied, a base ahead of the server is refused") {
    CHECK(decide(at(0, std::nullopt), write(0, "ja")).decision == Decision::Apply);
    const auto ahead = decide(at(0, std::nullopt), write(1, "ja"));
    CHECK(ahead.decision == Decision::Refuse);
    CHECK_THAT(ahead.reason, Catch::StartsWith("base_version_ahead"));
    CHECK(decide(at(3, "ja"), write(4, "nee")).decision == Decision::Refuse);
}

TEST_CASE("merge: a write on the latest version applies, the same value changes nothing") {
    CHECK(decide(at(2, "ja"), write(2, "nee")).decision == Decision::Apply);
    CHECK(decide(at(2, "ja"), write(2, "ja")).decision == Decision::Unchanged);
    CHECK(decide(at(2, "ja"), write(2, std::nullopt)).decision == Decision::Apply);
}

TEST_CASE("merge: concurrent judgement writes conflict unless the values are equal") {
    CHECK(decide(at(2, "ja"), write(1, "nee")).decision == Decision::Conflict);
    CHECK(decide(at(2, "ja"), write(1, "ja")).decision == Decision::Unchanged);
    CHECK(decide(at(1, "ja"), write(0, "nee")).decision == Decision::Conflict);
    SECTION("a tombstone concurrent with an edit is a conflict, never delete-wins") {
        CHECK(decide(at(2, "ja"), write(1, std::nullopt)).decision == Decision::Conflict);
        CHECK(decide(at(2, std::nullopt), write(1, "ja")).decision == Decision::Conflict);
    }
    SECTION("a value already among the conflict's sides adds nothing") {
        CurrentField c{3, "ja", true, {side(1, "ja", "anna", "a1"), side(3, "nee", "gijs", "g")}};
        CHECK(decide(c, write(1, "nee", Policy::Judgement, false, "bram", "b")).decision ==
              Decision::Unchanged);
        CHECK(decide(c, write(1, "onbekend", Policy::Judgement, false, "bram", "b")).decision ==
              Decision::Conflict);
    }
}

TEST_CASE("merge: a write on a conflict withdraws the sides its writer replaced") {
    // anna (JGT) wrote 'ja' at version 1, gijs (GI) 'nee' at 2 concurrently; anna-2 'onbekend'
    // at 3, also concurrently.
    const CurrentField c{3,
                         "ja",
                         true,
                         {side(1, "ja", "anna", "a1"), side(2, "nee", "gijs", "g"),
                          side(3, "onbekend", "anna", "a2")}};
    SECTION("the writer's own device's side leaves; the others stay, the oldest left shown") {
        const auto r = decide(c, write(0, "later", Policy::Judgement, false, "gijs", "g"));
        CHECK(r.decision == Decision::Conflict);
        CHECK(r.withdrawn == std::vector<std::int64_t>{2});
        CHECK(r.addsSide);
        CHECK(r.shownVersion == 1);
    }
    SECTION("a GI worker who saw others' sides cannot drop them, only their own") {
        const auto r = decide(c, write(2, "later", Policy::Judgement, false, "gijs", "g2"));
        CHECK(r.decision == Decision::Conflict);
        CHECK(r.withdrawn == std::vector<std::int64_t>{2});
    }
    SECTION("a JGT member withdraws every side they had pulled") {
        const auto r = decide(c, write(2, "later", Policy::Judgement, true, "anna", "a3"));
        CHECK(r.decision == Decision::Conflict);
        CHECK(r.withdrawn == std::vector<std::int64_t>{1, 2});
        CHECK(r.addsSide);
        CHECK(r.shownVersion == 3);
        // From the device that wrote the third side, too: all replaced, a resolution.
        CHECK(decide(c, write(2, "later", Policy::Judgement, true, "anna", "a2")).decision ==
              Decision::Resolve);
    }
    SECTION("siding with a side that stays: no new side, the replaced one leaves") {
        const auto r = decide(c, write(0, "ja", Policy::Judgement, false, "gijs", "g"));
        CHECK(r.decision == Decision::Conflict);
        CHECK(r.withdrawn == std::vector<std::int64_t>{2});
        CHECK_FALSE(r.addsSide);
    }
    SECTION("a device repeating its own side changes nothing") {
        CHECK(decide(c, write(0, "nee", Policy::Judgement, false, "gijs", "g")).decision ==
              Decision::Unchanged);
    }
    SECTION("when every side left says what the writer says, the conflict ends") {
        const CurrentField two{
            2, "ja", true, {side(1, "ja", "anna", "a1"), side(2, "nee", "gijs", "g")}};
        CHECK(decide(two, write(0, "ja", Policy::Judgement, false, "gijs", "g")).decision ==
              Decision::Agree);
        // Without withdrawing anything, the same value is simply already there.
        CHECK(decide(two, write(0, "ja", Policy::Judgement, false, "bram", "b")).decision ==
              Decision::Unchanged);
        // A JGT member who had pulled both sides resolves them, even concurrently.
        CHECK(decide(two, write(2, "x", Policy::Judgement, true, "anna", "a2")).decision ==
              Decision::Resolve);
    }
}

TEST_CASE("merge: a write on the latest version of a field in conflict resolves it") {
    CurrentField c{3, "ja", true, {side(1, "ja", "anna", "a1"), side(3, "nee", "gijs", "g")}};
    CHECK(decide(c, write(3, "nee")).decision == Decision::Resolve);
    CHECK(decide(c, write(3, "ja")).decision == Decision::Resolve);  // keeping one side resolves
    const auto gi = decide(c, write(3, "nee", Policy::Judgement, false));
    CHECK(gi.decision == Decision::Refuse);
    CHECK_THAT(gi.reason, Catch::Contains("JGT"));
}

TEST_CASE("merge: set items merge three-way, add wins") {
    SECTION("both sides add: the union") {
        auto w = write(1, "a,b", Policy::Set);
        w.baseValue = "a";
        const auto r = decide(at(2, "a,c"), w);
        CHECK(r.decision == Decision::Merge);
        CHECK(r.value == "a,b,c");
    }
    SECTION("one side removes, the other keeps: the removal holds") {
        auto w = write(1, "b", Policy::Set);
        w.baseValue = "a,b";
        const auto r = decide(at(2, "a,b,c"), w);
        CHECK(r.decision == Decision::Merge);
        CHECK(r.value == "b,c");
    }
    SECTION("nothing new: unchanged") {
        auto w = write(1, "a", Policy::Set);
        w.baseValue = "a";
        CHECK(decide(at(2, "a,c"), w).decision == Decision::Unchanged);
    }
    SECTION("from nothing (base 0) both additions stay") {
        const auto r = decide(at(1, "x"), write(0, "y", Policy::Set));
        CHECK(r.decision == Decision::Merge);
        CHECK(r.value == "x,y");
    }
    SECTION("needs the base value only when concurrent with a known base") {
        CHECK(needsBaseValue(at(3, "a"), write(2, "b", Policy::Set)));
        CHECK_FALSE(needsBaseValue(at(3, "a"), write(3, "b", Policy::Set)));
        CHECK_FALSE(needsBaseValue(at(3, "a"), write(0, "b", Policy::Set)));
        CHECK_FALSE(needsBaseValue(at(3, "a"), write(2, "b")));
    }
    CHECK(mergeSets({"a", "b"}, {"a", "b", "c"}, {"a", "d"}) == OptionSet{"a", "c", "d"});
    CHECK(optionsOf(std::nullopt).empty());
    CHECK(optionsOf(std::string("b, a,,a")) == OptionSet{"a", "b"});
}

TEST_CASE("merge: answer field names") {
    const auto item = parseAnswerField("acuut_letsel");
    REQUIRE(item);
    CHECK(item->kind == AnswerFieldKind::Item);
    const auto p = parseAnswerField("sw_schaal@0123456789abcdef0123456789abcdef");
    REQUIRE(p);
    CHECK(p->kind == AnswerFieldKind::Perspective);
    CHECK(p->item == "sw_schaal");
    CHECK(p->author == "0123456789abcdef0123456789abcdef");
    const auto e = parseAnswerField("vp/e1");
    REQUIRE(e);
    CHECK(e->kind == AnswerFieldKind::Entry);
    const auto ef = parseAnswerField("vp/e1/tekst");
    REQUIRE(ef);
    CHECK(ef->kind == AnswerFieldKind::EntryField);
    CHECK(ef->field == "tekst");
    for (const auto* bad : {"", "a//b", "/a", "a/", "a/b/c/d", "@u", "a@", "a/b@u", "a@u/v"}) {
        INFO(bad);
        CHECK_FALSE(parseAnswerField(bad));
    }
}
