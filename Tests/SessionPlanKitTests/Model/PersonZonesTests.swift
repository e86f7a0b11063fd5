import Foundation
import Testing
@testable import SessionPlanKit

/// The zones of a person's own program (`Session.ownZone`, `Session.programZones`).
@Suite struct PersonZonesTests {
    @Test func aPersonsOwnZoneIsTheirTimezoneThenTheirRegionThenTheSessions() throws {
        let location = SourceLocation(line: 1, column: 1, offset: 0)
        func person(_ region: String?, _ zone: String?) -> Person {
            Person(name: PersonReference(name: "Иванов Иван Иванович", location: location), region: region,
                   timezone: zone.flatMap(TimeZone.init(identifier:)), location: location)
        }
        #expect(Session.ownZone(of: person("Приморский край", "Asia/Omsk"))?.identifier == "Asia/Omsk")
        #expect(Session.ownZone(of: person("Приморский край", nil))?.identifier == "Asia/Vladivostok")
        #expect(Session.ownZone(of: person("Атлантида", nil)) == nil)
        #expect(Session.ownZone(of: person(nil, nil)) == nil)
    }

    /// Online, a program follows the reader's own clock; held at a place, the session's, with the reader's
    /// beside it when a place is also online. A place with a link and no address is only an online room.
    @Test func aProgramFollowsTheClockOfWhereTheSessionIsHeld() throws {
        var session = try #require(SessionLoader.load(RepositoryPaths.example("tochka-kipeniya.json")).session)
        let moscow = try #require(TimeZone(identifier: "Europe/Moscow")), omsk = try #require(TimeZone(identifier: "Asia/Omsk"))
        #expect(session.timeZone == moscow)
        let location = SourceLocation(line: 1, column: 1, offset: 0)
        func place(address: String?, link: String?) -> Place {
            Place(number: 1, id: "p", name: "Зал", address: address, link: link, location: location, idLocation: location)
        }
        #expect(session.programZones(own: omsk) == [omsk], "no places: online")
        session.places = [place(address: nil, link: "https://zoom.us/j/1")]
        #expect(session.programZones(own: omsk) == [omsk], "an online room only")
        session.places = [place(address: "г. Энск", link: nil)]
        #expect(session.programZones(own: omsk) == [moscow], "in person")
        session.places = [place(address: "г. Энск", link: "https://zoom.us/j/1")]
        #expect(session.programZones(own: omsk) == [moscow, omsk], "a hall that is also streamed")
        #expect(session.programZones(own: moscow) == [moscow], "the same zone once")
        session.places = [place(address: nil, link: nil), place(address: nil, link: "https://zoom.us/j/1")]
        #expect(session.programZones(own: omsk) == [moscow, omsk], "a room and an online room")
    }
}
