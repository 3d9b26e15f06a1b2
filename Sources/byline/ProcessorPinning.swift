import Foundation

/// Keeps a thread on one processor, for `bench search`'s keystroke rounds:
/// the thread that types and python3 (FTS5) share processor 0, as latency
/// benchmarks isolate a core. On the 2-core virtual machine Byline is
/// measured on, a thread moved between processors, or woken on one that
/// was left idle, is now and then slowed by a few tenths of a millisecond
/// — ten times a BBC keystroke. Both sides are kept alike; threads that
/// already exist (Byline's workers) are not.
enum ProcessorPinning {
    private typealias SetAffinity = @convention(c) (pid_t, Int, UnsafeRawPointer) -> Int32

    /// glibc's `sched_setaffinity`, which Swift's Glibc module does not
    /// declare (a GNU extension); nil where the C library has none.
    private static let setAffinity: SetAffinity? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sched_setaffinity") else { return nil }
        return unsafeBitCast(symbol, to: SetAffinity.self)
    }()

    /// Keeps thread `id` (0: the calling thread; a process id: its main
    /// thread) on processor `cpu`; threads it starts later inherit that.
    /// False when the system refuses.
    @discardableResult
    static func pin(_ id: pid_t = 0, to cpu: Int = 0) -> Bool {
        guard let setAffinity, cpu >= 0, cpu < 1024 else { return false }
        var mask = [UInt64](repeating: 0, count: 16)
        mask[cpu / 64] = 1 << UInt64(cpu % 64)
        return mask.withUnsafeBytes { setAffinity(id, $0.count, $0.baseAddress!) } == 0
    }
}
