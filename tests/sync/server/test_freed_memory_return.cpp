// The server's return of freed memory to the OS: it keeps its turn while the server runs and
// stops at once with it (a stop that waited for the next turn, or never came, would hold up
// the server's exit).
#include <malloc.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

#include "sync/server/http/freed_memory_return.h"

using veldwerk::sync::server::FreedMemoryReturn;

namespace {

constexpr std::size_t kMB = 1000 * 1000;

std::size_t residentBytes() {
    FILE* f = std::fopen("/proc/self/statm", "r");
    REQUIRE(f != nullptr);
    long size = 0;
    long pages = 0;
    const int read = std::fscanf(f, "%ld %ld", &size, &pages);
    std::fclose(f);
    REQUIRE(read == 2);
    return static_cast<std::size_t>(pages) * 4096;
}

}  // namespace

TEST_CASE("freed memory: handed back to the OS on its turn, and it stops at once") {
#if !defined(__SANITIZE_ADDRESS__)  // AddressSanitizer's allocator is not glibc's: nothing to trim
    SECTION("freed pages inside the heap are returned while it runs") {
        // Blocks of 64 KiB, every other one freed: between blocks still in use they cannot merge
        // into the heap's top, which is all glibc trims by itself; only malloc_trim hands their
        // pages back.
        constexpr std::size_t kBlock = 64 * 1024;
        std::vector<std::unique_ptr<char[]>> blocks(1600);
        for (auto& b : blocks) {
            b.reset(new char[kBlock]);
            for (std::size_t p = 0; p < kBlock; p += 4096) {
                b[p] = 1;  // resident, not only reserved
            }
        }
        for (std::size_t i = 0; i < blocks.size(); i += 2) {
            blocks[i].reset();
        }
        const auto before = residentBytes();
        REQUIRE(mallinfo2().fordblks > 50 * kMB);  // 52 MB freed and still held

        const FreedMemoryReturn freed(std::chrono::milliseconds(10));
        auto now = residentBytes();
        for (int i = 0; i < 500 && now + 40 * kMB > before; ++i) {  // a turn comes within 5 s
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            now = residentBytes();
        }
        CHECK(now + 40 * kMB <= before);
    }
#endif
    SECTION("a long turn does not hold up its end") {
        const auto freed = std::make_unique<FreedMemoryReturn>(std::chrono::hours(1));
        // Destroyed here: the test would hang (and ctest time it out) if the end waited.
    }
}
