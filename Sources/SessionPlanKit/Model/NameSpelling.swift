/// How a name is spelled beyond its letters: characters that do not print
/// (copied from web pages and Word) and letters of one alphabet that look
/// like letters of the other (a Latin «e» inside a Cyrillic surname).
///
/// The same scan gives `PersonKey` its identity and the rules
/// `invisible-characters` and `look-alike-letters` their findings, so what is
/// reported is exactly what is merged.
enum NameSpelling {
    /// A character that does not print, and where it stands.
    struct Invisible: Hashable {
        let scalar: Unicode.Scalar
        /// Position in the scanned text, in Unicode scalars from 0.
        let offset: Int
    }

    /// A letter of the other alphabet inside a word, and where it stands.
    struct LookAlike: Hashable {
        let scalar: Unicode.Scalar
        /// The letter of the word's own alphabet it stands for.
        let replacement: Unicode.Scalar
        /// Position in the scanned text, in Unicode scalars from 0.
        let offset: Int
        /// The word as written, without characters that do not print.
        let word: String
        /// The alphabet of the word (the letter belongs to the other one).
        let wordIsCyrillic: Bool
    }

    /// The result of one scan.
    struct Scan {
        /// The text without invisible characters, look-alike letters replaced.
        var identity: String
        var invisible: [Invisible]
        var lookAlikes: [LookAlike]
    }

    /// Latin letters that look like Cyrillic ones, each with its twin.
    static let latinToCyrillic: [Unicode.Scalar: Unicode.Scalar] = [
        "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "k": "к",
        "m": "м", "t": "т", "b": "в", "h": "н",
        "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "Y": "У", "X": "Х", "K": "К",
        "M": "М", "T": "Т", "B": "В", "H": "Н",
    ]

    static let cyrillicToLatin: [Unicode.Scalar: Unicode.Scalar] = {
        var reverse: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (latin, cyrillic) in latinToCyrillic { reverse[cyrillic] = latin }
        return reverse
    }()

    /// Characters that print nothing: format characters (zero-width space and
    /// joiners, soft hyphen, word joiner, byte order mark, direction marks),
    /// controls, and white space other than the plain space (a non-breaking
    /// space looks like a space but is another character).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .format, .control: return scalar != "\t" && scalar != "\n" && scalar != "\r"
        default: break
        }
        switch scalar.value {
        case 0x00A0, 0x2007, 0x202F, 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0: return true
        default: return false
        }
    }

    private static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool {
        (0x0400...0x052F).contains(scalar.value)
    }

    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: scalar.properties.isAlphabetic
        default: false
        }
    }

    /// Whether the text can need a scan at all: it has a Latin and a Cyrillic
    /// letter, or a byte outside ASCII and Cyrillic. Cheap, on the bytes.
    static func mayNeedScan(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var latin = false, cyrillic = false
            for byte in bytes {
                switch byte {
                case 0x41...0x5A, 0x61...0x7A: latin = true
                case 0xD0...0xD3: cyrillic = true
                case 0x80...0xBF: continue
                case 0x00...0x7F: continue
                default: return true
                }
            }
            return latin && cyrillic
        }
    }

    /// Scans `text`: words are separated by white space; within a word,
    /// invisible characters are skipped and letters of the other alphabet
    /// that have a twin are replaced. A word's alphabet is that of most of its
    /// letters; a word of one or two letters that all have twins (an initial,
    /// `C.`) takes the alphabet of the whole name.
    static func scan(_ text: String) -> Scan {
        let scalars = Array(text.unicodeScalars)
        var nameCyrillic = 0, nameLatin = 0
        for scalar in scalars {
            if isCyrillic(scalar) { nameCyrillic += 1 } else if isLatin(scalar) { nameLatin += 1 }
        }
        var result = Scan(identity: "", invisible: [], lookAlikes: [])
        var identity = String.UnicodeScalarView()
        var start = 0
        while start < scalars.count {
            if scalars[start].properties.isWhitespace, !isInvisible(scalars[start]) {
                identity.append(scalars[start])
                start += 1
                continue
            }
            var end = start
            while end < scalars.count, !(scalars[end].properties.isWhitespace && !isInvisible(scalars[end])) { end += 1 }
            scanWord(scalars, start..<end, nameIsCyrillic: nameCyrillic >= nameLatin, into: &result, identity: &identity)
            start = end
        }
        result.identity = String(identity)
        return result
    }

    private static func scanWord(_ scalars: [Unicode.Scalar], _ range: Range<Int>, nameIsCyrillic: Bool,
                                 into result: inout Scan, identity: inout String.UnicodeScalarView) {
        var cyrillic = 0, latin = 0, withoutTwin = 0
        var visible = String.UnicodeScalarView()
        for index in range {
            let scalar = scalars[index]
            if isInvisible(scalar) {
                result.invisible.append(Invisible(scalar: scalar, offset: index))
                continue
            }
            visible.append(scalar)
            if isCyrillic(scalar) {
                cyrillic += 1
                if cyrillicToLatin[scalar] == nil { withoutTwin += 1 }
            } else if isLatin(scalar) {
                latin += 1
                if latinToCyrillic[scalar] == nil { withoutTwin += 1 }
            }
        }
        let wordIsCyrillic: Bool
        if cyrillic > 0, latin > 0 {
            wordIsCyrillic = cyrillic == latin ? nameIsCyrillic : cyrillic > latin
        } else if cyrillic + latin <= 2, withoutTwin == 0, cyrillic + latin > 0 {
            wordIsCyrillic = nameIsCyrillic
        } else {
            wordIsCyrillic = cyrillic > 0
        }
        let word = String(visible)
        for index in range {
            let scalar = scalars[index]
            if isInvisible(scalar) { continue }
            let twin = wordIsCyrillic ? (isLatin(scalar) ? latinToCyrillic[scalar] : nil)
                                      : (isCyrillic(scalar) ? cyrillicToLatin[scalar] : nil)
            if let twin {
                result.lookAlikes.append(LookAlike(scalar: scalar, replacement: twin, offset: index,
                                                   word: word, wordIsCyrillic: wordIsCyrillic))
                identity.append(twin)
            } else {
                identity.append(scalar)
            }
        }
    }
}
