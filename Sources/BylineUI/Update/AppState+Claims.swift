import BylineCorpus

extension AppState {
    /// The open article's claims, all of them or those matching the panel's filter.
    public var openClaims: [Claim] {
        reader.analysis?.claims ?? []
    }

    /// Indices into `openClaims` of the claims the panel shows.
    public var visibleClaimIndices: [Int] {
        let all = openClaims
        guard !claims.query.isEmpty else { return Array(all.indices) }
        let needle = claims.query.lowercased()
        return all.indices.filter { index in
            let claim = all[index]
            return (claim.speaker ?? "").lowercased().contains(needle)
                || (claim.speakerCanonical ?? "").lowercased().contains(needle)
                || claim.cue.lowercased().contains(needle)
                || claim.content.lowercased().contains(needle)
        }
    }

    var claimsContentRect: Rect? { layout.claims.map(ScreenLayout.content(of:)) }

    mutating func moveClaimSelection(by delta: Int) {
        let count = visibleClaimIndices.count
        guard count > 0 else { return }
        claims.selected = min(max(0, claims.selected + delta), count - 1)
        scrollClaimsToSelection()
    }

    mutating func clampClaims() {
        let count = visibleClaimIndices.count
        claims.selected = min(claims.selected, max(0, count - 1))
        scrollClaimsToSelection()
    }

    /// Scrolls the panel so the whole selected claim shows.
    mutating func scrollClaimsToSelection() {
        guard let rect = claimsContentRect else { return }
        let all = openClaims
        let visible = visibleClaimIndices
        guard !visible.isEmpty else {
            claims.top = 0
            return
        }
        if claims.selected < claims.top { claims.top = claims.selected }
        // Move the top down until the selected claim fits.
        while claims.top < claims.selected {
            var rows = 0
            for position in claims.top...claims.selected {
                rows += ClaimRows.height(of: all[visible[position]], width: rect.width)
            }
            if rows <= rect.height { break }
            claims.top += 1
        }
    }

    /// Marks the selected claim and scrolls the reader to its sentence.
    mutating func jumpToSelectedClaim() -> [Effect] {
        let visible = visibleClaimIndices
        guard visible.indices.contains(claims.selected) else {
            notice = Notice(reader.article == nil ? "no article open" : "no claim selected")
            return []
        }
        let claimIndex = visible[claims.selected]
        let claim = openClaims[claimIndex]
        reader.markedClaim = claimIndex
        reader.focus = claim.span
        if layout.reader == nil { focus = .reader }
        layoutReader()
        revealInReader(claim.span.start)
        return []
    }
}
