/// Numbers of slots too short to hold their number: printed above the lane,
/// centred over the slot and underlined in its colour, instead of being cut
/// to «1» of «10» inside a segment a few pixels wide. The layout is decided
/// here, in percentages, for the narrowest phone, so it holds at any width.
extension HTMLTimeline {
    /// One number above the lane: which slot, its centre and its row (0 next to the lane).
    struct Callout: Equatable {
        var number: Int
        var entry: Int
        /// Hundredths of a percent of the span, like the segments.
        var center: Int
        var row: Int
    }

    /// The timeline's width on a 320 px phone, less the page's padding, in pixels.
    static let narrowestTimeline = 296

    /// Rows of numbers above a lane at most; a number that finds no room in
    /// them is left out (its slot keeps its tooltip, and the list below has it).
    static let calloutRowLimit = 4

    /// Hundredths of a percent of the timeline that `number` needs on the narrowest
    /// phone: about 7 px a digit at the timeline's font size, and 2 px each side.
    static func labelWidth(_ number: Int) -> Int {
        (String(number).count * 7 + 4) * 10_000 / narrowestTimeline
    }

    /// The callouts of `lane`: every segment narrower than its number, left to
    /// right, each in the first row where it does not touch the one before.
    /// Linear: at most ``calloutRowLimit`` rows are looked at per segment.
    func callouts(inLane lane: Int) -> [Callout] {
        var rowEnds: [Int] = []
        var result: [Callout] = []
        for segment in segments where segment.lane == lane {
            let width = Self.labelWidth(segment.number)
            guard segment.width < width else { continue }
            let center = min(max(segment.left + segment.width / 2, width / 2), 10_000 - width / 2)
            let left = center - width / 2
            let row: Int
            if let free = rowEnds.firstIndex(where: { $0 <= left }) {
                row = free
                rowEnds[free] = left + width
            } else if rowEnds.count < Self.calloutRowLimit {
                row = rowEnds.count
                rowEnds.append(left + width)
            } else {
                continue
            }
            result.append(Callout(number: segment.number, entry: segment.entry, center: center, row: row))
        }
        return result
    }

    /// The rows of `callouts` as HTML, the farthest row first.
    static func calloutRows(_ callouts: [Callout], entries: [ProgramEntry]) -> String {
        guard let rows = callouts.map(\.row).max() else { return "" }
        var out = ""
        for row in stride(from: rows, through: 0, by: -1) {
            out += "<div class=\"callouts\">"
            for callout in callouts where callout.row == row {
                out += "<span class=\"k-\(entries[callout.entry].slot.kind.rawValue)\" style=\"left:\(percent(callout.center))\">"
                    + "\(callout.number)</span>"
            }
            out += "</div>\n"
        }
        return out
    }
}
