// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .library(name: "BylineCorpus", targets: ["BylineCorpus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The corpus model: loading, parsing, analysis. Foundation only, no terminal code.
        .target(name: "BylineCorpus"),
        // Fictional sample articles that `byline` opens when given no PATH.
        .target(
            name: "BylineDemoCorpus",
            resources: [.copy("Corpus")]
        ),
        // The command-line front end.
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineCorpus",
                "BylineDemoCorpus",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets: temporary corpus folders.
        .target(name: "BylineTestSupport", path: "Tests/BylineTestSupport"),
        .testTarget(name: "BylineCorpusTests", dependencies: ["BylineCorpus", "BylineTestSupport"]),
        .testTarget(name: "BylineTests", dependencies: ["BylineTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
