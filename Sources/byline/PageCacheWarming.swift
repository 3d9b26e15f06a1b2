import Foundation

/// Reads every file under a corpus folder the way `cat` does (one thread,
/// a reused buffer), so that the page cache holds them before a benchmark
/// that asks for a warm page cache, and times a second reading: the floor
/// for listing the corpus.
enum PageCacheWarming {
    /// Reads every regular file under `path` twice; returns the files, their
    /// bytes and the seconds the second reading took, or nil when `path`
    /// cannot be read as a folder or file.
    static func warm(_ path: String) -> (files: Int, bytes: Int, seconds: Double)? {
        let files = regularFiles(under: path)
        guard !files.isEmpty else { return nil }
        _ = read(files)
        let start = ContinuousClock.now
        let bytes = read(files)
        return (files.count, bytes, (ContinuousClock.now - start).seconds)
    }

    /// Warms the page cache with `path`'s files (``warm(_:)``) and returns
    /// the benchmarks' line saying so, or nil when nothing could be read.
    static func warmAndDescribe(_ path: String) -> String? {
        warm(path).map {
            String(format: "files       %d files, %.1f MB: read twice as `cat` does, %.2f s the second time (page cache warm; the floor for a full list)",
                   $0.files, Double($0.bytes) / 1e6, $0.seconds)
        }
    }

    /// The regular files under `path` (or `path` itself when it is one).
    private static func regularFiles(under path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [path] }
        var files: [String] = []
        let root = URL(fileURLWithPath: path)
        guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        for case let url as URL in walk where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            files.append(url.path)
        }
        return files
    }

    /// Reads `files` through one buffer; returns the bytes read.
    private static func read(_ files: [String]) -> Int {
        let size = 1 << 17
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        var total = 0
        for file in files {
            let descriptor = open(file, O_RDONLY)
            guard descriptor >= 0 else { continue }
            while true {
                let count = Foundation.read(descriptor, buffer, size)
                if count <= 0 { break }
                total += count
            }
            close(descriptor)
        }
        return total
    }
}
