import BylineCorpus

extension AppState {
    /// Keys while the prompt is open: printable keys type, and each
    /// keystroke re-runs the filter or search it drives.
    mutating func handlePromptKey(_ key: Key) -> [Effect] {
        guard var prompt else { return [] }
        switch key {
        case .character(let character):
            prompt.insert(character)
        case .backspace:
            if prompt.text.isEmpty {
                self.prompt = nil
                return cancelPrompt(prompt)
            }
            prompt.deleteBackward()
        case .delete: prompt.deleteForward()
        case .left: prompt.cursor = max(0, prompt.cursor - 1)
        case .right: prompt.cursor = min(prompt.text.count, prompt.cursor + 1)
        case .home, .control("a"): prompt.cursor = 0
        case .end, .control("e"): prompt.cursor = prompt.text.count
        case .control("u"): prompt.deleteToStart()
        case .control("w"): prompt.deleteWordBackward()
        case .control("c"), .escape:
            self.prompt = nil
            return cancelPrompt(prompt)
        case .enter:
            self.prompt = nil
            return commitPrompt(prompt)
        case .tab:
            if prompt.kind == .command { return [.completeCommandLine(text: prompt.text)] }
            return []
        case .down, .up, .control("n"), .control("p"):
            // Move through the narrowed list without leaving the prompt, as fzf does.
            let delta = (key == .down || key == .control("n")) ? 1 : -1
            switch prompt.kind {
            case .filter: moveListSelection(by: delta)
            case .claimFilter: moveClaimSelection(by: delta)
            case .entityFilter: moveEntitySelection(by: delta)
            case .find: stepMatch(forward: delta > 0)
            case .command: break
            }
            return []
        default:
            return []
        }
        self.prompt = prompt
        updateLive(prompt)
        return []
    }

    /// Applies the prompt's text on every keystroke.
    mutating func updateLive(_ prompt: Prompt) {
        switch prompt.kind {
        case .filter:
            // Each keystroke puts the selection on the best match, as fzf does.
            list.query = prompt.text
            list.selectedArticle = nil
            list.selected = 0
            refreshList()
        case .find:
            find(prompt.text)
        case .claimFilter:
            claims.query = prompt.text
            claims.selected = 0
            claims.top = 0
            clampClaims()
        case .entityFilter:
            if case .entities(var state) = overlay {
                state.query = prompt.text
                state.selected = 0
                state.top = 0
                overlay = .entities(state)
            }
        case .command:
            break
        }
    }

    /// Esc: the filter or search the prompt drove is cleared.
    mutating func cancelPrompt(_ prompt: Prompt) -> [Effect] {
        switch prompt.kind {
        case .filter:
            list.query = ""
            refreshList()
        case .find:
            reader.search = nil
        case .claimFilter:
            claims.query = ""
            clampClaims()
        case .entityFilter:
            if case .entities(var state) = overlay {
                state.query = ""
                overlay = .entities(state)
            }
        case .command:
            break
        }
        return []
    }

    /// Enter: keeps the filter or search, or runs the command.
    mutating func commitPrompt(_ prompt: Prompt) -> [Effect] {
        switch prompt.kind {
        case .filter:
            if !prompt.text.isEmpty {
                notice = Notice("\(list.visible.count.withThousandsSeparators) of \(library.count.withThousandsSeparators) articles match; Esc clears the filter")
            }
        case .find:
            if let search = reader.search, search.matches.isEmpty {
                notice = Notice("no match for \(search.query)", isError: true)
            } else if reader.search == nil {
                return []
            }
        case .claimFilter, .entityFilter:
            break
        case .command:
            return run(commandLine: prompt.text)
        }
        return []
    }

    /// Replaces the command line's text (after Tab completion).
    public mutating func completeCommandLine(with text: String, alternatives: [String]) {
        guard var prompt, prompt.kind == .command else { return }
        prompt.text = text
        prompt.cursor = text.count
        self.prompt = prompt
        if alternatives.count > 1 {
            notice = Notice(alternatives.prefix(12).joined(separator: "  ") + (alternatives.count > 12 ? "  …" : ""))
        } else if alternatives.isEmpty {
            notice = Notice("no completion")
        }
    }

    /// Runs a `:` command: `open PATH`, `theme NAME`, `sort KEY [reverse]`,
    /// `filter QUERY`, `help`, `q`.
    mutating func run(commandLine: String) -> [Effect] {
        let trimmed = commandLine.trimmingSpaces
        guard !trimmed.isEmpty else { return [] }
        let name = String(trimmed.prefix { $0 != " " })
        let argument = String(trimmed.dropFirst(name.count)).trimmingSpaces
        switch name {
        case "q", "quit", "q!", "qa", "wq", "x":
            return perform(.quitNow)
        case "open", "o", "e", "edit":
            guard !argument.isEmpty else {
                notice = Notice(":open needs a folder or file, e.g. :open ~/news", isError: true)
                return []
            }
            return [.openCorpus(path: argument)]
        case "theme", "colorscheme", "colo":
            guard !argument.isEmpty else {
                notice = Notice("theme: \(themeName) (:theme NAME; F2/F3 cycle)")
                return []
            }
            return [.applyTheme(name: argument)]
        case "sort":
            let words = argument.split(separator: " ").map(String.init)
            guard let first = words.first, let order = ArticleOrder(rawValue: first == "entity" ? "entities" : first) else {
                notice = Notice("sort by: " + ArticleOrder.allCases.map(\.rawValue).joined(separator: ", "), isError: !argument.isEmpty)
                return []
            }
            list.order = order
            list.reversed = words.dropFirst().contains { $0 == "reverse" || $0 == "rev" || $0 == "!" }
            refreshList()
            notice = Notice("sorted by \(order.rawValue)\(list.reversed ? ", reversed" : "")")
        case "filter", "f":
            applyListFilter(argument)
        case "help", "h":
            overlay = .help(top: 0)
        case "skipped", "problems", "errors":
            overlay = .skipped(top: 0)
        case "layers":
            if let layers = AnnotationLayers(rawValue: argument) { reader.layers = layers } else {
                notice = Notice("layers: all, entities, numbers, off", isError: true)
            }
        default:
            notice = Notice("unknown command :\(name) (try :open, :theme, :sort, :filter, :skipped, :help, :q)", isError: true)
        }
        return []
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}

extension EntityMention.Kind {
    /// The search field for the type: `person`, `org`, `place`, `group`.
    public var fieldName: String {
        switch self {
        case .person: return "person"
        case .organisation: return "org"
        case .place: return "place"
        case .group: return "group"
        }
    }
}
