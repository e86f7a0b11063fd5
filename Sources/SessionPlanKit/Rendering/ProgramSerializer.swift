/// A format of the program: writes a `ProgramDocument` as text, deciding only
/// syntax and layout. A new format is one type conforming to this (in a folder
/// of `Rendering/` named for it) and one case of `ExportCommand.Format`.
protocol ProgramSerializer: Sendable {
    func render(_ document: ProgramDocument) -> String
}

extension ProgramSerializer {
    /// `view`, showing what `options` allow, written in this format.
    func render(_ view: ProgramView, options: ExportOptions = ExportOptions()) -> String {
        render(ProgramDocument(view: view, options: options))
    }
}
