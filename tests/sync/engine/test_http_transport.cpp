// The Qt-free HTTP transport over real sockets: https verifies the server's certificate and host
// name (a self-signed server is refused unless its certificate is given as an extra CA), plain
// http is only allowed to loopback, and no answer at all is a TransportError. Answers come
// gzip-compressed; the device's bodies go up compressed, plain to a server that refuses that.
#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/clock/hlc.h"
#include "sync/engine/http_transport.h"
#include "sync/engine/server_api.h"
#include "sync/protocol/codec.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk;
using namespace veldwerk::testing;

namespace {
std::string readAll(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A self-signed certificate for `san` (e.g. "IP:127.0.0.1") with its key, as PEM files.
void makeCertificate(const TempDir& dir, const std::string& san) {
    EVP_PKEY* key = EVP_EC_gen("P-256");
    REQUIRE(key != nullptr);
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), 2 * 24 * 3600);
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("veldwerk test"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    for (const auto& [nid, value] : {std::pair<int, std::string>{NID_subject_alt_name, san},
                                     {NID_basic_constraints, "critical,CA:TRUE"}}) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
        REQUIRE(ext != nullptr);
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
    REQUIRE(X509_sign(cert, key, EVP_sha256()) > 0);
    FILE* out = std::fopen((dir / "cert.pem").c_str(), "w");
    PEM_write_X509(out, cert);
    std::fclose(out);
    out = std::fopen((dir / "key.pem").c_str(), "w");
    PEM_write_PrivateKey(out, key, nullptr, nullptr, 0, nullptr, nullptr);
    std::fclose(out);
    X509_free(cert);
    EVP_PKEY_free(key);
}

struct TlsServer {
    httplib::SSLServer http;
    std::thread thread;
    int port = 0;
    TlsServer(const TempDir& dir) : http((dir / "cert.pem").c_str(), (dir / "key.pem").c_str()) {
        REQUIRE(http.is_valid());
        http.Get("/ping", [](const httplib::Request& req, httplib::Response& res) {
            res.set_content(req.get_header_value("Veldwerk-Protocol"), "text/plain");
        });
        port = http.bind_to_any_port("127.0.0.1");
        thread = std::thread([this] { http.listen_after_bind(); });
    }
    ~TlsServer() {
        http.stop();
        thread.join();
    }
    std::string url() const { return "https://127.0.0.1:" + std::to_string(port); }
};

sync::HttpRequest ping() {
    return {"GET", "/ping", {{"Veldwerk-Protocol", "1"}}, ""};
}
}  // namespace

TEST_CASE("transport: https to a self-signed server only with its certificate as extra CA") {
    TempDir dir;
    makeCertificate(dir, "IP:127.0.0.1");
    TlsServer server(dir);

    sync::HttpTransport untrusted(server.url());
    REQUIRE_THROWS_WITH(untrusted.send(ping()), Catch::Contains("not trusted"));

    sync::TransportOptions options;
    options.extraCaPem = readAll(dir / "cert.pem");
    sync::HttpTransport trusted(server.url(), options);
    const auto answer = trusted.send(ping());
    REQUIRE(answer.status == 200);
    REQUIRE(answer.body == "1");  // headers arrive

    options.extraCaPem = "no certificate here";
    REQUIRE_THROWS_AS(sync::HttpTransport(server.url(), options), std::invalid_argument);
}

TEST_CASE("transport: a trusted certificate for another host name is refused") {
    TempDir dir;
    makeCertificate(dir, "DNS:veldwerk.test");
    TlsServer server(dir);
    sync::TransportOptions options;
    options.extraCaPem = readAll(dir / "cert.pem");
    sync::HttpTransport transport(server.url(), options);
    REQUIRE_THROWS_AS(transport.send(ping()), sync::TransportError);
}

TEST_CASE("transport: plain http only to loopback, no answer is a TransportError") {
    REQUIRE_THROWS_AS(sync::HttpTransport("http://example.org"), std::invalid_argument);
    sync::TransportOptions options;
    options.connectTimeout = std::chrono::milliseconds(2000);
    options.readTimeout = std::chrono::milliseconds(1000);

    SECTION("a server that accepts the connection and never answers") {
        // Bound and listening (httplib listens in bind), but nobody accepts or reads.
        httplib::Server silent;
        const int port = silent.bind_to_any_port("127.0.0.1");
        sync::HttpTransport transport("http://127.0.0.1:" + std::to_string(port), options);
        REQUIRE_THROWS_AS(transport.send(ping()), sync::TransportError);
    }
    SECTION("a port nobody listens on: connection refused") {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        socklen_t length = sizeof address;
        REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0);
        ::close(fd);
        sync::HttpTransport transport("http://127.0.0.1:" + std::to_string(ntohs(address.sin_port)),
                                      options);
        REQUIRE_THROWS_AS(transport.send(ping()), sync::TransportError);
    }
}

