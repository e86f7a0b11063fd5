/// `template-placeholder`: a value still holding the text `init` wrote as a
/// placeholder («Название стратегической сессии», «Ведущий сессии»,
/// example.org). A warning, so a fresh template still passes `validate`
/// (it fails only with `--strict`); the JSON reader shows it every string
/// value, so each is found with its exact place, whatever key holds it.
enum TemplatePlaceholders {
    /// The placeholder texts of both templates (see `SessionTemplate`); the
    /// program's slot titles are not among them: they are real program items.
    /// An array, not a `Set`: hashing Cyrillic strings normalizes them, which cost every
    /// run some 70,000 instructions (callgrind, validate of the reference example).
    static let texts: [String] = [
        "Название стратегической сессии", "Title of the strategic session",
        "подзаголовок: в рамках какого события (можно удалить)", "subtitle: the event it is part of (may be deleted)",
        "Ведущий сессии", "Session Host", "Архитектор сессии", "Session Architect",
        "Приглашённый эксперт", "Invited Expert", "Лидер направления", "Direction Leader",
        "Модератор группы", "Group Moderator", "Сборщик группы", "Group Collector",
        "Первый участник", "First Member", "Второй участник", "Second Member", "Третий участник", "Third Member",
        "Четвёртый участник", "Fourth Member", "Пятый участник", "Fifth Member",
        "должность и организация ведущего", "the host's position and organization",
        "должность и организация эксперта", "the expert's position and organization",
        "должность и организация лидера", "the leader's position and organization",
        "Позиционное заявление лидера: что он предлагает сделать в направлении и кого готов собрать.",
        "The leader's statement: what they propose to do in this direction and whom they will bring together.",
        "Тема первого дня", "Theme of the first day", "Тема второго дня", "Theme of the second day",
        "Название направления", "Title of the direction",
        "Организация-организатор", "Organizing institution",
        "https://example.org/registration",
        // The in-person template's (`InPersonTemplate`).
        "название и адрес площадки", "name and address of the venue", "город, улица, дом, этаж", "city, street, building, floor",
        "Аудитория первого направления", "Room of the first direction", "Аудитория второго направления", "Room of the second direction",
        "Модератор пленарной дискуссии", "Plenary Moderator", "должность и организация модератора", "the moderator's position and organization",
        "ФИО координатора", "Coordinator Name", "ФИО администратора", "Administrator Name",
        "coordinator@example.org", "+7 000 000-00-00",
        "Лидер первого направления", "First Direction Leader", "Лидер второго направления", "Second Direction Leader",
        "Название направления 1", "Title of direction 1", "Название направления 2", "Title of direction 2",
        "Первый модератор", "First Moderator", "Второй модератор", "Second Moderator",
        "Первый сборщик", "First Collector", "Второй сборщик", "Second Collector",
        "Шестой участник", "Sixth Member", "Седьмой участник", "Seventh Member", "Восьмой участник", "Eighth Member",
        "Девятый участник", "Ninth Member", "Последний участник", "Tenth Member",
    ]

    /// Whether some placeholder has this many UTF-8 bytes, and the fingerprints of their
    /// bytes (each with its index in `texts`): most values are rejected by these alone. Only
    /// for text of ASCII and U+0400–U+047F, which is NFC as it stands: other text may equal a
    /// placeholder canonically with other bytes, and is compared as strings.
    private static let lengths: [Bool] = {
        var lengths = [Bool](repeating: false, count: (texts.map(\.utf8.count).max() ?? 0) + 1)
        for text in texts { lengths[text.utf8.count] = true }
        return lengths
    }()

    private static let fingerprints: IntegerTable = {
        var table = IntegerTable(capacity: texts.count)
        for (index, text) in texts.enumerated() { _ = table.insert(text.withUTF8Bytes(fingerprint), value: Int32(index)) }
        return table
    }()

    private static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    static func isPlaceholder(_ text: String) -> Bool {
        let plain: Bool? = text.withUTF8Bytes { bytes in
            guard isPlain(bytes) else { return nil }
            guard bytes.count < lengths.count, lengths[bytes.count],
                  let index = fingerprints.value(for: fingerprint(bytes)) else { return false }
            // The same fingerprint for other bytes (possible, never seen): any placeholder with these bytes.
            return texts[Int(index)].utf8.elementsEqual(bytes) || texts.contains { $0.utf8.elementsEqual(bytes) }
        }
        return plain ?? canonical.contains(text)
    }

    /// The placeholders as a set, for text of other scripts, compared canonically; built only when such
    /// text comes (hashing normalizes every placeholder once).
    private static let canonical = Set(texts)

    /// Whether every byte is ASCII, a continuation byte or the lead byte D0 or D1 (U+0400–U+047F):
    /// text that is NFC as it stands. The reader asks this of every string of the file, so eight
    /// bytes are looked at together: a byte of C0 and above has its two top bits set (`word &
    /// word << 1`, bit 6 moved onto bit 7 of the same byte), and D0 or D1 XOR D0 is zero but for
    /// the last bit, which a zero test per byte finds without a borrow into the next byte.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let leads = word & (word << 1) & 0x8080_8080_8080_8080
            if leads != 0 {
                let cyrillic = (word ^ 0xD0D0_D0D0_D0D0_D0D0) & 0xFEFE_FEFE_FEFE_FEFE
                let low = 0x7F7F_7F7F_7F7F_7F7F as UInt64
                let isZero = ~(((cyrillic & low) &+ low) | cyrillic | low)
                if leads & ~isZero != 0 { return false }
            }
            index += 8
        }
        while index < count {
            let byte = base[index]
            if byte >= 0xC0 && byte != 0xD0 && byte != 0xD1 { return false }
            index += 1
        }
        return true
    }

    /// The warning for a string value of the file when it is a placeholder. The loader asks for
    /// every value as the reader reads it, so each is found where it stands, whatever key holds it.
    static func finding(_ text: String, at location: SourceLocation) -> Diagnostic? {
        isPlaceholder(text) ? .warning(.templatePlaceholder, message(text), at: location) : nil
    }

    static func message(_ text: String) -> LocalizedText {
        let shown = JSONReaderMessage.shortened(text)
        return LocalizedText(
            en: "\"\(shown)\" is still the placeholder the template wrote; replace it with the real value (or delete an optional key)",
            ru: "\"\(shown)\" — это ещё заготовка из шаблона; замените её настоящим значением (необязательный ключ можно удалить)")
    }
}
