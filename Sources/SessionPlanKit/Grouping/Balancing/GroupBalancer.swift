/// Forms participant groups from registrations, direction by direction.
///
/// - People already in a group of the session (by name, compared as the
///   session compares names) stay there and count towards its size.
/// - Each direction gets the fewest groups whose sizes all fit `groupSize`,
///   sizes differing by at most one (23 people, 5–10 → 8, 8, 7); existing
///   participant groups are filled first, then new groups are named
///   `baseName N`, continuing the direction's numbering.
/// - People of one organization, then of one region, are spread across the
///   groups as evenly as the sizes allow.
/// - The result depends only on the input (never on hashing), and the work is
///   O(n log n) in the number of registrants.
enum GroupBalancer {
    static func balance(_ directions: [DirectionRoster], groupSize: ClosedRange<Int>,
                               baseName: String) -> BalancingResult {
        let sizes = max(1, groupSize.lowerBound)...max(1, groupSize.upperBound)
        // Everyone already in a group anywhere: the first group a name is in.
        var placed: [String: (direction: Int, group: String)] = [:]
        for (directionIndex, direction) in directions.enumerated() {
            for group in direction.existingGroups {
                for member in group.members {
                    let name = TextFolding.normalizedName(member)
                    if placed[name] == nil { placed[name] = (directionIndex, group.name) }
                }
            }
        }
        var results: [DirectionGroups] = []
        var diagnostics: [Diagnostic] = []
        for (directionIndex, direction) in directions.enumerated() {
            let (result, diagnostic) = balance(direction, index: directionIndex, placed: placed,
                                               sizes: sizes, baseName: baseName)
            results.append(result)
            if let diagnostic { diagnostics.append(diagnostic) }
        }
        return BalancingResult(directions: results, diagnostics: diagnostics)
    }

    /// The sizes of the fewest groups, all within `range` and differing by at
    /// most one, larger ones first (23, 5...10 → [8, 8, 7]); nil when `total`
    /// people cannot be divided so (fewer than `range.lowerBound`, or 7 into 5...6).
    static func groupSizes(total: Int, range: ClosedRange<Int>) -> [Int]? {
        guard total >= range.lowerBound, total > 0 else { return nil }
        let count = (total + range.upperBound - 1) / range.upperBound
        guard count * range.lowerBound <= total else { return nil }
        let base = total / count, larger = total % count
        return (0..<count).map { $0 < larger ? base + 1 : base }
    }

    // MARK: - One direction

