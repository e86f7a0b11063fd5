/// One element of an XML document as `XMLReader` reads it: a name as written
/// (with its prefix), attributes in document order, and children.
struct XMLElement: Sendable, Hashable {
    /// A child: an element or a run of character data (entities and CDATA resolved).
    enum Node: Sendable, Hashable {
        case element(XMLElement)
        case text(String)
    }

    var name: String
    var attributes: [(name: String, value: String)]
    var children: [Node]

    init(name: String, attributes: [(name: String, value: String)] = [], children: [Node] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The name without its namespace prefix (`w:p` → `p`): Office files use
    /// different prefixes for the same namespace depending on who wrote them.
    var localName: Substring { Self.local(name) }

    /// The value of the attribute with this local name, if any.
    func attribute(_ local: String) -> String? {
        attributes.first { Self.local($0.name) == local }?.value
    }

    /// The child elements, in order.
    var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The child elements with this local name.
    func elements(_ local: String) -> [XMLElement] { elements.filter { $0.localName == local } }

    /// The first child element with this local name.
    func element(_ local: String) -> XMLElement? {
        for case .element(let element) in children where element.localName == local { return element }
        return nil
    }

    /// All the text inside, depth first, without recursion.
    var text: String {
        var result = ""
        var stack: [ArraySlice<Node>] = [children[...]]
        while var top = stack.popLast() {
            guard let node = top.popFirst() else { continue }
            stack.append(top)
            switch node {
            case .text(let text): result += text
            case .element(let element): stack.append(element.children[...])
            }
        }
        return result
    }

    static func == (a: XMLElement, b: XMLElement) -> Bool {
        a.name == b.name && a.children == b.children
            && a.attributes.map(\.name) == b.attributes.map(\.name) && a.attributes.map(\.value) == b.attributes.map(\.value)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(children)
    }

    private static func local(_ name: String) -> Substring {
        if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
        return name[...]
    }
}
