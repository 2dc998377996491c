// Identity on both backends: enrolment with Argon2id passwords and hashed device tokens, bearer
// authentication, the login rate limit kept in the database, and revocation.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include "sync/server/api_error.h"
#include "sync/server/identity/authenticator.h"
#include "sync/server/identity/device_registry.h"
#include "sync/server/identity/enrollment.h"
#include "sync/server/identity/kdf_gate.h"
#include "sync/server/identity/login_throttle.h"
#include "sync/server/transaction.h"
#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync;
using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

namespace {

int statusOf(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const ApiError& e) {
        return e.status();
    }
    return 200;
}

}  // namespace

TEST_CASE("identity: enrolment, token authentication, rate limit and revocation") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld world(backend);
    const auto anna = world.user("anna", "jgt", "Team Noord");
    const auto token = world.lastToken();

    SECTION("a device token authenticates as its user and device; only its hash is stored") {
        CHECK(anna.userName == "anna");
        CHECK(anna.role == "jgt");
        CHECK(anna.teamId.has_value());
        CHECK(token.size() == 64);
        CHECK(world.count("SELECT COUNT(*) FROM devices WHERE token_hash = '" + token + "'") == 0);
        CHECK(world.db().query("SELECT password_hash FROM users").at(0).at(0) !=
              SqlValue(std::string(kPassword)));
        CHECK_THAT(asText(world.db().query("SELECT password_hash FROM users").at(0).at(0)),
                   Catch::StartsWith("$argon2id$"));
        const auto again = authenticate(world.db(), "Bearer " + token);
        CHECK(again.deviceId == anna.deviceId);
        CHECK(statusOf([&] { authenticate(world.db(), ""); }) == 401);
        CHECK(statusOf([&] { authenticate(world.db(), "Bearer " + std::string(64, 'a')); }) == 401);
        CHECK(statusOf([&] { authenticate(world.db(), "Bearer nothex"); }) == 401);
        CHECK(statusOf([&] { authenticate(world.db(), token); }) == 401);  // no scheme
        CHECK(world.count("SELECT COUNT(*) FROM audit_log WHERE event = 'enroll'") == 1);
    }

    SECTION("a wrong password is 401 and logged; five failures per name give 429") {
        Enrollment enroll(world.db(), world.hasher());
        for (int i = 0; i < 5; ++i) {
            CHECK(statusOf([&] {
                      enroll.enroll({"anna", "fout-wachtwoord", "x"}, "10.0.0.7", wallNowMs());
                  }) == 401);
        }
        // Even the right password is refused now, with Retry-After.
        try {
            enroll.enroll({"anna", kPassword, "x"}, "10.0.0.8", wallNowMs());
            FAIL("not rate limited");
        } catch (const ApiError& e) {
            CHECK(e.status() == 429);
            CHECK(e.code() == "rate_limited");
            CHECK(e.retryAfterSeconds() > 0);
            CHECK(e.retryAfterSeconds() <= 15 * 60);
        }
        CHECK(world.count("SELECT COUNT(*) FROM audit_log WHERE event = 'login_failed'") == 5);
        // After the window the name may try again.
        CHECK(statusOf([&] {
                  enroll.enroll({"anna", kPassword, "x"}, "10.0.0.8", wallNowMs() + 16 * 60 * 1000);
              }) == 200);
    }

    SECTION("five failures from one client address block that address for every name") {
        Enrollment enroll(world.db(), world.hasher());
        for (int i = 0; i < 5; ++i) {
            CHECK(statusOf([&] {
                      enroll.enroll({"onbekend" + std::to_string(i), "x-x-x-x-x", "x"}, "10.9.9.9",
                                    wallNowMs());
                  }) == 401);
        }
        CHECK(statusOf([&] {
                  enroll.enroll({"anna", kPassword, "x"}, "10.9.9.9", wallNowMs());
              }) == 429);
        CHECK(statusOf([&] {
                  enroll.enroll({"anna", kPassword, "x"}, "10.1.1.1", wallNowMs());
              }) == 200);
    }

    SECTION("logins in flight are no failures: five from one address lock nobody out") {
        // Five logins admitted from one office address, their passwords still being checked.
        inTransaction(world.db(), SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
            for (int i = 0; i < 5; ++i) {
                LoginThrottle(world.db())
                    .admit("collega" + std::to_string(i), "10.4.4.4", wallNowMs());
            }
            tx.commit();
        });
        CHECK(world.count("SELECT COUNT(*) FROM login_failures") == 0);
        Enrollment enroll(world.db(), world.hasher());
        CHECK(statusOf([&] {
                  enroll.enroll({"anna", kPassword, "x"}, "10.4.4.4", wallNowMs());
              }) == 200);
    }

    SECTION("a right password whose check ends after five failures is answered 429 too") {
        // Guesses sent in parallel: this one was admitted, then five others failed meanwhile.
        LoginThrottle throttle(world.db());
        inTransaction(world.db(), SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
            throttle.admit("anna", "10.5.5.5", wallNowMs());
            for (int i = 0; i < 5; ++i) {
                throttle.failed("anna", "10.5.5.6", wallNowMs());
            }
            tx.commit();
        });
        CHECK(throttle.waitSeconds("anna", "10.5.5.5", wallNowMs()) > 0);
        CHECK(throttle.waitSeconds("bert", "10.5.5.6", wallNowMs()) > 0);
        CHECK(throttle.waitSeconds("bert", "10.5.5.5", wallNowMs()) == 0);
        Enrollment enroll(world.db(), world.hasher());
        CHECK(statusOf([&] {
                  enroll.enroll({"anna", kPassword, "x"}, "10.5.5.5", wallNowMs());
              }) == 429);
    }

    SECTION("a success clears the name's failures") {
        Enrollment enroll(world.db(), world.hasher());
        for (int i = 0; i < 4; ++i) {
            statusOf([&] { enroll.enroll({"anna", "fout-fout", "x"}, "10.0.0.2", wallNowMs()); });
        }
        CHECK(statusOf([&] {
                  enroll.enroll({"anna", kPassword, "x"}, "10.0.0.3", wallNowMs());
              }) == 200);
        CHECK(world.count("SELECT COUNT(*) FROM login_failures WHERE user_name = 'anna'") == 0);
    }

    SECTION("a revoked device gets 410; the user's other devices keep working") {
        const auto second = world.secondDevice("anna");
        const auto secondToken = world.lastToken();
        inTransaction(world.db(), SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
            CHECK(DeviceRegistry(world.db()).revoke(anna.deviceId, wallNowMs()));
            CHECK_FALSE(DeviceRegistry(world.db()).revoke(newId(), wallNowMs()));
            tx.commit();
        });
        try {
            authenticate(world.db(), "Bearer " + token);
            FAIL("revoked device accepted");
        } catch (const ApiError& e) {
            CHECK(e.status() == 410);
            CHECK(e.code() == "device_revoked");
        }
        CHECK(authenticate(world.db(), "Bearer " + secondToken).deviceId == second.deviceId);
    }
}

