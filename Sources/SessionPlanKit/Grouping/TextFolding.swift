import Foundation

/// How names and labels from a registration list are compared.
enum TextFolding {
    /// A person's name as the session format compares names (`PersonKey`):
    /// Unicode NFC, trimmed, every run of white space made one space.
    static func normalizedName(_ text: String) -> String {
        PersonKey(text).normalized
    }

    /// Trimmed, with every run of white space made one ordinary space.
    static func collapseWhitespace(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// Quotation marks that spreadsheets and people use interchangeably.
    static let quotes: Set<Character> = ["«", "»", "\"", "“", "”", "„", "‟"]

    /// A label folded for loose comparison: lowercased, `ё` read as `е`,
    /// quotation marks dropped, white space collapsed (`«Точки кипения»` and
    /// `"точки  кипения"` fold alike).
    static func fold(_ text: String) -> String {
        var unquoted = ""
        for character in text.precomposedStringWithCanonicalMapping.lowercased() {
            if quotes.contains(character) { continue }
            unquoted.append(character == "ё" ? "е" : character)
        }
        return collapseWhitespace(unquoted)
    }

    /// A column header folded: like `fold`, with all white space removed and a
    /// trailing `:` or `*` (marks of required form fields) dropped.
    static func foldHeader(_ text: String) -> String {
        var folded = fold(text).filter { !$0.isWhitespace }
        while let last = folded.last, last == ":" || last == "*" {
            folded.removeLast()
        }
        return folded
    }
}
