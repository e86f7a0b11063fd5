import Foundation

/// Writing a result file (`-o OUT`, `init FILE`) so that nothing is ever lost:
///
/// - the path is resolved against the command's current folder, and through
///   symbolic links, so `-o` naming an input by another spelling (`./s.json`,
///   `../x/s.json`, a link to it, a hard link) is still recognised as that input;
/// - an input file is never written over unless the caller allows it (`--overwrite`);
/// - with `.refuse`, an existing file is never replaced at all (`init`);
/// - the text goes to a temporary file in the same folder, flushed to disk and
///   then renamed over the target, so an interrupted run leaves either the old
///   file or the new one, never half a file; the temporary file is removed on
///   every failure;
/// - a new file is created with mode 0600 when it holds contacts (`private`),
///   else 0666, both narrowed by the umask (0644 usually); a replaced file
///   keeps its permissions without setuid/setgid, and its owner and group
///   when the user may set them;
/// - a symbolic link stays a link and the file it points to is replaced, but
///   never a link in a sticky folder (such as /tmp) that someone else owns:
///   that is how another user plants a trap, and it is refused;
/// - a path ending in `/` names a folder and is refused, even when a file of
///   that name exists;
/// - the temporary file is removed when the run is interrupted (SIGINT,
///   SIGTERM, SIGHUP; `TemporaryFileCleanup`), and a message that says nothing
///   was changed is only printed when that is true.
///
/// Every refusal is one `OutputFileError` whose message is one line for the
/// user; commands print it with `Console.fail` (exit status 2).
enum OutputFile {
    /// What to do when the output file already exists.
    enum ExistingFile: Sendable {
        /// Replace it (the usual meaning of `-o`); an input file only when `overwrite` is given.
        case replace
        /// Refuse, whatever `overwrite` says: `init` never replaces a file.
        case refuse
        /// Replace it only with `overwrite`: the input came from standard input and may be this very file.
        case replaceWithOverwrite
    }

    /// Writes `text` (UTF-8) to `path` atomically and returns the absolute path written.
    ///
    /// - Parameters:
    ///   - path: as the user gave it; relative paths are taken from `directory`.
    ///   - overwrite: whether an output naming one of `inputPaths` may replace it.
    ///   - inputPaths: the files the command read (`-` for standard input is ignored),
    ///     as given; resolved the same way as `path`.
    ///   - protectedPaths: inputs that are never replaced, even with `overwrite` (the registration list of `groups`).
    ///   - existing: whether an existing file that is not an input may be replaced.
    ///   - isPrivate: the text holds contacts: a new file is readable by its owner only.
    ///   - directory: the command's current folder (`CommandContext.currentDirectory`).
    @discardableResult
    static func write(_ text: String, to path: String, overwrite: Bool, inputPaths: [String],
                      protectedPaths: [String] = [], existing: ExistingFile = .replace, isPrivate: Bool = false,
                      relativeTo directory: String = FileManager.default.currentDirectoryPath) -> Result<String, OutputFileError> {
        write(bytes: Array(text.utf8), to: path, overwrite: overwrite, inputPaths: inputPaths, protectedPaths: protectedPaths,
              existing: existing, isPrivate: isPrivate, relativeTo: directory)
    }

    /// Writes `bytes` (a workbook, a Word document) to `path` atomically, as `write(_:to:…)` does text.
    @discardableResult
    static func write(bytes: [UInt8], to path: String, overwrite: Bool, inputPaths: [String],
                      protectedPaths: [String] = [], existing: ExistingFile = .replace, isPrivate: Bool = false,
                      relativeTo directory: String = FileManager.default.currentDirectoryPath) -> Result<String, OutputFileError> {
        guard !path.isEmpty else { return .failure(.emptyPath) }
        guard !path.hasSuffix("/") else { return .failure(.trailingSlash(path)) }
        let absolute = InputFiles.resolve(path, in: directory)
        let fileManager = FileManager.default
        if isForeignLinkInStickyFolder(absolute) { return .failure(.foreignLink(path)) }

        // A link is followed to the file it names; a missing file resolves through its folder.
        let target = resolvedPath(absolute)
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent

        var isFolder: ObjCBool = false
        let exists = fileManager.fileExists(atPath: target, isDirectory: &isFolder)
        if exists, isFolder.boolValue { return .failure(.isFolder(path)) }
        if lstatExists(absolute), !exists {
            // A dangling symbolic link: writing would create a file somewhere the user did not name.
            return .failure(.danglingLink(path))
        }
        if exists {
            if existing == .refuse { return .failure(.exists(path)) }
            let sameAsInput = inputPaths.contains { input in
                input != "-" && isSameFile(target, resolvedPath(InputFiles.resolve(input, in: directory)))
            }
            if sameAsInput, !overwrite { return .failure(.isInput(path)) }
            let isProtected = protectedPaths.contains { input in
                input != "-" && isSameFile(target, resolvedPath(InputFiles.resolve(input, in: directory)))
            }
            if isProtected { return .failure(.isProtectedInput(path)) }
            if existing == .replaceWithOverwrite, !overwrite, !sameAsInput { return .failure(.mayBeStandardInput(path)) }
            // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to as it is:
            // renaming a file over it would replace the device itself.
            if !isRegularFile(target) { return writeInPlace(bytes: bytes, to: target, path: path) }
        }

        var folderIsFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: folder, isDirectory: &folderIsFolder), folderIsFolder.boolValue else {
            return .failure(.noFolder(path, folder: displayFolder(of: path)))
        }
        guard access(folder, W_OK) == 0 else {
            return .failure(.folderNotWritable(path, folder: displayFolder(of: path)))
        }