TEST_CASE("password checks wait for the Argon2id memory budget, they are not refused") {
    const auto cost = KdfCost::cheapForTests();
    KdfGate gate(2 * cost.memLimit);  // room for two checks at once
    const PasswordHasher hasher(cost, gate);
    const auto stored = hasher.hash(kPassword);

    SECTION("while the budget is used up, checks wait; then all pass") {
        std::vector<std::thread> checks;
        std::atomic<int> right{0};
        {
            const KdfGate::Slot a(gate, cost.memLimit);
            const KdfGate::Slot b(gate, cost.memLimit);
            for (int i = 0; i < 4; ++i) {
                checks.emplace_back([&] { right += hasher.verify(stored, kPassword) ? 1 : 0; });
            }
            while (gate.waiting() < 4) {
                std::this_thread::yield();
            }
            CHECK(right == 0);
            CHECK(gate.holders() == 2);
        }
        for (auto& t : checks) {
            t.join();
        }
        CHECK(right == 4);
        CHECK(gate.holders() == 0);
    }

    SECTION("many checks at once: never more than the budget's two, every one answered") {
        std::vector<std::thread> checks;
        std::atomic<int> right{0};
        for (int i = 0; i < 12; ++i) {
            checks.emplace_back([&, i] {
                right += hasher.verify(stored, i % 2 == 0 ? kPassword : "fout-wachtwoord") ? 1 : 0;
            });
        }
        for (auto& t : checks) {
            t.join();
        }
        CHECK(right == 6);
        CHECK(gate.peakHolders() <= 2);
    }

    SECTION("a check of a stored hash dearer than the budget runs alone") {
        const PasswordHasher dear(KdfCost::interactive(), gate);  // 64 MiB: over this budget
        const auto dearHash = dear.hash(kPassword);
        CHECK(gate.peakHolders() == 1);
        std::atomic<bool> done{false};
        std::thread check;
        {
            const KdfGate::Slot small(gate, cost.memLimit);
            check = std::thread([&] { done = hasher.verify(dearHash, kPassword); });
            while (gate.waiting() < 1) {
                std::this_thread::yield();
            }
            CHECK_FALSE(done);
        }
        check.join();
        CHECK(done);
    }
}
