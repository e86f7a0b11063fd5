import Foundation
import Testing
@testable import SessionPlanKit

/// Sessions and tools the export tests share.
enum ExportFixtures {
    static let reference = "examples/tochka-kipeniya.json"
    static let russian = ["LANG": "ru_RU.UTF-8"]

    /// Text full of Markdown, HTML and iCalendar syntax.
    static let hostile = #"| *a* _b_ [x](http://e) <script>alert(1)</script> `c` # ; , \ "#

    /// A JSON string literal for `text`.
    static func json(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [])) ?? Data("[\"\"]".utf8)
        let array = String(decoding: data, as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }

    /// A valid session whose every text is hostile; slot titles also start
    /// with a list marker, a heading marker and an ordered-list marker.
    static func hostileSession() -> String {
        let h = json(hostile)
        return """
        {
          "version": 1,
          "title": \(json("1. " + hostile)),
          "subtitle": \(json("- " + hostile)),
          "timezone": "Europe/Moscow",
          "venue": \(h),
          "notes": [\(json("1. " + hostile)), \(json("# " + hostile)), \(json("- " + hostile))],
          "people": [{"name": "Лектор", "position": \(h)}],
          "days": [
            { "date": "2021-09-21", "title": \(json("# " + hostile)),
              "slots": [
                { "start": "09:00", "end": "09:15", "title": \(json("1. " + hostile)), "kind": "opening", "speakers": ["Лектор"] },
                { "start": "09:15", "end": "10:15", "title": \(json("- " + hostile)), "kind": "talk", "notes": \(h) },
                { "start": "10:15", "end": "11:15", "title": \(json("# " + hostile)), "kind": "group-work" }
              ] }
          ],
          "directions": [
            { "id": "d", "title": \(h), "leaders": ["Лектор"],
              "groups": [ { "name": "Группа 1", "moderator": "М", "collector": "С",
                            "members": ["У1", "У2", "У3", "У4", "У5"] } ] }
          ]
        }
        """
    }

    /// Writes `text` as `session.json` in a fresh folder; the caller cleans up.
    static func folder(with text: String, name: String = "session.json") -> (TemporaryFolder, String) {
        let folder = TemporaryFolder()
        return (folder, folder.write(name, text))
    }

    /// Reference session text with `replacing` applied.
    static func referenceText() -> String {
        (try? String(contentsOf: RepositoryPaths.examples.appendingPathComponent("tochka-kipeniya.json"), encoding: .utf8)) ?? ""
    }

    /// What the privacy tests look for in the reference session: a member, a room, an e-mail, a phone.
    static let member = "Васильева Татьяна Петровна"
    static let moderator = "Калинин Роман Олегович"
    static let room = "zoom.us/j/1000000001"
    static let email = "host@example.org"
    static let phone = "000-00-01"
}

extension String {
    /// The number of times `part` occurs.
    func occurrences(of part: String) -> Int {
        components(separatedBy: part).count - 1
    }
}
