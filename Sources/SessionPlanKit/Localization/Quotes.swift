/// Quotation marks around names written by organizers.
enum Quotes {
    /// «…» around a name that may contain «…» itself: the inner ones become „…“,
    /// as Russian typography nests quotes («„Точки кипения“ в сельских библиотеках»),
    /// instead of «««Точки кипения» в сельских библиотеках»».
    static func guillemets(_ text: String) -> String {
        // « and » are U+00AB and U+00BB (C2 AB, C2 BB), which nothing else is canonically equal to:
        // text without those bytes has neither, and needs no search through Foundation.
        let mayHaveGuillemets = text.withUTF8Bytes { bytes in
            bytes.indices.dropLast().contains { bytes[$0] == 0xC2 && (bytes[$0 + 1] == 0xAB || bytes[$0 + 1] == 0xBB) }
        }
        guard mayHaveGuillemets, text.contains("«") || text.contains("»") else { return "«" + text + "»" }
        return "«" + text.replacingOccurrences(of: "«", with: "„").replacingOccurrences(of: "»", with: "“") + "»"
    }
}
