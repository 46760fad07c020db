import PuhuiTestSupport
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

@Suite struct PartyRegistryTests {
    let at = Instant(parsing: "2026-11-23T10:00")!
    /// A front-office underwriter registering parties.
    var clerk: ActionContext { ActionContext(user: AuthenticatedUser(name: "clerk.ma", roles: [.underwriter]), at: at) }

    /// The party registry on `db`, its clock at 2026-11-23 10:00.
    func registry(_ db: SQLiteStorage) -> PartyService {
        PartyService(storage: db, clock: FixedClock(at), standard: Fixtures.sizeStandard)
    }

    func count(_ db: SQLiteStorage) throws -> Int {
        try db.count("party")
    }

    @Test func firmsAndPersonsGetTheirSegments() throws {
        let db = try SQLiteStorage.inMemory()
        let micro = try registry(db).register(PartyInput(kind: .enterprise, name: "上海小禾餐饮管理有限公司", identifier: TestIdentifiers.creditCode("91", serial: 1),
                                                     industryCode: "H6210", employees: 8, revenue: "90", assets: "40", figuresYear: 2025), clerk)
        #expect(micro.reference == "P-000001")
        #expect(micro.sizeClass == .micro && micro.segment == .microEnterprise)
        let medium = try registry(db).register(PartyInput(kind: .enterprise, name: "华东精密机械有限公司", identifier: TestIdentifiers.creditCode("91", serial: 2),
                                                      industryCode: "C3421", employees: 450, revenue: "12000", figuresYear: 2025), clerk)
        #expect(medium.segment == .other && medium.sizeClass == .medium)
        let shop = try registry(db).register(PartyInput(kind: .individualBusiness, name: "徐汇区李记面馆", identifier: TestIdentifiers.creditCode("92", serial: 3),
                                                    industryCode: "H6220", employees: 3, revenue: "40", figuresYear: 2025), clerk)
        #expect(shop.segment == .individualBusiness)
        let employee = try registry(db).register(PartyInput(kind: .person, name: "王芳", identifier: TestIdentifiers.identity("19900315", sequence: 24),
                                                        phone: "13812345678", role: .employee, employer: micro.reference), clerk)
        #expect(employee.segment == .employee && employee.employer == "P-000001")
        #expect(employee.birthDate?.description == "1990-03-15" && employee.sex == .female)
        let bigFirmEmployee = try registry(db).register(PartyInput(kind: .person, name: "赵强", identifier: TestIdentifiers.identity("19850101", sequence: 11),
                                                               role: .employee, employer: TestIdentifiers.creditCode("91", serial: 2)), clerk)
        #expect(bigFirmEmployee.segment == .other)
        let owner = try registry(db).register(PartyInput(kind: .person, name: "李建国", identifier: TestIdentifiers.identity("19750808", sequence: 31),
                                                     role: .businessOwner, ownerOf: shop.reference), clerk)
        #expect(owner.segment == .businessOwner && owner.ownerOf == shop.reference)
        let rider = try registry(db).register(PartyInput(kind: .person, name: "陈晨", identifier: TestIdentifiers.identity("19980520", sequence: 53),
                                                     role: .flexibleWorker), clerk)
        #expect(rider.segment == .flexibleWorker)
        let loner = try registry(db).register(PartyInput(kind: .person, name: "孙丽", identifier: TestIdentifiers.identity("19920202", sequence: 62),
                                                     role: .employee), clerk)
        #expect(loner.segment == .other && loner.segmentBasis == "employee without a registered employer")

        let stored = try registry(db).party("P-000004", clerk)
        #expect(stored == employee.withReference("P-000004"))
        let masked = stored.masked()
        #expect(masked.identifier == "310104********" + String((stored.identifier ?? "").suffix(4)))
        #expect(masked.name == "王*" && masked.phone == "138****5678" && masked.birthDate == nil)
    }

