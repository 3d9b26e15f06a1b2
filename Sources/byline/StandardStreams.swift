#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to standard output (file descriptor 1).
final class StandardOutput {
    private var buffer = [UInt8]()
    private let capacity = 1 << 20

    init() { buffer.reserveCapacity(capacity) }
    deinit { flush() }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    func write(_ text: String) { write(Array(text.utf8)) }

    func flush() {
        writeAll(1, buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Unbuffered lines on standard error (file descriptor 2).
struct StandardError {
    func line(_ text: String) { writeAll(2, Array((text + "\n").utf8)) }
}

private func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
        if n < 0 {
            if errno == EINTR { continue }
            return  // a closed pipe: nothing more can be written
        }
        offset += n
    }
}
