/// `sessionplan ids FILE [-o OUT] [--overwrite]`: every slot gets an `id`, nothing else changes.
enum IDsCommand {
    static let spec = CommandSpec(
        name: "ids",
        summary: LocalizedText(en: "give every slot a stable id before publishing",
                               ru: "дать каждому пункту программы постоянный идентификатор перед публикацией"),
        options: [
            SharedOptions.output.with(help: LocalizedText(en: "write the session with the ids to OUT instead of standard output",
                                                          ru: "записать сессию с идентификаторами в файл OUT, а не в стандартный вывод")),
            SharedOptions.overwrite,
        ],
        details: LocalizedText(
            en: "Each slot without an \"id\" gets the one its calendar event already has (the day's date, the kind and the number among that day's slots of that kind: \"2021-09-21-talk-2\"), inserted as the slot's first key; every other character of the file stays as it was. With ids, a slot keeps its calendar event and is recognised by \"changes\" whatever is edited later, even moved to another day. Exit status: 0 written, 1 the file is not a usable session, 2 OUT cannot be written.",
            ru: "Каждый пункт программы без \"id\" получает тот, что уже есть у его события в календаре (дата дня, вид пункта и его номер среди пунктов этого вида в этот день: \"2021-09-21-talk-2\"), первым ключом пункта; все остальные символы файла остаются как были. С идентификаторами пункт сохраняет своё событие в календаре и узнаётся командой \"changes\", что бы ни менялось потом, даже перенос на другой день. Код выхода: 0 — записано, 1 — файл не удаётся прочитать как сессию, 2 — OUT не удаётся записать.")
    )

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard let path = arguments.positionals.first else { return .usage }
        let input: SessionInput
        switch console.readSession(path, checkRules: false, keepTree: true) {
        case .failure(let status): return status
        case .success(let read): input = read
        }
        guard let tree = input.tree else { return .invalid }
        let (bytes, added) = SlotIDInsertion.insert(into: input.loaded.file.bytes, tree: tree, session: input.session)
        let text = String(decoding: bytes, as: UTF8.self)
        if let output = arguments.value(SharedOptions.output) {
            switch OutputFile.write(text, to: output, overwrite: arguments.has(SharedOptions.overwrite), inputPaths: [path],
                                    relativeTo: console.context.currentDirectory) {
            case .failure(let error): return console.fail(error.message)
            case .success: break
            }
        } else {
            console.out(text)
        }
        let slots = Plural.russian(added, one: "пункту", few: "пунктам", many: "пунктам")
        console.err(console.text(LocalizedText(
            en: added == 0 ? "every slot already has an id\n" : "ids given to \(added) slot\(added == 1 ? "" : "s")\n",
            ru: added == 0 ? "у всех пунктов программы уже есть идентификаторы\n" : "идентификаторы даны \(added) \(slots) программы\n")))
        return .success
    }
}
