import PuhuiAPI

/// The answers of the fast lane (`getClaim`, `createQuote`) written without the generated
/// serializer: the same bytes as the converter's `JSONEncoder` (`[.sortedKeys,
/// .withoutEscapingSlashes]`) writes for the same generated value, in about a tenth of the
/// time. The values are built as for every other answer (`Components.Schemas.Claim(details)`,
/// `Components.Schemas.Quote(quote)`); only the writing differs.
///
/// Each schema's members are written in the encoder's key order, ascending by UTF-8 bytes,
/// which is fixed per schema. `DirectJSONTests` proves the bytes equal the encoder's, and its
/// drift guard fails when a schema gains a property a test value does not set.
enum DirectJSON {
    static func claim(_ value: Components.Schemas.Claim) -> [UInt8] {
        var writer = JSONByteWriter(capacity: 4096)
        writer.object(value, members)
        return writer.bytes
    }

    static func quote(_ value: Components.Schemas.Quote) -> [UInt8] {
        var writer = JSONByteWriter(capacity: 4096)
        writer.object(value, members)
        return writer.bytes
    }

    // MARK: The claim and its parts

    static func members(_ writer: inout JSONByteWriter, _ claim: Components.Schemas.Claim) {
        writer.field("adjuster", claim.adjuster)
        writer.field("advancePaid", claim.advancePaid)
        writer.field("agreedLoss", claim.agreedLoss)
        writer.field("asOf", claim.asOf)
        writer.field("claimant", claim.claimant, members)
        writer.field("claimed", claim.claimed)
        writer.field("clocks", claim.clocks, members)
        writer.field("coverage", claim.coverage)
        writer.field("covered", claim.covered)
        writer.field("cycle", claim.cycle)
        writer.field("decisionReason", claim.decisionReason)
        writer.field("description", claim.description)
        writer.field("documents", claim.documents, members)
        writer.field("lossDate", claim.lossDate)
        writer.field("paid", claim.paid)
        writer.field("payable", claim.payable)
        writer.field("payee", claim.payee, members)
        writer.field("payments", claim.payments, members)
        writer.field("policy", claim.policy)
        writer.field("product", claim.product)
        writer.field("reference", claim.reference)
        writer.field("reportedAt", claim.reportedAt)
        writer.field("requests", claim.requests, members)
        writer.field("reserve", claim.reserve)
        writer.field("small", claim.small)
        writer.field("state", claim.state)
        writer.field("type", claim._type)
        writer.field("version", claim.version)
    }

    static func members(_ writer: inout JSONByteWriter, _ party: Components.Schemas.ClaimParty) {
        writer.field("bankAccount", party.bankAccount)
        writer.field("bankName", party.bankName)
        writer.field("name", party.name)
        writer.field("phone", party.phone)
        writer.field("recordedAt", party.recordedAt)
        writer.field("relation", party.relation)
    }

    static func members(_ writer: inout JSONByteWriter, _ clock: Components.Schemas.Clock) {
        writer.field("basis", clock.basis)
        writer.field("cycle", clock.cycle)
        writer.field("dueAt", clock.dueAt)
        writer.field("endedAt", clock.endedAt)
        writer.field("kind", clock.kind)
        writer.field("lateSeconds", clock.lateSeconds)
        writer.field("startedAt", clock.startedAt)
        writer.field("status", clock.status)
    }

    static func members(_ writer: inout JSONByteWriter, _ document: Components.Schemas.ClaimDocument) {
        writer.field("code", document.code)
        writer.field("firstRequestedAt", document.firstRequestedAt)
        writer.field("name", document.name, members)
        writer.field("receivedAt", document.receivedAt)
        writer.field("required", document.required)
    }

    static func members(_ writer: inout JSONByteWriter, _ request: Components.Schemas.DocumentRequest) {
        writer.field("at", request.at)
        writer.field("breaches", request.breaches)
        writer.field("documents", request.documents)
        writer.field("number", request.number)
    }

    static func members(_ writer: inout JSONByteWriter, _ payment: Components.Schemas.Payment) {
        writer.field("advance", payment.advance)
        writer.field("amount", payment.amount)
        writer.field("approvedBy", payment.approvedBy)
        writer.field("number", payment.number)
        writer.field("paidAt", payment.paidAt)
        writer.field("requestedAt", payment.requestedAt)
        writer.field("requestedBy", payment.requestedBy)
        writer.field("status", payment.status)
    }

    static func members(_ writer: inout JSONByteWriter, _ name: Components.Schemas.LocalizedName) {
        writer.field("en", name.en)
        writer.field("zh", name.zh)
    }
}
