import Foundation

/// `sessionplan letters FILE -o DIR|OUT.csv [--to eml|csv] [--role ROLE] [--direction ID] [--person NAME]`
enum LettersCommand {
    enum Format: String, CaseIterable { case eml, csv }

    static let format = OptionSpec(name: "--to", valueName: "FORMAT", choices: Format.allCases.map(\.rawValue),
                                   help: LocalizedText(en: "eml (a message file per person, the default) or csv (one mail-merge table for Word)",
                                                       ru: "eml (файл письма на каждого, по умолчанию) или csv (одна таблица для слияния в Word)"))

    static let spec = CommandSpec(
        name: "letters",
        summary: LocalizedText(en: "a personal letter to everyone with an e-mail: their role, group and own program",
                               ru: "личное письмо каждому, у кого есть почта: роль, группа и своя программа"),
        options: [
            format,
            SharedOptions.output.with(help: LocalizedText(en: "eml: the folder for the letters; csv: the table's file (standard output without -o)",
                                                          ru: "eml: папка для писем; csv: файл таблицы (без -o — стандартный вывод)")),
            SharedOptions.role.with(help: LocalizedText(en: "write only to people of this role: leaders, moderators, collectors, participants, experts, organizers",
                                                        ru: "писать только людям этой роли: leaders, moderators, collectors, participants, experts, organizers")),
            SharedOptions.direction.with(help: LocalizedText(en: "write only to the people of this direction (its id)",
                                                             ru: "писать только людям этого направления (его id)")),
            SharedOptions.person.with(help: LocalizedText(en: "write only to this person", ru: "написать только этому человеку")),
        ],
        details: LocalizedText(
            en: """
                One letter per person who has an e-mail in people, in the session's language: the greeting by name \
                and patronymic, what they are in the session, their group with its moderator, collector and room, \
                their own program in their own zone (their timezone, else their region's, else the session's; for a \
                session held at a place, the session's zone, with their own beside it when a place is also online), the \
                notes and the public contacts (team members with contact: true). eml: a message file per person in \
                DIR (created when missing), readable only by you, with their calendar attached; a mail program opens \
                it as a draft to send. csv: one table for Word's mail merge. Nothing is sent. People without an e-mail \
                are listed on standard error. Exit status: 0 written, 1 the file is not a usable session, 2 a wrong \
                option or name, or the letters cannot be written.
                """,
            ru: """
                Одно письмо каждому, у кого в people есть e-mail, на языке сессии: обращение по имени и отчеству, \
                кто он в сессии, его группа с модератором, сборщиком и комнатой, его программа в его часовом поясе \
                (timezone, иначе пояс его региона, иначе пояс сессии; у сессии с местами проведения — в поясе сессии, \
                а если какое-то место ещё и онлайн, то и в его поясе рядом), примечания и контакты для связи (члены команды \
                с contact: true). eml: файл письма на каждого в папке DIR (создаётся, если её нет), доступный только \
                вам, с приложенным календарём; почтовая программа открывает его как черновик для отправки. csv: одна \
                таблица для слияния в Word. Ничего не отправляется. Люди без почты перечисляются в стандартном потоке \
                ошибок. Код выхода: 0 — записано, 1 — файл не удаётся прочитать как сессию, 2 — неверный параметр или \
                имя, либо письма не удаётся записать.
                """)
    )

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        let output = arguments.value(SharedOptions.output)
        let format = arguments.value(format).flatMap(Format.init(rawValue:))
            ?? (output.map { $0.lowercased().hasSuffix(".csv") } == true ? .csv : .eml)
        if format == .eml, output == nil {
            return console.usage(UsageError(message: LocalizedText(
                en: "--to eml writes one file per person: name the folder with -o, for example -o letters",
                ru: "--to eml пишет по файлу на человека: укажите папку через -o, например -o letters")), spec: spec)
        }
        let input: ProgramInput
        switch ProgramInput.read(arguments, console, spec: spec) {
        case .failure(let status): return status
        case .success(let read): input = read
        }
        let view = input.view
        let session = view.session
        let people = session.peopleByKey

        var recipients = Array(session.personIndex.entries)
        if let person = view.person { recipients = recipients.filter { $0.key == person.key } }
        if let role = view.role { recipients = recipients.filter { $0.roles.contains(role) } }
        if let direction = view.direction {
            recipients = recipients.filter { person in
                person.groups.contains { $0.directionID == direction.id } || person.ledDirections.contains(direction.number)
            }
        }

