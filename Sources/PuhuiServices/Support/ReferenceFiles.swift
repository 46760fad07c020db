import PuhuiDomain
import Synchronization

/// The reference files claims need (the working-day calendar of `data/`, the insurer profile of
/// `config/`), read and parsed once per engine. A command makes one engine and reads them once
/// anyway; a server keeps one engine for its life and answered every claim request by reading
/// and parsing both files again. A file that cannot be read is not remembered: the next use
/// tries again and reports it. Changing either file takes effect when the server restarts.
public final class ReferenceFiles: Sendable {
    private let calendar = Mutex<WorkingDayCalendar?>(nil)
    private let profile = Mutex<InsurerProfile?>(nil)

    public init() {}

    func workingDayCalendar(_ environment: PuhuiEnvironment) throws -> WorkingDayCalendar {
        if let cached = calendar.withLock({ $0 }) { return cached }
        let read = try environment.workingDayCalendar()
        calendar.withLock { $0 = read }
        return read
    }

    func insurerProfile(_ environment: PuhuiEnvironment) throws -> InsurerProfile {
        if let cached = profile.withLock({ $0 }) { return cached }
        let read = try environment.insurerProfile()
        profile.withLock { $0 = read }
        return read
    }
}
