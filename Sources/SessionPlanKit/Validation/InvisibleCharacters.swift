import Foundation

/// `invisible-characters`: a name holding characters that do not print
/// (zero-width space, soft hyphen, word joiner, non-breaking space…), which
/// arrive with copy-paste from web pages and Word. The name is the same
/// person as the name without them for every rule (`PersonKey`).
struct InvisibleCharacters: RuleFamily {
    init() {}

    func check(_ session: Session, into findings: inout [Diagnostic]) {
        session.forEachPersonReference { reference in
            // As written is as normalized, and the key's scan changed nothing: nothing to report.
            if reference.written == nil && reference.key.identityIsNormalized { return }
            let written = reference.asWritten
            guard NameSpelling.mayNeedScan(written) else { return }
            let invisible = NameSpelling.scan(written).invisible
            guard let first = invisible.first else { return }
            findings.append(.warning(.invisibleCharacters, Self.message(reference, invisible),
                                     at: reference.location(ofScalar: first.offset)))
        }
    }

    static func message(_ reference: PersonReference, _ invisible: [NameSpelling.Invisible]) -> LocalizedText {
        let scalars = Array(reference.asWritten.unicodeScalars)
        func place(_ character: NameSpelling.Invisible) -> LocalizedText {
            let before = String(String.UnicodeScalarView(scalars[..<character.offset].filter { !NameSpelling.isInvisible($0) }))
                .trimmingCharacters(in: .whitespaces)
            if before.isEmpty { return LocalizedText(en: "at the start", ru: "в начале") }
            let last = before.split(separator: " ").last.map(String.init) ?? before
            return LocalizedText(en: "after «\(last)»", ru: "после «\(last)»")
        }
        let parts = invisible.prefix(3).map { character -> LocalizedText in
            let name = Self.name(of: character.scalar), where_ = place(character)
            return LocalizedText(en: "\(name.en) \(where_.en)", ru: "\(name.ru) \(where_.ru)")
        }
        let more = invisible.count > 3 ? LocalizedText(en: " and \(invisible.count - 3) more", ru: " и ещё \(invisible.count - 3)") : LocalizedText(en: "", ru: "")
        let count = Plural.count(invisible.count, en: ("character that does not print", "characters that do not print"),
                                 ru: ("невидимый символ", "невидимых символа", "невидимых символов"))
        let name = reference.key.identity
        return LocalizedText(
            en: "the name «\(name)» holds \(count.en): \(parts.map(\.en).joined(separator: ", "))\(more.en); delete \(invisible.count == 1 ? "it" : "them") (such characters come with copying from web pages and Word); the name is taken as the same person without \(invisible.count == 1 ? "it" : "them")",
            ru: "в имени «\(name)» \(count.ru): \(parts.map(\.ru).joined(separator: ", "))\(more.ru); удалите \(invisible.count == 1 ? "его" : "их") (такие символы приходят при копировании с сайтов и из Word); имя считается тем же человеком, что и без \(invisible.count == 1 ? "него" : "них")")
    }

    /// What the character is, as an organizer would call it, with its code.
    static func name(of scalar: Unicode.Scalar) -> LocalizedText {
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        switch scalar.value {
        case 0x200B: return LocalizedText(en: "a zero-width space (\(code))", ru: "пробел нулевой ширины (\(code))")
        case 0x00AD: return LocalizedText(en: "a soft hyphen (\(code))", ru: "мягкий перенос (\(code))")
        case 0x2060: return LocalizedText(en: "a word joiner (\(code))", ru: "невидимый соединитель слов (\(code))")
        case 0x00A0, 0x202F, 0x2007: return LocalizedText(en: "a non-breaking space (\(code))", ru: "неразрывный пробел (\(code))")
        case 0xFEFF: return LocalizedText(en: "a byte order mark (\(code))", ru: "метка порядка байтов (\(code))")
        case 0x200C, 0x200D: return LocalizedText(en: "a zero-width joiner (\(code))", ru: "невидимый соединитель (\(code))")
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return LocalizedText(en: "a text direction mark (\(code))", ru: "знак направления текста (\(code))")
        default: return LocalizedText(en: "an invisible character \(code)", ru: "невидимый символ \(code)")
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
