// QNetworkTransport against real cpp-httplib servers on loopback: plain HTTP, TLS with a
// self-signed certificate made by the openssl binary, a closed port and a server that never
// answers.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <QCoreApplication>
#include <QThread>
#include <atomic>
#include <catch2/catch.hpp>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <vector>

#include "platform/network/qnam_transport.h"
#include "tests/platform/loopback_http_server.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

using veldwerk::platform::QNetworkTransport;
using veldwerk::platform::QNetworkTransportOptions;
using veldwerk::sync::HttpRequest;
using veldwerk::sync::HttpResponse;
using veldwerk::sync::TransportError;
using veldwerk::testing::LoopbackHttpServer;

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QNetworkTransportOptions shortTimeout(std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    QNetworkTransportOptions options;
    options.timeout = timeout;
    return options;
}

void makeCertificate(const std::filesystem::path& key, const std::filesystem::path& cert,
                     const std::string& subject, const std::string& altNames) {
    const auto result = veldwerk::testing::runProcess(
        {"/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
         key.string(), "-out", cert.string(), "-subj", subject, "-days", "1", "-addext",
         "subjectAltName=" + altNames});
    if (result.exitCode != 0) {
        throw std::runtime_error("openssl req failed: " + result.err);
    }
}

// Self-signed key pairs made by the openssl binary, once per test run.
struct SelfSigned {
    veldwerk::testing::TempDir dir;
    std::string cert = (dir / "c.pem").string();
    std::string key = (dir / "k.pem").string();
    std::string otherCert = (dir / "other-c.pem").string();  // for another host name only
    std::string otherKey = (dir / "other-k.pem").string();

    SelfSigned() {
        makeCertificate(key, cert, "/CN=localhost", "DNS:localhost,IP:127.0.0.1");
        makeCertificate(otherKey, otherCert, "/CN=elsewhere.example", "DNS:elsewhere.example");
    }
};

const SelfSigned& selfSigned() {
    static const SelfSigned pair;
    return pair;
}

// A port nothing listens on: bound (never listened on) and closed again.
int closedPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        throw std::runtime_error("cannot find a free loopback port");
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

void addEcho(httplib::Server& server) {
    server.Get("/v1/hello", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(R"({"hello":"world"})", "application/json");
    });
}

}  // namespace

TEST_CASE("GET and POST carry headers and body, and the answer comes back whole",
          "[platform][transport]") {
    LoopbackHttpServer http;
    std::mutex mutex;
    std::map<std::string, std::string> seen;
    http.server().Get("/v1/pull", [&](const httplib::Request& req, httplib::Response& res) {
        std::lock_guard lock(mutex);
        seen["protocol"] = req.get_header_value("Veldwerk-Protocol");
        seen["auth"] = req.get_header_value("Authorization");
        seen["since"] = req.get_param_value("since");
        seen["limit"] = req.get_param_value("limit");
        res.set_header("X-Veldwerk-Test", "pulled");
        res.set_content(R"({"changes":[],"cursor":12})", "application/json");
    });
    http.server().Post("/v1/push", [&](const httplib::Request& req, httplib::Response& res) {
        std::lock_guard lock(mutex);
        seen["body"] = req.body;
        seen["contentType"] = req.get_header_value("Content-Type");
        seen["clock"] = req.get_header_value("Veldwerk-Clock");
        res.status = 201;
        res.set_content("{\"results\":[]}\n", "application/json");
    });
    http.start();
    QNetworkTransport transport(q(http.url()), shortTimeout());

    const HttpResponse pulled =
        transport.send({"GET",
                        "/v1/pull?since=12&limit=500",
                        {{"Veldwerk-Protocol", "1"}, {"Authorization", "Bearer 00ff"}},
                        ""});
    CHECK(pulled.status == 200);
    CHECK(pulled.body == R"({"changes":[],"cursor":12})");
    CHECK(pulled.headers.at("x-veldwerk-test") == "pulled");
    CHECK(pulled.headers.at("content-type") == "application/json");
    for (const auto& [name, value] : pulled.headers) {
        CHECK(QString::fromStdString(name) == QString::fromStdString(name).toLower());
    }

    const std::string body = R"({"batchId":"d-1","changes":[{"value":"é ✓"}]})";
    const HttpResponse pushed =
        transport.send({"POST", "/v1/push", {{"Veldwerk-Clock", "1234"}}, body});
    CHECK(pushed.status == 201);
    CHECK(pushed.body == "{\"results\":[]}\n");

    std::lock_guard lock(mutex);
    CHECK(seen["protocol"] == "1");
    CHECK(seen["auth"] == "Bearer 00ff");
    CHECK(seen["since"] == "12");
    CHECK(seen["limit"] == "500");
    CHECK(seen["body"] == body);
    CHECK(seen["contentType"] == "application/json");
    CHECK(seen["clock"] == "1234");
}