        var letters: [Letter] = []
        var missing: [String] = []
        var unusable: [String] = []
        for person in recipients {
            let email = person.details?.email?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !email.isEmpty else { missing.append(person.name); continue }
            guard MailMessage.isUsableAddress(email),
                  let letter = Letter(person: person, email: email, session: session, people: people) else {
                unusable.append(person.name)
                continue
            }
            letters.append(letter)
        }

        switch format {
        case .csv:
            let table = LetterTable.render(letters, language: session.language)
            if let output {
                switch OutputFile.write(bytes: Array(table.utf8), to: output, overwrite: false, inputPaths: [input.path],
                                        isPrivate: true, relativeTo: console.context.currentDirectory) {
                case .failure(let error): return console.fail(error.message)
                case .success: break
                }
            } else {
                console.context.standardOutput.write(bytes: Array(table.utf8))
            }
        case .eml:
            guard let folder = output else { return .usage }
            if let status = write(letters, session: session, to: folder, inputPath: input.path, console: console) { return status }
        }
        report(missing: missing, unusable: unusable, written: letters.count, output: output, console: console)
        input.reportProblems(console)
        return .success
    }

    /// Each letter to its file in `folder`; the exit status of a failure, nil when all are written.
    private static func write(_ letters: [Letter], session: Session, to folder: String, inputPath: String, console: Console) -> ExitStatus? {
        let base = URL(fileURLWithPath: console.context.currentDirectory, isDirectory: true)
        let absolute = folder.hasPrefix("/") ? folder : base.appendingPathComponent(folder).path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                return console.fail(LocalizedText(en: "\(folder) is a file, not a folder: name a folder for the letters with -o",
                                                  ru: "\(folder) — файл, а не папка: укажите в -o папку для писем"))
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: absolute, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                return console.fail(LocalizedText(en: "cannot create the folder \(folder): \(error.localizedDescription)",
                                                  ru: "не удаётся создать папку \(folder): \(error.localizedDescription)"))
            }
        }
        let date = MailMessage.date(of: session)
        let calendarName = LocalizedText(en: "program.ics", ru: "programma.ics").text(in: session.language)
        var names = LetterFileNames()
        for letter in letters {
            let message = MailMessage.render(to: letter.name, address: letter.email, subject: session.title, date: date,
                                             body: letter.body.replacingOccurrences(of: "\n", with: "\r\n"),
                                             calendar: letter.calendar, calendarName: calendarName)
            let path = (absolute as NSString).appendingPathComponent(names.next(for: letter.name, ext: "eml"))
            switch OutputFile.write(bytes: Array(message.utf8), to: path, overwrite: false, inputPaths: [inputPath],
                                    isPrivate: true, relativeTo: console.context.currentDirectory) {
            case .failure(let error): return console.fail(error.message)
            case .success: break
            }
        }
        return nil
    }

    /// «Писем: 12 (letters). Нет адреса почты у 3 человек: …».
    private static func report(missing: [String], unusable: [String], written: Int, output: String?, console: Console) {
        let count = Plural.count(written, en: ("letter", "letters"), ru: ("письмо", "письма", "писем"))
        if let output {
            console.report(console.text(LocalizedText(en: "\(count.en) written to \(output)\n", ru: "\(count.ru) записано в \(output)\n")))
        }
        if !missing.isEmpty {
            let people = Plural.count(missing.count, en: ("person", "people"), ru: ("человека", "человек", "человек"))
            let list = missing.joined(separator: ", ")
            console.report("sessionplan: " + console.text(LocalizedText(
                en: "no e-mail for \(people.en), no letter written (add email in people): \(list)\n",
                ru: "нет адреса почты у \(people.ru), письма им не написаны (добавьте email в people): \(list)\n")))
        }
        if !unusable.isEmpty {
            let list = unusable.joined(separator: ", ")
            console.report("sessionplan: " + console.text(LocalizedText(
                en: "an e-mail address that cannot be used (one @, no spaces or brackets), no letter written: \(list)\n",
                ru: "адрес почты, который нельзя использовать (одна @, без пробелов и скобок), письмо не написано: \(list)\n")))
        }
    }
}