    private static func balance(_ direction: DirectionRoster, index directionIndex: Int,
                                placed: [String: (direction: Int, group: String)],
                                sizes: ClosedRange<Int>, baseName: String) -> (DirectionGroups, Diagnostic?) {
        var alreadyPlaced: [PlacedRegistrant] = []
        var newcomers: [Registrant] = []
        var seen = Set<String>()
        for registrant in direction.registrants {
            let name = TextFolding.normalizedName(registrant.name)
            guard seen.insert(name).inserted else { continue }
            if let place = placed[name] {
                alreadyPlaced.append(PlacedRegistrant(registrant: registrant, directionIndex: place.direction,
                                                      groupName: place.group))
            } else {
                newcomers.append(registrant)
            }
        }
        let existing = direction.existingGroups.filter { $0.kind == .participants }
        let unchanged = existing.map { BalancedGroup(name: $0.name, isNew: false, existingMembers: $0.members, newMembers: []) }
        func notFormed(_ diagnostic: Diagnostic?) -> (DirectionGroups, Diagnostic?) {
            (DirectionGroups(groups: unchanged, registeredCount: direction.registrants.count,
                             alreadyPlaced: alreadyPlaced, unplaced: newcomers), diagnostic)
        }
        guard let first = newcomers.first else {
            // Members taken out (`--drop-unregistered`) must not leave a group too small.
            let short = existing.filter { $0.changed && $0.members.count < sizes.lowerBound }
            guard let group = short.first else { return notFormed(nil) }
            return notFormed(tooSmallAfterDropping(group.name, size: group.members.count, minimum: sizes.lowerBound))
        }

        let existingSizes = existing.map(\.members.count)
        let total = existingSizes.reduce(0, +) + newcomers.count
        if total < sizes.lowerBound {
            return notFormed(tooFew(direction.title, total: total, already: total - newcomers.count,
                                    minimum: sizes.lowerBound, at: first.directionLocation))
        }
        // Members beyond the maximum in an overfull existing group stay, but do not call for more groups.
        let excess = existingSizes.reduce(0) { $0 + max(0, $1 - sizes.upperBound) }
        guard let ideal = groupSizes(total: total - excess, range: sizes) else {
            return notFormed(cannotDivide(direction.title, total: total, sizes: sizes, at: first.directionLocation))
        }
        let formedCount = max(ideal.count, existing.count)
        var current = existingSizes + [Int](repeating: 0, count: formedCount - existing.count)
        var targets = fill(current, adding: newcomers.count)
        // A group that changes must not end below the minimum (late registrants
        // after the groups were formed): then the newcomers fill the existing
        // groups' free places and form new groups only among themselves.
        let touched = targets.indices.filter { targets[$0] != current[$0] || $0 >= existing.count || existing[$0].changed }
        if touched.contains(where: { targets[$0] < sizes.lowerBound }) {
            guard let split = splitLateRegistrants(existingSizes, newcomers: newcomers.count, sizes: sizes,
                                                   changed: existing.map(\.changed)) else {
                let room = existingSizes.reduce(0) { $0 + max(0, sizes.upperBound - $1) }
                return notFormed(lateDoNotFit(direction.title, newcomers: newcomers.count, room: room,
                                              minimum: sizes.lowerBound, at: first.directionLocation))
            }
            current = existingSizes + [Int](repeating: 0, count: split.count - existing.count)
            targets = split
        }
        let groupCount = targets.count

        // Organizations and regions of people already in the existing groups.
        var groupByName: [String: Int] = [:]
        for (index, group) in existing.enumerated() where groupByName[group.name] == nil {
            groupByName[group.name] = index
        }
        var seeds: [(group: Int, registrant: Registrant)] = []
        for person in alreadyPlaced where person.directionIndex == directionIndex {
            if let group = groupByName[person.groupName] { seeds.append((group, person.registrant)) }
        }
        let capacities = zip(targets, current).map { $0 - $1 }
        let assignment = deal(newcomers, capacities: capacities, seeds: seeds)

        var newMembers = [[Registrant]](repeating: [], count: groupCount)
        for (person, group) in zip(newcomers, assignment) { newMembers[group].append(person) }
        let names = newGroupNames(count: groupCount - existing.count, baseName: baseName,
                                  taken: direction.existingGroups.map(\.name))
        var groups: [BalancedGroup] = []
        for index in 0..<groupCount {
            if index < existing.count {
                groups.append(BalancedGroup(name: existing[index].name, isNew: false,
                                            existingMembers: existing[index].members, newMembers: newMembers[index]))
            } else {
                groups.append(BalancedGroup(name: names[index - existing.count], isNew: true,
                                            existingMembers: [], newMembers: newMembers[index]))
            }
        }
        return (DirectionGroups(groups: groups, registeredCount: direction.registrants.count,
                                alreadyPlaced: alreadyPlaced, unplaced: []), nil)
    }

    /// Target sizes when `count` people join groups of the `current` sizes:
    /// the smallest groups are filled up to a common level, the earlier
    /// groups taking the one-larger sizes (existing groups come first).
    static func fill(_ current: [Int], adding count: Int) -> [Int] {
        func needed(_ level: Int) -> Int { current.reduce(0) { $0 + max(0, level - $1) } }
        var low = 0, high = (current.max() ?? 0) + count
        while low < high { // the highest level whose filling needs at most `count` people
            let middle = (low + high + 1) / 2
            if needed(middle) <= count { low = middle } else { high = middle - 1 }
        }
        var remaining = count - needed(low)
        var targets = current.map { max($0, low) }
        for index in targets.indices where remaining > 0 && current[index] <= low {
            targets[index] += 1
            remaining -= 1
        }
        return targets
    }

    /// Target sizes when late registrants join groups already formed: as many
    /// as possible take free places in the existing groups (the smallest
    /// first), the rest form new groups of their own within `sizes`. Nil when
    /// no split leaves every changed group within `sizes`.
    static func splitLateRegistrants(_ existing: [Int], newcomers: Int, sizes: ClosedRange<Int>,
                                     changed: [Bool]) -> [Int]? {
        let room = existing.reduce(0) { $0 + max(0, sizes.upperBound - $1) }
        for joining in stride(from: min(room, newcomers), through: 0, by: -1) {
            let rest = newcomers - joining
            let newSizes: [Int]
            if rest == 0 { newSizes = [] } else if let fitting = groupSizes(total: rest, range: sizes) { newSizes = fitting } else { continue }
            // `fill` levels the smallest groups first and, as `joining` is at most the free places, never passes the maximum.
            let capped = fill(existing, adding: joining)
            let valid = capped.indices.allSatisfy { index in
                capped[index] == existing[index] && !(changed.indices.contains(index) && changed[index])
                    || sizes.contains(capped[index])
            }
            if valid { return capped + newSizes }
        }
        return nil
    }

