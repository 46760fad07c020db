import PuhuiDomain

/// The engine as a front door sees it: the book's storage, the clock, and where reference data
/// and configuration come from; each use case is a service made from these.
public struct PuhuiEngine: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock
    public let environment: PuhuiEnvironment
    /// Raters shared by every quote made through this engine (a server keeps one engine).
    public let raters = RaterCache()
    /// The calendar and the insurer profile, read once (a server keeps one engine).
    public let referenceFiles = ReferenceFiles()

    public init(storage: any PuhuiStorage, clock: any Clock = SystemClock(), environment: PuhuiEnvironment) {
        self.storage = storage
        self.clock = clock
        self.environment = environment
    }

    public var catalog: CatalogService { CatalogService(storage: storage, clock: clock) }
    public var quotes: QuoteService { QuoteService(storage: storage, clock: clock, raters: raters) }
    public var policies: PolicyService { PolicyService(storage: storage, clock: clock) }
    public var premiums: PremiumService { PremiumService(storage: storage, clock: clock) }
    public var endorsements: EndorsementService { EndorsementService(storage: storage, clock: clock) }
    public var pensions: PensionService { PensionService(storage: storage, clock: clock) }
    public var audit: AuditTrailService { AuditTrailService(storage: storage) }
    public var statistics: StatisticsService { StatisticsService(storage: storage, environment: environment, clock: clock) }

    public func parties() throws -> PartyService {
        PartyService(storage: storage, clock: clock, standard: try environment.sizeStandard())
    }

    public var exports: ExportService { ExportService(storage: storage, clock: clock) }
    public var underwriting: UnderwritingService { UnderwritingService(storage: storage, clock: clock) }
    public var identity: IdentityService { IdentityService(storage: storage, clock: clock) }
    public var webSignIn: WebSignInService { WebSignInService(storage: storage, clock: clock) }

    public func claims() throws -> ClaimService {
        ClaimService(storage: storage, clock: clock, calendar: try referenceFiles.workingDayCalendar(environment),
                     letterhead: try referenceFiles.insurerProfile(environment))
    }

    /// Letters as sent, and policy schedules; needs the insurer profile of the configuration.
    public func letters() throws -> LetterService {
        LetterService(storage: storage, clock: clock, letterhead: try referenceFiles.insurerProfile(environment))
    }
}
