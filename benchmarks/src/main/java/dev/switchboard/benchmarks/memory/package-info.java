/**
 * The memory soak ({@code ./switchboard-bench --memory [chats]}): a bot fed by many distinct chats
 * through its webhook handlers, with the platforms' APIs answered in process, measuring the heap
 * after GC and every keyed structure the runtime keeps at checkpoints, so the heap per chat and per
 * stored payload, and the bounds that keep it flat, can be read off one run.
 */
package dev.switchboard.benchmarks.memory;
