/// `SessionStatistics` as text for the terminal, in the session's language:
/// the directions' head counts, the program's hours, the groups' readiness
/// and what is still missing.
struct StatisticsReport {
    let statistics: SessionStatistics
    let language: Language

    func render() -> String {
        var out = statistics.title + "\n\n"
        out += directionsSection() + "\n"
        out += programSection() + "\n"
        out += readinessSection()
        return out
    }

    // MARK: Directions

    private func directionsSection() -> String {
        let s = statistics
        var out = ProgramCatalogue.directions.text(in: language) + "\n"
        if s.directions.isEmpty {
            return out + "  " + LocalizedText(en: "no directions yet", ru: "направлений пока нет").text(in: language) + "\n"
        }
        for row in s.directions {
            out += "  \(row.number) \(row.id) — \(row.title)\n"
        }
        out += "\n"
        var table = TextTable([.left, .right, .right, .right, .right, .right, .right, .right])
        table.add([ProgramCatalogue.directionLabel, LocalizedText(en: "Leaders", ru: "Лидеры"), LocalizedText(en: "Groups", ru: "Группы"),
                   LocalizedText(en: "Members", ru: "Участники"), LocalizedText(en: "Moderators", ru: "Модераторы"),
                   LocalizedText(en: "Collectors", ru: "Сборщики"), LocalizedText(en: "People", ru: "Люди"),
                   LocalizedText(en: "Complete", ru: "Готовы")].map { $0.text(in: language) })
        func cells(_ label: String, _ c: SessionStatistics.Counts) -> [String] {
            [label, "\(c.leaders)", "\(c.groups)", "\(c.members)", "\(c.moderators)", "\(c.collectors)",
             "\(c.people)", "\(c.completeGroups)/\(c.groups)"]
        }
        for row in s.directions { table.add(cells("\(row.number) \(row.id)", row.counts)) }
        table.add(cells(Self.total.text(in: language), s.total))
        out += table.render()
        out += "  " + LocalizedText(
            en: "People: different people of the direction (leaders, moderators, collectors, members), each once.",
            ru: "Люди — разные люди направления: лидеры, модераторы, сборщики и участники, каждый один раз.").text(in: language) + "\n"
        out += "  " + LocalizedText(
            en: "Everyone with a role in the session, with the host, architects, speakers, the slots' moderators and the team: \(s.everyone).",
            ru: "Всего людей с ролью в сессии, вместе с ведущим, архитекторами, выступающими, модераторами пунктов программы и командой: \(s.everyone).").text(in: language) + "\n"
        return out
    }

    // MARK: Program

    private func programSection() -> String {
        let s = statistics
        var out = ProgramCatalogue.program.text(in: language) + "\n"
        var table = TextTable([.left, .left, .right, .right, .right])
        table.add([LocalizedText(en: "Day", ru: "День"), LocalizedText(en: "Date", ru: "Дата"), ProgramCatalogue.program,
                   LocalizedText(en: "Group work", ru: "Работа в группах"), LocalizedText(en: "Share", ru: "Доля")]
            .map { $0.text(in: language) })
        for day in s.days {
            table.add([ProgramWords.day(day.number, in: language), date(day.date), duration(day.programMinutes),
                       duration(day.groupWorkMinutes), percent(day.groupWorkMinutes, of: day.programMinutes)])
        }
        if s.days.count > 1 {
            table.add([Self.total.text(in: language), "", duration(s.programMinutes), duration(s.groupWorkMinutes),
                       percent(s.groupWorkMinutes, of: s.programMinutes)])
        }
        out += table.render()
        out += "  " + LocalizedText(
            en: "Program: the time covered by the day's slots, without gaps where nothing is scheduled; share: the part of it that is group work.",
            ru: "Программа — время, занятое пунктами дня (промежутки без пунктов не считаются); доля — часть этого времени, отведённая работе в группах."
        ).text(in: language) + "\n"
        return out
    }

    // MARK: Readiness