TEST_CASE("transport: answers come gzip-compressed and are handed over as sent") {
    // A pull page is repetitive JSON: the transport asks for it compressed, as the app's Qt
    // transport does, and gives the engine the plain body.
    httplib::Server http;
    std::string askedEncoding;
    std::string page = "{\"changes\":[";
    for (int i = 0; i < 2000; ++i) {
        page += std::string(i == 0 ? "" : ",") + "{\"entity\":\"answer\",\"value\":\"ja\"}";
    }
    page += "]}";
    http.Get("/v1/pull", [&](const httplib::Request& req, httplib::Response& res) {
        askedEncoding = req.get_header_value("Accept-Encoding");
        res.set_content(page, "application/json");
    });
    std::size_t bytesSent = 0;
    http.set_logger([&](const httplib::Request&, const httplib::Response& res) {
        bytesSent = res.body.size();
    });
    const int port = http.bind_to_any_port("127.0.0.1");
    std::thread thread([&] { http.listen_after_bind(); });
    sync::HttpTransport transport("http://127.0.0.1:" + std::to_string(port));
    const auto answer = transport.send({"GET", "/v1/pull", {{"Veldwerk-Protocol", "1"}}, ""});
    http.stop();
    thread.join();
    CHECK(askedEncoding == "gzip");
    CHECK(answer.status == 200);
    CHECK(answer.body == page);
    // What went over the socket was the compressed form.
    CHECK(bytesSent > 0);
    CHECK(bytesSent * 10 < page.size());
}

TEST_CASE("server api: bodies go up gzip-compressed, plain again to a server that refuses them") {
    // A push is repetitive JSON; the device sends it compressed. A server that takes no
    // compressed body (415) gets the same request plain, and every later one of the round.
    httplib::Server http;
    bool refuseGzip = false;
    std::vector<std::string> encodings;
    std::vector<std::size_t> sentSizes;
    std::vector<std::string> bodies;
    http.Post("/v1/audit", [&](const httplib::Request& req, httplib::Response& res) {
        encodings.push_back(req.get_header_value("Content-Encoding"));
        sentSizes.push_back(std::stoul(req.get_header_value("Content-Length")));
        bodies.push_back(req.body);  // cpp-httplib inflated it
        if (refuseGzip && !encodings.back().empty()) {
            res.status = 415;
            res.set_content(R"({"error":{"code":"unsupported_encoding","message":"plain only"}})",
                            "application/json");
            return;
        }
        res.set_content("{}", "application/json");
    });
    const int port = http.bind_to_any_port("127.0.0.1");
    std::thread thread([&] { http.listen_after_bind(); });
    struct Stop {
        httplib::Server& http;
        std::thread& thread;
        ~Stop() {
            http.stop();
            thread.join();
        }
    } stop{http, thread};
    sync::HttpTransport transport("http://127.0.0.1:" + std::to_string(port));
    const clock::SystemClock wall;
    clock::HybridClock hlc(wall, {});
    sync::ServerApi api(transport, hlc, "token");
    sync::AuditUploadRequest upload;
    for (int i = 0; i < 200; ++i) {
        upload.entries.push_back({i + 1, 1700000000000 + i, std::string(32, 'a'), "read", "case",
                                  std::string(32, 'e'), std::string(32, 'c')});
    }
    const auto plain = sync::encode(upload);

    SECTION("compressed, and the server reads the same body") {
        api.uploadAudit(upload);
        REQUIRE(encodings == std::vector<std::string>{"gzip"});
        CHECK(bodies[0] == plain);
        CHECK(sentSizes[0] * 5 < plain.size());
    }
    SECTION("refused compressed: sent again plain, and plain from then on") {
        refuseGzip = true;
        api.uploadAudit(upload);
        api.uploadAudit(upload);
        CHECK(encodings == std::vector<std::string>{"gzip", "", ""});
        CHECK(bodies[1] == plain);
        CHECK(bodies[2] == plain);
    }
}
