import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

/// `--as-of TIMESTAMP` for reading clocks at a moment (default now).
struct AsOfInstantOption: ParsableArguments {
    @Option(name: .long, help: "Read the clocks as of this time (default now).") var asOf: String?

    func instant() throws -> Instant {
        guard let asOf else { return CLI.now() }
        guard let instant = Instant(parsing: asOf) else { throw ValidationError("--as-of '\(asOf)' is not a timestamp such as 2026-03-31T23:59") }
        return instant
    }
}

extension ClaimCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List claims; --overdue lists every clock past due with its legal basis and how late it is.",
            discussion: """
                --due-within lists the clocks due soon on your own claims when you are an adjuster; --adjuster NAME shows another's,
                --all everyone's. Other roles see every claim they may read unless they name an adjuster.
                """)
        @Option(name: .long, help: "Only claims in this state.") var status: ClaimState?
        @Option(name: .long, help: ArgumentHelp("Only the claims of this adjuster (a user name).", valueName: "user")) var adjuster: String?
        @Flag(name: .long, help: "Every adjuster's claims (with --due-within, whose default is your own).") var all = false
        @Flag(name: .long, help: "Only clocks past their due time.") var overdue = false
        @Option(name: .long, help: "Only clocks due within this time: 3d, 12h, 90m.") var dueWithin: String?
        @OptionGroup var page: PageOptions
        @OptionGroup var asOf: AsOfInstantOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func validate() throws {
            if overdue && dueWithin != nil { throw ValidationError("give --overdue or --due-within, not both") }
            if all && adjuster != nil { throw ValidationError("give --adjuster or --all, not both") }
            if let dueWithin, Self.seconds(dueWithin) == nil { throw ValidationError("--due-within '\(dueWithin)' is not a duration such as 3d, 12h or 90m") }
        }

        static func seconds(_ text: String) -> Int64? {
            guard let unit = text.last, let number = Int64(text.dropLast()), number > 0 else { return nil }
            switch unit {
            case "d": return number * 86_400
            case "h": return number * 3600
            case "m": return number * 60
            default: return nil
            }
        }

        /// Whose claims: the named adjuster, everyone's with --all, and with --due-within the acting adjuster's own by default.
        func whose(_ user: AuthenticatedUser) -> (adjuster: String?, label: String) {
            if let adjuster { return (adjuster, "the claims of \(adjuster)") }
            if all { return (nil, "every adjuster's claims") }
            if dueWithin != nil && user.roles.contains(.adjuster) { return (user.name, "your claims (\(user.name); --all for everyone's)") }
            return (nil, "every claim you may read")
        }

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let (chosen, label) = whose(context.user)
                let filter = ClaimListFilter(state: status, adjuster: chosen, overdue: overdue, dueWithin: dueWithin.flatMap(Self.seconds),
                                             asOf: try asOf.instant(), limit: page.probe, offset: page.skip)
                let shown = page.page(probed: try engine.claims().list(filter, context))
                let byClock = overdue || dueWithin != nil
                try Output.list(shown, format.format) { rows in
                    var table = byClock
                        ? TextTable(["claim", "policy", "state", "adjuster", "clock", "legal basis", "due", overdue ? "late by" : "time left"], free: [5])
                        : TextTable(["claim", "policy", "product", "state", "adjuster", "claimed", "reserve", "paid", "reported"], rightAligned: [5, 6, 7])
                    for r in rows {
                        if byClock {
                            let late = r.lateSeconds ?? 0
                            table.add([r.claim, r.policy, r.state.rawValue, r.adjuster, r.clock?.rawValue ?? "", r.basis ?? "",
                                       r.dueAt?.shortDescription ?? "", DurationText.text(abs(late))])
                        } else {
                            table.add([r.claim, r.policy, r.productCode, r.state.rawValue, r.adjuster, r.claimed.yuanString, r.reserve.yuanString,
                                       r.paid.yuanString, r.reportedAt.shortDescription])
                        }
                    }
                    return table
                }
                if format.format == .table {
                    let count = shown.rows.count
                    let plural = count == 1 ? "" : "s"
                    let noun = byClock ? (overdue ? "overdue clock\(plural)" : "clock\(plural) due within \(dueWithin ?? "")") : "claim\(plural)"
                    print("\(count) \(noun)" + (byClock || adjuster != nil || all ? " on \(label)" : ""))
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "A claim: state, policy, reserve, payments, documents, every clock, claimant and payee, notes, letters.",
            discussion: "Claimant and payee are masked; --reveal (an adjuster or approver, who pay) shows them in full and is recorded in the audit trail.")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @Flag(name: .long, help: "The claimant's and payee's names, phones and bank account in full.") var reveal = false
        @OptionGroup var asOf: AsOfInstantOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let service = try engine.claims()
                var details = try service.details(claim, asOf: try asOf.instant(), context)
                if reveal { details.parties = try service.revealParties(claim, context) }
                try Output.show(details, format.format) { ClaimText.render(details) }
            }
        }
    }

    struct Approvals: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "approvals", abstract: "Payments waiting for your approval (within your authority, not asked for by you), oldest first.")
        @OptionGroup var page: PageOptions
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let waiting = try engine.claims().approvals(context)
                let shown = page.slice(waiting)
                if format.format == .json {
                    print(try CLI.json(shown.rows))
                    return
                }
                var table = TextTable(["claim", "policy", "line", "payment", "amount", "kind", "asked by", "asked at", "waiting"], rightAligned: [3, 4, 8])
                for w in shown.rows {
                    let p = w.payment
                    table.add([w.claim, w.policy, w.line.rawValue, String(p.number), p.amount.yuanString, p.advance ? "advance" : "payment",
                               p.requestedBy, p.requestedAt.shortDescription, DurationText.text(context.at.secondsSinceEpoch - p.requestedAt.secondsSinceEpoch)])
                }
                Output.table(table, shown, format.format)
                if format.format == .table { print("\(waiting.count) payment\(waiting.count == 1 ? "" : "s") waiting for \(context.actor)") }
            }
        }
    }

    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "timeline", abstract: "Every event of a claim: who, when, and the time between events.")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @OptionGroup var page: PageOptions
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let events = try engine.claims().timeline(claim, context)
                let shown = page.slice(events)
                if format.format == .json {
                    print(try CLI.json(shown.rows))
                    return
                }
                var table = TextTable(["#", "when", "after", "who", "action", "state", "detail"], rightAligned: [0, 2], free: [6])
                var previous: Instant? = nil
                for e in shown.rows {
                    let gap = previous.map { DurationText.text(e.at.secondsSinceEpoch - $0.secondsSinceEpoch) } ?? ""
                    table.add([String(e.sequence), e.at.shortDescription, gap, e.actor, e.action,
                               "\(e.stateBefore?.rawValue ?? "") → \(e.stateAfter.rawValue)", e.detail])
                    previous = e.at
                }
                Output.table(table, shown, format.format)
            }
        }
    }
}

