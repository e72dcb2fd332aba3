// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace bw {

// Runs independent jobs on all cores: parsing the documents of a large file, validating
// the resources of a workspace. Small batches run on the calling thread, where starting
// threads would cost more than it saves.
class ParallelFor
{
public:
    template <typename Fn> static void run(qsizetype count, Fn&& fn, qsizetype minimumPerThread = 16)
    {
        const qsizetype cores = qsizetype(std::max(1u, std::thread::hardware_concurrency()));
        const qsizetype threads = std::min(cores, count / std::max<qsizetype>(1, minimumPerThread));
        if (threads <= 1) {
            for (qsizetype i = 0; i < count; ++i)
                fn(i);
            return;
        }
        std::atomic<qsizetype> next { 0 };
        const auto worker = [&] {
            // Claim small chunks so uneven jobs still spread over the threads.
            constexpr qsizetype chunk = 8;
            for (qsizetype begin = next.fetch_add(chunk); begin < count; begin = next.fetch_add(chunk)) {
                const qsizetype end = std::min(count, begin + chunk);
                for (qsizetype i = begin; i < end; ++i)
                    fn(i);
            }
        };
        std::vector<std::thread> pool;
        pool.reserve(size_t(threads - 1));
        for (qsizetype t = 1; t < threads; ++t)
            pool.emplace_back(worker);
        worker();
        for (std::thread& t : pool)
            t.join();
    }
};

} // namespace bw
