/// Commutation functions of a life table at an interest rate, radix l₀ = 1,000,000:
/// Dₓ = vˣ lₓ, Cₓ = vˣ⁺¹ dₓ, Nₓ = Σ_{k≥x} Dₖ, Mₓ = Σ_{k≥x} Cₖ, with v = 1/(1+i).
/// Values are exact decimals rounded half-even to 24 places at each step (far below a fen on
/// any sum insured); they are computed once per table and rate.
public struct CommutationTable: Sendable {
    public let table: String
    public let key: String
    public let interest: ExactDecimal
    public let firstAge: Int
    public let lastAge: Int
    public let q: [ExactDecimal]
    public let l: [ExactDecimal]
    public let D: [ExactDecimal]
    public let C: [ExactDecimal]
    public let N: [ExactDecimal]
    public let M: [ExactDecimal]

    static let scale = 24
    public static let radix = ExactDecimal(1_000_000)

    /// Builds from the rows of `index` whose key dimension `keyDimension` is `key`, ages in the
    /// range dimension `ageDimension`; the ages must run without a gap.
    public init(index: RateIndex, key: String, keyDimension: String = "table", ageDimension: String = "age",
                interest: ExactDecimal) throws(PuhuiError) {
        let t = index.table
        guard let keyPosition = t.dimensionIndex(keyDimension), let agePosition = t.dimensionIndex(ageDimension) else {
            throw PuhuiError.invalid("rate table \(t.name) needs dimensions \(keyDimension) and \(ageDimension)")
        }
        var byAge: [Int: ExactDecimal] = [:]
        for row in t.rows where row.cells[keyPosition] == .key(key) {
            guard case let .range(lower?, upper?) = row.cells[agePosition] else { continue }
            for age in lower...upper { byAge[Int(age)] = row.value }
        }
        guard let first = byAge.keys.min(), let last = byAge.keys.max() else {
            throw PuhuiError.invalid("rate table \(t.name) has no rows for \(keyDimension)=\(key)")
        }
        guard byAge.count == last - first + 1 else {
            throw PuhuiError.invalid("rate table \(t.name) \(keyDimension)=\(key): ages \(first) to \(last) have a gap")
        }
        let scale = CommutationTable.scale
        let v = ExactDecimal.one.divided(by: ExactDecimal.one + interest, scale: scale, .halfEven) ?? .one
        var q: [ExactDecimal] = [], l: [ExactDecimal] = [], D: [ExactDecimal] = [], C: [ExactDecimal] = []
        var lx = CommutationTable.radix
        var vPower = v.power(first, scale: scale)
        for age in first...last {
            let qx = byAge[age] ?? .zero
            let dx = (lx * qx).rounded(scale: scale, .halfEven)
            let vNext = (vPower * v).rounded(scale: scale, .halfEven)
            q.append(qx)
            l.append(lx)
            D.append((lx * vPower).rounded(scale: scale, .halfEven))
            C.append((dx * vNext).rounded(scale: scale, .halfEven))
            lx = lx - dx
            vPower = vNext
        }
        var N = [ExactDecimal](repeating: .zero, count: D.count + 1)
        var M = [ExactDecimal](repeating: .zero, count: D.count + 1)
        for i in stride(from: D.count - 1, through: 0, by: -1) {
            N[i] = N[i + 1] + D[i]
            M[i] = M[i + 1] + C[i]
        }
        self.table = t.versionLabel
        self.key = key
        self.interest = interest
        self.firstAge = first
        self.lastAge = last
        self.q = q
        self.l = l
        self.D = D
        self.C = C
        self.N = N
        self.M = M
    }

    /// Whether ages `age ... age + years` lie within the table (the sums reach age + years).
    public func covers(age: Int, years: Int) -> Bool {
        age >= firstAge && age + years <= lastAge + 1
    }

    public func N(_ age: Int) -> ExactDecimal { N[age - firstAge] }
    public func M(_ age: Int) -> ExactDecimal { M[age - firstAge] }
    public func D(_ age: Int) -> ExactDecimal { D[age - firstAge] }
}
