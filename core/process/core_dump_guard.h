// Keeps client data out of core dumps: a crash of a binary that holds decrypted client data or
// keys in memory must not write that memory to disk (or hand it to a crash collector).
#pragma once

namespace veldwerk::process {

// Call first thing in main(). Sets RLIMIT_CORE to 0 (soft and hard, so a child cannot raise it)
// and marks the process not dumpable (PR_SET_DUMPABLE 0), which also stops a core_pattern pipe
// such as systemd-coredump, ignores RLIMIT_CORE, and stops other processes of the same user
// from attaching with ptrace or reading /proc/PID/mem. Best effort: failures are ignored (there
// is nothing better to do than to run on).
void disableCoreDumps();

}  // namespace veldwerk::process
