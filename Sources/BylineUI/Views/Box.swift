/// Pane borders: a box with a title in its top edge.
enum Box {
    static func draw(_ rect: Rect, title: String, focused: Bool, into screen: inout Screen) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let role: StyleRole = focused ? .borderFocused : .border
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        screen.put("┌", x: rect.x, y: rect.y, role: role)
        screen.put("┐", x: right, y: rect.y, role: role)
        screen.put("└", x: rect.x, y: bottom, role: role)
        screen.put("┘", x: right, y: bottom, role: role)
        for x in (rect.x + 1)..<right {
            screen.put("─", x: x, y: rect.y, role: role)
            screen.put("─", x: x, y: bottom, role: role)
        }
        for y in (rect.y + 1)..<bottom {
            screen.put("│", x: rect.x, y: y, role: role)
            screen.put("│", x: right, y: y, role: role)
        }
        guard rect.width > 6 else { return }
        let text = " " + TextWrapper.truncate(title, width: rect.width - 6) + " "
        screen.write(text, x: rect.x + 2, y: rect.y, role: focused ? .paneTitleFocused : .paneTitle, limit: right - 1)
    }
}
