// The real veldwerk-server binary over HTTP on loopback (and HTTPS with a certificate made by the
// test): malformed, unknown-field, oversized, unauthenticated, wrong-version, replayed and
// clock-skewed requests each get a clear 4xx and change nothing; TLS is the default and plain
// HTTP is refused off loopback; SIGTERM stops it cleanly.
#include <httplib.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "core/clock/hlc.h"
#include "sync/protocol/codec.h"
#include "tests/support/child_process.h"
#include "tests/support/postgres_server.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk::sync;
using namespace veldwerk::testing;
using nlohmann::json;

namespace {

constexpr const char* kPassword = "wachtwoord-123";

std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::uint64_t clockNow(std::int64_t shiftMs = 0) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::system_clock::now().time_since_epoch())
                        .count() +
                    shiftMs;
    return veldwerk::clock::Hlc{static_cast<std::uint64_t>(ms), 1}.packed();
}

// One veldwerk-server process on a port the OS picks; stopped with SIGTERM at scope end.
class Server {
public:
    // db: empty for an SQLite file in dir, else a postgresql:// URL.
    Server(const TempDir& dir, std::vector<std::string> extra, const std::string& name = "server",
           const std::string& db = "")
        : m_db(db.empty() ? (dir / "server.db").string() : db), m_log(dir / (name + ".log")) {
        std::vector<std::string> argv = {VELDWERK_SERVER_PATH,    "serve",         "--db", m_db,
                                         "--kdf-cheap-for-tests", "--create-store"};
        argv.insert(argv.end(), extra.begin(), extra.end());
        m_process = std::make_unique<BackgroundProcess>(argv, std::map<std::string, std::string>{},
                                                        m_log.string());
        static const std::regex ready(R"(veldwerk-server listening on 127\.0\.0\.1:(\d+))");
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (std::chrono::steady_clock::now() < deadline) {
            std::smatch m;
            const auto log = readFile(m_log);
            if (std::regex_search(log, m, ready)) {
                m_port = std::stoi(m[1].str());
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        FAIL("veldwerk-server did not start: " << readFile(m_log));
    }
    ~Server() {
        if (m_process) {
            m_process->kill(SIGTERM);
            m_process->wait();
        }
    }
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    int port() const { return m_port; }
    const std::string& db() const { return m_db; }
    std::string log() const { return readFile(m_log); }
    int stop() {
        m_process->kill(SIGTERM);
        const int rc = m_process->wait();
        m_process.reset();
        return rc;
    }

    ProcessResult admin(std::vector<std::string> args) const {
        std::vector<std::string> argv = {VELDWERK_SERVER_PATH,    "admin",         "--db", m_db,
                                         "--kdf-cheap-for-tests", "--create-store"};
        argv.insert(argv.end(), args.begin(), args.end());
        return runProcess(argv, {{"VELDWERK_PASSWORD", kPassword}});
    }
    void adminOk(const std::vector<std::string>& args) const {
        const auto r = admin(args);
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }

private:
    std::string m_db;
    std::filesystem::path m_log;
    std::unique_ptr<BackgroundProcess> m_process;
    int m_port = 0;
};

httplib::Headers protocolHeaders(const std::string& token = "") {
    httplib::Headers h{{"Veldwerk-Protocol", "1"}, {"Veldwerk-Clock", std::to_string(clockNow())}};
    if (!token.empty()) {
        h.emplace("Authorization", "Bearer " + token);
    }
    return h;
}

std::string errorCode(const httplib::Result& r) {
    REQUIRE(r);
    return decodeErrorBody(r->body).code;
}

struct Enrolled {
    std::string token;
    std::string userId;
};

Enrolled enroll(httplib::Client& http, const std::string& user) {
    const auto r =
        http.Post("/v1/enroll", protocolHeaders(),
                  encode(EnrollRequest{user, kPassword, "test tablet"}), "application/json");
    REQUIRE(r);
    INFO(r->body);
    REQUIRE(r->status == 200);
    const auto e = decodeEnrollResponse(r->body);
    return {e.deviceToken, e.userId};
}

std::string caseBatch(const std::string& batchId, const Enrolled& who, const std::string& caseId,
                      std::uint64_t hlc) {
    OutgoingChange c;
    c.clientSeq = 1;
    c.caseId = caseId;
    c.entity = "case";
    c.entityId = caseId;
    c.field = "name";
    c.value = "Gezin Test";
    c.hlc = hlc;
    c.author = who.userId;
    c.role = "jgt";
    return encode(PushRequest{batchId, {c}});
}

PullResponse pullAll(httplib::Client& http, const std::string& token) {
    const auto r = http.Get("/v1/pull?since=0&limit=1000", protocolHeaders(token));
    REQUIRE(r);
    REQUIRE(r->status == 200);
    return decodePullResponse(r->body);
}

void seedDirectory(const Server& server) {
    server.adminOk({"org", "add", "JGT Utrecht", "--kind", "jgt"});
    server.adminOk({"team", "add", "Team Noord", "--org", "JGT Utrecht"});
    server.adminOk(
        {"user", "add", "anna", "--org", "JGT Utrecht", "--role", "jgt", "--team", "Team Noord"});
}

}  // namespace

TEST_CASE("http: bad requests get clear 4xx answers and change nothing") {
    TempDir dir;
    Server server(dir, {"--listen", "127.0.0.1:0", "--insecure-loopback"});
    seedDirectory(server);
    httplib::Client http("127.0.0.1", server.port());
    const auto anna = enroll(http, "anna");
    const std::string caseId(32, 'c');

    SECTION("health needs nothing and tells nothing") {
        const auto r = http.Get("/v1/health");
        REQUIRE(r);
        CHECK(r->status == 200);
        CHECK(json::parse(r->body) == json{{"status", "ok"}});
        CHECK(r->get_header_value("Cache-Control") == "no-store");
    }
    SECTION("a wrong password is 401") {
        const auto r =
            http.Post("/v1/enroll", protocolHeaders(),
                      encode(EnrollRequest{"anna", "niet-dit-wachtwoord", ""}), "application/json");
        REQUIRE(r);
        CHECK(r->status == 401);
        CHECK(errorCode(r) == "unauthenticated");
    }
    SECTION("a missing or unknown token is 401") {
        auto h = protocolHeaders();
        const auto none = http.Get("/v1/pull?since=0", h);
        REQUIRE(none);
        CHECK(none->status == 401);
        CHECK(errorCode(none) == "unauthenticated");
        const auto unknown = http.Get("/v1/pull?since=0", protocolHeaders(std::string(64, 'f')));
        REQUIRE(unknown);
        CHECK(unknown->status == 401);
        const auto push = http.Post("/v1/push", protocolHeaders(std::string(64, 'f')),
                                    caseBatch("b1", anna, caseId, clockNow()), "application/json");
        REQUIRE(push);
        CHECK(push->status == 401);
    }
    SECTION("another protocol version is 426") {
        httplib::Headers h{{"Authorization", "Bearer " + anna.token}};
        const auto missing = http.Get("/v1/pull?since=0", h);
        REQUIRE(missing);
        CHECK(missing->status == 426);
        CHECK(errorCode(missing) == "protocol_version");
        h.emplace("Veldwerk-Protocol", "2");
        const auto two =
            http.Post("/v1/push", h, caseBatch("b1", anna, caseId, clockNow()), "application/json");
        REQUIRE(two);
        CHECK(two->status == 426);
    }
    SECTION("malformed JSON, unknown fields and wrong query parameters are 400 malformed") {
        const auto h = protocolHeaders(anna.token);
        const auto broken = http.Post("/v1/push", h, "{\"batchId\": ", "application/json");
        REQUIRE(broken);
        CHECK(broken->status == 400);
        CHECK(errorCode(broken) == "malformed");
        auto body = json::parse(caseBatch("b1", anna, caseId, clockNow()));
        body["changes"][0]["colour"] = "red";
        const auto unknown = http.Post("/v1/push", h, body.dump(), "application/json");
        REQUIRE(unknown);
        CHECK(unknown->status == 400);
        CHECK_THAT(decodeErrorBody(unknown->body).message, Catch::Contains("colour"));
        const auto query = http.Get("/v1/pull?since=-1", h);
        REQUIRE(query);
        CHECK(query->status == 400);
        const auto extra = http.Get("/v1/pull?since=0&scope=all", h);
        REQUIRE(extra);
        CHECK(extra->status == 400);
        const auto badAudit = http.Post("/v1/audit", h, "[]", "application/json");
        REQUIRE(badAudit);
        CHECK(badAudit->status == 400);
    }
    SECTION("an oversized body or batch is 413") {
        const auto h = protocolHeaders(anna.token);
        const std::string huge(5u << 20, ' ');
        const auto r = http.Post("/v1/push", h, huge, "application/json");
        REQUIRE(r);
        CHECK(r->status == 413);
        CHECK(errorCode(r) == "too_large");
        auto batch = json::parse(caseBatch("b1", anna, caseId, clockNow()));
        const auto one = batch["changes"][0];
        for (int i = 0; i < 600; ++i) {
            batch["changes"].push_back(one);
        }
        const auto tooMany = http.Post("/v1/push", h, batch.dump(), "application/json");
        REQUIRE(tooMany);
        CHECK(tooMany->status == 413);
    }
    SECTION("a gzip body over the limit once inflated is 413, other encodings 415") {
        // cpp-httplib inflates a gzip body as it arrives; the limit holds for what it inflates
        // to (300 KB of gzip can hold 300 MB), and the next request is served.
        httplib::Client gzipped("127.0.0.1", server.port());
        gzipped.set_compress(true);
        const std::string bomb(64u << 20, ' ');  // 64 MiB of spaces: about 64 KB compressed
        const auto r = gzipped.Post("/v1/enroll", protocolHeaders(), bomb, "application/json");
        REQUIRE(r);
        CHECK(r->status == 413);
        CHECK(errorCode(r) == "too_large");
        const auto broken =
            http.Post("/v1/push", {{"Veldwerk-Protocol", "1"}, {"Content-Encoding", "gzip"}},
                      "this is not gzip", "application/json");
        REQUIRE(broken);
        CHECK(broken->status == 400);
        auto h = protocolHeaders(anna.token);
        h.emplace("Content-Encoding", "br");
        const auto brotli =
            http.Post("/v1/push", h, caseBatch("b1", anna, caseId, clockNow()), "application/json");
        REQUIRE(brotli);
        CHECK(brotli->status == 415);
        CHECK(errorCode(brotli) == "unsupported_encoding");
        // The same client, right after: its connection starts clean.
        gzipped.set_compress(false);
        const auto health = gzipped.Get("/v1/health");
        REQUIRE(health);
        CHECK(health->status == 200);
    }
    SECTION("a device clock a day off is 409 clock_skew") {
        auto h = protocolHeaders(anna.token);
        h.erase("Veldwerk-Clock");
        h.emplace("Veldwerk-Clock", std::to_string(clockNow(-3LL * 24 * 3600 * 1000)));
        const auto r =
            http.Post("/v1/push", h, caseBatch("b1", anna, caseId, clockNow()), "application/json");
        REQUIRE(r);
        CHECK(r->status == 409);
        CHECK(errorCode(r) == "clock_skew");
        // A change stamped far in the future is refused the same way.
        const auto future = http.Post(
            "/v1/push", protocolHeaders(anna.token),
            caseBatch("b2", anna, caseId, clockNow(30LL * 24 * 3600 * 1000)), "application/json");
        REQUIRE(future);
        CHECK(future->status == 409);
    }
    // Whatever was refused, nothing reached the server's record.
    CHECK(pullAll(http, anna.token).changes.empty());

    SECTION("a push sent gzip-compressed applies like a plain one") {
        httplib::Client gzipped("127.0.0.1", server.port());
        gzipped.set_compress(true);
        const auto r =
            gzipped.Post("/v1/push", protocolHeaders(anna.token),
                         caseBatch("anna-1", anna, caseId, clockNow()), "application/json");
        REQUIRE(r);
        REQUIRE(r->status == 200);
        CHECK(pullAll(http, anna.token).changes.size() == 2);  // the case name and membership
    }
    SECTION("answers over a TCP segment come gzip-compressed once, smaller ones plain") {
        // The server compresses with its own small compressor, not with cpp-httplib's (256 KiB
        // for every answer, even a 50-byte one).
        httplib::Client raw("127.0.0.1", server.port());
        raw.set_decompress(false);  // the bytes as they come over the wire
        auto asked = protocolHeaders(anna.token);
        asked.emplace("Accept-Encoding", "gzip");
        const auto small = raw.Get("/v1/pull?since=-1", asked);  // a short error answer
        REQUIRE(small);
        REQUIRE(small->status == 400);
        CHECK_FALSE(small->has_header("Content-Encoding"));
        CHECK(decodeErrorBody(small->body).code == "malformed");

        OutgoingChange longName =
            decodePushRequest(caseBatch("anna-1", anna, caseId, clockNow())).changes.at(0);
        longName.value = "Gezin " + std::string(3000, 'x');
        const auto pushed =
            http.Post("/v1/push", protocolHeaders(anna.token),
                      encode(PushRequest{"anna-1", {longName}}), "application/json");
        REQUIRE(pushed);
        REQUIRE(pushed->status == 200);
        const auto large = raw.Get("/v1/pull?since=0&limit=1000", asked);
        REQUIRE(large);
        REQUIRE(large->status == 200);
        REQUIRE(large->get_header_value("Content-Encoding") == "gzip");
        CHECK(large->body.size() < 1400);
        // Compressed once: what the client's own inflating gives is the protocol's JSON.
        const auto inflated = http.Get("/v1/pull?since=0&limit=1000", asked);
        REQUIRE(inflated);
        const auto changes = decodePullResponse(inflated->body).changes;
        CHECK(std::any_of(changes.begin(), changes.end(),
                          [&](const IncomingChange& c) { return c.value == longName.value; }));

        // Without gzip among what the client takes, the same answer goes plain.
        auto refused = protocolHeaders(anna.token);
        refused.emplace("Accept-Encoding", "gzip;q=0, identity");
        const auto plain = raw.Get("/v1/pull?since=0&limit=1000", refused);
        REQUIRE(plain);
        CHECK_FALSE(plain->has_header("Content-Encoding"));
        CHECK(decodePullResponse(plain->body).changes == changes);
    }
    SECTION("a replayed batch gets the same answer and applies once") {
        const auto body = caseBatch("anna-1", anna, caseId, clockNow());
        const auto first =
            http.Post("/v1/push", protocolHeaders(anna.token), body, "application/json");
        REQUIRE(first);
        REQUIRE(first->status == 200);
        const auto again =
            http.Post("/v1/push", protocolHeaders(anna.token), body, "application/json");
        REQUIRE(again);
        REQUIRE(again->status == 200);
        CHECK(decodePushResponse(again->body).results == decodePushResponse(first->body).results);
        const auto pulled = pullAll(http, anna.token);
        CHECK(pulled.changes.size() == 2);  // the case name and anna's membership
        for (const auto& c : pulled.changes) {
            CHECK(c.version == 1);
        }
    }
}

TEST_CASE("http: audit upload, access log and revocation through the CLI") {
    TempDir dir;
    Server server(dir, {"--listen", "127.0.0.1:0", "--insecure-loopback", "--threads", "4"});
    seedDirectory(server);
    httplib::Client http("127.0.0.1", server.port());
    const auto anna = enroll(http, "anna");
    const std::string caseId(32, 'a');
    REQUIRE(http.Post("/v1/push", protocolHeaders(anna.token),
                      caseBatch("anna-1", anna, caseId, clockNow()), "application/json")
                ->status == 200);
    pullAll(http, anna.token);

    AuditUploadRequest upload;
    const auto nowMs =
        static_cast<std::int64_t>(veldwerk::clock::Hlc::fromPacked(clockNow()).wallMs);
    upload.entries.push_back({1, nowMs, anna.userId, "read", "case", caseId, caseId});
    upload.entries.push_back({2, nowMs + 1, anna.userId, "change", "case", caseId, caseId});
    // Entries the device could not have made are skipped, never filed under a case.
    const std::string notHers(32, 'b');
    upload.entries.push_back({3, 1700000000000, anna.userId, "read", "case", caseId, caseId});
    upload.entries.push_back({4, nowMs, anna.userId, "read", "case", notHers, notHers});
    const auto up =
        http.Post("/v1/audit", protocolHeaders(anna.token), encode(upload), "application/json");
    REQUIRE(up);
    CHECK(up->status == 200);
    const auto answer = json::parse(up->body);
    CHECK(answer.at("stored") == 2);
    REQUIRE(answer.at("skipped").size() == 2);
    CHECK(answer.at("skipped")[0].at("seq") == 3);
    CHECK(answer.at("skipped")[1].at("seq") == 4);
    CHECK(
        json::parse(server.admin({"--json", "audit", "case", notHers}).out).at("entries").empty());
    const auto again =
        http.Post("/v1/audit", protocolHeaders(anna.token), encode(upload), "application/json");
    CHECK(json::parse(again->body).at("stored") == 0);

    const auto log = server.admin({"--json", "audit", "case", caseId});
    REQUIRE(log.exitCode == 0);
    const auto entries = json::parse(log.out).at("entries");
    std::set<std::string> events;
    for (const auto& e : entries) {
        CHECK(e.at("user") == "anna");
        CHECK(e.at("org") == "JGT Utrecht");
        CHECK(e.at("case") == caseId);
        CHECK_FALSE(e.at("device").get<std::string>().empty());
        events.insert(e.at("source").get<std::string>() + ":" + e.at("event").get<std::string>());
    }
    CHECK(events ==
          std::set<std::string>{"server:create", "server:read", "device:read", "device:change"});
    // Chronological.
    for (std::size_t i = 1; i < entries.size(); ++i) {
        CHECK(entries[i - 1].at("atMs") <= entries[i].at("atMs"));
    }

    const auto devices = json::parse(server.admin({"--json", "device", "list"}).out).at("devices");
    REQUIRE(devices.size() == 1);
    CHECK(devices[0].at("user") == "anna");
    server.adminOk({"device", "revoke", devices[0].at("id")});
    const auto revoked = http.Get("/v1/pull?since=0", protocolHeaders(anna.token));
    REQUIRE(revoked);
    CHECK(revoked->status == 410);
    CHECK(errorCode(revoked) == "device_revoked");
    CHECK(server.admin({"device", "revoke", std::string(32, '0')}).exitCode == 3);

    const auto cases = json::parse(server.admin({"--json", "case", "list"}).out).at("cases");
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].at("createdBy") == "anna");
    CHECK(cases[0].at("team") == "Team Noord");

    // The server's log names ids, never the case's name.
    CHECK(server.log().find("Gezin Test") == std::string::npos);
    CHECK(server.stop() == 0);
}

