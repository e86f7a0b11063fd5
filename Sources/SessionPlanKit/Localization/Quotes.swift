/// Quotation marks around names written by organizers.
enum Quotes {
    /// «…» around a name that may contain «…» itself: the inner ones become „…“,
    /// as Russian typography nests quotes («„Точки кипения“ в сельских библиотеках»),
    /// instead of «««Точки кипения» в сельских библиотеках»».
    static func guillemets(_ text: String) -> String {
        guard text.contains("«") || text.contains("»") else { return "«" + text + "»" }
        return "«" + text.replacingOccurrences(of: "«", with: "„").replacingOccurrences(of: "»", with: "“") + "»"
    }
}
