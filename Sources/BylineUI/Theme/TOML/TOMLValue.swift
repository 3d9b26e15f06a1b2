/// A value in a TOML document: the kinds Byline's files use (strings,
/// integers, booleans and arrays of them). Floats, dates and inline tables
/// are rejected by the parser with a clear message.
public enum TOMLValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case array([TOMLValue])

    /// The kind of value with its article, as error messages name it:
    /// "a string", "an integer", "a boolean", "an array".
    public var kindDescription: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .boolean: return "a boolean"
        case .array: return "an array"
        }
    }
}
