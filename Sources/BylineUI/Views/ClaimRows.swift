import BylineCorpus

/// How one claim shows in the claims panel: "speaker · cue" on a line
/// (figure claims marked ◆), then the content wrapped to at most four lines,
/// then a blank line.
enum ClaimRows {
    static let maximumContentLines = 4

    struct Segment {
        var text: String
        var role: StyleRole
    }

    /// The claim's lines, each a list of styled segments.
    static func lines(of claim: Claim, width: Int) -> [[Segment]] {
        var head: [Segment] = []
        if claim.kind == .figure { head.append(Segment(text: "◆ ", role: .claimFigure)) }
        if let speaker = claim.speaker {
            head.append(Segment(text: speaker, role: .claimSpeaker))
            if !claim.cue.isEmpty {
                head.append(Segment(text: " · ", role: .dim))
                head.append(Segment(text: claim.cue, role: .claimCue))
            }
        } else {
            head.append(Segment(text: claim.kind == .figure ? "figure, unattributed" : "unattributed", role: .claimFigure))
            if !claim.cue.isEmpty {
                head.append(Segment(text: " · ", role: .dim))
                head.append(Segment(text: claim.cue, role: .claimCue))
            }
        }
        var lines = [fit(head, width: width)]
        let content = claim.quote ? "“\(claim.content)”" : claim.content
        var wrapped = TextWrapper.wrap(content, width: max(1, width - 3))
        if wrapped.count > maximumContentLines {
            wrapped = Array(wrapped.prefix(maximumContentLines))
            wrapped[maximumContentLines - 1] = TextWrapper.truncate(wrapped[maximumContentLines - 1] + " …", width: max(1, width - 3))
        }
        lines += wrapped.map { [Segment(text: "  " + $0, role: .claimContent)] }
        return lines
    }

    /// The head line cut to `width` columns: the speaker gives way first,
    /// keeping the cue, and "…" marks the cut.
    static func fit(_ segments: [Segment], width: Int) -> [Segment] {
        let total = segments.reduce(0) { $0 + DisplayWidth.columns(of: $1.text) }
        guard total > width else { return segments }
        var fitted = segments
        let excess = total - width
        if let speaker = fitted.firstIndex(where: { $0.role == .claimSpeaker }) {
            let speakerWidth = DisplayWidth.columns(of: fitted[speaker].text)
            if speakerWidth - excess >= 6 {
                fitted[speaker].text = TextWrapper.truncate(fitted[speaker].text, width: speakerWidth - excess)
                return fitted
            }
        }
        // Still too wide: cut the line as a whole.
        var remaining = width
        return fitted.compactMap { segment in
            guard remaining > 0 else { return nil }
            let cut = TextWrapper.truncate(segment.text, width: remaining)
            remaining -= DisplayWidth.columns(of: cut)
            return Segment(text: cut, role: segment.role)
        }
    }

    /// Rows the claim takes, its blank separator included.
    static func height(of claim: Claim, width: Int) -> Int {
        lines(of: claim, width: width).count + 1
    }
}
