import Foundation
import PuhuiDomain
import PuhuiServices

extension DemoBook {
    mutating func seedParties(_ storage: any PuhuiStorage) throws {
        let firmCount = max(4, options.parties * 45 / 100)
        let shopCount = max(2, options.parties * 20 / 100)
        let personCount = max(6, options.parties - firmCount - shopCount)
        try batches("parties", count: firmCount + shopCount + personCount, storage) { book, i, db in
            if i < firmCount {
                try book.addFirm(kind: .enterprise, serial: UInt64(i + 1), db)
            } else if i < firmCount + shopCount {
                try book.addFirm(kind: .individualBusiness, serial: UInt64(i + 1), db)
            } else {
                try book.addPerson(sequence: i, db)
            }
        }
    }

    /// Figures in the band of `sizeClass` for the trade's industry group.
    mutating func figures(for trade: DemoNames.Trade, sizeClass: SizeClass) -> (Int?, ExactDecimal?, ExactDecimal?) {
        guard case let .success(code) = registry.standard.normalizeIndustryCode(trade.code),
              let (group, _) = registry.standard.group(ofNormalized: code) else { return (5, ExactDecimal(50), nil) }
        func band(_ indicator: SizeStandard.Indicator) -> ClosedRange<Int64> {
            let small = group.thresholds[.small]?.value(of: indicator).map { Int64($0.roundedToInteger(.down)) } ?? 10
            let medium = group.thresholds[.medium]?.value(of: indicator).map { Int64($0.roundedToInteger(.down)) } ?? small * 10
            let large = group.thresholds[.large]?.value(of: indicator).map { Int64($0.roundedToInteger(.down)) } ?? medium * 10
            switch sizeClass {
            case .micro: return 1...max(1, small - 1)
            case .small: return small...max(small, medium - 1)
            case .medium: return medium...max(medium, large - 1)
            case .large: return large...(large * 2)
            }
        }
        let indicators = group.indicators
        var employees: Int? = nil, revenue: ExactDecimal? = nil, assets: ExactDecimal? = nil
        for indicator in SizeStandard.Indicator.allCases {
            // Indicators the group does not use still get a plausible value (employees, revenue).
            let range = indicators.contains(indicator) ? band(indicator) : (indicator == .assets ? nil : (indicator == .employees ? 1...80 : 20...3000))
            guard let range else { continue }
            let value = random.seconds(range)
            switch indicator {
            case .employees: employees = Int(value)
            case .revenue: revenue = ExactDecimal(significand: Int128(value) * 100 + Int128(random.int(0...99)), scale: 2)
            case .assets: assets = ExactDecimal(significand: Int128(value) * 100 + Int128(random.int(0...99)), scale: 2)
            }
        }
        return (employees, revenue, assets)
    }

    mutating func addFirm(kind: PartyKind, serial: UInt64, _ db: any StorageSession) throws {
        let trade = random.pick(DemoNames.trades)
        let draw = random.int(1...100)
        let sizeClass: SizeClass = kind == .individualBusiness ? .micro : (draw <= 60 ? .micro : draw <= 90 ? .small : draw <= 98 ? .medium : .large)
        var (employees, revenue, assets) = figures(for: trade, sizeClass: sizeClass)
        if kind == .individualBusiness { employees = min(employees ?? 3, 8) }
        if random.chance(percent: 3) { revenue = nil } // unclassifiable: the quality report lists it
        let year = random.chance(percent: 5) ? 2023 : 2025
        let division = random.pick(DemoNames.divisions)
        let name: String
        var identifier: String? = nil
        if kind == .enterprise {
            name = random.pick(DemoNames.cities) + random.pick(DemoNames.brands) + trade.word + "有限公司"
            identifier = DemoNames.creditCode("91", division: division, serial: serial &* 7919 &+ 101)
        } else {
            name = random.pick(DemoNames.districts) + random.pick(DemoNames.surnames) + "记" + trade.shop
            if !random.chance(percent: 2) { identifier = DemoNames.creditCode("92", division: division, serial: serial &* 7919 &+ 103) }
        }
        let input = PartyInput(kind: kind, name: name, identifier: identifier, industryCode: trade.code, employees: employees,
                               revenue: revenue?.description, assets: assets?.description, figuresYear: year)
        let party = try register(input, db)
        if kind == .enterprise { summary.enterprises += 1 } else { summary.individualBusinesses += 1 }
        firms.append(Firm(reference: party.reference, trade: trade, segment: party.segment, kind: kind,
                          revenueYuan: Int64(revenue?.roundedToInteger(.down) ?? 100) * 10_000, headcount: employees ?? 3))
    }

    mutating func addPerson(sequence: Int, _ db: any StorageSession) throws {
        let birth = CivilDate(dayNumber: CivilDate(year: 1966, month: 1, day: 1).map { $0.dayNumber + random.int(0...(38 * 365)) } ?? 0)
        let draw = random.int(1...100)
        if self.smallFirms == nil {
            let small = firms.indices.filter { [.microEnterprise, .smallEnterprise, .individualBusiness].contains(firms[$0].segment) }
            self.smallFirms = small
            unownedSmallFirms = small
        }
        let smallFirms = self.smallFirms ?? []
        var role: PersonRole?
        var firm: Int? = nil
        switch draw {
        case 1...50:
            role = .employee
            // Employees gather in the first third of the small firms, so that they have staff to insure.
            if !random.chance(percent: 3), !smallFirms.isEmpty { firm = smallFirms[random.int(0...max(0, smallFirms.count / 3))] }
        case 51...70:
            role = .businessOwner
            if !unownedSmallFirms.isEmpty {
                let at = random.int(0...(unownedSmallFirms.count - 1))
                firm = unownedSmallFirms[at]
                unownedSmallFirms.swapAt(at, unownedSmallFirms.count - 1)
                unownedSmallFirms.removeLast()
            }
        case 71...97:
            role = .flexibleWorker
        default:
            role = nil
        }
        let name = random.pick(DemoNames.surnames) + random.pick(DemoNames.given)
        let identity = DemoNames.identity(division: random.pick(DemoNames.divisions), birth: birth, sequence: (sequence * 37 + random.int(0...36)) % 1000)
        let phone = "13" + String(random.int(0...9)) + String(format: "%08d", random.int(0...99_999_999))
        let link = firm.map { firms[$0].reference }
        let input = PartyInput(kind: .person, name: name, identifier: identity, phone: phone, role: role,
                               employer: role == .employee ? link : nil, ownerOf: role == .businessOwner ? link : nil)
        let party = try register(input, db)
        summary.persons += 1
        let index = persons.count
        persons.append(Person(reference: party.reference, role: role, birth: birth, segment: party.segment, firm: firm))
        if let firm {
            if role == .employee { firms[firm].employees.append(index) } else { firms[firm].owner = index }
        }
    }

    mutating func register(_ input: PartyInput, _ db: any StorageSession) throws -> Party {
        switch try registry.check(input, at: options.bookDate.adding(days: -330), allowDuplicate: true, registry: db.parties) {
        case let .passed(checked): return try db.parties.insert(checked)
        case let .failed(problems): throw PuhuiError.invalid(problems.joined(separator: "; "))
        }
    }
}
