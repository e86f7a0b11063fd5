import Testing
@testable import SessionPlanKit

@Suite struct GroupBalancerTests {
    func people(_ count: Int, organization: (Int) -> String? = { _ in nil },
                region: (Int) -> String? = { _ in nil }) -> [Registrant] {
        (0..<count).map { index in
            Registrant(row: index + 2, name: "Участник \(index + 1)", direction: "1",
                       organization: organization(index), region: region(index))
        }
    }

    func balance(_ registrants: [Registrant], existing: [ExistingGroup] = [],
                 sizes: ClosedRange<Int> = 5...10, baseName: String = "Группа") -> (DirectionGroups, [Diagnostic]) {
        let result = GroupBalancer.balance([DirectionRoster(title: "Сельские библиотеки", registrants: registrants,
                                                            existingGroups: existing)],
                                           groupSize: sizes, baseName: baseName)
        return (result.directions[0], result.diagnostics)
    }

    @Test(arguments: [
        (23, [8, 8, 7]), (10, [10]), (11, [6, 5]), (5, [5]), (20, [10, 10]), (21, [7, 7, 7]), (100, Array(repeating: 10, count: 10)),
    ])
    func fewestBalancedGroups(count: Int, expected: [Int]) {
        let registrants = people(count)
        let (direction, diagnostics) = balance(registrants)
        #expect(diagnostics.isEmpty)
        #expect(direction.groups.map(\.memberCount) == expected)
        #expect(direction.groups.map(\.name) == (1...expected.count).map { "Группа \($0)" })
        #expect(direction.groups.allSatisfy { $0.isNew })
        // Everyone placed exactly once.
        #expect(direction.groups.flatMap(\.newMembers).map(\.row).sorted() == registrants.map(\.row))
    }

    @Test(arguments: [(23, 5...10, [8, 8, 7] as [Int]?), (7, 5...6, nil), (4, 5...10, nil), (12, 5...6, [6, 6]), (13, 3...4, [4, 3, 3, 3])])
    func groupSizes(total: Int, range: ClosedRange<Int>, expected: [Int]?) {
        #expect(GroupBalancer.groupSizes(total: total, range: range) == expected)
    }

    @Test func tooFewForAGroup() throws {
        let (direction, diagnostics) = balance(people(4))
        #expect(direction.groups.isEmpty)
        #expect(direction.unplaced.count == 4)
        let finding = try #require(diagnostics.first)
        #expect(finding.code == .rosterTooFew)
        #expect(finding.location?.line == 2)
        #expect(finding.message.ru.contains("4 человека"))
        #expect(finding.message.ru.contains("не меньше 5"))
        #expect(finding.message.ru.contains("объедините"))
        #expect(finding.message.en.contains("only 4 people"))
    }

    @Test func sizesThatCannotFitAreReported() {
        let (direction, diagnostics) = balance(people(7), sizes: 5...6)
        #expect(direction.groups.isEmpty)
        #expect(diagnostics.map(\.code) == [.groupSize])
    }

    @Test func directionWithoutRegistrantsIsLeftAlone() {
        let (direction, diagnostics) = balance([])
        #expect(direction.groups.isEmpty)
        #expect(diagnostics.isEmpty)
    }

    @Test func existingMembersStayAndCount() {
        var registrants = people(12)
        registrants[3].name = "Участник  4" // extra space: the same person after normalization
        let existing = [
            ExistingGroup(name: "Группа 1", members: ["Участник 4", "Гость Первый", "Гость Второй"]),
            ExistingGroup(name: "Лидерская группа", kind: .leader, members: ["Участник 5"]),
        ]
        // 3 already in «Группа 1», «Участник 5» in the leader group, 10 newcomers: 13 people → 7 and 6.
        let (direction, diagnostics) = balance(registrants, existing: existing)
        #expect(diagnostics.isEmpty)
        #expect(direction.alreadyPlaced.map(\.registrant.row) == [5, 6])
        #expect(direction.alreadyPlaced.map(\.groupName) == ["Группа 1", "Лидерская группа"])
        #expect(direction.groups.map(\.name) == ["Группа 1", "Группа 2"])
        #expect(direction.groups.map(\.memberCount) == [7, 6])
        #expect(direction.groups[0].existingMembers == ["Участник 4", "Гость Первый", "Гость Второй"])
        #expect(!direction.groups[0].isNew && direction.groups[1].isNew)
        let placedNames = direction.groups.flatMap(\.newMembers).map(\.name)
        #expect(!placedNames.contains("Участник 4") && !placedNames.contains("Участник 5"))
    }

    @Test func existingPeopleCountTowardsTheMinimum() {
        let existing = [ExistingGroup(name: "Группа 1", members: ["Анна", "Борис", "Вера"])]
        let (direction, diagnostics) = balance(people(2), existing: existing)
        #expect(diagnostics.isEmpty)
        #expect(direction.groups.map(\.memberCount) == [5])
    }

