/// Choosing the colour depth from what the terminal reports and from
/// `NO_COLOR` (https://no-color.org).
extension ColorDepth {
    /// The depth for a terminal with `colors` colours (ncurses' `COLORS`,
    /// 0 or less when it has none): monochrome when `NO_COLOR` is set to
    /// anything but the empty string, or when the terminal has fewer than 8
    /// colours; basic below 256; extended from 256.
    public init(terminalColors colors: Int, environment: [String: String]) {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            self = .monochrome
        } else if colors >= 256 {
            self = .extended
        } else if colors >= 8 {
            self = .basic
        } else {
            self = .monochrome
        }
    }
}