        // The temporary file: hidden, beside the target, a name no one else uses.
        let temporary = folder + "/." + name + ".sessionplan-" + UUID().uuidString.prefix(8) + ".tmp"
        var mode: mode_t = isPrivate ? 0o600 : 0o666
        var owner: (uid_t, gid_t)?
        var existingInfo = stat()
        if exists, stat(target, &existingInfo) == 0 {
            // Permissions kept, but never a setuid or setgid bit (nor sticky) on a file of text.
            mode = existingInfo.st_mode & 0o777
            owner = (existingInfo.st_uid, existingInfo.st_gid)
        }
        TemporaryFileCleanup.register(temporary)
        defer { TemporaryFileCleanup.clear() }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return .failure(.writeFailed(path, reason: errnoText())) }
        var failure = writeAll(bytes, to: descriptor)
        if failure == nil, let owner, owner != (getuid(), getgid()) {
            _ = fchown(descriptor, owner.0, owner.1)   // allowed only to root or within one's own groups; else the user's
        }
        if failure == nil, exists { _ = fchmod(descriptor, mode) }   // the umask must not narrow a replaced file's permissions
        if failure == nil, fsync(descriptor) != 0 { failure = errnoText() }
        if close(descriptor) != 0, failure == nil { failure = errnoText() }
        if let failure {
            return .failure(discard(temporary, path: path, reason: failure))
        }

        switch existing {
        case .replace:
            guard rename(temporary, target) == 0 else {
                return .failure(discard(temporary, path: path, reason: errnoText()))
            }
        case .refuse:
            // link(2) fails when the name exists, so a file created meanwhile is still not replaced.
            if link(temporary, target) != 0 {
                let code = errno
                if code == EEXIST {
                    return .failure(discard(temporary, path: path, reason: nil) ?? .exists(path))
                }
                // A file system without hard links: check once more, then rename.
                guard !lstatExists(target), rename(temporary, target) == 0 else {
                    let reason = errnoText()
                    let error: OutputFileError = lstatExists(target) ? .exists(path) : .writeFailed(path, reason: reason)
                    return .failure(discard(temporary, path: path, reason: nil) ?? error)
                }
            } else if unlink(temporary) != 0 {
                // The file is written; only its second name remains (an append-only folder).
                return .failure(.temporaryLeft(path, temporary: temporary, reason: errnoText(), written: true))
            }
        case .replaceWithOverwrite:
            guard rename(temporary, target) == 0 else {
                return .failure(discard(temporary, path: path, reason: errnoText()))
            }
        }
        return .success(target)
    }

    /// Removes the temporary file after a failure. The error to report: `writeFailed`
    /// ("nothing was changed") when it is gone, `temporaryLeft` naming it when it
    /// could not be removed. With `reason` nil, nil when it was removed.
    private static func discard(_ temporary: String, path: String, reason: String?) -> OutputFileError? {
        if unlink(temporary) == 0 || errno == ENOENT {
            return reason.map { .writeFailed(path, reason: $0) }
        }
        return .temporaryLeft(path, temporary: temporary, reason: reason ?? errnoText(), written: false)
    }

    private static func discard(_ temporary: String, path: String, reason: String) -> OutputFileError {
        discard(temporary, path: path, reason: Optional(reason)) ?? .writeFailed(path, reason: reason)
    }

    /// A symbolic link, in a folder with the sticky bit (anyone may create files
    /// there, as in /tmp), owned by someone else than the user: following it would
    /// let that someone choose which of the user's files is replaced.
    static func isForeignLinkInStickyFolder(_ absolute: String) -> Bool {
        var info = stat()
        guard lstat(absolute, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return false }
        let folder = (absolute as NSString).deletingLastPathComponent
        var folderInfo = stat()
        guard stat(folder.isEmpty ? "/" : folder, &folderInfo) == 0 else { return false }
        let sticky = folderInfo.st_mode & S_ISVTX != 0
        return sticky && info.st_uid != geteuid() && folderInfo.st_uid != info.st_uid
    }

    /// Every byte to an open descriptor, retrying interrupted writes; the error's text, or nil.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var start = 0
        while start < bytes.count {
            let written = bytes[start...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return errnoText()
            }
            start += written
        }
        return nil
    }

    /// Writes to an existing device or pipe without replacing it.
    private static func writeInPlace(bytes: [UInt8], to target: String, path: String) -> Result<String, OutputFileError> {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.writeFailed(path, reason: errnoText())) }
        var failure = writeAll(bytes, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = errnoText() }
        if let failure { return .failure(.writeFailed(path, reason: failure)) }
        return .success(target)
    }

    /// Whether `path` (links followed) is a regular file.
    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The path with every symbolic link resolved; for a file that does not
    /// exist yet, its folder resolved and the name appended.
    static func resolvedPath(_ absolute: String) -> String {
        let url = URL(fileURLWithPath: absolute).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.path) {
            return url.resolvingSymlinksInPath().path
        }
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath()
        return folder.appendingPathComponent(url.lastPathComponent).path
    }

    /// Whether two resolved paths are one file: the same path, or the same device and inode (hard links).
    static func isSameFile(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// Whether anything is at `path`, a dangling link included.
    private static func lstatExists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The folder part of the path as the user wrote it, for messages.
    private static func displayFolder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}