    @Test func refusalsSayWhyAndWriteNothing() throws {
        let db = try SQLiteStorage.inMemory()
        func refusal(_ input: PartyInput) -> String {
            do {
                _ = try registry(db).register(input, clerk)
                return "registered"
            } catch {
                return "\(error)"
            }
        }
        #expect(refusal(PartyInput(kind: .enterprise, name: "某某商行", identifier: TestIdentifiers.creditCode("92", serial: 9))) ==
                "party '某某商行': identifier: 92… is the code of an individual business, not of an enterprise (91…)")
        #expect(refusal(PartyInput(kind: .individualBusiness, name: "某某公司", identifier: "91110000100006485J")) ==
                "party '某某公司': identifier: check character should be K, not J")
        #expect(refusal(PartyInput(kind: .person, name: "张三", identifier: "110105190002290025", phone: "12345")) ==
                "party '张*': identifier: no such date: positions 7-14 give the birth date 1900-02-29; phone: '*****' is not a mainland mobile number (11 digits starting 13-19)")
        // A phone number that is nearly right is not echoed in full either.
        #expect(refusal(PartyInput(kind: .person, name: "张三丰", identifier: TestIdentifiers.identity("19900101", sequence: 1), phone: "12012345678")) ==
                "party '张**': phone: '120****5678' is not a mainland mobile number (11 digits starting 13-19)")
        #expect(refusal(PartyInput(kind: .person, name: "张三", identifier: TestIdentifiers.identity("19900101", sequence: 1), role: .employee, employer: "P-000099")) ==
                "party '张*': employer: no registered enterprise or individual business 'P-000099'")
        #expect(refusal(PartyInput(kind: .enterprise, name: "测试公司", identifier: TestIdentifiers.creditCode("91", serial: 5), industryCode: "Z99")) ==
                "party '测试公司': industry: division 99 of 'Z99' does not exist in GB/T 4754-2017")
        #expect(try count(db) == 0)
    }

    @Test func duplicatesAreRefusedUnlessAllowed() throws {
        let db = try SQLiteStorage.inMemory()
        let input = PartyInput(kind: .person, name: "王芳", identifier: TestIdentifiers.identity("19900315", sequence: 24), role: .flexibleWorker)
        _ = try registry(db).register(input, clerk)
        #expect {
            try registry(db).register(input, clerk)
        } throws: { error in
            (error as? PuhuiError)?.message == "party '王*': identifier: already registered as P-000001"
        }
        _ = try registry(db).register(input, allowDuplicate: true, clerk)
        let report = try registry(db).qualityReport(asOf: CivilDate(iso: "2026-11-23")!, limit: 10, reveal: false, clerk)
        #expect(report.duplicateIdentifierCount == 1)
        #expect(report.duplicateIdentifiers.first?.references == ["P-000001", "P-000002"])
        #expect(report.duplicateIdentifiers.first?.identifier.contains("********") == true)
    }

    @Test func importIsAllOrNothingWithLineNumbers() throws {
        let db = try SQLiteStorage.inMemory()
        let csv = """
            kind,name,identifier,role,employer,industry,employees,revenue,assets,year
            enterprise,上海小禾餐饮管理有限公司,\(TestIdentifiers.creditCode("91", serial: 1)),,,H6210,8,90,40,2025
            person,王芳,\(TestIdentifiers.identity("19900315", sequence: 24)),employee,\(TestIdentifiers.creditCode("91", serial: 1)),,,,,
            person,张三,110105190002290025,flexible-worker,,,,,,
            individual-business,徐汇区李记面馆,\(TestIdentifiers.creditCode("92", serial: 3)),,,H6220,3,40,,2021

            """
        do {
            _ = try registry(db).importCSV(SourceText(path: "parties.csv", text: csv), skipInvalid: false, clerk)
            Issue.record("expected a rejection")
        } catch let error as PuhuiError {
            #expect(error.diagnostics.map(\.description) == [
                "parties.csv:4: error: identifier: no such date: positions 7-14 give the birth date 1900-02-29",
            ])
        }
        #expect(try count(db) == 0)

        let report = try registry(db).importCSV(SourceText(path: "parties.csv", text: csv), skipInvalid: true, clerk)
        #expect(report.added.map(\.reference) == ["P-000001", "P-000002", "P-000003"])
        #expect(report.added[1].segment == .employee) // the employer was registered earlier in the same file
        #expect(report.rejects.map(\.line) == [4])
        #expect(report.rejectsCSV == """
            kind,name,identifier,role,employer,industry,employees,revenue,assets,year,line,reason
            person,张三,110105190002290025,flexible-worker,,,,,,,4,identifier: no such date: positions 7-14 give the birth date 1900-02-29

            """)
        #expect(try count(db) == 3)
    }

    @Test func importRefusesAnUnknownColumn() throws {
        let db = try SQLiteStorage.inMemory()
        #expect(throws: PuhuiError.self) {
            try registry(db).importCSV(SourceText(path: "p.csv", text: "kind,name,colour\nperson,x,red\n"), skipInvalid: true, clerk)
        }
    }

    @Test func qualityReportFindsWhatIsMissingStaleOrInconsistent() throws {
        let db = try SQLiteStorage.inMemory()
        let csv = """
            kind,name,identifier,role,employer,industry,employees,revenue,assets,year
            enterprise,有数据的公司,\(TestIdentifiers.creditCode("91", serial: 1)),,,F5211,12,150,,2025
            enterprise,缺营收的公司,\(TestIdentifiers.creditCode("91", serial: 2)),,,F5211,12,,,2025
            enterprise,旧数据的公司,\(TestIdentifiers.creditCode("91", serial: 3)),,,F5211,12,150,,2023
            enterprise,没年份的公司,\(TestIdentifiers.creditCode("91", serial: 4)),,,F5211,12,150,,
            individual-business,无照小店,,,,F5211,2,20,,2025
            person,孙丽,\(TestIdentifiers.identity("19920202", sequence: 62)),employee,,,,,,
            person,王芳,\(TestIdentifiers.identity("19900315", sequence: 24)),employee,P-000001,,,,,

            """
        _ = try registry(db).importCSV(SourceText(path: "p.csv", text: csv), skipInvalid: false, clerk)
        let report = try registry(db).qualityReport(asOf: CivilDate(iso: "2026-11-23")!, limit: 10, reveal: false, clerk)
        #expect(report.missingClassificationInputs.findings.map(\.reference) == ["P-000002", "P-000004"])
        #expect(report.missingClassificationInputs.findings.first?.detail == "unclassifiable: needs operating revenue (Retail (group 5, 零售业))")
        #expect(report.staleSizeData.findings.map(\.reference) == ["P-000003"]) // 2023 < 2026 − 2; 2024 would not be
        #expect(report.individualBusinessesWithoutCode92.findings.map(\.reference) == ["P-000005"])
        #expect(report.employeesWithoutEmployer.findings.map(\.reference) == ["P-000006"])
        #expect(report.countsBySegment["small-enterprise"] == 3)
        #expect(report.countsBySegment["other"] == 2)
        #expect(report.countsBySegment["individual-business"] == 1)
        #expect(report.countsBySegment["employee"] == 1)
        #expect(report.duplicateIdentifierCount == 0)
    }
}

extension Party {
    func withReference(_ reference: String) -> Party {
        var copy = self
        copy.reference = reference
        return copy
    }
}
