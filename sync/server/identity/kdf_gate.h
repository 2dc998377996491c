// The memory Argon2id may take at once in the process: each hash or check holds its cost's memory
// (64 MiB at the interactive cost) for its duration, so 40 devices enrolling at once would take
// 2.5 GiB (four request threads held 272 MiB). A check takes a share of the budget and waits,
// never refused, while the budget is used up; one check always fits (a cost above the budget runs
// alone). The server's budget, kKdfMemoryBudget, keeps its peak RSS under 150 MB with 200 devices:
// one interactive check at a time beside ~80 MB of everything else.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <mutex>

namespace veldwerk::sync::server {

constexpr std::size_t kKdfMemoryBudget = 64u << 20;

class KdfGate {
public:
    explicit KdfGate(std::size_t budgetBytes) : m_budget(budgetBytes) {}

    // The process's gate, with kKdfMemoryBudget.
    static KdfGate& process();

    // Holds `bytes` of the budget while it lives; waits until they are free.
    class Slot {
    public:
        Slot(KdfGate& gate, std::size_t bytes);
        ~Slot();
        Slot(const Slot&) = delete;
        Slot& operator=(const Slot&) = delete;

    private:
        KdfGate& m_gate;
        std::size_t m_bytes;
    };

    std::size_t holders() const;      // slots held now
    std::size_t waiting() const;      // slots waiting for their share
    std::size_t peakHolders() const;  // the most slots held at once so far

private:
    std::size_t m_budget;
    mutable std::mutex m_mutex;
    std::condition_variable m_freed;
    std::size_t m_used = 0;
    std::size_t m_holders = 0;
    std::size_t m_waiting = 0;
    std::size_t m_peak = 0;
};

}  // namespace veldwerk::sync::server
