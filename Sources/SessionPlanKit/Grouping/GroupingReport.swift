/// What `sessionplan groups` says on standard error after forming groups, in
/// the interface language: per direction, how many registered and the groups
/// with their sizes; in total, how many moderators and collectors are still to
/// be found («модераторов: 3» rather than a numeral phrase that would need
/// the animate accusative).
struct GroupingReport {
    let outcome: SessionGrouping.Outcome
    let language: Language

    private func t(_ russian: String, _ english: String) -> String { language == .ru ? russian : english }

    func render() -> String {
        var out = ""
        var registered = 0, newGroups = 0
        for direction in outcome.directions {
            let groups = direction.groups
            registered += groups.registeredCount + direction.skipped.count
            newGroups += groups.newGroupCount
            let count = groups.registeredCount + direction.skipped.count
            out += t("Направление \(direction.number) (\(direction.id)) \(Quotes.guillemets(direction.title)) — ",
                     "Direction \(direction.number) (\(direction.id)) \(Quotes.guillemets(direction.title)): ")
            out += count == 0 ? t("регистраций нет", "nobody registered") : t("зарегистрировано: \(count)", "\(count) registered")
            out += "\n"
            for group in groups.groups {
                let size = Plural.count(group.memberCount, en: ("member", "members"), ru: ("участник", "участника", "участников"))
                var line = "  \(Quotes.guillemets(group.name)) — " + t(size.ru, size.en)
                if group.isNew {
                    line += t(", новая", ", new")
                } else if !group.newMembers.isEmpty {
                    line += t(" (добавлено: \(group.newMembers.count))", " (\(group.newMembers.count) added)")
                }
                out += line + "\n"
            }
            let stay = groups.alreadyPlaced.count
            if stay > 0 {
                out += t("  уже в группах: \(stay) (остаются на своих местах)\n",
                         "  already in groups: \(stay) (they stay where they are)\n")
            }
            for person in groups.alreadyPlaced where person.directionIndex != direction.number - 1 {
                let other = outcome.directions[person.directionIndex]
                out += t("  \(person.registrant.name) (строка \(person.registrant.row)): уже в группе \(Quotes.guillemets(person.groupName)) направления \(other.number), остаётся там\n",
                         "  \(person.registrant.name) (row \(person.registrant.row)): already in \(Quotes.guillemets(person.groupName)) of direction \(other.number); stays there\n")
            }
            for skipped in direction.skipped {
                out += t("  \(skipped.registrant.name) (строка \(skipped.registrant.row)) — \(skipped.role.ru); в группу участников не добавлен(а)\n",
                         "  \(skipped.registrant.name) (row \(skipped.registrant.row)) is \(skipped.role.en); not added as a member\n")
            }
        }
        if !outcome.unregistered.isEmpty {
            let count = outcome.unregistered.count
            out += outcome.droppedUnregistered
                ? t("Больше нет в списке регистраций, убраны из групп (\(count)):\n", "No longer in the registration list, taken out of their groups (\(count)):\n")
                : t("Больше нет в списке регистраций, оставлены в группах (\(count)); чтобы убрать их, добавьте --drop-unregistered:\n",
                    "No longer in the registration list, kept in their groups (\(count)); add --drop-unregistered to take them out:\n")
            for person in outcome.unregistered {
                out += t("  \(person.name) — группа \(Quotes.guillemets(person.group)) направления \(person.direction)\n",
                         "  \(person.name): \(Quotes.guillemets(person.group)) of direction \(person.direction)\n")
            }
        }
        if outcome.peopleAdded > 0 || outcome.peopleCompleted > 0 {
            out += t("Сведения из списка (организация, регион, e-mail, телефон) записаны в \"people\": новых записей — \(outcome.peopleAdded), дополнено — \(outcome.peopleCompleted).\n",
                     "Details from the list (organization, region, e-mail, phone) written into \"people\": \(outcome.peopleAdded) added, \(outcome.peopleCompleted) completed.\n")
        }
        if !outcome.disagreements.isEmpty {
            out += t("Список расходится с файлом (\(outcome.disagreements.count)):\n", "The list disagrees with the file (\(outcome.disagreements.count)):\n")
            for line in outcome.disagreements { out += "  " + t(line.ru, line.en) + "\n" }
        }
        out += t("Итого зарегистрировано: \(registered); новых групп: \(newGroups).\n",
                 "In total: \(registered) registered; \(newGroups) new \(Plural.english(newGroups, one: "group", other: "groups")).\n")
        let moderators = outcome.moderatorsNeeded, collectors = outcome.collectorsNeeded
        let groupCount = outcome.directions.reduce(0) { $0 + $1.groups.groups.count }
        if moderators == 0 && collectors == 0 && groupCount == 0 {
            out += t("Групп пока нет: некому назначать модераторов и сборщиков.\n", "No groups yet: no moderators or collectors are needed.\n")
        } else if moderators == 0 && collectors == 0 && groupCount == 1 {
            out += t("У группы есть модератор и сборщик.\n", "The group has its moderator and collector.\n")
        } else if moderators == 0 && collectors == 0 {
            out += t("Модераторы и сборщики есть во всех группах.\n", "Every group has its moderator and collector.\n")
        } else {
            out += t("Ещё нужно найти модераторов: \(moderators), сборщиков: \(collectors).\n",
                     "Still to be found: \(moderators) \(Plural.english(moderators, one: "moderator", other: "moderators")), \(collectors) \(Plural.english(collectors, one: "collector", other: "collectors")).\n")
        }
        return out
    }
}
