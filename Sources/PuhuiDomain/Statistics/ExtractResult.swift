/// An extract with the figures behind its report's charts, made in the same pass.
public struct ExtractResult: Sendable {
    public var extract: RegulatorExtract
    /// The whole book's series.
    public var series: ExtractSeries
    /// The individual businesses' (个体工商户) series.
    public var individualBusinessSeries: ExtractSeries

    public init(extract: RegulatorExtract, series: ExtractSeries, individualBusinessSeries: ExtractSeries) {
        self.extract = extract
        self.series = series
        self.individualBusinessSeries = individualBusinessSeries
    }
}
