import PuhuiDomain

extension UnderwritingService {
    /// An application as its applicant or an underwriter reads it: a customer (who may apply)
    /// reads the applications of their own party, and any other "does not exist"; staff need
    /// the underwriting reader's role, as for `caseFile`.
    public func application(_ reference: String, _ context: ActionContext) throws -> ApplicationCaseFile {
        guard context.user.isCustomer else { return try caseFile(reference, context) }
        try context.authorize(.apply)
        let file = try storage.read { session in try caseFile(reference, reveal: false, now: clock.now(), session) }
        guard file.holder.reference == context.user.party else {
            throw PuhuiError.notFound("application \(Reference.normalized(reference)) does not exist")
        }
        return file
    }
}
