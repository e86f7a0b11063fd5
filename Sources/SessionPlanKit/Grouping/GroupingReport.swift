/// What `sessionplan groups` says on standard error after forming groups, in
/// the interface language: per direction, how many registered and the groups
/// with their sizes; in total, how many moderators and collectors are still to
/// be found («модераторов: 3» rather than a numeral phrase that would need
/// the animate accusative).
struct GroupingReport {
    let outcome: SessionGrouping.Outcome
    let language: Language

    /// A detail as the report lists it.
    private static func detailName(_ field: RegistrationField) -> LocalizedText {
        switch field {
        case .organization: LocalizedText(en: "organization", ru: "организация")
        case .region: LocalizedText(en: "region", ru: "регион")
        case .email: LocalizedText(verbatim: "e-mail")
        case .phone: LocalizedText(en: "phone", ru: "телефон")
        case .name, .direction: field.displayName
        }
    }

    func render() -> String {
        var out = ""
        var registered = 0, newGroups = 0
        for direction in outcome.directions {
            let groups = direction.groups
            registered += groups.registeredCount + direction.skipped.count
            newGroups += groups.newGroupCount
            let count = groups.registeredCount + direction.skipped.count
            out += LocalizedText(en: "Direction \(direction.number) (\(direction.id)) \(Quotes.guillemets(direction.title)): ",
                                 ru: "Направление \(direction.number) (\(direction.id)) \(Quotes.guillemets(direction.title)) — ").text(in: language)
            let registrations = count == 0 ? LocalizedText(en: "nobody registered", ru: "регистраций нет")
                                           : LocalizedText(en: "\(count) registered", ru: "зарегистрировано: \(count)")
            out += registrations.text(in: language)
            out += "\n"
            for group in groups.groups {
                let size = Plural.count(group.memberCount, en: ("member", "members"), ru: ("участник", "участника", "участников"))
                var line = "  \(Quotes.guillemets(group.name)) — " + size.text(in: language)
                if group.isNew {
                    line += LocalizedText(en: ", new", ru: ", новая").text(in: language)
                } else if !group.newMembers.isEmpty {
                    line += LocalizedText(en: " (\(group.newMembers.count) added)",
                                          ru: " (добавлено: \(group.newMembers.count))").text(in: language)
                }
                out += line + "\n"
            }
            let stay = groups.alreadyPlaced.count
            if stay > 0 {
                out += LocalizedText(en: "  already in groups: \(stay) (they stay where they are)\n",
                                     ru: "  уже в группах: \(stay) (остаются на своих местах)\n").text(in: language)
            }
            for person in groups.alreadyPlaced where person.directionIndex != direction.number - 1 {
                let other = outcome.directions[person.directionIndex]
                out += LocalizedText(en: "  \(person.registrant.name) (row \(person.registrant.row)): already in \(Quotes.guillemets(person.groupName)) of direction \(other.number); stays there\n",
                                     ru: "  \(person.registrant.name) (строка \(person.registrant.row)): уже в группе \(Quotes.guillemets(person.groupName)) направления \(other.number), остаётся там\n").text(in: language)
            }
            for skipped in direction.skipped {
                out += LocalizedText(en: "  \(skipped.registrant.name) (row \(skipped.registrant.row)) is \(skipped.role.en); not added as a member\n",
                                     ru: "  \(skipped.registrant.name) (строка \(skipped.registrant.row)) — \(skipped.role.ru); в группу участников не добавлен(а)\n").text(in: language)
            }
        }
        if !outcome.droppedPlaceholders.isEmpty {
            let count = outcome.droppedPlaceholders.count
            let names = outcome.droppedPlaceholders.map(Quotes.guillemets).joined(separator: ", ")
            out += LocalizedText(en: "The template's placeholders taken out of their groups (\(count)): \(names)\n",
                                 ru: "Заполнители шаблона убраны из групп (\(count)): \(names)\n").text(in: language)
        }
        if !outcome.unregistered.isEmpty {
            let count = outcome.unregistered.count
            out += outcome.droppedUnregistered
                ? LocalizedText(en: "No longer in the registration list, taken out of their groups (\(count)):\n",
                                ru: "Больше нет в списке регистраций, убраны из групп (\(count)):\n").text(in: language)
                : LocalizedText(en: "No longer in the registration list, kept in their groups (\(count)); add --drop-unregistered to take them out:\n",
                                ru: "Больше нет в списке регистраций, оставлены в группах (\(count)); чтобы убрать их, добавьте --drop-unregistered:\n").text(in: language)
            for person in outcome.unregistered {
                out += LocalizedText(en: "  \(person.name): \(Quotes.guillemets(person.group)) of direction \(person.direction)\n",
                                     ru: "  \(person.name) — группа \(Quotes.guillemets(person.group)) направления \(person.direction)\n").text(in: language)
            }
        }
        if outcome.peopleAdded > 0 || outcome.peopleCompleted > 0 {
            let fields = outcome.detailFields.map { Self.detailName($0).text(in: language) }.joined(separator: ", ")
            out += LocalizedText(en: "Details from the list (\(fields)) written into \"people\": \(outcome.peopleAdded) added, \(outcome.peopleCompleted) completed.\n",
                                 ru: "Сведения из списка (\(fields)) записаны в \"people\": новых записей — \(outcome.peopleAdded), дополнено — \(outcome.peopleCompleted).\n").text(in: language)
        }
        if outcome.root != nil, !outcome.recased.isEmpty {
            let count = outcome.recased.count
            var shown = outcome.recased.prefix(3).map { "\(Quotes.guillemets($0.written)) → \(Quotes.guillemets($0.name))" }.joined(separator: ", ")
            if count > 3 { shown += LocalizedText(en: " and \(count - 3) more", ru: " и ещё \(count - 3)").text(in: language) }
            out += LocalizedText(en: "Names written in capitals or without any, written as names: \(count) (\(shown)).\n",
                                 ru: "ФИО, написанные заглавными или строчными буквами, записаны как имена: \(count) (\(shown)).\n").text(in: language)
        }
        if outcome.root != nil, !outcome.detailFields.contains(.email) {
            out += LocalizedText(en: "The list has no e-mail column: no registrant's e-mail is written, and letters writes only to people who have one; head the column «E-mail» or «Адрес электронной почты».\n",
                                 ru: "В списке нет столбца e-mail: адреса участников не записаны, а letters пишет только тем, у кого адрес есть; назовите столбец «E-mail» или «Адрес электронной почты».\n").text(in: language)
        }
        if !outcome.disagreements.isEmpty {
            out += LocalizedText(en: "The list disagrees with the file (\(outcome.disagreements.count)):\n",
                                 ru: "Список расходится с файлом (\(outcome.disagreements.count)):\n").text(in: language)
            for line in outcome.disagreements { out += "  " + line.text(in: language) + "\n" }
        }
        out += LocalizedText(en: "In total: \(registered) registered; \(newGroups) new \(Plural.english(newGroups, one: "group", other: "groups")).\n",
                             ru: "Итого зарегистрировано: \(registered); новых групп: \(newGroups).\n").text(in: language)
        let moderators = outcome.moderatorsNeeded, collectors = outcome.collectorsNeeded
        let groupCount = outcome.directions.reduce(0) { $0 + $1.groups.groups.count }
        if moderators == 0 && collectors == 0 && groupCount == 0 {
            out += LocalizedText(en: "No groups yet: no moderators or collectors are needed.\n",
                                 ru: "Групп пока нет: некому назначать модераторов и сборщиков.\n").text(in: language)
        } else if moderators == 0 && collectors == 0 && groupCount == 1 {
            out += LocalizedText(en: "The group has its moderator and collector.\n",
                                 ru: "У группы есть модератор и сборщик.\n").text(in: language)
        } else if moderators == 0 && collectors == 0 {
            out += LocalizedText(en: "Every group has its moderator and collector.\n",
                                 ru: "Модераторы и сборщики есть во всех группах.\n").text(in: language)
        } else {
            out += LocalizedText(en: "Still to be found: \(moderators) \(Plural.english(moderators, one: "moderator", other: "moderators")), \(collectors) \(Plural.english(collectors, one: "collector", other: "collectors")).\n",
                                 ru: "Ещё нужно найти модераторов: \(moderators), сборщиков: \(collectors).\n").text(in: language)
        }
        return out
    }
}
