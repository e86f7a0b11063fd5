import Foundation

/// A day drawn to scale: each slot a segment whose left edge and width are
/// percentages of the day's span (first start to last end), coloured by kind.
/// Slots that overlap go to separate lanes, so none hides another; hour ticks
/// underneath. A day with parallel slots in different places has one lane
/// per place instead, named by the place at its left (slots without a place in the first).
/// Pure HTML and CSS, no script: positions are inline styles.
struct HTMLTimeline {
    /// One segment: which slot (its number in the day's list), where and how wide.
    struct Segment: Equatable {
        var number: Int
        var lane: Int
        /// Hundredths of a percent of the span, so the output is exact and deterministic.
        var left: Int
        var width: Int
        var entry: Int
    }

    let entries: [ProgramEntry]
    /// Minutes from the first start to the last end.
    let span: Int
    let segments: [Segment]
    let laneCount: Int
    /// The place each lane stands for, when the lanes are places.
    let laneNames: [String]

    init(entries: [ProgramEntry], places: PlaceIndex? = nil) {
        self.entries = entries
        let first = entries.map(\.start).min() ?? Date(timeIntervalSince1970: 0)
        let last = entries.map(\.end).max() ?? first
        func minutes(_ date: Date) -> Int { Int((date.timeIntervalSince(first) / 60).rounded()) }
        let span = max(1, minutes(last))
        self.span = span
        var laneEnds: [Int] = []
        var segments: [Segment] = []
        for (index, entry) in entries.enumerated() {
            let start = minutes(entry.start), end = max(start, minutes(entry.end))
            let lane = laneEnds.firstIndex { $0 <= start } ?? laneEnds.count
            if lane == laneEnds.count { laneEnds.append(end) } else { laneEnds[lane] = end }
            segments.append(Segment(number: index + 1, lane: lane, left: start * 10_000 / span,
                                    width: (end - start) * 10_000 / span, entry: index))
        }
        // Parallel slots: a lane per place, in the order the places first appear.
        if let places, laneEnds.count > 1, entries.contains(where: { places.place(of: $0.slot) != nil }) {
            var lanes: [String: Int] = [:]
            var names: [String] = []
            if entries.contains(where: { places.place(of: $0.slot) == nil }) {
                lanes[""] = 0
                names.append("")
            }
            for (index, entry) in entries.enumerated() {
                let place = places.place(of: entry.slot)
                let key = place?.id ?? ""
                if lanes[key] == nil {
                    lanes[key] = names.count
                    names.append(place?.name ?? "")
                }
                segments[index].lane = lanes[key] ?? 0
            }
            self.segments = segments
            laneCount = names.count
            laneNames = names
            return
        }
        self.segments = segments
        laneCount = max(1, laneEnds.count)
        laneNames = []
    }

    /// Full hours within the span on the first zone's clock: (position in hundredths of a percent, `10:00`).
    var ticks: [(position: Int, label: String)] {
        guard let first = entries.first?.times.first else { return [] }
        let startMinute = first.start.minutes
        var result: [(Int, String)] = []
        var minute = (startMinute + 59) / 60 * 60
        while minute - startMinute <= span {
            let offset = minute - startMinute
            result.append((offset * 10_000 / span, twoDigits(minute / 60 % 24) + ":00"))
            minute += 60
        }
        return result
    }

    /// `12.34%` from hundredths of a percent.
    static func percent(_ value: Int) -> String {
        "\(value / 100).\(twoDigits(value % 100))%"
    }

    /// The HTML of the timeline; `label` describes it for screen readers.
    func html(label: String, language: Language) -> String {
        // Lanes that are places carry the place's name at their left (`.lane-place`), beside the track.
        let kind = laneNames.isEmpty ? "timeline" : "timeline places"
        var out = "<div class=\"\(kind)\" role=\"img\" aria-label=\"\(HTMLEscaping.escapeAttribute(label))\">\n"
        for lane in 0..<laneCount {
            let name = lane < laneNames.count ? laneNames[lane] : ""
            let callouts = callouts(inLane: lane)
            out += HTMLTimeline.calloutRows(callouts, entries: entries)
            out += name.isEmpty ? "<div class=\"lane\">"
                : "<div class=\"lane\" title=\"\(HTMLEscaping.escapeAttribute(name))\"><span class=\"lane-place\">\(HTMLEscaping.escapeText(name))</span>"
            for segment in segments where segment.lane == lane {
                let entry = entries[segment.entry]
                let time = "\(entry.times[0].start)–\(entry.times[0].end)"
                let label = segment.width < Self.labelWidth(segment.number) ? "" : "\(segment.number)"
                out += "<span class=\"seg k-\(entry.slot.kind.rawValue)\" style=\"left:\(Self.percent(segment.left));"
                    + "width:\(Self.percent(segment.width))\" title=\""
                    + HTMLEscaping.escapeAttribute(time + " " + entry.slot.title) + "\">\(label)</span>"
            }
            out += "</div>\n"
        }
        out += "<div class=\"ticks\" aria-hidden=\"true\">"
        for tick in ticks {
            // The first and last labels are kept inside the bar rather than centred on their hour.
            let edge = tick.position < 500 ? " class=\"start\"" : tick.position > 9_500 ? " class=\"end\"" : ""
            out += "<span\(edge) style=\"left:\(Self.percent(tick.position))\">\(tick.label)</span>"
        }
        out += "</div>\n</div>\n"
        // The legend: the kinds this day has, in the order they first appear.
        var kinds: [SlotKind] = []
        for entry in entries where !kinds.contains(entry.slot.kind) { kinds.append(entry.slot.kind) }
        out += "<ul class=\"legend\">"
        for kind in kinds {
            out += "<li><span class=\"swatch k-\(kind.rawValue)\"></span>"
                + HTMLEscaping.escapeText(ProgramWords.kind(kind, in: language)) + "</li>"
        }
        out += "</ul>\n"
        return out
    }
}
