import Foundation

/// IANA time zone names, as Foundation knows them.
enum KnownTimeZones {
    /// The names Foundation lists, looked up once, for suggestions.
    static let sorted: [String] = (TimeZone.knownTimeZoneIdentifiers + ["UTC"]).sorted()
    static let identifiers: Set<String> = Set(sorted)

    /// The zone of an IANA name (`Europe/Moscow`, `Asia/Kolkata`, `Etc/GMT-3`, `UTC`).
    /// Foundation's list misses some valid names and its initializer accepts
    /// non-IANA ones (`UTC+3`, `MSK`), so a name is taken when Foundation
    /// knows the zone and the name has the IANA form `Area/Location`. The form is looked at
    /// first: Foundation's list takes some 8 million instructions to make (3 ms, a third of
    /// checking the reference example), and a name of that form does not need it.
    static func zone(named name: String) -> TimeZone? {
        guard (name.contains("/") && !name.hasPrefix("/") && !name.hasSuffix("/")) || identifiers.contains(name)
        else { return nil }
        return TimeZone(identifier: name)
    }

    /// The name most likely meant: the same name in other letter case, a city
    /// (`Moscow` → `Europe/Moscow`), a Russian city that has no zone of its own
    /// (`Europe/Kazan` → `Europe/Moscow`), an abbreviation Foundation knows (`MSK`),
    /// or the closest spelling.
    static func suggestion(for text: String) -> String? {
        let lowered = text.lowercased().replacingOccurrences(of: " ", with: "_")
        if let same = sorted.first(where: { $0.lowercased() == lowered }) { return same }
        if let city = sorted.first(where: { $0.lowercased().hasSuffix("/" + lowered) }) { return city }
        let place = text.split(separator: "/").last.map(String.init) ?? text
        if !place.isEmpty, let subject = RussianRegions.subject(latin: place) { return subject.zone }
        if text.count <= 5, text == text.uppercased(), let zone = TimeZone(abbreviation: text),
           zone.identifier.contains("/") { return zone.identifier }
        return EditDistance.closest(to: text, among: sorted)
    }
}