    // MARK: - Spreading organizations and regions

    private struct CountKey: Hashable {
        var group: Int
        var isRegion: Bool
        var key: String
    }

    /// The group of each newcomer, `capacities[g]` of them to group `g`.
    ///
    /// People of organizations with two or more people (counting those
    /// already in groups) are dealt first, largest organization first, each
    /// to the next open group holding the fewest of their organization; then
    /// everyone else, largest region first, to the next open group holding the
    /// fewest of their region. "Next" walks the groups round and round from
    /// where the last person went, so that the groups fill evenly.
    private static func deal(_ people: [Registrant], capacities: [Int],
                             seeds: [(group: Int, registrant: Registrant)]) -> [Int] {
        let organizations = people.map { TextFolding.fold($0.organization ?? "") }
        let regions = people.map { TextFolding.fold($0.region ?? "") }
        let names = people.map { TextFolding.fold($0.name) }

        var counts: [CountKey: Int] = [:]
        var organizationTotal: [String: Int] = [:]
        func count(_ group: Int, organization: String, region: String) {
            if !organization.isEmpty { counts[CountKey(group: group, isRegion: false, key: organization), default: 0] += 1 }
            if !region.isEmpty { counts[CountKey(group: group, isRegion: true, key: region), default: 0] += 1 }
        }
        for seed in seeds {
            let organization = TextFolding.fold(seed.registrant.organization ?? "")
            count(seed.group, organization: organization, region: TextFolding.fold(seed.registrant.region ?? ""))
            if !organization.isEmpty { organizationTotal[organization, default: 0] += 1 }
        }
        for organization in organizations where !organization.isEmpty {
            organizationTotal[organization, default: 0] += 1
        }

        var shared: [Int] = [], others: [Int] = []
        for index in people.indices {
            let organization = organizations[index]
            if !organization.isEmpty, organizationTotal[organization, default: 0] >= 2 {
                shared.append(index)
            } else {
                others.append(index)
            }
        }
        shared.sort { a, b in
            let fa = organizationTotal[organizations[a], default: 0], fb = organizationTotal[organizations[b], default: 0]
            if fa != fb { return fa > fb }
            return (organizations[a], regions[a], names[a], a) < (organizations[b], regions[b], names[b], b)
        }
        var regionTotal: [String: Int] = [:]
        for index in others where !regions[index].isEmpty { regionTotal[regions[index], default: 0] += 1 }
        others.sort { a, b in
            // People with a region first, larger regions first; people without one last.
            let fa = regionTotal[regions[a], default: 0], fb = regionTotal[regions[b], default: 0]
            if fa != fb { return fa > fb }
            return (regions[a], names[a], a) < (regions[b], names[b], b)
        }

        // The open groups (with room left) as a ring, in group order.
        var capacity = capacities
        let open = capacity.indices.filter { capacity[$0] > 0 }
        var next = [Int](repeating: 0, count: capacity.count)
        var previous = [Int](repeating: 0, count: capacity.count)
        for (position, group) in open.enumerated() {
            next[group] = open[(position + 1) % open.count]
            previous[group] = open[(position + open.count - 1) % open.count]
        }
        var openCount = open.count
        var cursor = open.first ?? 0

        var assignment = [Int](repeating: 0, count: people.count)
        var blockKey: CountKey? = nil
        var level = 0
        func place(_ person: Int, by key: String, isRegion: Bool) {
            var group = cursor
            if !key.isEmpty {
                let block = CountKey(group: 0, isRegion: isRegion, key: key)
                if block != blockKey { blockKey = block; level = 0 }
                var walked = 0
                while counts[CountKey(group: group, isRegion: isRegion, key: key), default: 0] > level {
                    group = next[group]
                    walked += 1
                    if walked >= openCount { level += 1; walked = 0 }
                }
            }
            assignment[person] = group
            count(group, organization: organizations[person], region: regions[person])
            capacity[group] -= 1
            cursor = next[group]
            if capacity[group] == 0 {
                openCount -= 1
                next[previous[group]] = next[group]
                previous[next[group]] = previous[group]
            }
        }
        for person in shared { place(person, by: organizations[person], isRegion: false) }
        for person in others { place(person, by: regions[person], isRegion: true) }
        return assignment
    }

    // MARK: - Names and messages

