/// Reading colours and attribute lists.
extension ThemeFile {
    /// The names `attrs`, `attrs8` and `mono` accept.
    static let attributeNames: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
    ]

    /// A colour setting of a role or mark table: a colour, or `"keep"` in
    /// a mark (leave the role's colour).
    func colorSetting(_ value: TOMLValue, key: String, palette: [String: TerminalColor], basic: Bool, isMark: Bool,
                      entry: TOMLDocument.Entry) throws(ThemeError) -> StyleSpec.Color {
        guard case .string(let text) = value, text.lowercased() == "keep" else {
            return .color(try color(value, key: key, palette: palette, basic: basic, entry: entry))
        }
        guard isMark else {
            throw fail(entry, "\"keep\" is only for marks; a role's \(key) is a colour or \"default\"")
        }
        return .keep
    }

    /// A colour: 0–255, a basic or `bright-` name, `default`, `#rrggbb`, or
    /// a palette name. With `basic`, only `default` and 0–7 are accepted.
    func color(_ value: TOMLValue, key: String, palette: [String: TerminalColor], basic: Bool,
               entry: TOMLDocument.Entry) throws(ThemeError) -> TerminalColor {
        let color: TerminalColor
        let spelled: String
        switch value {
        case .integer(let number):
            guard (0...255).contains(number) else {
                throw fail(entry, "colour \(number) is out of range (0–255)")
            }
            color = .indexed(UInt8(number))
            spelled = String(number)
        case .string(let text):
            if text.hasPrefix("#") {
                guard let hex = TerminalColor(hex: text) else {
                    throw fail(entry, "colour \(QuotedText.quoted(text)) is not of the form \"#rrggbb\"")
                }
                color = hex
            } else if let named = TerminalColor(name: text) ?? palette[text.lowercased()] {
                color = named
            } else {
                throw fail(entry, "unknown colour \(QuotedText.quoted(text))")
            }
            spelled = QuotedText.quoted(text)
        default:
            throw fail(entry, "\(key) must be a colour (0–255 or a name in quotes), not \(value.kindDescription)")
        }
        if basic, case .indexed(let index) = color, index > 7 {
            throw fail(entry, "\(key) must be one of the 8 basic colours (0–7, a name such as \"cyan\", or \"default\"), not \(spelled)")
        }
        return color
    }

    /// Attributes: a list of names (`["bold", "underline"]`), one name, or
    /// `[]` for none.
    func attributes(_ value: TOMLValue, key: String, entry: TOMLDocument.Entry) throws(ThemeError) -> TextAttributes {
        let items: [TOMLValue]
        switch value {
        case .array(let array): items = array
        case .string: items = [value]
        default:
            throw fail(entry, "\(key) must be a list of attributes such as [\"bold\"], not \(value.kindDescription)")
        }
        var result: TextAttributes = []
        for item in items {
            guard case .string(let name) = item else {
                throw fail(entry, "\(key) must list attribute names in quotes, not \(item.kindDescription)")
            }
            guard let attribute = Self.attributeNames.first(where: { $0.name == name.lowercased() })?.attribute else {
                let names = Self.attributeNames.map(\.name).joined(separator: ", ")
                throw fail(entry, "unknown attribute \(QuotedText.quoted(name)) (use \(names))")
            }
            result.insert(attribute)
        }
        return result
    }
}
