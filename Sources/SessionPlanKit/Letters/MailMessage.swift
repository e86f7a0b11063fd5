import Foundation

/// An RFC 5322 message file a mail program opens as a draft: UTF-8, MIME
/// multipart/mixed with the text (base64) and a `text/calendar` attachment,
/// RFC 2047 encoded-words for headers that are not plain ASCII, folded at
/// 76 columns, CRLF line ends, `X-Unsent: 1` (Outlook and Thunderbird open it
/// as a draft to send). No `From:`: the mail program fills in the account.
enum MailMessage {
    /// The whole message, deterministic: the boundary comes from the content, the date from the file.
    static func render(to name: String, address: String, subject: String, date: String,
                       body: String, calendar: String, calendarName: String) -> String {
        // No control character reaches a header, even encoded.
        let name = OutputSanitizer.clean(name), subject = OutputSanitizer.clean(subject)
        let bodyData = Array(body.utf8), calendarData = Array(calendar.utf8)
        let boundary = "sessionplan-" + String(fingerprint(bodyData + calendarData), radix: 16)
        var lines: [String] = [
            "MIME-Version: 1.0",
            "Date: " + date,
            header("To", mailbox(name: name, address: address)),
            header("Subject", encodedText(subject, used: "Subject: ".count)),
            "X-Unsent: 1",
            "Content-Type: multipart/mixed; boundary=\"\(boundary)\"",
            "",
            "--" + boundary,
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "",
        ]
        lines += base64Lines(bodyData)
        lines += [
            "--" + boundary,
            "Content-Type: text/calendar; charset=UTF-8; method=PUBLISH;",
            " name=\"\(calendarName)\"",
            "Content-Disposition: attachment; filename=\"\(calendarName)\"",
            "Content-Transfer-Encoding: base64",
            "",
        ]
        lines += base64Lines(calendarData)
        lines += ["--" + boundary + "--", ""]
        return lines.joined(separator: "\r\n")
    }

    private static func header(_ name: String, _ value: String) -> String { "\(name): \(value)" }

    /// `"Display Name" <address>` or, when the name is not plain ASCII, encoded-words then the address.
    static func mailbox(name: String, address: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        let phrase: String
        if plain {
            let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            phrase = "\"\(quoted)\""
        } else {
            phrase = encodedText(name, used: "To: ".count)
        }
        // The address on a line of its own when the name already filled the line.
        let lastLine = phrase.components(separatedBy: "\r\n").last ?? phrase
        let separator = lastLine.count + address.count + 3 > 76 ? "\r\n " : " "
        return phrase + separator + "<\(address)>"
    }

    /// The text as it may stand in a header: ASCII as is when short, else
    /// `=?UTF-8?B?…?=` words of at most 75 characters, each on its own folded
    /// line, never splitting a character. `used`: the columns already taken on the first line.
    static func encodedText(_ text: String, used: Int) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        if plain, used + text.count <= 76, !text.contains("=?") { return text }
        // 45 bytes give 60 base64 characters; with "=?UTF-8?B?" and "?=" a word is 72 columns, 73 with the fold's space.
        // A word ends after a space where it can (white space between encoded-words is dropped by readers, so the
        // space stays inside the word before), else between two characters, never inside one.
        var words: [String] = []
        var chunk: [UInt8] = []
        /// Bytes per word: 45 on a folded line; on the first, what the columns left by the header name allow.
        var limit = max(3, min(45, (76 - used - 12) / 4 * 3))
        func flush() {
            defer { limit = 45 }
            words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=")
            chunk = []
        }
        var pieces: [String] = []
        var piece = ""
        for character in text {
            piece.append(character)
            if character == " " { pieces.append(piece); piece = "" }
        }
        if !piece.isEmpty { pieces.append(piece) }
        for piece in pieces {
            let bytes = Array(piece.utf8)
            if chunk.count + bytes.count <= limit { chunk += bytes; continue }
            if !chunk.isEmpty { flush() }
            if bytes.count <= limit { chunk = bytes; continue }
            for character in piece {
                let characterBytes = Array(String(character).utf8).prefix(45)
                if chunk.count + characterBytes.count > limit, !chunk.isEmpty { flush() }
                chunk += characterBytes
            }
        }
        if !chunk.isEmpty || words.isEmpty { flush() }
        return words.joined(separator: "\r\n ")
    }

    /// Base64 in lines of 76 characters.
    static func base64Lines(_ bytes: [UInt8]) -> [String] {
        let encoded = Array(Data(bytes).base64EncodedString().utf8)
        return stride(from: 0, to: encoded.count, by: 76).map {
            String(decoding: encoded[$0..<min($0 + 76, encoded.count)], as: UTF8.self)
        }
    }

    /// `Tue, 21 Sep 2021 09:00:00 +0300`: the session's `updated`, else its first day at 00:00, in its zone.
    static func date(of session: Session) -> String {
        let zone = session.timeZone
        let instant: Date
        if let updated = session.updated {
            instant = ProgramClock.instant(date: updated.date, time: updated.time, in: zone)
        } else if let first = session.days.map(\.date).min(), let midnight = ClockTime(minutes: 0) {
            instant = ProgramClock.instant(date: first, time: midnight, in: zone)
        } else {
            instant = Date(timeIntervalSince1970: 0)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: instant)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekday = weekdays[max(0, min(6, (parts.weekday ?? 1) - 1))]
        let month = months[max(0, min(11, (parts.month ?? 1) - 1))]
        let offset = zone.secondsFromGMT(for: instant) / 60
        let sign = offset < 0 ? "-" : "+"
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        let zoneText = sign + two(abs(offset) / 60) + two(abs(offset) % 60)
        return "\(weekday), \(parts.day ?? 1) \(month) \(parts.year ?? 1970) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) \(zoneText)"
    }

    /// Whether `address` may stand between `<` and `>` as it is: one `@`, printable ASCII, no spaces or brackets.
    static func isUsableAddress(_ address: String) -> Bool {
        let forbidden: Set<Unicode.Scalar> = ["<", ">", ",", ";", "\"", "\\", "(", ")", "[", "]", " "]
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty && address.count <= 254
            && address.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && !forbidden.contains($0) }
    }

    private static func fingerprint(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
