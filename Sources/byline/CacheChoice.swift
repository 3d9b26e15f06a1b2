import BylineCorpus
import Foundation

/// Which cache a command uses for a corpus: `$XDG_CACHE_HOME/byline`, keyed
/// by the corpus's absolute path and by this build of Byline, unless
/// `--no-cache` was given or the cache would fall inside the corpus.
enum CacheChoice {
    /// The cache, or nil and a one-line reason (nil when no cache was wanted).
    static func cache(for loader: CorpusLoader, disabled: Bool,
                      environment: [String: String] = ProcessInfo.processInfo.environment) -> (CorpusCache?, String?) {
        guard !disabled else { return (nil, nil) }
        guard let folder = CorpusCache.folder(environment: environment) else {
            return (nil, "cache: neither XDG_CACHE_HOME nor HOME is set; running without a cache")
        }
        let corpus = realPath(loader.path)
        let resolvedFolder = realPath(folder)
        if resolvedFolder == corpus || resolvedFolder.hasPrefix(corpus + "/") {
            return (nil, "cache: \(folder) is inside the corpus, and Byline never writes there; running without a cache")
        }
        return (CorpusCache(folder: folder, corpusPath: corpus, producer: producer), nil)
    }

    /// This build of Byline: its version, and the size and time of its executable,
    /// so that a rebuilt Byline (which may analyse differently) starts afresh.
    static let producer: String = {
        var description = "byline \(Byline.configuration.version)"
        // The executable itself, not the /proc link (whose time is the process's start).
        if let attributes = try? FileManager.default.attributesOfItem(atPath: realPath("/proc/self/exe")) {
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            description += " \(size) \(Int(date))"
        }
        return description
    }()

    /// The path with links resolved, as far as it exists.
    static func realPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        if let resolved = Glibc.realpath(absolute, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return (absolute as NSString).standardizingPath
    }
}
