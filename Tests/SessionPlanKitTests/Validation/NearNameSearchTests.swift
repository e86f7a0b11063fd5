import Testing
@testable import SessionPlanKit

/// The search behind `similar-names`, on its own: which names end up in one set.
struct NearNameSearchTests {
    private func sets(_ names: [String]) -> [[String]] {
        var groups = LookAlikeGroups(count: names.count)
        NearNameSearch(shortestComparedWord: 3).join(FoldedNames(names), into: &groups)
        return groups.components().map { $0.map { names[$0] } }
    }

    @Test("a letter replaced, added or left out in one word joins two names; the other words must be equal")
    func oneLetterInOneWord() {
        #expect(sets(["Рогачева Мария Васильевна", "Розачева Мария Васильевна"]) == [["Рогачева Мария Васильевна", "Розачева Мария Васильевна"]])
        #expect(sets(["Севрюков Олег Михайлович", "Северюков Олег Михайлович"]) == [["Севрюков Олег Михайлович", "Северюков Олег Михайлович"]])
        #expect(sets(["Анна Петрова", "Ана Петрова"]) == [["Анна Петрова", "Ана Петрова"]])
        #expect(sets(["Рогачева Мария Васильевна", "Розачева Мария Ивановна"]).isEmpty)
        #expect(sets(["Рогачева Мария", "Розачёва Марина"]).isEmpty)
    }

    @Test("case and ё/е alone make names one set")
    func folding() {
        #expect(sets(["Семенова Алла Федоровна", "Семёнова Алла Фёдоровна", "Другая Анна Ильинична"])
            == [["Семенова Алла Федоровна", "Семёнова Алла Фёдоровна"]])
        #expect(sets(["АНДРЕЕВА МАРИЯ СЕРГЕЕВНА", "Андреева Мария Сергеевна"]).count == 1)
    }

    @Test("two letters apart, a transposition, digits and short words are not joined")
    func notSimilar() {
        #expect(sets(["Иванова Анна", "Ивановская Анна"]).isEmpty)
        #expect(sets(["Иванова Анна", "Инавова Анна"]).isEmpty)
        #expect(sets(["Участник 1", "Участник 2", "Участник 12"]).isEmpty)
        #expect(sets(["Эксперт А", "Эксперт Б"]).isEmpty)
        #expect(sets(["Группа 1 Иванов", "Группа 2 Иванов"]).isEmpty)
    }

    @Test("many spellings of one name make one set, not a pair for each two")
    func oneSetForMany() {
        let letters = Array("бвгдежзиклмнпрстуфхцчшщ")
        let names = letters.map { "Иван\($0)ва Мария Сергеевна" }
        let found = sets(names)
        #expect(found.count == 1)
        #expect(found.first?.count == letters.count)
    }

    @Test("chains join: each spelling one letter from the next")
    func chains() {
        #expect(sets(["Петрова Ольга", "Петрава Ольга", "Петрав Ольга", "Пётрав Ольга"]).first?.count == 4)
    }

    @Test("thousands of names one letter apart in one bucket stay linear: one set")
    func hostileBucket() {
        var names: [String] = []
        let alphabet = Array("абвгдежзийклмнопрстуфхцчшщъыьэюя")
        for a in alphabet { for b in alphabet.prefix(20) { names.append("Ив\(a)нов\(b) Иван Иванович") } }
        let found = sets(names)
        // Every name is one letter from another with the same first or last varying letter: one connected set.
        #expect(found.count == 1)
        #expect(found.first?.count == names.count)
    }

    @Test("a letter added or left out joins through the shorter word only: two longer words are not one letter apart")
    func starThroughShorterWord() {
        #expect(sets(["Марийна Ольга", "Маринка Ольга"]).isEmpty)
        #expect(sets(["Марийна Ольга", "Маринка Ольга", "Марина Ольга"]).first?.count == 3)
        #expect(sets(["Марина Ольга", "Марийна Ольга", "Маринка Анна"]) == [["Марина Ольга", "Марийна Ольга"]])
    }
}