TEST_CASE("HTTP error statuses are answers, not exceptions", "[platform][transport]") {
    LoopbackHttpServer http;
    http.server().Get("/v1/pull", [](const httplib::Request&, httplib::Response& res) {
        res.status = 410;
        res.set_content(R"({"error":{"code":"device_revoked"}})", "application/json");
    });
    http.server().Post("/v1/push", [](const httplib::Request&, httplib::Response& res) {
        res.status = 429;
        res.set_header("Retry-After", "900");
        res.set_content(R"({"error":{"code":"rate_limited"}})", "application/json");
    });
    http.server().Get("/v1/broken", [](const httplib::Request&, httplib::Response& res) {
        res.status = 500;
        res.set_content(R"({"error":{"code":"internal"}})", "application/json");
    });
    http.start();
    QNetworkTransport transport(q(http.url()), shortTimeout());

    const HttpResponse revoked = transport.send({"GET", "/v1/pull?since=0", {}, ""});
    CHECK(revoked.status == 410);
    CHECK(revoked.body == R"({"error":{"code":"device_revoked"}})");

    const HttpResponse limited = transport.send({"POST", "/v1/push", {}, "{}"});
    CHECK(limited.status == 429);
    CHECK(limited.headers.at("retry-after") == "900");

    const HttpResponse missing = transport.send({"GET", "/v1/nothing-here", {}, ""});
    CHECK(missing.status == 404);

    CHECK(transport.send({"GET", "/v1/broken", {}, ""}).status == 500);
}

TEST_CASE("a closed port is a TransportError", "[platform][transport]") {
    QNetworkTransport transport(q("http://127.0.0.1:" + std::to_string(closedPort())),
                                shortTimeout());
    try {
        transport.send({"GET", "/v1/pull", {}, ""});
        FAIL("no TransportError");
    } catch (const TransportError& e) {
        CHECK_THAT(e.what(), Catch::Contains("connection refused"));
    }
}

TEST_CASE("a server that never answers is a TransportError after the timeout",
          "[platform][transport]") {
    std::mutex mutex;
    std::condition_variable cv;
    bool released = false;
    std::atomic<int> arrived{0};
    LoopbackHttpServer http;
    http.server().Post("/v1/push", [&](const httplib::Request&, httplib::Response& res) {
        ++arrived;
        std::unique_lock lock(mutex);
        cv.wait(lock, [&] { return released; });
        res.set_content("{}", "application/json");
    });
    http.start();
    {
        QNetworkTransport transport(q(http.url()), shortTimeout(std::chrono::milliseconds(300)));
        try {
            transport.send({"POST", "/v1/push", {}, R"({"batchId":"d-1","changes":[]})"});
            FAIL("no TransportError");
        } catch (const TransportError& e) {
            CHECK_THAT(e.what(), Catch::Contains("timed out"));
        }
    }
    CHECK(arrived == 1);  // it was the server's silence, not a refused connection
    {
        std::lock_guard lock(mutex);
        released = true;
    }
    cv.notify_all();
}

TEST_CASE("a host that does not resolve is a TransportError", "[platform][transport]") {
    // Either the resolver says so or it does not answer in time: no answer either way.
    QNetworkTransport transport(QStringLiteral("https://veldwerk-no-such-host.invalid"),
                                shortTimeout(std::chrono::seconds(3)));
    CHECK_THROWS_AS(transport.send({"GET", "/v1/pull", {}, ""}), TransportError);
}

