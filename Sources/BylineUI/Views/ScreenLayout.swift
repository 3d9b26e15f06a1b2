/// Where each part of the main screen goes for a terminal size: three panes
/// side by side from 140 columns, list and reader (claims below the reader
/// on `c`) from 80, one pane at a time below that, and nothing but a
/// "too small" line under 40×10.
public struct ScreenLayout: Sendable, Hashable {
    public enum Mode: Sendable, Hashable {
        case wide, medium, narrow, tooSmall
    }

    public static let minimumSize = Size(width: 40, height: 10)
    public static let wideWidth = 140
    public static let mediumWidth = 80

    public var mode: Mode
    public var list: Rect?
    public var reader: Rect?
    public var claims: Rect?
    /// The status bar (counts, filter, sort, progress).
    public var status: Rect
    /// The bottom line: prompt, notice or key hints.
    public var message: Rect

    public init(size: Size, focus: Pane, showsClaims: Bool) {
        status = Rect(x: 0, y: size.height - 2, width: size.width, height: 1)
        message = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            mode = .tooSmall
            return
        }
        let height = size.height - 2
        if size.width >= Self.wideWidth {
            mode = .wide
            let listWidth = max(34, size.width * 30 / 100)
            let claimsWidth = max(36, size.width * 26 / 100)
            list = Rect(x: 0, y: 0, width: listWidth, height: height)
            reader = Rect(x: listWidth, y: 0, width: size.width - listWidth - claimsWidth, height: height)
            claims = Rect(x: size.width - claimsWidth, y: 0, width: claimsWidth, height: height)
        } else if size.width >= Self.mediumWidth {
            mode = .medium
            let listWidth = max(30, size.width * 36 / 100)
            list = Rect(x: 0, y: 0, width: listWidth, height: height)
            let readerArea = Rect(x: listWidth, y: 0, width: size.width - listWidth, height: height)
            if showsClaims || focus == .claims {
                let claimsHeight = max(5, height * 40 / 100)
                reader = Rect(x: readerArea.x, y: 0, width: readerArea.width, height: height - claimsHeight)
                claims = Rect(x: readerArea.x, y: height - claimsHeight, width: readerArea.width, height: claimsHeight)
            } else {
                reader = readerArea
            }
        } else {
            mode = .narrow
            let whole = Rect(x: 0, y: 0, width: size.width, height: height)
            switch focus {
            case .list: list = whole
            case .reader: reader = whole
            case .claims: claims = whole
            }
        }
    }

    /// The rectangle of a pane, nil when it is not on screen.
    public func rect(of pane: Pane) -> Rect? {
        switch pane {
        case .list: return list
        case .reader: return reader
        case .claims: return claims
        }
    }

    /// The panes on screen, in Tab order.
    public var visiblePanes: [Pane] { Pane.allCases.filter { rect(of: $0) != nil } }

    /// The pane under a screen cell.
    public func pane(atX x: Int, y: Int) -> Pane? {
        Pane.allCases.first { rect(of: $0)?.contains(x: x, y: y) == true }
    }

    /// The inside of a pane's border.
    public static func content(of rect: Rect) -> Rect { rect.inset(by: 1) }
}

extension AppState {
    /// The layout for the current size, focus and claims toggle.
    public var layout: ScreenLayout { ScreenLayout(size: size, focus: focus, showsClaims: showsClaims) }
}
