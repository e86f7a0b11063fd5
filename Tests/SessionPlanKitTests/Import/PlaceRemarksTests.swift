import Testing
@testable import SessionPlanKit

/// `PlaceRemarks`: which remarks in parentheses are places.
@Suite struct PlaceRemarksTests {
    @Test(arguments: [
        ("Пленарная дискуссия (Большой зал)", "Пленарная дискуссия", "Большой зал"),
        ("Регистрация (фойе 1 этажа). Кофе", "Регистрация. Кофе", "Фойе 1 этажа"),
        ("Работа в группах (продолжение) (ауд. 305)", "Работа в группах (продолжение)", "Ауд. 305"),
        ("Пленар (Большой зал (2 этаж))", "Пленар (Большой зал (2 этаж))", nil),
        ("Круглый стол (модератор — заведующая читальным залом Иванова)", "Круглый стол (модератор — заведующая читальным залом Иванова)", nil),
        ("(Большой зал)", "(Большой зал)", nil),
        ("Обед ((", "Обед ((", nil),
        ("Кофе-брейк )( зал", "Кофе-брейк )( зал", nil),
    ] as [(String, String, String?)])
    func placesInParentheses(text: String, rest: String, place: String?) {
        let split = PlaceRemarks.split(text)
        #expect(split.text == rest)
        #expect(split.place == place)
    }

    /// One id per place, once per name: names that begin alike get the place's number after the id.
    @Test func eachPlaceOnceWithAnIdOfItsOwn() {
        var places = ImportedPlaces()
        #expect(places.id(of: "Ауд. 305") == "aud-305")
        #expect(places.id(of: "ауд. 305") == "aud-305")
        #expect(places.id(of: "Ауд 305") == "aud-305-2")
        #expect(places.id(of: "«»") == "place-3")
        #expect(places.places.map(\.name) == ["Ауд. 305", "Ауд 305", "«»"])
    }
}
