/// Decodes HTML character references: named (`&amp;`, `&nbsp;`, `&rsquo;`…),
/// decimal (`&#8217;`) and hexadecimal (`&#x2019;`). References to the C1
/// range are read as Windows-1252, as browsers do; unknown names stay as written.
enum HTMLEntities {
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            guard c == "&" else { out.append(c); i += 1; continue }
            var j = i + 1
            var name = ""
            while j < scalars.count, j - i <= 32, scalars[j] != ";", scalars[j].properties.isAlphabetic || ("0"..."9").contains(scalars[j]) || scalars[j] == "#" {
                name.unicodeScalars.append(scalars[j])
                j += 1
            }
            let terminated = j < scalars.count && scalars[j] == ";"
            if let decoded = resolve(name, terminated: terminated) {
                out.append(contentsOf: decoded.unicodeScalars)
                i = terminated ? j + 1 : j
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    private static func resolve(_ name: String, terminated: Bool) -> String? {
        if name.hasPrefix("#") {
            var digits = name.dropFirst()
            var radix = 10
            if digits.first == "x" || digits.first == "X" { radix = 16; digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.count <= 8, let value = UInt32(digits, radix: radix) else { return nil }
            if value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return "\u{FFFD}" }
            if (0x80...0x9F).contains(value) {
                return TextDecoding.windows1252Scalar(UInt8(value)).map { String($0) } ?? ""
            }
            return Unicode.Scalar(value).map { String($0) }
        }
        // A few names are common enough without the semicolon (`&amp`, `&nbsp`).
        guard terminated || ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"].contains(name) else { return nil }
        return named[name]
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "–", "mdash": "—", "minus": "−", "hellip": "…", "bull": "•", "middot": "·",
        "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "prime": "′", "Prime": "″",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "sup1": "¹", "sup2": "²", "sup3": "³",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "curren": "¤", "sect": "§", "para": "¶",
        "dagger": "†", "Dagger": "‡", "permil": "‰", "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º",
        "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "thinsp": "\u{2009}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "hearts": "♥", "star": "☆",
        "acute": "´", "uml": "¨", "macr": "¯", "cedil": "¸", "not": "¬", "micro": "µ", "brvbar": "¦",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ",
        "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í",
        "Icirc": "Î", "Iuml": "Ï", "ETH": "Ð", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô",
        "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø", "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü",
        "Yacute": "Ý", "THORN": "Þ", "szlig": "ß", "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã",
        "auml": "ä", "aring": "å", "aelig": "æ", "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê",
        "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï", "eth": "ð", "ntilde": "ñ",
        "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø", "ugrave": "ù",
        "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "thorn": "þ", "yuml": "ÿ", "Yuml": "Ÿ",
        "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "Zcaron": "Ž", "zcaron": "ž", "fnof": "ƒ",
        "circ": "ˆ", "tilde": "˜", "Alpha": "Α", "alpha": "α", "Beta": "Β", "beta": "β", "Gamma": "Γ",
        "gamma": "γ", "Delta": "Δ", "delta": "δ", "pi": "π", "Omega": "Ω", "omega": "ω", "mu": "μ",
        "sigma": "σ", "Sigma": "Σ", "lambda": "λ", "theta": "θ", "infin": "∞", "asymp": "≈", "ne": "≠",
        "le": "≤", "ge": "≥", "check": "✓",
    ]
}