    @Test func tooFewMentionsPeopleAlreadyInAGroup() {
        let existing = [ExistingGroup(name: "Группа 1", members: ["Анна"])]
        let (_, diagnostics) = balance(people(2), existing: existing)
        #expect(diagnostics.first?.message.ru.contains("3 человека, из них 1 уже в группе") == true)
    }

    @Test func overfullExistingGroupStaysAsItIs() {
        let existing = [ExistingGroup(name: "Группа 1", members: (1...12).map { "Гость \($0)" })]
        let (direction, _) = balance(people(9), existing: existing)
        #expect(direction.groups.map(\.memberCount) == [12, 9])
    }

    @Test func newGroupNumbersContinueAndAvoidTakenNames() {
        #expect(GroupBalancer.newGroupNames(count: 2, baseName: "Группа", taken: ["Группа 3", "Лидерская группа"]) == ["Группа 4", "Группа 5"])
        #expect(GroupBalancer.newGroupNames(count: 2, baseName: "Group", taken: []) == ["Group 1", "Group 2"])
    }

    @Test func englishBaseName() {
        let (direction, _) = balance(people(12), baseName: "Group")
        #expect(direction.groups.map(\.name) == ["Group 1", "Group 2"])
    }

    @Test func organizationSpreadsEvenly() {
        // 4 of one library and 4 others, groups of 2–5: two groups of 4, two of the library in each.
        let registrants = people(8, organization: { $0 < 4 ? "ЦБС Иркутска" : "Библиотека \($0)" })
        let (direction, _) = balance(registrants, sizes: 2...5)
        #expect(direction.groups.map(\.memberCount) == [4, 4])
        for group in direction.groups {
            #expect(group.newMembers.count { $0.organization == "ЦБС Иркутска" } == 2)
        }
    }

    @Test func organizationsThenRegionsSpread() {
        // 30 people, 3 groups of 10: an organization of 6 (2 per group), a region of 9 more people (3 per group).
        let registrants = people(30, organization: { $0 < 6 ? "Областная библиотека" : nil },
                                 region: { $0 >= 6 && $0 < 15 ? "Иркутская область" : "Регион \($0)" })
        let (direction, _) = balance(registrants)
        #expect(direction.groups.map(\.memberCount) == [10, 10, 10])
        for group in direction.groups {
            #expect(group.newMembers.count { $0.organization == "Областная библиотека" } == 2)
            #expect(group.newMembers.count { $0.region == "Иркутская область" } == 3)
        }
    }

    @Test func organizationsCompareLoosely() {
        let registrants = people(10, organization: { $0.isMultiple(of: 2) ? "МБУК «ЦБС»" : "мбук \"цбс\"" })
        let (direction, _) = balance(registrants, sizes: 5...5)
        #expect(direction.groups.map { $0.newMembers.count } == [5, 5])
    }

    @Test func existingMembersOrganizationIsTakenIntoAccount() {
        // «Участник 1» of the library is already in «Группа 1»: the next one of the library goes to the other group.
        let registrants = people(11, organization: { $0 < 2 ? "ЦБС" : nil })
        let existing = [ExistingGroup(name: "Группа 1", members: ["Участник 1"])]
        let (direction, _) = balance(registrants, existing: existing)
        #expect(direction.groups.map(\.memberCount) == [6, 5])
        #expect(direction.groups[1].newMembers.contains { $0.name == "Участник 2" })
    }

    @Test func newMembersAreInFileOrder() {
        let (direction, _) = balance(people(23, organization: { "Организация \($0 % 4)" }))
        for group in direction.groups {
            #expect(group.newMembers.map(\.row) == group.newMembers.map(\.row).sorted())
        }
    }

    @Test func sameInputSameGroups() {
        let registrants = people(57, organization: { "Орг \($0 % 7)" }, region: { "Регион \($0 % 5)" })
        let first = balance(registrants)
        let second = balance(registrants)
        #expect(first.0 == second.0)
        #expect(first.0.groups.map(\.memberCount) == [10, 10, 10, 9, 9, 9])
    }

    @Test func personPlacedInAnotherDirectionIsNotPlacedAgain() {
        let result = GroupBalancer.balance([
            DirectionRoster(title: "A", registrants: people(6)),
            DirectionRoster(title: "B", registrants: [], existingGroups: [
                ExistingGroup(name: "Группа 1", members: ["Участник 1", "x", "y", "z", "w"]),
            ]),
        ], groupSize: 5...10, baseName: "Группа")
        #expect(result.directions[0].alreadyPlaced.map(\.directionIndex) == [1])
        #expect(result.directions[0].groups.map(\.memberCount) == [5])
    }

    @Test func largeDirectionIsFast() {
        let registrants = (0..<20_000).map { index in
            Registrant(row: index + 2, name: "Участник \(index)", direction: "1",
                       organization: "Орг \(index % 997)", region: "Регион \(index % 85)")
        }
        let groups = balance(registrants).0.groups
        #expect(groups.count == 2_000)
        #expect(groups.allSatisfy { $0.memberCount == 10 })
    }
}
