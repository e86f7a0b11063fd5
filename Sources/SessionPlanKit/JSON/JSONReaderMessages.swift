/// The wording of every diagnostic the JSON reader makes, in one place, so the
/// English and the Russian can be read side by side. Russian is written for
/// organizers, not programmers: a JSON string is «текст в кавычках», a place
/// is «строка 3, позиция 5».
enum JSONReaderMessage {
    /// What stood where something else was expected: "found 'x'" / "а найдено «x»".
    typealias Found = LocalizedText

    /// The things the reader can be inside of when the file ends.
    enum Container {
        case array
        case object
        case string
    }

    // MARK: Places

    /// "3:5" / "строке 3, позиции 5" (the Russian in the prepositional case, after «в»).
    static func place(_ location: SourceLocation) -> LocalizedText {
        LocalizedText(en: "\(location.line):\(location.column)", ru: "строке \(location.line), позиции \(location.column)")
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 0x0F)])"
    }

    static func codePoint(_ value: UInt32) -> String {
        var digits = String(value, radix: 16, uppercase: true)
        while digits.count < 4 { digits = "0" + digits }
        return "U+\(digits)"
    }

    // MARK: The file as a whole

    static let emptyFile = LocalizedText(
        en: "the file is empty: it contains no JSON value",
        ru: "файл пуст: в нём нет данных JSON"
    )

    static let saveAsUTF8 = LocalizedText(
        en: "(in Notepad: File → Save As → Encoding: UTF-8)",
        ru: "(в Блокноте: «Файл» → «Сохранить как» → «Кодировка: UTF-8»)"
    )

    static func unicodeByteOrderMark(_ encoding: String) -> LocalizedText {
        LocalizedText(
            en: "the file is \(encoding) (it starts with a \(encoding) byte order mark); save it as UTF-8 \(saveAsUTF8.en)",
            ru: "файл в кодировке \(encoding) (он начинается с метки порядка байтов \(encoding)); сохраните его в UTF-8 \(saveAsUTF8.ru)"
        )
    }

    static func invalidUTF8(byte: UInt8, offset: Int) -> LocalizedText {
        LocalizedText(
            en: "the file is not valid UTF-8: byte \(hex(byte)) at offset \(offset) is not part of a UTF-8 character; save the file as UTF-8 \(saveAsUTF8.en)",
            ru: "файл не в кодировке UTF-8: байт \(hex(byte)) (смещение \(offset) от начала файла) не может стоять на этом месте; сохраните файл в UTF-8 \(saveAsUTF8.ru)"
        )
    }

    static func windows1251(byte: UInt8, offset: Int) -> LocalizedText {
        LocalizedText(
            en: "the file looks like Windows-1251 (Cyrillic); save it as UTF-8 \(saveAsUTF8.en); the first byte that is not UTF-8 is \(hex(byte)) at offset \(offset)",
            ru: "файл, похоже, в кодировке Windows-1251; сохраните его в UTF-8 \(saveAsUTF8.ru); первый байт не в UTF-8 — \(hex(byte)), смещение \(offset) от начала файла"
        )
    }

    static func nulByte(looksLikeUTF16: Bool) -> LocalizedText {
        if looksLikeUTF16 {
            return LocalizedText(
                en: "the file contains NUL bytes (0x00), which are not allowed in JSON; it looks like UTF-16 text: save it as UTF-8 \(saveAsUTF8.en)",
                ru: "в файле есть нулевые байты (0x00), в JSON они недопустимы; похоже, файл в кодировке UTF-16: сохраните его в UTF-8 \(saveAsUTF8.ru)"
            )
        }
        return LocalizedText(
            en: "the file contains a NUL byte (0x00), which is not allowed in JSON",
            ru: "в файле есть нулевой байт (0x00), в JSON он недопустим"
        )
    }

    static func tooDeep(_ limit: Int) -> LocalizedText {
        LocalizedText(
            en: "arrays and objects are nested too deeply here: more than \(limit) levels",
            ru: "здесь слишком глубокая вложенность массивов и объектов: больше \(limit) уровней"
        )
    }

    // MARK: Unexpected input

    static let expectedValue = LocalizedText(en: "expected a value", ru: "ожидается значение")
    static let expectedEnd = LocalizedText(
        en: "expected the end of the file after the value",
        ru: "после значения ожидается конец файла"
    )
    static let expectedAfterElement = LocalizedText(
        en: "expected ',' or ']' after an array element",
        ru: "после элемента массива ожидается «,» или «]»"
    )
    static let expectedAfterMember = LocalizedText(
        en: "expected ',' or '}' after an object member",
        ru: "после элемента объекта ожидается «,» или «}»"
    )
    static let expectedKey = LocalizedText(
        en: "expected a key in double quotes",
        ru: "ожидается ключ в двойных кавычках"
    )

    static func expectedColon(after key: String) -> LocalizedText {
        let shown = shortened(key)
        return LocalizedText(
            en: "expected ':' after the key \"\(shown)\"",
            ru: "после ключа «\(shown)» ожидается «:»"
        )
    }

    static let expectedDigitAfterMinus = LocalizedText(
        en: "expected a digit after '-'",
        ru: "после «-» ожидается цифра"
    )
    static let expectedFractionDigit = LocalizedText(
        en: "expected a digit after the decimal point",
        ru: "после десятичной точки ожидается цифра"
    )
    static let expectedExponentDigit = LocalizedText(
        en: "expected a digit in the exponent of the number",
        ru: "в показателе степени числа ожидается цифра"
    )
    static let expectedHexDigits = LocalizedText(
        en: "expected four hexadecimal digits after '\\u'",
        ru: "после «\\u» ожидаются четыре шестнадцатеричные цифры"
    )

    static let leadingZero = LocalizedText(
        en: "a number must not start with a zero followed by other digits (write 7, not 07)",
        ru: "число не может начинаться с нуля, за которым идут другие цифры (пишите 7, а не 07)"
    )

    static func trailingComma(in container: Container) -> LocalizedText {
        switch container {
        case .object:
            LocalizedText(
                en: "a comma after the last member of an object is not allowed in JSON; remove it",
                ru: "после последнего элемента объекта запятая не ставится — уберите её"
            )
        case .array, .string:
            LocalizedText(
                en: "a comma after the last element of an array is not allowed in JSON; remove it",
                ru: "после последнего элемента массива запятая не ставится — уберите её"
            )
        }
    }

    static let trailingCommaNote = LocalizedText(en: "the comma to remove", ru: "лишняя запятая")

    static func fileEnds(inside container: Container, startingAt location: SourceLocation) -> LocalizedText {
        let at = place(location)
        switch container {
        case .array:
            return LocalizedText(
                en: "the file ends inside an array that starts at \(at.en); is a closing ']' missing?",
                ru: "файл закончился внутри массива, который начинается в \(at.ru); не хватает закрывающей «]»?"
            )
        case .object:
            return LocalizedText(
                en: "the file ends inside an object that starts at \(at.en); is a closing '}' missing?",
                ru: "файл закончился внутри объекта, который начинается в \(at.ru); не хватает закрывающей «}»?"
            )
        case .string:
            return LocalizedText(
                en: "the file ends inside a string that starts at \(at.en); is a closing '\"' missing?",
                ru: "файл закончился внутри текста в кавычках, который начинается в \(at.ru); не хватает закрывающей кавычки «\"»?"
            )
        }
    }

    static func startsHere(_ container: Container) -> LocalizedText {
        switch container {
        case .array: LocalizedText(en: "the array starts here", ru: "здесь начинается массив")
        case .object: LocalizedText(en: "the object starts here", ru: "здесь начинается объект")
        case .string: LocalizedText(en: "the string starts here", ru: "здесь начинается текст в кавычках")
        }
    }

    // MARK: Inside strings

    static func lineBreakInString(startingAt location: SourceLocation) -> LocalizedText {
        let at = place(location)
        return LocalizedText(
            en: "a line break inside a string is not allowed (write it as \\n); is the closing '\"' of the string that starts at \(at.en) missing?",
            ru: "перенос строки внутри текста в кавычках не допускается (его записывают как \\n); возможно, не хватает закрывающей кавычки «\"» у текста, который начинается в \(at.ru)"
        )
    }

    static let tabInString = LocalizedText(
        en: "a tab character inside a string is not allowed; write it as \\t",
        ru: "символ табуляции внутри текста в кавычках не допускается; запишите его как \\t"
    )

    static func controlCharacterInString(_ byte: UInt8) -> LocalizedText {
        let code = codePoint(UInt32(byte))
        let escape = "\\u" + code.dropFirst(2)
        if byte == 0 {
            return LocalizedText(
                en: "a NUL byte (\(code)) inside a string is not allowed; write it as \(escape)",
                ru: "нулевой байт (\(code)) внутри текста в кавычках не допускается; запишите его как \(escape)"
            )
        }
        return LocalizedText(
            en: "the control character \(code) inside a string is not allowed; write it as \(escape)",
            ru: "управляющий символ \(code) внутри текста в кавычках не допускается; запишите его как \(escape)"
        )
    }

    static func invalidEscape(_ found: Found) -> LocalizedText {
        LocalizedText(
            en: "expected one of \" \\ / b f n r t u after '\\' in a string, \(found.en); to write a backslash itself, double it: \\\\",
            ru: "после обратной косой черты «\\» в тексте может идти только \" \\ / b f n r t или u, \(found.ru); чтобы записать саму черту, удвойте её: «\\\\»"
        )
    }

    // MARK: Helpers

    /// A key or word shown in a message, cut to a readable length.
    static func shortened(_ text: String) -> String {
        text.unicodeScalars.count <= 40 ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(40))) + "…"
    }

    /// "expected X, found Y" in both languages, with an optional hint after a semicolon.
    static func combine(_ expected: LocalizedText, _ found: Found, hint: LocalizedText?) -> LocalizedText {
        var en = "\(expected.en), \(found.en)"
        var ru = "\(expected.ru), \(found.ru)"
        if let hint {
            en += "; \(hint.en)"
            ru += "; \(hint.ru)"
        }
        return LocalizedText(en: en, ru: ru)
    }

    static func foundEnd() -> Found { Found(en: "found the end of the file", ru: "а файл закончился") }
    static func foundLineBreak() -> Found { Found(en: "found a line break", ru: "а найден перенос строки") }
    static func foundTab() -> Found { Found(en: "found a tab", ru: "а найден символ табуляции") }
    static func foundControl(_ value: UInt32) -> Found {
        Found(en: "found the control character \(codePoint(value))", ru: "а найден управляющий символ \(codePoint(value))")
    }
    static func foundInvisible(_ value: UInt32) -> Found {
        Found(en: "found the invisible character \(codePoint(value))", ru: "а найден невидимый символ \(codePoint(value))")
    }
    static func foundByte(_ byte: UInt8) -> Found {
        Found(en: "found the byte \(hex(byte))", ru: "а найден байт \(hex(byte))")
    }
    static func foundText(_ text: String) -> Found {
        Found(en: "found '\(text)'", ru: "а найдено «\(text)»")
    }

    // Hints after "expected …, found …".
    static let hintSingleQuotes = LocalizedText(
        en: "JSON text and keys are written in double quotes (\")",
        ru: "в JSON текст и ключи пишутся в двойных кавычках («\"»)"
    )
    static let hintQuotesInsideText = LocalizedText(
        en: "if the text has quotes inside it, write them as «» or as \\\" (\"title\": \"Открытие «Точки кипения»\"): a plain \" ends the text",
        ru: "если внутри текста есть кавычки, пишите «ёлочки» или \\\" (\"title\": \"Открытие «Точки кипения»\"): простая кавычка \" заканчивает текст"
    )
    static let hintCurlyQuotes = LocalizedText(
        en: "JSON text and keys are written in straight double quotes (\"), not typographic ones (“ ” „ ‘ ’); replace them, e.g. with Find and Replace; this happens when text is copied from Word",
        ru: "в JSON текст и ключи пишутся в прямых двойных кавычках («\"»), а не в типографских (“ ” „ ‘ ’); замените их, например через «Найти и заменить»; так бывает, когда текст скопирован из Word"
    )
    static let hintGuillemetsAsJSONQuotes = LocalizedText(
        en: "JSON text is written in straight double quotes (\"); «» may stand inside the text: \"«Точка кипения»\"",
        ru: "в JSON текст пишется в прямых двойных кавычках («\"»); «ёлочки» могут стоять внутри текста: \"«Точка кипения»\""
    )
    /// After a value whose end is on an earlier line (`line`), or on this one (nil).
    static func hintMissingComma(line: Int?) -> LocalizedText {
        guard let line else {
            return LocalizedText(en: "is a comma missing after the value before?", ru: "не пропущена ли запятая после предыдущего значения?")
        }
        return LocalizedText(en: "is a comma missing at the end of line \(line)?", ru: "не пропущена ли запятая в конце строки \(line)?")
    }

    static let missingCommaNote = LocalizedText(en: "a ',' belongs here", ru: "здесь нужна «,»")

    /// A colon after an array's text element: it was a key, so the array (opened at `location`) is not closed.
    static func hintArrayNotClosed(startingAt location: SourceLocation, keyLine: Int) -> LocalizedText {
        let at = place(location)
        return LocalizedText(
            en: "a key here means the array that starts at \(at.en) is not closed: is a ']' missing before line \(keyLine)?",
            ru: "ключ здесь значит, что массив, который начинается в \(at.ru), не закрыт: не пропущена ли «]» перед строкой \(keyLine)?")
    }

    static let hintComments = LocalizedText(en: "comments are not allowed in JSON", ru: "комментарии в JSON не допускаются")
    static let hintLowercaseLiterals = LocalizedText(
        en: "write true, false and null in lowercase",
        ru: "пишите true, false и null строчными буквами"
    )
    static let hintNotANumber = LocalizedText(
        en: "NaN and Infinity are not allowed in JSON",
        ru: "NaN и Infinity в JSON не допускаются"
    )
    static let hintPlus = LocalizedText(en: "a number must not start with '+'", ru: "число не может начинаться с «+»")
    static let hintLeadingPoint = LocalizedText(en: "write 0.5, not .5", ru: "пишите 0.5, а не .5")
    static let hintQuoteKeys = LocalizedText(
        en: "keys are written in double quotes, like \"title\"",
        ru: "ключи пишутся в двойных кавычках, например \"title\""
    )
    static let hintQuoteText = LocalizedText(
        en: "text values are written in double quotes, like \"Открытие\"",
        ru: "текстовые значения пишутся в двойных кавычках, например \"Открытие\""
    )
}
