// Where a device may send client data: https anywhere, plain http only to this machine.
#include <catch2/catch.hpp>

#include "sync/engine/server_url.h"

using veldwerk::sync::parseServerUrl;

TEST_CASE("server URL: https anywhere, http only on loopback") {
    REQUIRE(parseServerUrl("https://sync.example.nl").text() == "https://sync.example.nl:443");
    REQUIRE(parseServerUrl("https://sync.example.nl:8443/").port == 8443);
    REQUIRE(parseServerUrl("http://127.0.0.1:5000").loopback);
    REQUIRE(parseServerUrl("http://127.8.9.10:1").loopback);
    REQUIRE(parseServerUrl("http://localhost:5000").text() == "http://localhost:5000");
    REQUIRE(parseServerUrl("http://[::1]:5000").text() == "http://[::1]:5000");
    for (const char* refused :
         {"http://sync.example.nl", "http://10.0.0.2:80", "http://128.0.0.1:80", "ftp://x",
          "sync.example.nl", "https://", "https://host:0", "https://host:99999", "https://host:x",
          "https://host/v1", "https://user@host", "https://host?x=1", "http://[::2]:80"}) {
        INFO(refused);
        REQUIRE_THROWS_AS(parseServerUrl(refused), std::invalid_argument);
    }
}
