import Foundation

/// Headless Chromium and poppler's `pdftotext`, for the tests that look at the
/// HTML export the way a browser lays it out and prints it. Each run has a
/// profile folder of its own, so tests running in parallel do not share one.
enum Chromium {
    /// The first of `names` on `PATH` (or in /usr/bin).
    static func tool(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":").map(String.init) + ["/usr/bin"] {
            for name in names where FileManager.default.isExecutableFile(atPath: directory + "/" + name) {
                return directory + "/" + name
            }
        }
        return nil
    }

    static let path = tool(["chromium", "chromium-browser", "google-chrome"])
    static let pdftotext = tool(["pdftotext"])

    /// Runs Chromium headless on `page` with `arguments`; its standard output.
    static func run(_ arguments: [String], page: URL, in folder: TemporaryFolder) throws -> String {
        let profile = folder.url.appendingPathComponent("profile-\(UUID().uuidString)").path
        return try output(of: try path.orThrow(), ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                                    "--user-data-dir=" + profile] + arguments + [page.absoluteString])
    }

    /// Prints `page` to a PDF and returns the text of each page (`pdftotext`, pages split at form feeds).
    static func printedPages(of page: URL, in folder: TemporaryFolder) throws -> [String] {
        let pdf = folder.url.appendingPathComponent("printed-\(UUID().uuidString).pdf").path
        _ = try run(["--no-pdf-header-footer", "--print-to-pdf=" + pdf], page: page, in: folder)
        let text = try output(of: try pdftotext.orThrow(), [pdf, "-"])
        return text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// What `page`'s own script reports when the page is shown in a frame `width` pixels wide:
    /// the script posts one message to its parent (`parent.postMessage(text, '*')`), which the
    /// frame's page writes into its DOM for `--dump-dom`. A frame, because a headless window
    /// is never narrower than 500 px.
    static func measured(_ page: URL, width: Int, in folder: TemporaryFolder) throws -> String {
        let frame = folder.url.appendingPathComponent("frame-\(UUID().uuidString).html")
        let html = """
            <!DOCTYPE html><html><body style="margin:0">
            <iframe src="\(page.lastPathComponent)" style="width:\(width)px;height:900px;border:0"></iframe>
            <pre id="measured"></pre>
            <script>addEventListener('message', e => { document.getElementById('measured').textContent = e.data; });</script>
            </body></html>
            """
        try Data(html.utf8).write(to: frame)
        let dom = try run(["--virtual-time-budget=10000", "--dump-dom"], page: frame, in: folder)
        guard let start = dom.range(of: "<pre id=\"measured\">"), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else {
            return dom
        }
        return String(dom[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func output(of tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

extension Optional {
    /// The value, or a "no such file" error: a tool that is not installed.
    fileprivate func orThrow() throws -> Wrapped {
        guard let self else { throw CocoaError(.fileNoSuchFile) }
        return self
    }
}