enum ClaimText {
    static func render(_ d: ClaimDetails) -> String {
        let c = d.claim
        var lines = [Style.heading("claim \(c.reference)") + "  \(c.state.rawValue)  (version \(c.version), cycle \(c.cycle))"]
        lines.append("policy \(c.policyNumber) (\(c.productCode) v\(c.productVersion), \(c.line.rawValue), segment \(c.segment.rawValue))")
        lines.append("\(c.claimType) on \(c.coverage); loss \(c.lossDate); claimed \(c.claimed.yuanString)\(c.small ? " (small claim)" : ""); adjuster \(c.adjuster)")
        if let covered = c.covered { lines.append("decision: \(covered ? "covered" : "not covered")\(c.decisionReason.map { " — \($0)" } ?? "")") }
        if let loss = c.agreedLoss { lines.append("agreed loss \(loss.yuanString), payable \(c.payable?.yuanString ?? "-")") }
        lines.append("reserve \(c.reserve.yuanString); paid \(c.paid.yuanString) (advance \(c.advancePaid.yuanString))")
        for waiver in d.waivers {
            lines.append("waived \(waiver.amount.yuanString) at closing (cycle \(waiver.cycle), \(waiver.at.shortDescription), \(waiver.actor)): \(waiver.reason)")
        }
        for duplicate in d.possibleDuplicates {
            lines.append(Style.warning("WARNING:") + " possible duplicate of \(duplicate.claim) (\(duplicate.state.rawValue), reported \(duplicate.reportedAt.shortDescription), claimed \(duplicate.claimed.yuanString))")
        }
        if let summary = PossibleDuplicates(listed: d.possibleDuplicates, total: d.possibleDuplicateCount).summary {
            lines.append(Style.warning("WARNING:") + " " + summary)
        }
        for party in d.parties {
            var text = "\(party.role.rawValue): \(party.name) (\(party.relation.rawValue) \(party.relation.chinese))"
            if let phone = party.phone { text += ", phone \(phone)" }
            if let bank = party.bankName, let account = party.bankAccount { text += ", \(bank) \(account)" }
            lines.append(text)
        }
        lines.append("")
        var documents = TextTable(["document", "name", "required", "requested", "received"], free: [1])
        for doc in d.documents {
            documents.add([doc.code, doc.name.zh, doc.required ? "yes" : "", doc.firstRequestedAt?.shortDescription ?? "", doc.receivedAt?.shortDescription ?? "missing"])
        }
        lines.append(documents.render())
        for r in d.requests {
            lines.append("request \(r.number) at \(r.at.shortDescription): \(r.documents.joined(separator: ", "))" +
                         (r.breaches.isEmpty ? "" : "  " + Style.alarm("BREACH") + " (Art. 22): \(r.breaches.joined(separator: ", "))"))
        }
        if !d.payments.isEmpty {
            lines.append("")
            var payments = TextTable(["payment", "amount", "kind", "status", "requested by", "approved by", "paid"], rightAligned: [1])
            for p in d.payments {
                payments.add([String(p.number), p.amount.yuanString, p.advance ? "advance" : "payment", p.status.rawValue, p.requestedBy,
                              p.approvedBy ?? "", p.paidAt?.shortDescription ?? ""])
            }
            lines.append(payments.render())
        }
        lines.append("")
        lines.append("clocks as of \(d.asOf.shortDescription):")
        var clocks = TextTable(["clock", "cycle", "status", "started", "due", "ended", "timing", "basis"], free: [7])
        for k in d.clocks {
            let late: String
            switch k.status {
            case .met: late = "\(DurationText.text(-k.lateSeconds)) early"
            case .missed: late = "late \(DurationText.text(k.lateSeconds))"
            case .open: late = "\(DurationText.text(-k.lateSeconds)) left"
            case .stopped: late = ""
            }
            clocks.add([k.kind.rawValue, String(k.cycle), k.status.rawValue, k.startedAt.shortDescription, k.dueAt.shortDescription,
                        k.endedAt.map { $0 <= d.asOf ? $0.shortDescription : "" } ?? "", late, k.basis])
        }
        lines.append(clocks.render())
        if !d.letters.isEmpty {
            lines.append("")
            var letters = TextTable(["letter", "kind", "sent", "by", "bytes", "sha256"], rightAligned: [4])
            for l in d.letters { letters.add([l.reference, l.kind.rawValue, l.createdAt.shortDescription, l.createdBy, String(l.byteCount), l.sha256]) }
            lines.append(letters.render())
        }
        if !d.notes.isEmpty {
            lines.append("")
            lines.append("notes:")
            for n in d.notes { lines.append("  \(n.number). \(n.at.shortDescription) \(n.actor): \(n.text)") }
        }
        lines.append("\(d.events) events (puhui claim timeline \(c.reference))")
        return lines.joined(separator: "\n")
    }
}
