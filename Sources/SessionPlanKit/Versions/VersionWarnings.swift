/// Warnings about two versions of one session given together.
enum VersionWarnings {
    /// NEW's `revision` should be above OLD's: calendars that only accept an
    /// update with a higher `SEQUENCE` would ignore it otherwise.
    static func revision(old: Session, new: Session, oldPath: String, newPath: String, console: Console) {
        guard new.revision <= old.revision else { return }
        let (oldPath, newPath) = (AgendaWrapping.printable(oldPath), AgendaWrapping.printable(newPath))
        console.err("sessionplan: " + console.text(LocalizedText(
            en: "warning: the revision of \(newPath) (\(new.revision)) is not above that of \(oldPath) (\(old.revision)); calendars may ignore the update: set \"revision\": \(old.revision + 1) in \(newPath)",
            ru: "предупреждение: номер версии \(newPath) (\(new.revision)) не больше, чем у \(oldPath) (\(old.revision)); календари могут не принять обновление: укажите \"revision\": \(old.revision + 1) в \(newPath)")) + "\n")
    }
}