    private func readinessSection() -> String {
        let s = statistics
        let complete = s.total.completeGroups, groups = s.total.groups
        let limits = "\(s.groupSize.lowerBound)–\(s.groupSize.upperBound)"
        var out = LocalizedText(en: "Readiness", ru: "Готовность").text(in: language) + "\n"
        if groups == 0 {
            out += "  " + Self.noGroups.text(in: language) + "\n"
        } else if groups == 1 && complete == 1 {
            // One group: «в ней», not «в каждой».
            out += "  " + LocalizedText(
                en: "The group is complete: \(limits) members, a moderator and a collector.",
                ru: "Группа готова: в ней от \(s.groupSize.lowerBound) до \(s.groupSize.upperBound) участников, есть модератор и сборщик."
            ).text(in: language) + "\n"
        } else if complete == groups {
            out += "  " + LocalizedText(
                en: "All \(groups) groups are complete: \(limits) members, a moderator and a collector each.",
                ru: "Все группы готовы (\(groups) из \(groups)): в каждой от \(s.groupSize.lowerBound) до \(s.groupSize.upperBound) участников, есть модератор и сборщик."
            ).text(in: language) + "\n"
        } else {
            let ruVerb = Plural.russian(complete, one: "готова", few: "готовы", many: "готово")
            let ruNoun = Plural.russian(complete, one: "группа", few: "группы", many: "групп")
            let enVerb = Plural.english(complete, one: "group is", other: "groups are")
            out += "  " + LocalizedText(
                en: "\(complete) of \(groups) \(enVerb) complete (complete: \(limits) members, a moderator and a collector).",
                ru: "\(ruVerb.prefix(1).uppercased() + ruVerb.dropFirst()) \(complete) \(ruNoun) из \(groups) (готовая группа — \(s.groupSize.lowerBound)–\(s.groupSize.upperBound) участников, модератор и сборщик)."
            ).text(in: language) + "\n"
        }
        if s.missing.isEmpty {
            out += "  " + LocalizedText(en: "Nothing is missing.", ru: "Всё на месте: не хватает ничего.").text(in: language) + "\n"
        } else {
            out += "  " + LocalizedText(en: "Missing:", ru: "Не хватает:").text(in: language) + "\n"
            for item in s.missing { out += "  – " + describe(item) + "\n" }
        }
        return out
    }

    private func describe(_ missing: SessionStatistics.Missing) -> String {
        func direction(_ number: Int, _ id: String) -> String {
            LocalizedText(en: "direction \(number) (\(id))", ru: "направление \(number) (\(id))").text(in: language)
        }
        switch missing {
        case .leader(let number, let id):
            return direction(number, id) + LocalizedText(en: ": no leader", ru: ": нет лидера").text(in: language)
        case .groups(let number, let id):
            return direction(number, id) + ": " + Self.noGroups.text(in: language)
        case .staff(let number, let id, let group, let moderator, let collector):
            let who: LocalizedText
            switch (moderator, collector) {
            case (true, true): who = LocalizedText(en: "has no moderator and no collector", ru: "нет модератора и сборщика")
            case (true, false): who = LocalizedText(en: "has no moderator", ru: "нет модератора")
            default: who = LocalizedText(en: "has no collector", ru: "нет сборщика")
            }
            return direction(number, id) + LocalizedText(en: ": group \(Quotes.guillemets(group)) \(who.en)",
                                                         ru: ": в группе \(Quotes.guillemets(group)) \(who.ru)").text(in: language)
        case .size(let number, let id, let group, let members, let allowed):
            let count = Plural.count(members, en: ("member", "members"), ru: ("участник", "участника", "участников"))
            return direction(number, id) + LocalizedText(
                en: ": group \(Quotes.guillemets(group)) has \(count.en); a group needs \(allowed.lowerBound)–\(allowed.upperBound)",
                ru: ": в группе \(Quotes.guillemets(group)) \(count.ru), а нужно от \(allowed.lowerBound) до \(allowed.upperBound)"
            ).text(in: language)
        case .conflict(let number, let id, let group):
            return direction(number, id) + LocalizedText(
                en: ": in group \(Quotes.guillemets(group)) one person holds two places; see sessionplan validate",
                ru: ": в группе \(Quotes.guillemets(group)) один человек на двух местах; подробности — sessionplan validate"
            ).text(in: language)
        case .templateNames(let count, let first):
            let names = first.map(Quotes.guillemets).joined(separator: ", ") + (count > first.count ? ", …" : "")
            return LocalizedText(
                en: "real people instead of the template's names (\(count)): \(names); sessionplan validate shows where",
                ru: "настоящие люди вместо имён из шаблона (\(count)): \(names); где они — покажет sessionplan validate"
            ).text(in: language)
        }
    }

    // MARK: Values

    static let total = LocalizedText(en: "Total", ru: "Всего")
    static let noGroups = LocalizedText(en: "no groups yet", ru: "групп пока нет")

    /// `4 ч 45 мин`, `2 ч`, `45 мин` / `4 h 45 min`.
    private func duration(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        let h = LocalizedText(en: "h", ru: "ч").text(in: language), m = LocalizedText(en: "min", ru: "мин").text(in: language)
        switch (hours, rest) {
        case (0, _): return "\(rest) \(m)"
        case (_, 0): return "\(hours) \(h)"
        default: return "\(hours) \(h) \(rest) \(m)"
        }
    }

    /// Rounded to a whole percent; `—` when there is nothing to divide by.
    private func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "—" }
        let value = (part * 200 + whole) / (2 * whole)
        return LocalizedText(en: "\(value)%", ru: "\(value) %").text(in: language)
    }

    /// `21.09.2021` / `2021-09-21`.
    private func date(_ date: CalendarDate) -> String {
        LocalizedText(en: date.description, ru: "\(twoDigits(date.day)).\(twoDigits(date.month)).\(date.year)").text(in: language)
    }
}
