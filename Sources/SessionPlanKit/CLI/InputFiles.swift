import Foundation

/// Reading the files named on the command line. Nothing here ever writes to them.
enum InputFiles {
    /// The bytes of `path`, or of standard input for `-`; a one-line problem
    /// for a file that is missing, a folder or unreadable.
    static func read(_ path: String, console: Console) -> Result<SourceFile, UsageError> {
        if path == "-" {
            return .success(SourceFile(name: "<stdin>", bytes: console.context.readStandardInput()))
        }
        let full = resolve(path, in: console.context.currentDirectory)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else {
            return .failure(UsageError(message: LocalizedText(en: "\(path): no such file",
                                                              ru: "\(path): файл не найден")))
        }
        if isFolder.boolValue {
            return .failure(UsageError(message: LocalizedText(en: "\(path) is a folder, not a session file",
                                                              ru: "\(path) — это папка, а не файл сессии")))
        }
        guard let data = FileManager.default.contents(atPath: full) else {
            return .failure(UsageError(message: LocalizedText(en: "\(path): cannot be read (check the permissions)",
                                                              ru: "\(path): файл не удаётся прочитать (проверьте права доступа)")))
        }
        return .success(SourceFile(name: path, bytes: [UInt8](data)))
    }

    /// An absolute path for `path`, relative ones taken from `directory`.
    static func resolve(_ path: String, in directory: String) -> String {
        if path.hasPrefix("/") { return path }
        return URL(fileURLWithPath: directory).appendingPathComponent(path).standardizedFileURL.path
    }
}
