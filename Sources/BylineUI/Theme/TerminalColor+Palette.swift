/// The 256-colour palette as RGB, for mapping `#rrggbb` colours to the
/// nearest palette entry and 256-colour entries to the nearest basic colour.
extension TerminalColor {
    /// The basic colour names, in palette order (0–7); `bright-NAME` is 8–15.
    public static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// The colour a name stands for: a basic name, `bright-NAME`, or
    /// `default` (the terminal's own colour). Case is ignored.
    public init?(name: String) {
        let lowered = name.lowercased()
        if lowered == "default" {
            self = .terminalDefault
        } else if let basic = Self.basicNames.firstIndex(of: lowered) {
            self = .indexed(UInt8(basic))
        } else if lowered.hasPrefix("bright-"), let basic = Self.basicNames.firstIndex(of: String(lowered.dropFirst(7))) {
            self = .indexed(UInt8(basic + 8))
        } else {
            return nil
        }
    }

    /// The palette entry nearest to `#rrggbb` (or `rrggbb`), chosen from the
    /// colour cube and grey ramp (16–255), which unlike 0–15 look the same
    /// in every terminal. Nil when `hex` is not six hex digits.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else { return nil }
        self = .nearest(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// The entry of 16–255 nearest to an RGB colour.
    public static func nearest(red: UInt8, green: UInt8, blue: UInt8) -> TerminalColor {
        let target = RGB(red: Int(red), green: Int(green), blue: Int(blue))
        var best: (index: Int, distance: Int) = (16, Int.max)
        for index in 16...255 {
            let distance = RGB.palette(index).distance(to: target)
            if distance < best.distance { best = (index, distance) }
        }
        return .indexed(UInt8(best.index))
    }

    /// The basic colour (0–7) closest to this one, for 8-colour terminals:
    /// 8–15 lose their brightness; other entries go by hue, or to black or
    /// white when they are grey. The terminal default stays as it is.
    public var basicApproximation: TerminalColor {
        guard case .indexed(let index) = self else { return self }
        if index < 8 { return self }
        if index < 16 { return .indexed(index - 8) }
        return .indexed(RGB.palette(Int(index)).nearestBasicIndex)
    }

    /// The colour's RGB in the xterm palette; nil for the terminal default.
    public var rgb: (red: UInt8, green: UInt8, blue: UInt8)? {
        guard case .indexed(let index) = self else { return nil }
        let rgb = RGB.palette(Int(index))
        return (UInt8(rgb.red), UInt8(rgb.green), UInt8(rgb.blue))
    }
}

/// An RGB triple and the xterm palette's formulas.
private struct RGB {
    var red: Int
    var green: Int
    var blue: Int

    private static let system: [(Int, Int, Int)] = [
        (0x00, 0x00, 0x00), (0xCD, 0x00, 0x00), (0x00, 0xCD, 0x00), (0xCD, 0xCD, 0x00),
        (0x00, 0x00, 0xEE), (0xCD, 0x00, 0xCD), (0x00, 0xCD, 0xCD), (0xE5, 0xE5, 0xE5),
        (0x7F, 0x7F, 0x7F), (0xFF, 0x00, 0x00), (0x00, 0xFF, 0x00), (0xFF, 0xFF, 0x00),
        (0x5C, 0x5C, 0xFF), (0xFF, 0x00, 0xFF), (0x00, 0xFF, 0xFF), (0xFF, 0xFF, 0xFF),
    ]
    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// Entry `index` (0–255) of the xterm palette.
    static func palette(_ index: Int) -> RGB {
        switch index {
        case ..<16:
            let (red, green, blue) = system[max(index, 0)]
            return RGB(red: red, green: green, blue: blue)
        case 16..<232:
            let cube = index - 16
            return RGB(red: cubeLevels[cube / 36], green: cubeLevels[cube / 6 % 6], blue: cubeLevels[cube % 6])
        default:
            let level = 8 + 10 * (min(index, 255) - 232)
            return RGB(red: level, green: level, blue: level)
        }
    }

    /// Squared distance, weighted for how the eye sees red, green and blue.
    func distance(to other: RGB) -> Int {
        let red = self.red - other.red, green = self.green - other.green, blue = self.blue - other.blue
        return 2 * red * red + 4 * green * green + 3 * blue * blue
    }

    /// 0–7 by hue: red 0°, yellow 60°, green 120°, cyan 180°, blue 240°,
    /// magenta 300°; greys go to black or white by lightness.
    var nearestBasicIndex: UInt8 {
        let high = max(red, green, blue), low = min(red, green, blue)
        let chroma = high - low
        if chroma < 48 || high < 64 {
            return (high + low) / 2 >= 0x60 ? 7 : 0
        }
        var hue: Double
        if high == red {
            hue = 60 * Double(green - blue) / Double(chroma)
        } else if high == green {
            hue = 60 * (Double(blue - red) / Double(chroma) + 2)
        } else {
            hue = 60 * (Double(red - green) / Double(chroma) + 4)
        }
        if hue < 0 { hue += 360 }
        // Basic colours by hue sector (index = palette entry).
        let sectors: [(hue: Double, index: UInt8)] = [(0, 1), (60, 3), (120, 2), (180, 6), (240, 4), (300, 5), (360, 1)]
        return sectors.min { abs($0.hue - hue) < abs($1.hue - hue) }?.index ?? 7
    }
}
