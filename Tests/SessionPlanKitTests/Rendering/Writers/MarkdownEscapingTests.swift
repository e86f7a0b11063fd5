import Foundation
import Testing
@testable import SessionPlanKit

/// Finds and runs the `cmark-gfm` reference renderer, if installed.
enum CMarkGFM {
    static let path: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin")
            .split(separator: ":")
        for directory in directories {
            let candidate = String(directory) + "/cmark-gfm"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static var isAvailable: Bool { path != nil }

    static func render(_ markdown: String, extensions: [String] = ["table"]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path))
        process.arguments = extensions.flatMap { ["-e", $0] }
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

@Suite struct MarkdownEscapingTests {
    static let hostileTitle = "| *a* _b_ [x](y) <script> `c` # h"

    @Test func hostileTitleIsBackslashEscaped() {
        #expect(MarkdownEscaping.escapeInline(Self.hostileTitle)
            == "\\| \\*a\\* \\_b\\_ \\[x\\](y) \\<script\\> \\`c\\` \\# h")
    }

    @Test func entitiesAndOtherPunctuation() {
        #expect(MarkdownEscaping.escapeInline("&copy; a\\b ~~s~~ !x") == "\\&copy; a\\\\b \\~\\~s\\~\\~ \\!x")
        #expect(MarkdownEscaping.escapeInline("Время: 09:00, «итоги»; (план)") == "Время: 09:00, «итоги»; (план)")
    }

    @Test(arguments: [
        ("- пункт", "\\- пункт"),
        ("+ пункт", "\\+ пункт"),
        ("1. Введение", "1\\. Введение"),
        ("2021) год", "2021\\) год"),
        ("# Заголовок", "\\# Заголовок"),
        ("> цитата", "\\> цитата"),
        ("=====", "\\====="),
        ("---", "\\---"),
        ("   - отступ", "\\- отступ"),
        ("a - b 1. c", "a - b 1. c"),
        ("1.5 часа", "1.5 часа"),
    ])
    func lineStartMarkers(input: String, expected: String) {
        #expect(MarkdownEscaping.escapeInline(input) == expected)
    }

    @Test func newlinesBecomeOneSpaceAndEdgesAreTrimmed() {
        #expect(MarkdownEscaping.escapeInline("  первая\r\n  вторая\n\nтретья  ") == "первая вторая третья")
        #expect(MarkdownEscaping.escapeInline("a\n- b") == "a - b")
    }

    @Test func urlAndWWWAutolinksAreBroken() {
        #expect(MarkdownEscaping.escapeInline("https://example.com") == "https\\://example.com")
        #expect(MarkdownEscaping.escapeInline("см. www.example.com") == "см. www\\.example.com")
        #expect(MarkdownEscaping.escapeInline("awww.x") == "awww.x")
    }

    @Test func tableBuilderProducesGFM() {
        let table = MarkdownTable(header: ["Время", "Тема"], alignments: [.right, .left],
                                  rows: [["09:00", "a | b"], ["10:00"], ["11:00", "x", "лишняя"]])
        #expect(table.columnCount == 3)
        #expect(table.markdown == """
            | Время | Тема |  |
            | ---: | :--- | --- |
            | 09:00 | a \\| b |  |
            | 10:00 |  |  |
            | 11:00 | x | лишняя |

            """)
    }

    @Test func trustedMarkdownCellsCannotBreakTheRow() {
        let table = MarkdownTable(header: [.markdown("**Время**"), "Тема"], alignments: [.center],
                                  rows: [[.markdown("**09:00**\nутро"), .markdown("a|b \\| c \\\\|d")]])
        #expect(table.markdown == """
            | **Время** | Тема |
            | :---: | --- |
            | **09:00** утро | a\\|b \\| c \\\\\\|d |

            """)
    }

    // Needs the reference renderer (Debian package `cmark-gfm`); skipped,
    // and reported as skipped, when it is not installed.
    @Test(.enabled(if: CMarkGFM.isAvailable, "cmark-gfm is not installed"))
    func hostileCellsStayInertInCMarkGFM() throws {
        let hostile = [
            Self.hostileTitle,
            "a\\",
            "back\\|slash",
            "&copy; &#60;b&#62;",
            "https://evil.example www.evil.example",
            "~~del~~ ![img](x.png)",
            "- not a list\n# not a heading",
        ]
        let table = MarkdownTable(header: ["№", "Тема", "Заметка"],
                                  rows: hostile.enumerated().map { ["\($0.offset + 1)", $0.element, $0.element] })
        let html = try CMarkGFM.render(table.markdown, extensions: ["table", "autolink", "strikethrough"])
        for forbidden in ["<em>", "<strong>", "<a", "<script", "<code>", "<h1", "<del>", "<img", "<li>", "&copy;", "&lt;b&gt;b"] {
            #expect(!html.contains(forbidden), "rendered HTML contains \(forbidden)")
        }
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("&amp;copy; &amp;#60;b&amp;#62;"))
        // Column count is kept: one <tr> per row, three cells in each.
        let rows = html.components(separatedBy: "<tr>").dropFirst()
        #expect(rows.count == hostile.count + 1)
        for row in rows {
            let cells = row.components(separatedBy: "<td").count - 1 + row.components(separatedBy: "<th").count - 1
            #expect(cells == 3, "row has \(cells) cells: \(row)")
        }
        // Every hostile text comes back verbatim as cell text.
        #expect(html.contains("<td>a\\</td>"))
        #expect(html.contains("<td>back\\|slash</td>"))
    }

    @Test(.enabled(if: CMarkGFM.isAvailable, "cmark-gfm is not installed"))
    func lineStartTextStaysAParagraph() throws {
        for text in ["- a", "+ a", "1. a", "3) a", "# a", "> a", "===", "***", "    code", "<div>", "| a | b |"] {
            let html = try CMarkGFM.render("Intro\n" + MarkdownEscaping.escapeInline(text) + "\n")
            #expect(html.hasPrefix("<p>Intro\n"), "\(text) → \(html)")
            #expect(html.hasSuffix("</p>\n"), "\(text) → \(html)")
            #expect(html.components(separatedBy: "<").count == 3, "\(text) → \(html)")
        }
    }
}

@Suite struct HTMLEscapingTests {
    @Test func textEscapesMarkupButKeepsQuotes() {
        #expect(HTMLEscaping.escapeText("<script>alert(\"x\")</script> & 'ok'")
            == "&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'ok'")
    }

    @Test func attributeEscapesBothQuotes() {
        #expect(HTMLEscaping.escapeAttribute("a\"b'c<d>&e") == "a&quot;b&#39;c&lt;d&gt;&amp;e")
        #expect(HTMLEscaping.escapeAttribute("Сессия «Итоги»") == "Сессия «Итоги»")
    }

    @Test func entitiesAreEscapedNotPassedThrough() {
        #expect(HTMLEscaping.escapeText("&amp; &#60;") == "&amp;amp; &amp;#60;")
        #expect(HTMLEscaping.escapeText("a\0b") == "a\\u{0}b")
        #expect(HTMLEscaping.escapeText("\u{1B}[2J\u{202E}x") == "\\u{1B}[2J\\u{202E}x")
    }
}
