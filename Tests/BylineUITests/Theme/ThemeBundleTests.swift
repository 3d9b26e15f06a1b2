import BylineThemes
import Foundation
import Testing

/// Every theme file in Themes/ is installed with Byline.
@Suite struct ThemeBundleTests {
    @Test func everyThemeFileIsShipped() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("Themes").path)
            .filter { $0.hasSuffix(".toml") }.sorted()
        let folder = try #require(ShippedThemes.folder, "the BylineThemes resource bundle is missing")
        let shipped = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(shipped == onDisk, "list new theme files in Package.swift's BylineThemes resources")
        #expect(onDisk.count >= 4)
    }
}
