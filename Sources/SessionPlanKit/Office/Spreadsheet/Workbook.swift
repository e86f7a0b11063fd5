/// A workbook as the tool writes one: sheets of typed cells, the first row of
/// each a header (bold, frozen, with an autofilter).
struct Workbook: Sendable {
    /// A cell's value. Text is always written as text, so nothing in it is
    /// ever run as a formula and a phone number keeps its digits and its `+`.
    enum Cell: Sendable, Hashable {
        case text(String)
        case number(Double)
    }

    struct Sheet: Sendable {
        var name: String
        /// The header row first.
        var rows: [[Cell]]
    }

    var sheets: [Sheet]
}
