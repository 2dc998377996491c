// End-to-end: the real veldwerk-cli on a vault whose file system is full (a small tmpfs, really
// filled). Unlocking and reading must still work; a write fails with a clear "disk full" and
// loses nothing that was stored before. Mounting needs root (CAP_SYS_ADMIN), as CI runs the
// tests; without it the test says so and checks nothing.
#include <sys/mount.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "tests/e2e/cli_runner.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk::testing;

namespace {
constexpr const char* kPass = "kitchen-table-2026";

class SmallFileSystem {
public:
    explicit SmallFileSystem(const std::filesystem::path& at) : m_at(at) {
        std::filesystem::create_directories(at);
        m_mounted = ::mount("tmpfs", at.c_str(), "tmpfs", 0, "size=8m,mode=0700") == 0;
    }
    ~SmallFileSystem() {
        if (m_mounted) {
            ::umount2(m_at.c_str(), MNT_DETACH);
        }
    }
    SmallFileSystem(const SmallFileSystem&) = delete;
    SmallFileSystem& operator=(const SmallFileSystem&) = delete;
    bool mounted() const { return m_mounted; }

    // Writes a filler file until the file system refuses more.
    void fill() const {
        std::ofstream filler(m_at / "filler", std::ios::binary);
        const std::string block(4096, 'f');
        while (filler.write(block.data(), static_cast<std::streamsize>(block.size()))) {
            filler.flush();
        }
    }

private:
    std::filesystem::path m_at;
    bool m_mounted = false;
};
}  // namespace

TEST_CASE("cli: on a full disk the vault unlocks and reads, and a write fails plainly") {
    TempDir tmp;
    SmallFileSystem disk(tmp / "disk");
    if (!disk.mounted()) {
        WARN("cannot mount a tmpfs here (not root?): the full-disk test did not run");
        return;
    }
    CliRunner cli(tmp / "disk" / "vault");
    REQUIRE(cli.init(kPass).exitCode == 0);
    REQUIRE(cli.run({"case", "add", "--name", "Gezin Vol"}, kPass).exitCode == 0);
    REQUIRE(cli.run({"case", "list"}, kPass).exitCode == 0);
    disk.fill();

    // Reading (each read is audited: a small write into the WAL the vault already has).
    for (int i = 0; i < 3; ++i) {
        const auto listed = cli.json({"case", "list"}, kPass);
        REQUIRE(listed.at("cases").size() == 1);
        REQUIRE(listed.at("cases")[0].at("name") == "Gezin Vol");
    }
    // A wrong passphrase is still counted (the counter is rewritten in place).
    const auto wrong = cli.run({"case", "list"}, "not-the-passphrase");
    REQUIRE(wrong.exitCode == 3);
    REQUIRE_THAT(wrong.err, Catch::Contains("9 attempts left"));

    // Writing until the disk refuses: a clear error, never "damaged".
    ProcessResult refused;
    for (int i = 0; i < 200; ++i) {
        refused = cli.run({"--json", "case", "add", "--name", std::string(2000, 'x')}, kPass);
        if (refused.exitCode != 0) {
            break;
        }
    }
    REQUIRE(refused.exitCode == 1);
    REQUIRE(nlohmann::json::parse(refused.err).at("error").at("code") == "disk_full");

    // Space again: everything stored before is there, the audit chain is whole.
    std::filesystem::remove(tmp / "disk" / "filler");
    REQUIRE(cli.json({"case", "list"}, kPass).at("cases").at(0).at("name") == "Gezin Vol");
    REQUIRE(cli.run({"audit", "verify"}, kPass).exitCode == 0);
}
