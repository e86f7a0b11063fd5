/// One entry of an archive's central directory.
struct ZipEntry: Sendable, Hashable {
    var name: String
    var method: Int
    var flags: Int
    var crc: UInt32
    var compressedSize: Int
    var size: Int
    /// Where the entry's local header starts.
    var headerOffset: Int
    /// Where its (compressed) data starts and ends.
    var dataRange: Range<Int>
}

/// Reads a ZIP archive from its bytes: the central directory first, then any
/// entry on request, stored or deflated, checked against its CRC-32.
///
/// Everything is bounds-checked, and the limits of `ZipLimits` make a
/// hostile archive one clear `ZipError`: entries past the end or overlapping
/// one another or the directory, too many entries, too much data in total or
/// compressed too well, ZIP64 and split archives, encryption, unknown methods.
struct ZipArchive: Sendable {
    let bytes: [UInt8]
    /// The entries in directory order.
    let entries: [ZipEntry]
    private let index: [String: Int]

    private static let endSignature: UInt32 = 0x0605_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50
    private static let localSignature: UInt32 = 0x0403_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50

    /// Reads the directory of the archive in `bytes`.
    init(_ bytes: [UInt8]) throws(ZipError) {
        self.bytes = bytes
        let endOffset = try Self.findEnd(bytes)
        let disk = Self.u16(bytes, endOffset + 4), directoryDisk = Self.u16(bytes, endOffset + 6)
        let entriesOnDisk = Self.u16(bytes, endOffset + 8), entryCount = Self.u16(bytes, endOffset + 10)
        let directorySize = Self.u32(bytes, endOffset + 12), directoryOffset = Self.u32(bytes, endOffset + 16)
        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF
            || (endOffset >= 20 && Self.u32(bytes, endOffset - 20) == Self.zip64LocatorSignature) {
            throw .zip64
        }
        guard disk == 0, directoryDisk == 0, entriesOnDisk == entryCount else { throw .multiDisk }
        guard entryCount <= ZipLimits.maxEntries else { throw .tooManyEntries(entryCount) }
        guard directoryOffset <= endOffset, directorySize <= endOffset - directoryOffset else { throw .truncated }

        var entries: [ZipEntry] = []
        entries.reserveCapacity(entryCount)
        var index: [String: Int] = [:]
        var position = directoryOffset
        let directoryEnd = directoryOffset + directorySize
        var totalSize = 0
        for _ in 0..<entryCount {
            guard directoryEnd - position >= 46, Self.u32(bytes, position) == Self.centralSignature else { throw .truncated }
            let flags = Self.u16(bytes, position + 8)
            let method = Self.u16(bytes, position + 10)
            let crc = UInt32(Self.u32(bytes, position + 16))
            let compressedSize = Self.u32(bytes, position + 20)
            let size = Self.u32(bytes, position + 24)
            let nameLength = Self.u16(bytes, position + 28)
            let extraLength = Self.u16(bytes, position + 30)
            let commentLength = Self.u16(bytes, position + 32)
            let startDisk = Self.u16(bytes, position + 34)
            let headerOffset = Self.u32(bytes, position + 42)
            let recordLength = 46 + nameLength + extraLength + commentLength
            guard directoryEnd - position >= recordLength else { throw .truncated }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            if compressedSize == 0xFFFF_FFFF || size == 0xFFFF_FFFF || headerOffset == 0xFFFF_FFFF || startDisk == 0xFFFF {
                throw .zip64
            }
            guard startDisk == 0 else { throw .multiDisk }
            if flags & 1 != 0 { throw .encrypted(name) }
            guard method == 0 || method == 8 else { throw .unsupportedMethod(name, method) }
            if method == 0, compressedSize != size { throw .damaged(name) }

            // The local header: its own name and extra lengths decide where the data starts.
            guard headerOffset <= directoryOffset, directoryOffset - headerOffset >= 30,
                  Self.u32(bytes, headerOffset) == Self.localSignature else { throw .truncated }
            let dataStart = headerOffset + 30 + Self.u16(bytes, headerOffset + 26) + Self.u16(bytes, headerOffset + 28)
            guard dataStart <= directoryOffset, compressedSize <= directoryOffset - dataStart else { throw .truncated }

            totalSize += size
            guard totalSize <= ZipLimits.maxTotalSize else { throw .tooLarge(name) }
            if size > ZipLimits.ratioGrace, size / max(compressedSize, 1) > ZipLimits.maxRatio {
                throw .suspiciousRatio(name)
            }
            if index[name] == nil { index[name] = entries.count }
            entries.append(ZipEntry(name: name, method: method, flags: flags, crc: crc,
                                    compressedSize: compressedSize, size: size, headerOffset: headerOffset,
                                    dataRange: dataStart..<(dataStart + compressedSize)))
            position += recordLength
        }

        // No two entries may share bytes: sorted by where they start, each ends before the next begins.
        let byOffset = entries.sorted { $0.headerOffset < $1.headerOffset }
        for (earlier, later) in zip(byOffset, byOffset.dropFirst()) where earlier.dataRange.upperBound > later.headerOffset {
            throw .overlapping(later.name)
        }
        self.entries = entries
        self.index = index
    }

    /// The names of the entries, in directory order.
    var names: [String] { entries.map(\.name) }

    /// Whether the archive has an entry of that name.
    func contains(_ name: String) -> Bool { index[name] != nil }

    /// The uncompressed bytes of the entry `name`, checked against its CRC-32.
    func data(_ name: String) throws(ZipError) -> [UInt8] {
        guard let position = index[name] else { throw .missingEntry(name) }
        return try data(of: entries[position])
    }

    /// The uncompressed bytes of `entry`, checked against its CRC-32.
    func data(of entry: ZipEntry) throws(ZipError) -> [UInt8] {
        let output: [UInt8]
        if entry.method == 0 {
            output = Array(bytes[entry.dataRange])
        } else {
            do {
                output = try Inflater.inflate(bytes, range: entry.dataRange, limit: entry.size, expectedSize: entry.size)
            } catch .tooLarge {
                throw .damaged(entry.name)
            } catch {
                throw .damaged(entry.name)
            }
        }
        guard output.count == entry.size else { throw .damaged(entry.name) }
        guard CRC32.checksum(output) == entry.crc else { throw .checksum(entry.name) }
        return output
    }

    /// The end-of-central-directory record: searched backwards over the
    /// largest comment a ZIP can carry, so the search is bounded.
    private static func findEnd(_ bytes: [UInt8]) throws(ZipError) -> Int {
        guard bytes.count >= 22 else { throw .notAnArchive }
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while position >= lowest {
            if u32(bytes, position) == endSignature, position + 22 + u16(bytes, position + 20) <= bytes.count {
                return position
            }
            position -= 1
        }
        throw .notAnArchive
    }

    /// Little-endian reads; callers have checked the bounds, and past the end reads as 0.
    private static func u16(_ bytes: [UInt8], _ at: Int) -> Int {
        guard at >= 0, at + 2 <= bytes.count else { return 0 }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> Int {
        guard at >= 0, at + 4 <= bytes.count else { return 0 }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }
}
