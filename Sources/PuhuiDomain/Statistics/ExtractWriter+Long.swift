import Foundation

extension ExtractWriter {
    /// The long layout: one row per segment × line × indicator (subtotals and the total
    /// included, marked by `kind`), with the unit and the decimal places of each value, so that
    /// a spreadsheet's pivot table takes it as it is. Ratios are decimals from 0 to 1.
    static func longCSV(_ extract: RegulatorExtract) -> Data {
        var out = "\u{FEFF}"
        func line(_ cells: [String]) { out += cells.map(CSVLine.escape).joined(separator: ",") + "\r\n" }
        line(["类型 kind", "客户群 segment", "客户群名称 segmentName", "险种 line", "险种名称 lineName", "指标 indicator",
              "指标名称 indicatorName", "单位 unit", "小数位 decimals", "数值 value"])
        for row in extract.rows {
            let segment = Segment(rawValue: row.segment), lineOfBusiness = LineOfBusiness(rawValue: row.line)
            let segmentName = segment.map { "\($0.chineseName) \($0.englishName)" } ?? "合计 All segments"
            let lineName = lineOfBusiness.map { "\($0.chineseName) \($0.englishName)" } ?? "合计 All lines"
            for indicator in ExtractIndicator.allCases {
                line([row.kind.rawValue, row.segment, segmentName, row.line, lineName, indicator.rawValue,
                      "\(indicator.chineseName) \(indicator.englishName)", indicator.unit, String(indicator.decimals), row.text(indicator)])
            }
        }
        return Data(out.utf8)
    }
}
