/// How many findings are printed: a file with 40,000 unknown keys needs the
/// first few to be understood, not 40,000 screens. Counts (the summary line,
/// the exit status, JSON's `errors` and `warnings`) always include every finding.
enum DiagnosticLimits {
    /// Findings printed per code and file; the rest are counted in one line.
    static let findingsPerCode = 20
    /// Notes printed under one finding (a group of look-alike spellings can have thousands of places).
    static let notesPerFinding = 20

    /// The findings to print, in their order, and per code (in order of first
    /// appearance) how many were left out.
    static func select(_ diagnostics: [Diagnostic]) -> (shown: [Diagnostic], omitted: [(code: DiagnosticCode, count: Int)]) {
        var printed: [DiagnosticCode: Int] = [:]
        var omittedOrder: [DiagnosticCode] = []
        var omitted: [DiagnosticCode: Int] = [:]
        var shown: [Diagnostic] = []
        for diagnostic in diagnostics {
            let count = printed[diagnostic.code, default: 0]
            if count < findingsPerCode {
                printed[diagnostic.code] = count + 1
                shown.append(diagnostic)
            } else {
                if omitted[diagnostic.code] == nil { omittedOrder.append(diagnostic.code) }
                omitted[diagnostic.code, default: 0] += 1
            }
        }
        return (shown, omittedOrder.map { ($0, omitted[$0] ?? 0) })
    }

    /// «… и ещё 3 998 таких же» / "… and 3,998 more like these".
    static func moreLikeThese(_ count: Int) -> LocalizedText {
        LocalizedText(en: "… and \(grouped(count, separator: ",")) more like these",
                      ru: "… и ещё \(grouped(count, separator: "\u{00A0}")) таких же")
    }

    /// «… и ещё 5 мест» / "… and 5 more places", under a finding whose notes were cut.
    static func morePlaces(_ count: Int) -> LocalizedText {
        LocalizedText(en: "… and \(grouped(count, separator: ",")) more \(Plural.english(count, one: "place", other: "places"))",
                      ru: "… и ещё \(grouped(count, separator: "\u{00A0}")) \(Plural.russian(count, one: "место", few: "места", many: "мест"))")
    }

    /// Digits in groups of three from the right: 3998 → «3 998» (Russian, with a no-break space) or "3,998".
    /// Four-digit numbers are grouped too, as the issue's example shows.
    static func grouped(_ count: Int, separator: String) -> String {
        let digits = Array(String(count.magnitude))
        var out = count < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return out
    }
}
