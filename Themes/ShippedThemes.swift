import Foundation

/// The colour themes that ship with Byline: the `.toml` files of this
/// folder, installed as a resource bundle beside the executable. (This file
/// is the bundle's only source: SwiftPM needs one.)
public enum ShippedThemes {
    /// The folder holding the shipped `.toml` theme files, or nil when the
    /// resource bundle was not installed beside the executable.
    public static var folder: String? {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("Byline_BylineThemes.resources"),
            Bundle.main.bundleURL.appendingPathComponent("Byline_BylineThemes.bundle"),
            Bundle.main.bundleURL.appendingPathComponent("Byline_BylineThemes.bundle/Contents/Resources"),
        ]
        if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent("dark.toml").path) }) {
            return found.path
        }
        return Bundle.module.resourceURL?.path
    }
}
