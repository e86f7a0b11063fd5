/// Why an archive (a .xlsx or .docx workbook is one) could not be read or written.
/// Each case words itself for the organizer: what is wrong and what to do.
enum ZipError: Error, Sendable, Equatable {
    /// No end-of-central-directory record: not a ZIP file, or cut short.
    case notAnArchive
    /// A structure that runs past the end of the file.
    case truncated
    /// ZIP64 extensions (archives over 4 GiB or 65 535 entries), which a workbook never needs.
    case zip64
    /// An archive split over several disks.
    case multiDisk
    /// More entries than `ZipLimits.maxEntries`.
    case tooManyEntries(Int)
    /// An entry whose data overlaps another entry's or the directory.
    case overlapping(String)
    /// An encrypted entry.
    case encrypted(String)
    /// A compression method other than stored (0) and deflated (8).
    case unsupportedMethod(String, Int)
    /// Uncompressed data over the limits: too large in total or compressed too well.
    case tooLarge(String)
    /// A compression ratio no real document has (a "zip bomb").
    case suspiciousRatio(String)
    /// Damaged compressed data.
    case damaged(String)
    /// The entry's bytes do not match its CRC-32.
    case checksum(String)
    /// The archive has no entry of that name.
    case missingEntry(String)
    /// The writer cannot write an archive this large without ZIP64.
    case writerTooLarge

    /// The message for the organizer.
    var message: LocalizedText {
        switch self {
        case .notAnArchive:
            LocalizedText(en: "the file is not an Office document (no ZIP directory found); save it from Excel or LibreOffice as .xlsx again",
                          ru: "файл не является документом Office (не найден каталог ZIP); сохраните его из Excel или LibreOffice в формате .xlsx ещё раз")
        case .truncated:
            LocalizedText(en: "the file is cut short or damaged; save it again or copy it once more",
                          ru: "файл обрезан или повреждён; сохраните его ещё раз или скопируйте заново")
        case .zip64:
            LocalizedText(en: "the file uses ZIP64 (over 4 GB or 65 535 parts), which a registration list never needs; save it again from Excel or LibreOffice",
                          ru: "файл использует ZIP64 (больше 4 ГБ или 65 535 частей), что списку регистраций не нужно; сохраните его заново из Excel или LibreOffice")
        case .multiDisk:
            LocalizedText(en: "the file is one part of an archive split into several; join the parts first",
                          ru: "файл — часть архива, разбитого на несколько томов; сначала соберите его целиком")
        case .tooManyEntries(let count):
            LocalizedText(en: "the file holds \(count) parts, more than the \(ZipLimits.maxEntries) a document may have; it is not a workbook or it is damaged",
                          ru: "в файле \(count) частей, больше допустимых \(ZipLimits.maxEntries); это не книга Excel или она повреждена")
        case .overlapping(let name):
            LocalizedText(en: "the part «\(name)» overlaps another part of the file; the file is damaged or crafted, save it again",
                          ru: "часть «\(name)» накладывается на другую часть файла; файл повреждён или подделан, сохраните его заново")
        case .encrypted(let name):
            LocalizedText(en: "the part «\(name)» is encrypted; remove the password in Excel (File → Info → Protect) and save again",
                          ru: "часть «\(name)» зашифрована; снимите пароль в Excel (Файл → Сведения → Защита) и сохраните заново")
        case .unsupportedMethod(let name, let method):
            LocalizedText(en: "the part «\(name)» is compressed with method \(method), which Office does not use; save the file again from Excel or LibreOffice",
                          ru: "часть «\(name)» сжата методом \(method), которого Office не использует; сохраните файл заново из Excel или LibreOffice")
        case .tooLarge(let name):
            LocalizedText(en: "the part «\(name)» would unpack to more than \(ZipLimits.maxTotalSize / 1_048_576) MB; a registration list is far smaller, so the file is not one",
                          ru: "часть «\(name)» распаковалась бы больше чем в \(ZipLimits.maxTotalSize / 1_048_576) МБ; список регистраций гораздо меньше, значит, файл — не он")
        case .suspiciousRatio(let name):
            LocalizedText(en: "the part «\(name)» is compressed more than \(ZipLimits.maxRatio) times, which no real document is; the file is refused as a possible ZIP bomb",
                          ru: "часть «\(name)» сжата больше чем в \(ZipLimits.maxRatio) раз, чего у настоящих документов не бывает; файл отклонён как возможная ZIP-бомба")
        case .damaged(let name):
            LocalizedText(en: "the compressed part «\(name)» is damaged; save the file again",
                          ru: "сжатая часть «\(name)» повреждена; сохраните файл заново")
        case .checksum(let name):
            LocalizedText(en: "the part «\(name)» does not match its checksum; the file is damaged, save it again",
                          ru: "часть «\(name)» не совпадает со своей контрольной суммой; файл повреждён, сохраните его заново")
        case .missingEntry(let name):
            LocalizedText(en: "the file has no part «\(name)»; it is not an Excel workbook (.xlsx), save it from Excel or LibreOffice in that format",
                          ru: "в файле нет части «\(name)»; это не книга Excel (.xlsx), сохраните её из Excel или LibreOffice в этом формате")
        case .writerTooLarge:
            LocalizedText(en: "the document would be larger than 4 GB, which the tool does not write",
                          ru: "документ получился бы больше 4 ГБ, такие файлы программа не пишет")
        }
    }
}

/// The limits that make a hostile archive an error instead of a hang or an exhausted memory.
enum ZipLimits {
    /// At most this many entries in one archive.
    static let maxEntries = 10_000
    /// At most this many bytes uncompressed, all entries together.
    static let maxTotalSize = 256 * 1_048_576
    /// At most this ratio of uncompressed to compressed size, for entries past `ratioGrace` bytes.
    static let maxRatio = 1_000
    /// Entries this small are never refused for their ratio (a tiny file can compress very well).
    static let ratioGrace = 1_048_576
}
