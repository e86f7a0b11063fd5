extension ProgramWords {
    /// A slot kind in words for a legend: «работа в группах» / «group work».
    static func kind(_ kind: SlotKind, in language: Language) -> String {
        switch (kind, language) {
        case (.opening, .ru): "открытие"
        case (.talk, .ru): "выступления"
        case (.briefing, .ru): "установка"
        case (.groupWork, .ru): "работа в группах"
        case (.plenary, .ru): "пленар"
        case (.presentation, .ru): "презентации"
        case (.break, .ru): "перерыв"
        case (.closing, .ru): "закрытие"
        case (.meeting, .ru): "встреча"
        case (.reflection, .ru): "рефлексия"
        case (.other, .ru): "другое"
        case (.registration, .ru): "регистрация"
        case (.meal, .ru): "питание"
        case (.social, .ru): "культурная программа"
        case (.opening, .en): "opening"
        case (.talk, .en): "talks"
        case (.briefing, .en): "briefing"
        case (.groupWork, .en): "group work"
        case (.plenary, .en): "plenary"
        case (.presentation, .en): "presentations"
        case (.break, .en): "break"
        case (.closing, .en): "closing"
        case (.meeting, .en): "meeting"
        case (.reflection, .en): "reflection"
        case (.other, .en): "other"
        case (.registration, .en): "registration"
        case (.meal, .en): "meals"
        case (.social, .en): "social programme"
        }
    }
}
