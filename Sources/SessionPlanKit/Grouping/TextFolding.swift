import Foundation

/// How names and labels from a registration list are compared.
enum TextFolding {
    /// A person's name as the session format compares names (`PersonKey`):
    /// Unicode NFC, trimmed, every run of white space made one space.
    static func normalizedName(_ text: String) -> String {
        PersonKey(text).normalized
    }

    /// A name as a name is written, when a form was filled in capitals or without any:
    /// «ИВАНОВА МАРИЯ ПЕТРОВНА», «петров иван сергеевич», «ИВАНОВА Мария Петровна» →
    /// «Иванова Мария Петровна». A name without a capital has every word recased; otherwise only
    /// the words of two letters or more that are all capitals («ИВАНОВА», not the initial «М.»), so
    /// a name in mixed case («фон», «МакКей») keeps it. In a word, a letter after a non-letter
    /// («Салтыков-Щедрин», «М.П.») begins a part of its own.
    static func nameCase(_ name: String) -> String {
        let everyWord = !name.contains { $0.isUppercase }
        var result = ""
        result.reserveCapacity(name.utf8.count)
        for (index, word) in name.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { result.append(" ") }
            let letters = word.filter(\.isLetter)
            guard everyWord || (letters.count >= 2 && letters.allSatisfy { $0.isUppercase }) else {
                result += word
                continue
            }
            var afterLetter = false
            for character in word {
                if character.isLetter {
                    result += afterLetter ? character.lowercased() : character.uppercased()
                    afterLetter = true
                } else {
                    result.append(character)
                    afterLetter = false
                }
            }
        }
        return result
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
