import Testing
@testable import SessionPlanKit

/// Goldens of the in-person example (places, parallel slots, slot moderators, the team) in
/// the agenda, Markdown, HTML and iCalendar; and what `--include-links` and the team's public
/// contact add or keep private.
@Suite struct InPersonGoldenTests {
    static let file = "examples/in-person.json"
    static let russian = ["LANG": "ru_RU.UTF-8", "COLUMNS": "80"]

    @Test func agenda() {
        let result = runCLI(["agenda", Self.file], environment: Self.russian)
        #expect(result.status == .success)
        AgendaGolden.check(result.output, against: "in-person.txt")
    }

    @Test(arguments: ["markdown": "md", "html": "html", "ics": "ics"])
    func export(format: String, suffix: String) {
        let result = runCLI(["export", Self.file, "--to", format], environment: Self.russian)
        #expect(result.status == .success)
        ExportGolden.check(result.output, against: "in-person." + suffix)
    }

    @Test func parallelSlotsShareOneTimeHeadingWithALinePerPlace() {
        let output = runCLI(["agenda", Self.file], environment: Self.russian).output
        let lines = output.components(separatedBy: "\n")
        #expect(lines.filter { $0.hasPrefix("17:20–18:00") }.count == 1)
        #expect(output.contains("место: Аудитория 201"))
        #expect(output.contains("место: Аудитория 305"))
    }

    @Test func moderatorsPrintUnderTheTitleNotAsSpeakers() {
        let agenda = runCLI(["agenda", Self.file], environment: Self.russian).output
        #expect(agenda.contains("модератор: Лешкова Юлия Леонидовна"))
        #expect(!agenda.contains("— Лешкова Юлия Леонидовна"))
        let markdown = runCLI(["export", Self.file, "--to", "markdown"], environment: Self.russian).output
        #expect(markdown.contains("(модератор: Лешкова Юлия Леонидовна"))
    }

    @Test func markdownHasAWhereColumnOnlyWhenADayUsesPlaces() {
        let inPerson = runCLI(["export", Self.file, "--to", "markdown"], environment: Self.russian).output
        #expect(inPerson.contains("| Время | Где | Программа | Выступают |"))
        let reference = runCLI(["export", "examples/tochka-kipeniya.json", "--to", "markdown"], environment: Self.russian).output
        #expect(!reference.contains("| Где |"))
    }

    @Test func htmlTimelineHasALanePerPlaceOnADayWithParallelSlots() {
        let html = runCLI(["export", Self.file, "--to", "html"], environment: Self.russian).output
        // Each lane says which place it is, in print and on a phone too (a title shows only on hover).
        #expect(html.contains("<div class=\"timeline places\" role=\"img\""))
        #expect(html.contains("<div class=\"lane\" title=\"Аудитория 201\"><span class=\"lane-place\">Аудитория 201</span><span class=\"seg "))
        #expect(html.contains("<div class=\"lane\" title=\"Аудитория 305\"><span class=\"lane-place\">Аудитория 305</span>"))
        #expect(html.contains("<p class=\"place\">место: Большой зал"))
        let reference = runCLI(["export", "examples/tochka-kipeniya.json", "--to", "html"], environment: Self.russian).output
        #expect(!reference.contains("<div class=\"lane\" title="))
        #expect(!reference.contains("<span class=\"lane-place\">"))
        #expect(!reference.contains("timeline places"))
    }

    @Test func theDocumentCarriesPlacesModeratorsAndTheTeamOnce() throws {
        let session = try #require(SessionLoader.load(RepositoryPaths.example("in-person.json")).session)
        let view = try ProgramView(session: session)
        let document = ProgramDocument(view: view)
        #expect(document.usesPlaces)
        #expect(document.team.count == session.team.count)
        let panel = try #require(document.slots.first { $0.title.hasPrefix("Экспертная панель") })
        #expect(panel.moderators.map(\.name) == ["Степанова Елена Викторовна"])
        #expect(panel.speakers.allSatisfy { $0.part == .speaker })
        #expect(panel.place?.link == nil)
        let linked = ProgramDocument(view: view, options: ExportOptions(includeLinks: true))
        let hall = try #require(linked.slots.first { $0.place?.place.id == "hall" })
        #expect(hall.place?.link == "https://zoom.us/j/1000000001")
    }

