/// The languages the interface (help, messages) speaks, and the languages a
/// session's printed program can be in.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case ru
    case en
}

/// A message in both interface languages. Diagnostics are made without
/// knowing who will read them; the printer picks the language.
struct LocalizedText: Sendable, Hashable, CustomStringConvertible {
    let en: String
    let ru: String

    init(en: String, ru: String) {
        self.en = en
        self.ru = ru
    }

    /// The same text in both languages (names, numbers, code).
    init(verbatim text: String) {
        self.en = text
        self.ru = text
    }

    func text(in language: Language) -> String {
        switch language {
        case .en: en
        case .ru: ru
        }
    }

    var description: String { en }
}
