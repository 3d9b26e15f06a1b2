/// The built-in theme: the 8 basic colours and attributes, the same at every
/// depth that has colour. Used when no theme file can be read at all.
extension Theme {
    /// The last-resort theme, named "plain". It sets every role and mark.
    public static let plain: Theme = {
        var roles: [StyleRole: RoleStyle] = [:]
        for (role, look) in plainRoles {
            let style = Style(foreground: look.fg.map { .indexed($0) } ?? .terminalDefault,
                              background: look.bg.map { .indexed($0) } ?? .terminalDefault,
                              attributes: look.attrs)
            roles[role] = RoleStyle(extended: style, basic: style, monochrome: look.mono)
        }
        var marks: [Mark: MarkStyle] = [:]
        for (mark, look) in plainMarks {
            let overlay = Overlay(foreground: look.fg.map { .indexed($0) },
                                  background: look.bg.map { .indexed($0) },
                                  attributes: look.attrs)
            marks[mark] = MarkStyle(extended: overlay, basic: overlay, monochrome: look.mono)
        }
        return Theme(name: "plain", roles: roles, marks: marks)
    }()

    /// Foreground, background (basic colour numbers; nil is the terminal's),
    /// attributes, and attributes without colour.
    private typealias PlainLook = (fg: UInt8?, bg: UInt8?, attrs: TextAttributes, mono: TextAttributes)

    private static let plainRoles: [StyleRole: PlainLook] = [
        .text: (nil, nil, [], []),
        .dim: (nil, nil, [.dim], [.dim]),
        .border: (nil, nil, [.dim], [.dim]),
        .borderFocused: (6, nil, [.bold], [.bold]),
        .paneTitle: (nil, nil, [], []),
        .paneTitleFocused: (6, nil, [.bold], [.bold, .underline]),
        .statusBar: (0, 7, [], [.reverse]),
        .statusAccent: (4, 7, [.bold], [.reverse, .bold]),
        .prompt: (nil, nil, [.bold], [.bold]),
        .notice: (2, nil, [], [.bold]),
        .error: (1, nil, [.bold], [.bold, .underline]),
        .progress: (6, nil, [], []),
        .legend: (nil, nil, [], []),
        .help: (nil, nil, [], []),
        .helpKey: (3, nil, [.bold], [.bold]),
        .listTitle: (nil, nil, [], []),
        .listTitleUnread: (nil, nil, [.bold], [.bold]),
        .listMeta: (6, nil, [], [.dim]),
        .bookmark: (3, nil, [.bold], [.bold]),
        .unreadMark: (4, nil, [.bold], [.bold]),
        .headline: (nil, nil, [.bold], [.bold]),
        .headerMeta: (6, nil, [], [.dim]),
        .person: (6, nil, [.bold], [.bold]),
        .organisation: (3, nil, [.bold], [.bold, .underline]),
        .place: (2, nil, [], [.underline]),
        .group: (5, nil, [], [.italic]),
        .count: (1, nil, [], [.underline]),
        .money: (1, nil, [.bold], [.underline, .bold]),
        .percent: (1, nil, [], [.underline]),
        .date: (1, nil, [], [.underline, .italic]),
        .measure: (1, nil, [], [.underline]),
        .ordinal: (1, nil, [], [.underline]),
        .claimSpeaker: (2, nil, [.bold], [.bold]),
        .claimCue: (2, nil, [.underline], [.underline]),
        .claimContent: (2, nil, [], [.italic]),
        .claimFigure: (1, nil, [.bold], [.bold, .underline]),
    ]

    private static let plainMarks: [Mark: PlainLook] = [
        .claim: (nil, nil, [.underline], [.underline]),
        .inactiveSelection: (nil, nil, [.underline], [.underline]),
        .selection: (nil, nil, [.reverse, .bold], [.reverse, .bold]),
        .match: (0, 3, [.underline], [.reverse]),
        .currentMatch: (0, 6, [.bold, .underline], [.reverse, .bold, .underline, .italic]),
    ]
}