    @Test func docxShowsPlacesModeratorsAndTheTeam() throws {
        let session = try #require(SessionLoader.load(RepositoryPaths.example("in-person.json")).session)
        let document = ProgramDocument(view: try ProgramView(session: session))
        let bytes = try ProgramDOCXRenderer().render(document).get()
        let body = try OfficeExportTests.part(bytes, "word/document.xml")
        let texts = OfficeExportTests.all("t", in: body).map(\.text)
        #expect(texts.contains { $0.hasPrefix("место: Аудитория 201") })
        #expect(texts.contains { $0.hasPrefix("модератор: Лешкова Юлия Леонидовна") })
        #expect(texts.contains("Команда сессии"))
        #expect(texts.contains { $0.hasPrefix("Гусев Павел Андреевич\u{A0}— технический администратор") })
    }

    @Test func calendarLocationIsTheSlotsPlace() {
        let ics = runCLI(["export", Self.file, "--to", "ics"], environment: Self.russian).output
        let lines = ICalendarExportTests.lines(ics)
        #expect(lines.contains { $0.hasPrefix("LOCATION:Аудитория 201") })
        #expect(lines.contains { $0.hasPrefix("LOCATION:Большой зал") })
    }

    @Test func linksOnlyWithIncludeLinks() throws {
        let session = try #require(SessionLoader.load(RepositoryPaths.example("in-person.json")).session)
        let links = session.places.compactMap(\.link)
        let link = try #require(links.first)
        for format in ["markdown", "html", "ics", "csv"] {
            let without = runCLI(["export", Self.file, "--to", format], environment: Self.russian).output
            #expect(!without.contains(link), "\(format) prints a link without --include-links")
        }
        for format in ["markdown", "html", "ics"] {
            let output = runCLI(["export", Self.file, "--to", format, "--include-links"], environment: Self.russian).output
            let with = format == "ics" ? ICalendarFolding.unfold(output) : output
            #expect(with.contains(link), "\(format) leaves the link out with --include-links")
        }
        let agenda = runCLI(["agenda", Self.file, "--include-links"], environment: Self.russian).output
        #expect(agenda.contains(link))
    }

    @Test func theTeamsPublicContactIsPrintedAndTheOthersStayPrivate() throws {
        let session = try #require(SessionLoader.load(RepositoryPaths.example("in-person.json")).session)
        let people = session.peopleByKey
        let contact = try #require(session.team.first { $0.contact })
        let other = try #require(session.team.first { !$0.contact && people[$0.name.key]?.email != nil })
        let publicMail = try #require(people[contact.name.key]?.email)
        let privateMail = try #require(people[other.name.key]?.email)
        for format in ["markdown", "html", "csv"] {
            let output = runCLI(["export", Self.file, "--to", format], environment: Self.russian).output
            #expect(output.contains(publicMail), "\(format)")
            #expect(!output.contains(privateMail), "\(format)")
            #expect(output.contains(other.duty), "\(format)")
        }
        let agenda = runCLI(["agenda", Self.file], environment: Self.russian).output
        #expect(agenda.contains("Команда сессии:"))
        #expect(agenda.contains(publicMail))
    }

    @Test func rosterListsSlotModeratorsAndTheTeam() {
        let csv = runCLI(["export", Self.file, "--to", "csv"], environment: Self.russian).output
        #expect(csv.contains("модератор: Пленарная дискуссия"))
        #expect(csv.contains("команда сессии: технический администратор"))
    }

    @Test func theReferenceSessionHasNoPlacesOrTeam() {
        let agenda = runCLI(["agenda", "examples/tochka-kipeniya.json"], environment: Self.russian).output
        #expect(!agenda.contains("место:"))
        #expect(!agenda.contains("Команда сессии"))
    }
}
