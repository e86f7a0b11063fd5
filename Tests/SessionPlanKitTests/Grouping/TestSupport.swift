@testable import SessionPlanKit

/// Text encoded as Windows-1251, for building test files the way Russian Excel saves them.
func windows1251(_ text: String) -> [UInt8] {
    var reverse: [UInt32: UInt8] = [:]
    for (offset, scalar) in TextDecoding.windows1251High.enumerated() where scalar != 0xFFFD {
        reverse[scalar] = UInt8(0x80 + offset)
    }
    return text.unicodeScalars.map { scalar in
        if scalar.value < 0x80 { return UInt8(scalar.value) }
        if (0x0410...0x044F).contains(scalar.value) { return UInt8(scalar.value - 0x0410 + 0xC0) }
        guard let byte = reverse[scalar.value] else { fatalError("not in Windows-1251: \(scalar)") }
        return byte
    }
}

func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

/// Reads CSV text that must parse.
func readCSV(_ text: String, separator: CSVSeparator? = nil) throws -> CSVTable {
    try CSVReader.read(text, separator: separator).get()
}

extension Result {
    /// The failure, or nil.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
