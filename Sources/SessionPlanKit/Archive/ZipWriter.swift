/// Writes a ZIP archive (APPNOTE 6.3.x, the subset Office Open XML needs):
/// stored or deflated entries, UTF-8 names (flag bit 11), and one fixed
/// timestamp (1980-01-01 00:00) so the same document always gives the same bytes.
struct ZipWriter {
    /// How one entry's bytes are stored.
    enum Method: Sendable {
        case stored
        /// Deflated, unless that would not make it smaller (then stored).
        case deflated
    }

    private struct Record {
        var name: [UInt8]
        var method: UInt16
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var offset: Int
    }

    private var bytes: [UInt8] = []
    private var records: [Record] = []
    private var failed = false

    /// DOS date 1980-01-01 and time 00:00: the earliest a ZIP can say, the same every run.
    private static let dosDate: UInt16 = 1 << 5 | 1
    private static let dosTime: UInt16 = 0
    private static let utf8Flag: UInt16 = 1 << 11

    init() {}

    /// An entry's bytes as they are stored, with what its headers say of them: made on any
    /// thread, so that several parts of a document can be compressed at once.
    struct Entry: Sendable {
        fileprivate var stored: [UInt8]
        fileprivate var method: UInt16
        fileprivate var crc: UInt32
        fileprivate var size: Int

        init(_ data: [UInt8], method: Method = .deflated) {
            guard method == .deflated, !data.isEmpty else {
                self.init(size: data.count, crc: CRC32.checksum(data), deflated: nil, stored: data)
                return
            }
            let deflated = Deflater.deflate(data)
            self.init(size: data.count, crc: deflated.crc, deflated: deflated.stream, stored: data)
        }

        /// A part made as DEFLATE's pieces, compressed as they are (joined only to be stored, when
        /// compressing would not make it smaller).
        init(_ xml: XMLBytes) {
            let deflated = Deflater.deflate(xml.pieces)
            self.init(size: xml.count, crc: deflated.crc, deflated: deflated.stream, stored: xml.bytes)
        }

        /// Deflated, unless that would not make it smaller: then stored as it is.
        private init(size: Int, crc: UInt32, deflated: [UInt8]?, stored original: @autoclosure () -> [UInt8]) {
            self.size = size
            self.crc = crc
            if let deflated, size > 0, deflated.count < size {
                stored = deflated
                method = 8
            } else {
                stored = original()
                method = 0
            }
        }
    }

    /// Adds an entry; entries are written in the order they are added.
    mutating func add(_ name: String, _ data: [UInt8], method: Method = .deflated) {
        add(name, Entry(data, method: method))
    }

    /// Adds an entry made beforehand.
    mutating func add(_ name: String, _ entry: Entry) {
        let (stored, methodCode, crc) = (entry.stored, entry.method, entry.crc)
        let nameBytes = Array(name.utf8)
        guard bytes.count + 30 + nameBytes.count + stored.count < Int(UInt32.max), entry.size < Int(UInt32.max),
              nameBytes.count <= Int(UInt16.max), records.count < Int(UInt16.max) else {
            failed = true
            return
        }
        let record = Record(name: nameBytes, method: methodCode, crc: crc, compressedSize: stored.count,
                            size: entry.size, offset: bytes.count)
        append32(0x0403_4B50)
        append16(20)                // version needed: 2.0 (deflate)
        append16(Self.utf8Flag)
        append16(methodCode)
        append16(Self.dosTime)
        append16(Self.dosDate)
        append32(crc)
        append32(UInt32(stored.count))
        append32(UInt32(entry.size))
        append16(UInt16(nameBytes.count))
        append16(0)                 // no extra field
        bytes.append(contentsOf: nameBytes)
        bytes.append(contentsOf: stored)
        records.append(record)
    }

    /// Adds a UTF-8 text entry.
    mutating func add(_ name: String, text: String, method: Method = .deflated) {
        add(name, Array(text.utf8), method: method)
    }

    /// The archive: the entries, the central directory and its end record.
    mutating func finish() -> Result<[UInt8], ZipError> {
        let directoryOffset = bytes.count
        for record in records {
            append32(0x0201_4B50)
            append16(20)            // made by: MS-DOS-compatible, 2.0
            append16(20)
            append16(Self.utf8Flag)
            append16(record.method)
            append16(Self.dosTime)
            append16(Self.dosDate)
            append32(record.crc)
            append32(UInt32(record.compressedSize))
            append32(UInt32(record.size))
            append16(UInt16(record.name.count))
            append16(0)             // extra
            append16(0)             // comment
            append16(0)             // disk
            append16(0)             // internal attributes
            append32(0)             // external attributes
            append32(UInt32(record.offset))
            bytes.append(contentsOf: record.name)
        }
        let directorySize = bytes.count - directoryOffset
        guard !failed, bytes.count < Int(UInt32.max) else { return .failure(.writerTooLarge) }
        append32(0x0605_4B50)
        append16(0)
        append16(0)
        append16(UInt16(records.count))
        append16(UInt16(records.count))
        append32(UInt32(directorySize))
        append32(UInt32(directoryOffset))
        append16(0)                 // no comment
        return .success(bytes)
    }

    private mutating func append16(_ value: UInt16) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    private mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