TEST_CASE("server URLs: https anywhere, plain http only to loopback", "[platform][transport]") {
    for (const char* url :
         {"http://example.org", "http://10.0.0.5:8080", "http://192.168.1.10",
          "http://[2001:db8::1]:80", "http://localhost.example.org", "ftp://127.0.0.1",
          "127.0.0.1:8080", "https://", "https://server.example/v1", "https://user@server.example",
          "https://server.example?x=1"}) {
        INFO(url);
        CHECK_THROWS_AS(QNetworkTransport(QString::fromUtf8(url)), std::invalid_argument);
    }
    try {
        QNetworkTransport transport(QStringLiteral("http://sync.example.org"));
        FAIL("accepted");
    } catch (const std::invalid_argument& e) {
        CHECK_THAT(e.what(), Catch::Contains("use https"));
    }
    for (const char* url : {"http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9",
                            "http://127.0.0.2", "https://sync.example.org",
                            "https://sync.example.org:8443/", "HTTPS://Sync.Example.org"}) {
        INFO(url);
        CHECK_NOTHROW(QNetworkTransport(QString::fromUtf8(url)));
    }
    CHECK(QNetworkTransport(QStringLiteral("https://sync.example.org")).baseUrl().port() == 443);
}

TEST_CASE("requests stay on the server: odd methods and paths are refused",
          "[platform][transport]") {
    QNetworkTransport transport(QStringLiteral("http://127.0.0.1:9"), shortTimeout());
    CHECK_THROWS_AS(transport.send({"DELETE", "/v1/x", {}, ""}), std::invalid_argument);
    CHECK_THROWS_AS(transport.send({"GET", "v1/x", {}, ""}), std::invalid_argument);
    CHECK_THROWS_AS(transport.send({"GET", "//elsewhere.example/x", {}, ""}),
                    std::invalid_argument);
    CHECK_THROWS_AS(transport.send({"GET", "/v1/x", {{"X-A", "1\r\nHost: evil"}}, ""}),
                    std::invalid_argument);
}

TEST_CASE("a redirect is not followed, least of all to another host", "[platform][transport]") {
    std::atomic<int> elsewhereHits{0};
    LoopbackHttpServer elsewhere;
    elsewhere.server().Get(".*", [&](const httplib::Request&, httplib::Response& res) {
        ++elsewhereHits;
        res.set_content("{}", "application/json");
    });
    elsewhere.start();
    LoopbackHttpServer http;
    const std::string target = elsewhere.url("http", "localhost") + "/v1/pull";
    http.server().Get("/v1/pull", [&](const httplib::Request&, httplib::Response& res) {
        res.set_redirect(target, 302);
    });
    http.start();

    QNetworkTransport transport(q(http.url()), shortTimeout());
    const HttpResponse answer = transport.send({"GET", "/v1/pull", {}, ""});
    CHECK(answer.status == 302);
    CHECK(answer.headers.at("location") == target);
    CHECK(elsewhereHits == 0);
}

TEST_CASE("https verifies the certificate: a self-signed server only with its file trusted",
          "[platform][transport][tls]") {
    const SelfSigned& pair = selfSigned();
    LoopbackHttpServer https(
        std::make_unique<httplib::SSLServer>(pair.cert.c_str(), pair.key.c_str()));
    addEcho(https.server());
    https.start();

    SECTION("untrusted: no answer, and the reason says so") {
        QNetworkTransport transport(q(https.url("https")), shortTimeout());
        try {
            transport.send({"GET", "/v1/hello", {}, ""});
            FAIL("an untrusted certificate was accepted");
        } catch (const TransportError& e) {
            CHECK_THAT(e.what(), Catch::Contains("TLS") && Catch::Contains("not trusted"));
        }
    }
    SECTION("trusted by file, by IP address and by host name") {
        auto options = shortTimeout();
        options.extraCaFile = q(pair.cert);
        for (const std::string host : {"127.0.0.1", "localhost"}) {
            QNetworkTransport transport(q(https.url("https", host)), options);
            const HttpResponse answer = transport.send({"GET", "/v1/hello", {}, ""});
            CHECK(answer.status == 200);
            CHECK(answer.body == R"({"hello":"world"})");
            CHECK(transport.send({"POST", "/v1/nothing", {}, "{}"}).status == 404);
        }
    }
    SECTION("trusted by PEM text, as an enrolled vault keeps it") {
        std::ifstream in(pair.cert);
        const std::string pem((std::istreambuf_iterator<char>(in)), {});
        auto options = shortTimeout();
        options.extraCaPem = QByteArray::fromStdString(pem);
        QNetworkTransport transport(q(https.url("https")), options);
        CHECK(transport.send({"GET", "/v1/hello", {}, ""}).status == 200);
        options.extraCaPem = QByteArrayLiteral("not a certificate");
        CHECK_THROWS_AS(QNetworkTransport(q(https.url("https")), options), std::invalid_argument);
    }
    SECTION("a trusted certificate for another host name is refused") {
        LoopbackHttpServer other(
            std::make_unique<httplib::SSLServer>(pair.otherCert.c_str(), pair.otherKey.c_str()));
        addEcho(other.server());
        other.start();
        auto options = shortTimeout();
        options.extraCaFile = q(pair.otherCert);
        QNetworkTransport transport(q(other.url("https")), options);
        CHECK_THROWS_AS(transport.send({"GET", "/v1/hello", {}, ""}), TransportError);
    }
    SECTION("plain http to a TLS port gets no answer") {
        QNetworkTransport transport(q(https.url("http")), shortTimeout());
        CHECK_THROWS_AS(transport.send({"GET", "/v1/hello", {}, ""}), TransportError);
    }
}

