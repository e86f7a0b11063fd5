/// Options several commands share, declared once: a command lists the ones it
/// takes in its `CommandSpec`, and reads them through these declarations
/// (`arguments.value(SharedOptions.output)`), never by retyping their names.
/// A new shared option (`--include-links`, `--previous`) is one declaration here.
enum SharedOptions {
    static let output = OptionSpec(name: "--output", short: "-o", valueName: "OUT",
                                   help: LocalizedText(en: "write to the file OUT instead of standard output",
                                                       ru: "записать в файл OUT, а не в стандартный вывод"))
    static let overwrite = OptionSpec(name: "--overwrite",
                                      help: LocalizedText(en: "allow -o to name FILE itself",
                                                          ru: "разрешить указать в -o сам FILE"))

    // MARK: Which program (ProgramQuery)

    static let day = OptionSpec(name: "--day", valueName: "N|DATE",
                                help: LocalizedText(en: "one day only: its number (1, 2, …) or its date YYYY-MM-DD or DD.MM.YYYY",
                                                    ru: "только один день: его номер (1, 2, …) или дата ГГГГ-ММ-ДД или ДД.ММ.ГГГГ"))
    static let timeZone = OptionSpec(name: "--tz", valueName: "ZONE",
                                     help: LocalizedText(en: "times in this IANA zone (Asia/Vladivostok, UTC), city or region of Russia (Vladivostok, Благовещенск) or МСК+N instead of the session's",
                                                         ru: "время в этом поясе IANA (Asia/Vladivostok, UTC), городе или регионе (Владивосток, Благовещенск) или МСК+N вместо пояса сессии"))
    /// `--tz` given several times: one time column per zone.
    static let timeZones = OptionSpec(name: "--tz", valueName: "ZONE", repeatable: true,
                                      help: LocalizedText(en: "times in this IANA zone (Asia/Vladivostok), city or region (Благовещенск) or МСК+N; repeat for several columns",
                                                          ru: "время в этом поясе IANA (Asia/Vladivostok), городе или регионе (Благовещенск) или МСК+N; несколько раз — несколько колонок"))
    static let person = OptionSpec(name: "--person", valueName: "NAME",
                                   help: LocalizedText(en: "that person's own program and who they are in the session",
                                                       ru: "личная программа этого человека и его роли в сессии"))
    static let role = OptionSpec(name: "--role", valueName: "ROLE",
                                 help: LocalizedText(en: "the program of a role: leaders, moderators, collectors, participants, experts, organizers",
                                                     ru: "программа для роли: лидеры, модераторы, сборщики, участники, эксперты, организаторы (или leaders, moderators, …)"))
    static let direction = OptionSpec(name: "--direction", valueName: "ID|N",
                                      help: LocalizedText(en: "the program as one direction's people see it (the direction's id or number)",
                                                          ru: "программа глазами людей одного направления (id или номер направления)"))

    // MARK: What to include (ExportOptions)

    static let includeGroups = OptionSpec(name: "--include-groups",
                                          help: LocalizedText(en: "add the groups: moderators, collectors, members and rooms",
                                                              ru: "добавить группы: модераторов, сборщиков, участников и комнаты"))
    static let includeContacts = OptionSpec(name: "--include-contacts",
                                            help: LocalizedText(en: "add e-mail addresses and phone numbers",
                                                                ru: "добавить адреса электронной почты и телефоны"))
    static let includeLinks = OptionSpec(name: "--include-links",
                                         help: LocalizedText(en: "add places' private online rooms (their link)",
                                                             ru: "добавить закрытые ссылки мест (онлайн-комнаты)"))
    static let includes = [includeGroups, includeContacts, includeLinks]

    /// The query the program options give; the time zones as given (a command may reorder them).
    /// A mistake is reported before any file is read.
    static func query(_ arguments: ParsedArguments) throws(ProgramQueryError) -> ProgramQuery {
        var query = ProgramQuery()
        if let day = arguments.value(day) { query.day = try ProgramQuery.daySelector(day).get() }
        for zone in arguments.all(timeZone) { query.timeZones.append(try ProgramQuery.timeZone(zone).get()) }
        query.person = arguments.value(person)
        if let role = arguments.value(role) { query.role = try ProgramQuery.role(role).get() }
        query.direction = arguments.value(direction)
        return query
    }

    /// What the `--include-…` flags allow.
    static func exportOptions(_ arguments: ParsedArguments) -> ExportOptions {
        ExportOptions(includeGroups: arguments.has(includeGroups), includeContacts: arguments.has(includeContacts),
                      includeLinks: arguments.has(includeLinks))
    }
}
