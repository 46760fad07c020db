import Foundation
import PuhuiDomain

/// The engine's errors in the page's language. English pages show the engine's own message.
/// Chinese pages show a Chinese sentence for the errors a customer can meet on the quote,
/// apply, report and upload forms, chosen by the error's code and field (and, where one field
/// has several errors, by what the engine's message says); any other error a Chinese sentence
/// by its code with the engine's words after it, so that nothing is lost.
enum PageErrors {
    static func message(_ error: PuhuiError, _ language: PageLanguage) -> String {
        guard language == .zh else { return error.message }
        if let known = zh(error) { return known }
        return "\(general(error.code))（\(error.message)）"
    }

    /// A Chinese sentence for each kind of error by its code.
    static func general(_ code: PuhuiError.Code) -> String {
        switch code {
        case .invalidInput: "填写的内容有误"
        case .notFound: "未找到"
        case .conflict: "与已有记录冲突"
        case .stale: "页面已过期，请重新打开后再试"
        case .refused: "此操作现在不能进行"
        case .declined: "未能承保"
        case .rateMissing: "暂时无法报价（缺少费率）"
        case .unauthenticated: "请先登录"
        case .unauthorized: "您无权进行此操作"
        case .tooLarge: "内容太大"
        default: "系统出现问题，请稍后再试"
        }
    }

    /// The errors of the customer's forms, by code and field.
    static func zh(_ error: PuhuiError) -> String? {
        let text = error.message
        switch (error.code, error.field ?? "") {
        case (.stale, _):
            return "页面已过期（刚有人更新了这笔业务），请重新打开后再试"
        case (.unauthorized, _) where text.hasPrefix("the form is out of date"):
            return "表单已过期或并非来自本网站，请重新打开页面后再试"
        // Reporting a loss.
        case (.invalidInput, "type") where text.contains("has no claim type"):
            return "此保单没有这种出险类型，请重新选择"
        case (.invalidInput, "type"):
            return "出险日当天，保单不包含这类损失的保障"
        case (.invalidInput, "lossDate") where text.contains("had lapsed"):
            return "出险日保单已因欠缴保费超过宽限期而失效，不能报案；如有疑问请联系您的客户经理"
        case (.invalidInput, "lossDate") where text.contains("grace period"):
            return "出险日在欠缴保费的宽限期内，本产品对欠费期间的损失不予保障"
        case (.invalidInput, "lossDate") where text.contains("not in force"):
            return "出险日不在保险期间内"
        case (.invalidInput, "lossDate") where text.contains("is after the report"):
            return "出险日期不能晚于今天"
        case (.invalidInput, "claimed"):
            return "索赔金额须大于零"
        // Applying.
        case (.invalidInput, "quote"):
            return "缺少报价，请先获取报价再投保"
        case (.invalidInput, "documents") where text.hasPrefix("document '"):
            return "所选文件不在本产品要求的清单中"
        case (.invalidInput, "documents"), (.invalidInput, "document"):
            return "这不是本案需要的文件"
        case (.invalidInput, "frequency"):
            return "本产品不支持这种缴费方式"
        case (.invalidInput, "") where text.contains("does not serve"):
            return "您的企业类型不在本产品的承保范围内"
        case (.notFound, _) where text.hasPrefix("quote "):
            return "报价已失效或不存在，请重新获取报价"
        case (.declined, _):
            return "很抱歉，根据产品的承保规则，这项风险不能承保（\(text)）"
        // Sending documents.
        case (.refused, _) where text.contains("keeps no document files"):
            return "本系统暂不接收上传的文件，请将文件交给理赔人员"
        case (.refused, _) where text.hasPrefix("claim "):
            return "这笔赔案当前的状态不能进行此操作（\(text)）"
        default:
            return nil
        }
    }

    /// A problem with one risk field (`field 'sumInsured': 10 is outside the allowed …`), in
    /// the page's language: the engine's words in English, the same facts in Chinese.
    static func risk(_ message: String, _ language: PageLanguage) -> String {
        guard language == .zh else { return message }
        var text = Substring(message)
        if text.hasPrefix("field '"), let end = text.range(of: "': ") { text = text[end.upperBound...] }
        let detail = String(text)
        func quoted() -> String? {
            guard detail.hasPrefix("'"), let close = detail.dropFirst().firstIndex(of: "'") else { return nil }
            return String(detail[detail.index(after: detail.startIndex)..<close])
        }
        func after(_ marker: String) -> String? {
            detail.range(of: marker).map { String(detail[$0.upperBound...]) }
        }
        if detail == "is missing" { return "必填" }
        if detail.hasPrefix("must be a single value") { return "请只填写一个值" }
        if detail.contains("is not an amount in yuan") { return "「\(quoted() ?? "")」不是有效金额，请填写如 800000 或 1234.50" }
        if detail.contains("is not a whole number") { return "「\(quoted() ?? "")」不是整数" }
        if detail.contains("is not a decimal number") { return "「\(quoted() ?? "")」不是数字" }
        if detail.contains("is not a date YYYY-MM-DD") { return "「\(quoted() ?? "")」不是日期，请按 2026-08-10 的格式填写" }
        if let allowed = after(" is not an allowed amount for ") {
            let range = allowed.firstIndex(of: "(").map { String(allowed[$0...]).trimmingCharacters(in: CharacterSet(charactersIn: "()")) } ?? allowed
            return "\(detail.prefix { $0 != " " }) 元不在允许的金额范围内（\(range)）"
        }
        if let bounds = after(" is outside the allowed ") { return "\(detail.prefix { $0 != " " }) 超出允许范围（\(bounds)）" }
        if let choices = after(" is not one of ") {
            let value = quoted() ?? String(detail.prefix { $0 != " " })
            return "「\(value)」不是可选的值；可选：\(choices.replacingOccurrences(of: ", ", with: "、"))"
        }
        return "请检查此项（\(detail)）"
    }
}
