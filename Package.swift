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
        // The colour themes in the top-level Themes/ folder, installed as a
        // resource bundle. A new theme file is listed here too (a test checks).
        .target(
            name: "BylineThemes",
            path: "Themes",
            exclude: ["README.md"],
            sources: ["ShippedThemes.swift"],
            resources: [
                .copy("dark.toml"), .copy("light.toml"), .copy("high-contrast.toml"), .copy("colorblind.toml"),
            ]
        ),
        // The reader's UI: state, keys, reducer, layout and rendering into a grid
        // of cells. Pure Swift, no terminal code, tested without a terminal.
        .target(name: "BylineUI", dependencies: ["BylineCorpus"]),
        // ncursesw, wide-character API, through a module map and a small shim header.
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        // The thin terminal backend: draws a Screen with ncursesw and turns input into events.
        .target(name: "BylineTerminal", dependencies: ["BylineUI", "CNCursesW"]),
        // The command-line front end.
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineCorpus",
                "BylineDemoCorpus",
                "BylineThemes",
                "BylineUI",
                "BylineTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets: temporary corpus folders.
        .target(name: "BylineTestSupport", path: "Tests/BylineTestSupport"),
        .testTarget(name: "BylineCorpusTests", dependencies: ["BylineCorpus", "BylineTestSupport"]),
        .testTarget(
            name: "BylineUITests",
            dependencies: ["BylineUI", "BylineCorpus", "BylineThemes", "BylineTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(name: "BylineTerminalTests", dependencies: ["BylineTerminal", "BylineUI", "CNCursesW"]),
        .testTarget(name: "BylineTests", dependencies: ["BylineTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
