/// The JSON type a key of the format expects, named for messages.
enum ExpectedType {
    case string, integer, boolean, array, object

    /// "must be a string" / «должно быть строкой».
    var mustBe: LocalizedText {
        switch self {
        case .string: LocalizedText(en: "a string (in quotes)", ru: "строкой (в кавычках)")
        case .integer: LocalizedText(en: "a whole number", ru: "целым числом")
        case .boolean: LocalizedText(en: "true or false", ru: "true или false")
        case .array: LocalizedText(en: "an array [ … ]", ru: "массивом [ … ]")
        case .object: LocalizedText(en: "an object { … }", ru: "объектом { … }")
        }
    }
}