    /// `count` names `baseName N`, N continuing after the highest number
    /// already used that way in the direction, skipping names already taken.
    static func newGroupNames(count: Int, baseName: String, taken: [String]) -> [String] {
        let base = TextFolding.normalizedName(baseName)
        let takenNames = Set(taken.map(TextFolding.normalizedName))
        var number = taken.reduce(0) { highest, name in
            let name = TextFolding.normalizedName(name)
            guard name.hasPrefix(base + " "), let n = Int(name.dropFirst(base.count + 1)), n > 0 else { return highest }
            return max(highest, n)
        }
        var names: [String] = []
        while names.count < count {
            number += 1
            let name = "\(base) \(number)"
            if !takenNames.contains(name) { names.append(name) }
        }
        return names
    }

    private static func people(_ count: Int) -> LocalizedText {
        Plural.count(count, en: ("person", "people"), ru: ("человек", "человека", "человек"))
    }

    private static func tooFew(_ title: String, total: Int, already: Int, minimum: Int,
                               at location: SourceLocation) -> Diagnostic {
        let howMany = people(total)
        var detailEN = "", detailRU = ""
        if already > 0 {
            detailEN = ", \(already) of them already in a group"
            detailRU = ", из них \(already) уже в группе"
        }
        return .error(.rosterTooFew, LocalizedText(
            en: "direction \(Quotes.guillemets(title)) has only \(howMany.en)\(detailEN), and a group needs at least \(minimum); no groups were formed: merge the direction with another one or invite more people",
            ru: "на направление \(Quotes.guillemets(title)) набирается только \(howMany.ru)\(detailRU), а в группе должно быть не меньше \(minimum); группы не сформированы: объедините направление с другим или пригласите ещё участников"),
            at: location)
    }

    /// A group left too small by taking out the members who are no longer registered.
    private static func tooSmallAfterDropping(_ name: String, size: Int, minimum: Int) -> Diagnostic {
        let missing = people(minimum - size)
        return .error(.rosterTooFew, LocalizedText(
            en: "without the people no longer registered, group \(Quotes.guillemets(name)) would have \(people(size).en), \(missing.en) fewer than the minimum \(minimum); nothing was written: register more people for it or run without --drop-unregistered",
            ru: "без тех, кого больше нет в списке, в группе \(Quotes.guillemets(name)) останется \(people(size).ru) — на \(missing.ru) меньше минимума (\(minimum)); ничего не записано: добавьте участников в список или запустите без --drop-unregistered"),
            at: nil)
    }

    /// Late registrants who fit neither the free places of the existing groups nor a new group of their own.
    private static func lateDoNotFit(_ title: String, newcomers: Int, room: Int, minimum: Int,
                                     at location: SourceLocation) -> Diagnostic {
        let over = max(0, newcomers - room)
        let missing = max(0, minimum - over)
        let overText = people(over), missingText = people(missing), newText = people(newcomers)
        let roomText = room == 0 ? LocalizedText(en: "no free places", ru: "свободных мест нет")
            : Plural.count(room, en: ("free place", "free places"), ru: ("свободное место", "свободных места", "свободных мест"))
        return .error(.rosterTooFew, LocalizedText(
            en: "direction \(Quotes.guillemets(title)): \(newText.en) not yet in a group; the existing groups have \(roomText.en), which leaves \(overText.en) over, and a new group needs at least \(minimum): \(missingText.en) missing; nothing was written: invite \(missing) more, move \(over) to another direction, or widen the group size in the session's rules",
            ru: "направление \(Quotes.guillemets(title)): ещё не в группах \(newText.ru), в существующих группах \(roomText.ru), лишних — \(overText.ru), а в новой группе должно быть не меньше \(minimum): не хватает \(missingText.ru); ничего не записано: пригласите ещё \(missingText.ru), переведите \(overText.ru) в другое направление или расширьте размер группы в правилах сессии"),
            at: location)
    }

    private static func cannotDivide(_ title: String, total: Int, sizes: ClosedRange<Int>,
                                     at location: SourceLocation) -> Diagnostic {
        let howMany = people(total)
        return .error(.groupSize, LocalizedText(
            en: "the \(howMany.en) of direction \(Quotes.guillemets(title)) cannot be divided into groups of \(sizes.lowerBound)–\(sizes.upperBound); no groups were formed: widen the group size in the session's rules, or move some people to another direction or invite more",
            ru: "\(howMany.ru) направления \(Quotes.guillemets(title)) нельзя разделить на группы по \(sizes.lowerBound)–\(sizes.upperBound) человек; группы не сформированы: расширьте допустимый размер группы в правилах сессии, переведите часть людей в другое направление или пригласите ещё участников"),
            at: location)
    }
}