TEST_CASE("http: concurrent pushes from several devices all apply, in one sequence") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    TempDir dir;
    std::unique_ptr<PostgresServer> postgres;
    if (backend == "postgres") {
        postgres = std::make_unique<PostgresServer>();
    }
    Server server(dir, {"--listen", "127.0.0.1:0", "--insecure-loopback", "--threads", "8"},
                  "server", postgres ? postgres->url() : "");
    seedDirectory(server);
    httplib::Client first("127.0.0.1", server.port());
    std::vector<Enrolled> devices;
    for (int i = 0; i < 4; ++i) {
        devices.push_back(enroll(first, "anna"));
    }
    std::vector<std::thread> threads;
    std::atomic<int> ok{0};
    for (int d = 0; d < 4; ++d) {
        threads.emplace_back([&, d] {
            httplib::Client http("127.0.0.1", server.port());
            for (int b = 0; b < 5; ++b) {
                std::string caseId = std::to_string(d) + "-" + std::to_string(b);
                caseId = std::string(32 - caseId.size(), '0') + caseId;
                std::replace(caseId.begin(), caseId.end(), '-', 'e');
                const auto r =
                    http.Post("/v1/push", protocolHeaders(devices[d].token),
                              caseBatch("b" + std::to_string(b), devices[d], caseId, clockNow()),
                              "application/json");
                if (r && r->status == 200 &&
                    decodePushResponse(r->body).results.at(0).outcome == PushOutcome::Applied) {
                    ++ok;
                }
            }
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    CHECK(ok == 20);
    const auto pulled = pullAll(first, devices[0].token);
    CHECK(pulled.changes.size() == 40);  // 20 cases: name + membership each
    std::set<std::int64_t> seqs;
    for (const auto& c : pulled.changes) {
        seqs.insert(c.seq);
    }
    CHECK(seqs.size() == 40);
    CHECK(*seqs.rbegin() == 40);
}

TEST_CASE("http: TLS by default, plain HTTP only on loopback") {
    TempDir dir;
    SECTION("serving without TLS or --insecure-loopback is refused") {
        const auto r = runProcess({VELDWERK_SERVER_PATH, "serve", "--db", (dir / "s.db").string(),
                                   "--listen", "127.0.0.1:0"});
        CHECK(r.exitCode == 2);
        CHECK_THAT(r.err, Catch::Contains("TLS"));
    }
    SECTION("--insecure-loopback refuses a non-loopback address") {
        const auto r = runProcess({VELDWERK_SERVER_PATH, "serve", "--db", (dir / "s.db").string(),
                                   "--listen", "0.0.0.0:0", "--insecure-loopback"});
        CHECK(r.exitCode == 2);
        CHECK_THAT(r.err, Catch::Contains("loopback"));
    }
    SECTION("HTTPS with a self-signed certificate the client trusts") {
        const auto cert = (dir / "cert.pem").string();
        const auto key = (dir / "key.pem").string();
        const auto made =
            runProcess({"/usr/bin/env", "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                        "-subj", "/CN=localhost", "-days", "1", "-keyout", key, "-out", cert,
                        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"});
        INFO(made.err);
        REQUIRE(made.exitCode == 0);
        Server server(dir, {"--listen", "127.0.0.1:0", "--tls-cert", cert, "--tls-key", key},
                      "tls");
        httplib::SSLClient https("127.0.0.1", server.port());
        https.set_ca_cert_path(cert.c_str());
        https.enable_server_certificate_verification(true);
        const auto r = https.Get("/v1/health");
        REQUIRE(r);
        CHECK(r->status == 200);
        CHECK(json::parse(r->body) == json{{"status", "ok"}});
        // Plain HTTP to the TLS port gets no answer.
        httplib::Client plain("127.0.0.1", server.port());
        plain.set_connection_timeout(std::chrono::seconds(2));
        plain.set_read_timeout(std::chrono::seconds(2));
        const auto p = plain.Get("/v1/health");
        CHECK((!p || p->status != 200));
        // A client that does not trust the certificate refuses it.
        httplib::SSLClient untrusting("127.0.0.1", server.port());
        untrusting.enable_server_certificate_verification(true);
        untrusting.set_ca_cert_path((dir / "nothing.pem").string().c_str());
        CHECK_FALSE(untrusting.Get("/v1/health"));
        CHECK(server.stop() == 0);
    }
}

TEST_CASE("http: a store that exists but is empty is not made into a new one unless asked") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    TempDir dir;
    std::unique_ptr<PostgresServer> postgres;
    std::string db = (dir / "server.db").string();
    if (backend == "postgres") {
        postgres = std::make_unique<PostgresServer>();
        db = postgres->url();  // created by the test, empty: like a store whose tables are gone
    } else {
        std::ofstream(db).flush();  // a store file cut to 0 bytes
    }
    const auto admin = [&](std::vector<std::string> extra) {
        std::vector<std::string> argv = {VELDWERK_SERVER_PATH, "admin", "--db", db};
        argv.insert(argv.end(), extra.begin(), extra.end());
        return runProcess(argv, {{"VELDWERK_PASSWORD", kPassword}});
    };
    const auto listed = admin({"user", "list"});
    CHECK(listed.exitCode == 4);
    CHECK_THAT(listed.err, Catch::Contains("exists but") && Catch::Contains("--create-store"));
    const auto served = runProcess({VELDWERK_SERVER_PATH, "serve", "--db", db, "--listen",
                                    "127.0.0.1:0", "--insecure-loopback"});
    CHECK(served.exitCode == 4);
    CHECK_THAT(served.err, Catch::Contains("--create-store"));
    if (backend == "sqlite") {
        CHECK(std::filesystem::file_size(db) == 0);  // nothing was written into it
        CHECK(!std::filesystem::exists(db + ".key"));
    }
    // Told to, it becomes a new store; from then on it opens without the flag.
    CHECK(admin({"--create-store", "org", "add", "JGT", "--kind", "jgt"}).exitCode == 0);
    CHECK(admin({"user", "list"}).exitCode == 0);
    // A SQLite path with no file yet is a new store as before (nothing there could be lost).
    CHECK(runProcess({VELDWERK_SERVER_PATH, "admin", "--db", (dir / "fresh.db").string(), "org",
                      "add", "JGT", "--kind", "jgt"})
              .exitCode == 0);
}
