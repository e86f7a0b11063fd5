/// `initials`: a reference with initials (`Сулейманова Л. А.`) where the
/// session has exactly one full name it abbreviates. The program prints the
/// position from the full name all the same; the warning asks for the full
/// name so that every list reads alike.
struct InitialsRule: RuleFamily {
    init() {}

    func check(_ session: Session, into findings: inout [Diagnostic]) {
        let resolution = session.initialsResolution()
        guard !resolution.isEmpty else { return }
        session.forEachPersonReference { reference in
            guard let full = resolution[reference.key] else { return }
            findings.append(.warning(.initials, LocalizedText(
                en: "«\(reference.name)» is written with initials; the session has «\(full.name)»: write the full name (the position is taken from it)",
                ru: "«\(reference.name)» — имя с инициалами; в сессии есть «\(full.name)»: напишите полное ФИО (должность берётся оттуда)"),
                at: reference.location,
                notes: [.init(LocalizedText(en: "«\(full.name)» is written here", ru: "«\(full.name)» — здесь"), at: full.location)]))
        }
    }
}
