/// `SessionStatistics` as text for the terminal, in the session's language:
/// the directions' head counts, the program's hours, the groups' readiness
/// and what is still missing.
struct StatisticsReport {
    let statistics: SessionStatistics
    let language: Language

    private var ru: Bool { language == .ru }
    private func t(_ russian: String, _ english: String) -> String { ru ? russian : english }

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
        var out = t("Направления", "Directions") + "\n"
        if s.directions.isEmpty {
            return out + "  " + t("направлений пока нет", "no directions yet") + "\n"
        }
        for row in s.directions {
            out += "  \(row.number) \(row.id) — \(row.title)\n"
        }
        out += "\n"
        var table = TextTable([.left, .right, .right, .right, .right, .right, .right, .right])
        table.add([t("Направление", "Direction"), t("Лидеры", "Leaders"), t("Группы", "Groups"),
                   t("Участники", "Members"), t("Модераторы", "Moderators"), t("Сборщики", "Collectors"),
                   t("Люди", "People"), t("Готовы", "Complete")])
        func cells(_ label: String, _ c: SessionStatistics.Counts) -> [String] {
            [label, "\(c.leaders)", "\(c.groups)", "\(c.members)", "\(c.moderators)", "\(c.collectors)",
             "\(c.people)", "\(c.completeGroups)/\(c.groups)"]
        }
        for row in s.directions { table.add(cells("\(row.number) \(row.id)", row.counts)) }
        table.add(cells(t("Всего", "Total"), s.total))
        out += table.render()
        out += "  " + t("Люди — разные люди направления: лидеры, модераторы, сборщики и участники, каждый один раз.",
                        "People: different people of the direction (leaders, moderators, collectors, members), each once.") + "\n"
        out += "  " + t("Всего людей в сессии, вместе с ведущим, архитекторами и выступающими: \(s.everyone).",
                        "Everyone named in the session, with the host, architects and speakers: \(s.everyone).") + "\n"
        return out
    }

    // MARK: Program

    private func programSection() -> String {
        let s = statistics
        var out = t("Программа", "Program") + "\n"
        var table = TextTable([.left, .left, .right, .right, .right])
        table.add([t("День", "Day"), t("Дата", "Date"), t("Программа", "Program"),
                   t("Работа в группах", "Group work"), t("Доля", "Share")])
        for day in s.days {
            table.add([t("День \(day.number)", "Day \(day.number)"), date(day.date), duration(day.programMinutes),
                       duration(day.groupWorkMinutes), percent(day.groupWorkMinutes, of: day.programMinutes)])
        }
        if s.days.count > 1 {
            table.add([t("Всего", "Total"), "", duration(s.programMinutes), duration(s.groupWorkMinutes),
                       percent(s.groupWorkMinutes, of: s.programMinutes)])
        }
        out += table.render()
        out += "  " + t("Программа — время, занятое пунктами дня (промежутки без пунктов не считаются); доля — часть этого времени, отведённая работе в группах.",
                        "Program: the time covered by the day's slots, without gaps where nothing is scheduled; share: the part of it that is group work.") + "\n"
        return out
    }

    // MARK: Readiness

    private func readinessSection() -> String {
        let s = statistics
        let complete = s.total.completeGroups, groups = s.total.groups
        let limits = "\(s.groupSize.lowerBound)–\(s.groupSize.upperBound)"
        var out = t("Готовность", "Readiness") + "\n"
        let what = t(": в каждой от \(s.groupSize.lowerBound) до \(s.groupSize.upperBound) участников, есть модератор и сборщик",
                     ": \(limits) members, a moderator and a collector each")
        if groups == 0 {
            out += "  " + t("групп пока нет", "no groups yet") + "\n"
        } else if complete == groups {
            // One group: «в ней», not «в каждой».
            let single = t(": в ней от \(s.groupSize.lowerBound) до \(s.groupSize.upperBound) участников, есть модератор и сборщик",
                           ": \(limits) members, a moderator and a collector")
            out += "  " + t(groups == 1 ? "Группа готова\(single)." : "Все группы готовы (\(groups) из \(groups))\(what).",
                            groups == 1 ? "The group is complete\(single)." : "All \(groups) groups are complete\(what).") + "\n"
        } else {
            let ruVerb = Plural.russian(complete, one: "готова", few: "готовы", many: "готово")
            let ruNoun = Plural.russian(complete, one: "группа", few: "группы", many: "групп")
            let enVerb = Plural.english(complete, one: "group is", other: "groups are")
            out += "  " + t("\(ruVerb.prefix(1).uppercased() + ruVerb.dropFirst()) \(complete) \(ruNoun) из \(groups) (готовая группа — \(s.groupSize.lowerBound)–\(s.groupSize.upperBound) участников, модератор и сборщик).",
                            "\(complete) of \(groups) \(enVerb) complete (complete: \(limits) members, a moderator and a collector).") + "\n"
        }
        if s.missing.isEmpty {
            out += "  " + t("Всё на месте: не хватает ничего.", "Nothing is missing.") + "\n"
        } else {
            out += "  " + t("Не хватает:", "Missing:") + "\n"
            for item in s.missing { out += "  – " + describe(item) + "\n" }
        }
        return out
    }

    private func describe(_ missing: SessionStatistics.Missing) -> String {
        func direction(_ number: Int, _ id: String) -> String { t("направление \(number) (\(id))", "direction \(number) (\(id))") }
        switch missing {
        case .leader(let number, let id):
            return direction(number, id) + t(": нет лидера", ": no leader")
        case .groups(let number, let id):
            return direction(number, id) + t(": групп пока нет", ": no groups yet")
        case .staff(let number, let id, let group, let moderator, let collector):
            let who: String
            switch (moderator, collector) {
            case (true, true): who = t("нет модератора и сборщика", "has no moderator and no collector")
            case (true, false): who = t("нет модератора", "has no moderator")
            default: who = t("нет сборщика", "has no collector")
            }
            return direction(number, id) + t(": в группе \(Quotes.guillemets(group)) \(who)", ": group \(Quotes.guillemets(group)) \(who)")
        case .size(let number, let id, let group, let members, let allowed):
            let count = Plural.count(members, en: ("member", "members"), ru: ("участник", "участника", "участников"))
            return direction(number, id) + t(
                ": в группе \(Quotes.guillemets(group)) \(count.ru), а нужно от \(allowed.lowerBound) до \(allowed.upperBound)",
                ": group \(Quotes.guillemets(group)) has \(count.en); a group needs \(allowed.lowerBound)–\(allowed.upperBound)")
        case .conflict(let number, let id, let group):
            return direction(number, id) + LocalizedText(
                en: ": in group \(Quotes.guillemets(group)) one person holds two places; see sessionplan validate",
                ru: ": в группе \(Quotes.guillemets(group)) один человек на двух местах; подробности — sessionplan validate"
            ).text(in: language)
        }
    }

    // MARK: Values

    /// `4 ч 45 мин`, `2 ч`, `45 мин` / `4 h 45 min`.
    private func duration(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        let h = t("ч", "h"), m = t("мин", "min")
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
        return ru ? "\(value) %" : "\(value)%"
    }

    /// `21.09.2021` / `2021-09-21`.
    private func date(_ date: CalendarDate) -> String {
        ru ? "\(twoDigits(date.day)).\(twoDigits(date.month)).\(date.year)" : date.description
    }
}
