/// The words of the number grammar, looked up by `NumberWordKey`.
///
/// Built once; immutable afterwards.
enum NumberLexicon {
    static let entries: [NumberWord] = table.entries
    /// Word key → index into `entries`.
    static let lookup = NumberWordTable(table.index)

    private static let table: Builder = {
        var b = Builder()
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                     "eighteen", "nineteen"]
        for (n, w) in units.enumerated() { b.edit(w) { $0.cardinal = Double(n) } }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (n, w) in tens.enumerated() { b.edit(w) { $0.cardinal = Double(20 + 10 * n); $0.isTens = true } }

        let multipliers: [(String, Double)] = [
            ("hundred", 100), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
            ("mln", 1e6), ("mn", 1e6), ("mio", 1e6), ("bln", 1e9), ("bn", 1e9), ("tn", 1e12), ("trn", 1e12),
            ("crore", 1e7), ("crores", 1e7), ("lakh", 1e5), ("lakhs", 1e5), ("dozen", 12),
        ]
        for (w, v) in multipliers { b.edit(w) { $0.multiplier = v } }
        for (w, v) in [("m", 1e6), ("k", 1e3), ("b", 1e9)] { b.edit(w) { $0.multiplier = v; $0.isShortScale = true } }
        let multitudes: [(String, Double)] = [
            ("hundreds", 100), ("thousands", 1e3), ("millions", 1e6), ("billions", 1e9), ("trillions", 1e12),
            ("dozens", 12), ("tens", 10),
        ]
        for (w, v) in multitudes { b.edit(w) { $0.multitude = v } }

        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                        "seventeenth", "eighteenth", "nineteenth", "twentieth"]
        for (n, w) in ordinals.enumerated() { b.edit(w) { $0.ordinal = Double(n + 1) } }
        let tensOrdinals = ["thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]
        for (n, w) in tensOrdinals.enumerated() { b.edit(w) { $0.ordinal = Double(30 + 10 * n) } }
        for (w, v) in [("hundredth", 100.0), ("thousandth", 1e3), ("millionth", 1e6)] { b.edit(w) { $0.ordinal = v } }
        let denominators: [(String, Double)] = [
            ("half", 2), ("halves", 2), ("third", 3), ("thirds", 3), ("quarter", 4), ("quarters", 4),
            ("fourth", 4), ("fourths", 4), ("fifth", 5), ("fifths", 5), ("sixth", 6), ("sixths", 6),
            ("seventh", 7), ("sevenths", 7), ("eighth", 8), ("eighths", 8), ("ninth", 9), ("ninths", 9),
            ("tenth", 10), ("tenths", 10), ("hundredth", 100), ("hundredths", 100),
        ]
        for (w, v) in denominators { b.edit(w) { $0.denominator = v } }

        let months = [["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
                      ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
                      ["october", "oct"], ["november", "nov"], ["december", "dec"]]
        for (n, names) in months.enumerated() { for w in names { b.edit(w) { $0.month = n + 1 } } }

        let durations = ["second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours",
                         "hr", "hrs", "day", "days", "night", "nights", "week", "weeks", "fortnight", "fortnights",
                         "month", "months", "year", "years", "yr", "yrs", "decade", "decades", "century",
                         "centuries", "millennium", "millennia", "milliseconds", "millisecond"]
        for w in durations { b.edit(w) { $0.isDuration = true } }
        let measures = ["mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers", "km", "kms",
                        "metre", "metres", "meter", "meters", "m", "centimetre", "centimetres", "centimeter",
                        "centimeters", "cm", "millimetre", "millimetres", "millimeter", "millimeters", "mm",
                        "foot", "feet", "ft", "inch", "inches", "yard", "yards", "yd", "yds", "kilogram",
                        "kilograms", "kilogramme", "kilogrammes", "kg", "kgs", "kilo", "kilos", "gram", "grams",
                        "gramme", "grammes", "milligram", "milligrams", "mg", "tonne", "tonnes", "ton", "tons",
                        "lb", "lbs", "ounce", "ounces", "oz", "stone", "litre", "litres", "liter", "liters",
                        "millilitre", "millilitres", "ml", "gallon", "gallons", "barrel", "barrels", "bpd",
                        "acre", "acres", "hectare", "hectares", "degree", "degrees", "mph", "kph", "kmh",
                        "knot", "knots", "calorie", "calories", "kilowatt", "kilowatts", "megawatt", "megawatts",
                        "gigawatt", "gigawatts", "watt", "watts", "kw", "mw", "gw", "kwh", "mwh", "gwh", "volt",
                        "volts", "gigabyte", "gigabytes", "megabyte", "megabytes", "terabyte", "terabytes",
                        "kilobyte", "kilobytes", "gb", "mb", "tb", "kb", "mbps", "kbps", "gbps", "ghz", "mhz",
                        "decibel", "decibels", "bushel", "bushels", "carat", "carats", "megapixel", "megapixels"]
        for w in measures { b.edit(w) { $0.isMeasure = true } }
        for w in ["square", "sq", "cubic"] { b.edit(w) { $0.roles.insert(.measurePrefix) } }

        let currencies: [(String, String, Double)] = [
            ("dollar", "USD", 1), ("dollars", "USD", 1), ("dlr", "USD", 1), ("dlrs", "USD", 1),
            ("euro", "EUR", 1), ("euros", "EUR", 1), ("pound", "GBP", 1), ("pounds", "GBP", 1),
            ("sterling", "GBP", 1), ("stg", "GBP", 1), ("yen", "JPY", 1), ("yuan", "CNY", 1),
            ("renminbi", "CNY", 1), ("rupee", "INR", 1), ("rupees", "INR", 1), ("rouble", "RUB", 1),
            ("roubles", "RUB", 1), ("ruble", "RUB", 1), ("rubles", "RUB", 1), ("franc", "CHF", 1),
            ("francs", "CHF", 1), ("peso", "MXN", 1), ("pesos", "MXN", 1), ("shekel", "ILS", 1),
            ("shekels", "ILS", 1), ("rand", "ZAR", 1), ("riyal", "SAR", 1), ("riyals", "SAR", 1),
            ("dirham", "AED", 1), ("dirhams", "AED", 1), ("naira", "NGN", 1), ("baht", "THB", 1),
            ("ringgit", "MYR", 1), ("lira", "TRY", 1), ("rs", "INR", 1), ("krona", "SEK", 1), ("kronor", "SEK", 1),
            ("cent", "USD", 0.01), ("cents", "USD", 0.01), ("pence", "GBP", 0.01), ("penny", "GBP", 0.01),
        ]
        for (w, code, factor) in currencies { b.edit(w) { $0.currency = NumberCurrencyCode(code); $0.currencyFactor = factor } }
        let adjectives: [(String, String)] = [
            ("us", "USD"), ("american", "USD"), ("australian", "AUD"), ("canadian", "CAD"),
            ("singapore", "SGD"), ("zealand", "NZD"), ("kong", "HKD"), ("taiwan", "TWD"), ("swiss", "CHF"),
            ("indian", "INR"), ("pakistani", "PKR"), ("japanese", "JPY"), ("chinese", "CNY"),
            ("mexican", "MXN"), ("russian", "RUB"), ("french", "FRF"),
        ]
        for (w, code) in adjectives { b.edit(w) { $0.currencyAdjective = NumberCurrencyCode(code) } }
        for code in ["usd", "eur", "gbp", "jpy", "chf", "aud", "cad", "inr", "cny", "hkd", "sgd", "nzd", "rmb"] {
            b.edit(code) { $0.isoCode = NumberCurrencyCode(code == "rmb" ? "CNY" : code.uppercased()) }
        }
        for (w, code) in [("us", "USD"), ("a", "AUD"), ("au", "AUD"), ("c", "CAD"), ("hk", "HKD"),
                          ("s", "SGD"), ("nz", "NZD"), ("nt", "TWD"), ("r", "BRL")] {
            b.edit(w) { $0.dollarPrefix = NumberCurrencyCode(code) }
        }

        let suffixes: [(String, NumberSuffix)] = [
            ("m", .scale(1e6)), ("mn", .scale(1e6)), ("mln", .scale(1e6)), ("bn", .scale(1e9)),
            ("bln", .scale(1e9)), ("b", .scale(1e9)), ("k", .scale(1e3)), ("tn", .scale(1e12)),
            ("trn", .scale(1e12)), ("pc", .percent), ("c", .cents), ("p", .pence), ("f", .temperature),
            ("am", .clock(pm: false)), ("pm", .clock(pm: true)), ("st", .ordinal), ("nd", .ordinal),
            ("rd", .ordinal), ("th", .ordinal), ("s", .decade), ("x", .relay),
        ]
        for (w, s) in suffixes { b.edit(w) { $0.suffix = s } }
        for w in ["cm", "mm", "km", "kg", "g", "mg", "lb", "lbs", "oz", "ft", "mph", "kph", "kmh", "kw", "mw",
                  "gw", "kwh", "mwh", "gwh", "gb", "mb", "tb", "kb", "ghz", "mhz", "ml", "mbps", "kbps", "bpd",
                  "kms", "yds", "kgs"] {
            b.edit(w) { $0.suffix = .measure }
        }

        let qualifiers = ["more", "over", "at", "greater", "in", "upwards", "no", "not", "above", "just", "well",
                          "exceeding", "almost", "nearly", "up", "less", "fewer", "under", "below", "as", "about",
                          "around", "some", "roughly", "approximately", "approx", "an", "estimated", "circa",
                          "close", "between", "barely", "only"]
        for w in qualifiers { b.edit(w) { $0.roles.insert(.qualifier) } }
        for w in ["in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "early",
                  "late", "mid", "through", "throughout", "between", "and", "to", "spring", "summer", "autumn",
                  "winter", "season", "year", "end", "start", "beginning", "circa"] {
            b.edit(w) { $0.roles.insert(.yearContext) }
        }
        for w in ["won", "win", "wins", "winning", "beat", "beats", "beaten", "beating", "lost", "lose", "loses",
                  "losing", "defeat", "defeated", "victory", "score", "scored", "scoreline", "draw", "drew",
                  "drawn", "lead", "led", "leading", "trail", "trailed", "trailing", "set", "sets", "match",
                  "game", "games", "final", "goal", "goals", "tie", "thrashed", "edged", "triumph", "seed"] {
            b.edit(w) { $0.roles.insert(.sports) }
        }
        for w in ["no", "the", "this", "that", "any", "every", "each", "which", "another", "only", "little",
                  "someone", "anyone", "everyone", "such"] {
            b.edit(w) { $0.roles.insert(.pronounBefore) }
        }
        for w in ["gmt", "bst", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "et", "pt",
                  "ist", "jst", "aest", "aedt"] {
            b.edit(w) { $0.roles.insert(.timeZone) }
        }
        for w in ["is", "was", "has", "as", "us", "its", "his", "hers", "this", "thus", "plus", "yes", "does",
                  "goes", "says", "perhaps", "always", "whereas", "unless", "besides", "towards", "afterwards",
                  "sometimes", "nevertheless", "ours", "theirs", "yours", "less", "across", "news", "various",
                  "previous", "famous", "numerous", "whilst", "amongst", "nowadays", "overseas", "alas",
                  "regardless", "seems", "remains", "means", "includes", "needs", "wants", "gets", "makes",
                  "takes", "comes", "gives", "shows", "runs", "looks", "becomes", "continues"] {
            b.edit(w) { $0.roles.insert(.notCountNoun) }
        }
        for w in ["people", "children", "men", "women", "police", "staff", "cattle", "personnel", "aircraft",
                  "sheep", "fish", "deer", "geese", "mice", "teeth", "feet", "crew", "livestock", "youngsters"] {
            b.edit(w) { $0.roles.insert(.countNoun) }
        }
        for w in ["several", "few", "many", "some"] { b.edit(w) { $0.roles.insert(.vague) } }
        for w in ["mid", "pre", "post", "early", "late", "end"] { b.edit(w) { $0.roles.insert(.yearPrefix) } }
        for w in ["am", "pm"] { b.edit(w) { $0.roles.insert(.meridiem) } }
        for w in ["hurdles", "freestyle", "relay", "butterfly", "backstroke", "breaststroke", "medley",
                  "sprint", "sprints", "runs", "races", "titles", "finals", "heats", "champion"] {
            b.edit(w) { $0.roles.insert(.notMillions) }
        }
        for w in ["with", "for", "on", "at", "all", "only", "just", "exactly", "to", "into", "than", "but", "or",
                  "nor", "yet", "so", "then", "now", "still", "even", "also", "both", "these", "those", "his",
                  "her", "their", "its", "our", "my", "your", "we", "they", "he", "she", "it", "i", "you", "last",
                  "next", "top", "latest", "further", "past", "recent", "down", "across", "per", "via", "plus",
                  "minus", "among", "within", "without", "towards", "toward", "like", "unlike", "despite", "when",
                  "while", "if", "whereas", "although", "though", "because", "since", "another", "additional",
                  "extra", "another", "nearly", "almost", "around", "roughly", "over", "under", "where", "what",
                  "why", "how", "who", "whom", "there", "here", "after", "before", "against", "versus", "vs"] {
            b.edit(w) { $0.roles.insert(.function) }
        }
        b.edit("number") { _ in }
        for w in ["aged", "age", "ages"] { b.edit(w) { $0.roles.insert(.age) } }
        return b
    }()

    /// Collects entries while the table is built.
    private struct Builder {
        var entries: [NumberWord] = []
        var index: [NumberWordKey: Int32] = [:]

        /// Applies `change` to the entry of `word`, creating it if needed.
        mutating func edit(_ word: String, _ change: (inout NumberWord) -> Void) {
            let key = NumberWordKey(word)
            precondition(key != .none, "lexicon words are ASCII letters, at most 16")
            if let at = index[key] {
                change(&entries[Int(at)])
            } else {
                var entry = NumberWord()
                change(&entry)
                index[key] = Int32(entries.count)
                entries.append(entry)
            }
        }
    }
}