TEST_CASE("a CA file that is missing or holds no certificate is refused at construction",
          "[platform][transport][tls]") {
    veldwerk::testing::TempDir dir;
    QNetworkTransportOptions options;
    options.extraCaFile = q((dir / "missing.pem").string());
    CHECK_THROWS_AS(QNetworkTransport(QStringLiteral("https://sync.example.org"), options),
                    std::invalid_argument);
    { std::ofstream(dir / "empty.pem") << "not a certificate\n"; }
    options.extraCaFile = q((dir / "empty.pem").string());
    CHECK_THROWS_AS(QNetworkTransport(QStringLiteral("https://sync.example.org"), options),
                    std::invalid_argument);
}

TEST_CASE("the transport works from a worker thread, as the sync engine uses it",
          "[platform][transport]") {
    LoopbackHttpServer http;
    addEcho(http.server());
    http.start();
    QNetworkTransport transport(q(http.url()), shortTimeout());
    // First from this thread, then from a worker: the manager follows the calling thread.
    CHECK(transport.send({"GET", "/v1/hello", {}, ""}).status == 200);

    std::vector<int> statuses;
    std::optional<std::string> failure;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        try {
            for (int i = 0; i < 3; ++i) {
                statuses.push_back(transport.send({"GET", "/v1/hello", {}, ""}).status);
            }
        } catch (const std::exception& e) {
            failure = e.what();
        }
    }));
    worker->start();
    REQUIRE(worker->wait(QDeadlineTimer(20'000)));
    // The first thread's manager was handed back to it for deletion; let it go.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(failure.has_value());
    CHECK(statuses == std::vector<int>{200, 200, 200});
}

TEST_CASE("cancel() from another thread aborts the request in flight and refuses later ones",
          "[platform][transport]") {
    std::mutex mutex;
    std::condition_variable cv;
    bool released = false;
    std::atomic<int> arrived{0};
    LoopbackHttpServer http;
    http.server().Get("/v1/pull", [&](const httplib::Request&, httplib::Response& res) {
        ++arrived;
        std::unique_lock lock(mutex);
        cv.wait(lock, [&] { return released; });
        res.set_content("{}", "application/json");
    });
    http.start();
    // A long timeout: only cancel() can end the request quickly.
    QNetworkTransport transport(q(http.url()), shortTimeout(std::chrono::seconds(60)));
    std::optional<std::string> failure;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        try {
            transport.send({"GET", "/v1/pull", {}, ""});
        } catch (const TransportError& e) {
            failure = e.what();
        }
    }));
    worker->start();
    // Cancel once the server holds the request (the server's own signal, not a guess by time).
    for (int i = 0; i < 1000 && arrived == 0; ++i) {
        QThread::msleep(10);
    }
    REQUIRE(arrived == 1);
    transport.cancel();
    REQUIRE(worker->wait(QDeadlineTimer(10'000)));
    REQUIRE(failure.has_value());
    CHECK_THAT(*failure, Catch::Contains("cancelled"));
    CHECK_THROWS_WITH(transport.send({"GET", "/v1/pull", {}, ""}), Catch::Contains("cancelled"));
    CHECK(arrived == 1);
    {
        std::lock_guard lock(mutex);
        released = true;
    }
    cv.notify_all();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
