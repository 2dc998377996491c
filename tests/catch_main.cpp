// The shared Catch2 v2 runner (Catch2 v2 ships no prebuilt main in Debian's package).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