/// Why an output file was not written; each is one line for the user.
enum OutputFileError: Error, Equatable, CustomStringConvertible {
    case emptyPath
    case isInput(String)
    case exists(String)
    case isFolder(String)
    case danglingLink(String)
    case noFolder(String, folder: String)
    case folderNotWritable(String, folder: String)
    case writeFailed(String, reason: String)
    case foreignLink(String)
    case trailingSlash(String)
    case isProtectedInput(String)
    case mayBeStandardInput(String)
    case temporaryLeft(String, temporary: String, reason: String, written: Bool)

    var message: LocalizedText {
        switch self {
        case .emptyPath:
            LocalizedText(en: "the output file name is empty", ru: "не указано имя файла для записи")
        case .isInput(let path):
            LocalizedText(en: "\(path) is the input file; it is not written over unless you add --overwrite (or choose another -o file)",
                          ru: "\(path) — это входной файл; он не будет перезаписан без --overwrite (или укажите другой файл в -o)")
        case .exists(let path):
            LocalizedText(en: "\(path) already exists and was left as it is; choose another name or delete the file first",
                          ru: "файл \(path) уже существует и оставлен без изменений; выберите другое имя или сначала удалите этот файл")
        case .isFolder(let path):
            LocalizedText(en: "\(path) is a folder; give a file name", ru: "\(path) — это папка; укажите имя файла")
        case .danglingLink(let path):
            LocalizedText(en: "\(path) is a symbolic link to a file that does not exist; give another name",
                          ru: "\(path) — символическая ссылка на несуществующий файл; укажите другое имя")
        case .noFolder(let path, let folder):
            LocalizedText(en: "cannot write \(path): there is no folder \(folder)",
                          ru: "не удаётся записать \(path): папки \(folder) нет")
        case .folderNotWritable(let path, let folder):
            LocalizedText(en: "cannot write \(path): no permission to write into the folder \(folder)",
                          ru: "не удаётся записать \(path): нет прав на запись в папку \(folder)")
        case .foreignLink(let path):
            LocalizedText(en: "\(path) is a symbolic link that another user made in a shared folder; it is not followed, so no file of yours is replaced through it: choose another name",
                          ru: "\(path) — символическая ссылка, созданная другим пользователем в общей папке; по ней ничего не записывается, чтобы не заменить чужим выбором ваш файл: укажите другое имя")
        case .trailingSlash(let path):
            LocalizedText(en: "\(path) ends with /, so it names a folder; give a file name without the / at the end",
                          ru: "\(path) оканчивается на /, то есть это имя папки; укажите имя файла без / в конце")
        case .isProtectedInput(let path):
            LocalizedText(en: "\(path) is the registration list; it is never written over, even with --overwrite: choose another -o file",
                          ru: "\(path) — это список регистраций; он не перезаписывается даже с --overwrite: укажите другой файл в -o")
        case .mayBeStandardInput(let path):
            LocalizedText(en: "\(path) already exists, and the session was read from standard input, so it may be that very file; add --overwrite to replace it (or choose another -o file)",
                          ru: "файл \(path) уже существует, а сессия прочитана из стандартного ввода и может быть этим же файлом; добавьте --overwrite, чтобы заменить его (или укажите другой файл в -o)")
        case .temporaryLeft(let path, let temporary, let reason, let written):
            written
            ? LocalizedText(en: "\(path) was written, but the temporary file \(temporary) could not be removed (\(reason)); delete it yourself",
                            ru: "файл \(path) записан, но временный файл \(temporary) удалить не удалось (\(reason)); удалите его сами")
            : LocalizedText(en: "cannot write \(path): \(reason); \(path) was not changed, but the temporary file \(temporary) could not be removed; delete it yourself",
                            ru: "не удаётся записать \(path): \(reason); \(path) не изменён, но временный файл \(temporary) удалить не удалось; удалите его сами")
        case .writeFailed(let path, let reason):
            LocalizedText(en: "cannot write \(path): \(reason); nothing was changed",
                          ru: "не удаётся записать \(path): \(reason); ничего не изменено")
        }
    }

    var description: String { message.en }
}
