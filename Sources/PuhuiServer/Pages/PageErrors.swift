import PuhuiDomain

/// The engine's errors in the page's language: English pages show the engine's own message;
/// Chinese pages a Chinese sentence chosen by the error's code and field (the errors a
/// customer can meet on the quote, apply, report and upload forms), and for anything else a
/// Chinese sentence by code with the engine's words after it.
enum PageErrors {
    static func message(_ error: PuhuiError, _ language: PageLanguage) -> String {
        guard language == .zh else { return error.message }
        if let known = zh(error) { return known }
        let general: String
        switch error.code {
        case .invalidInput: general = "填写的内容有误"
        case .notFound: general = "未找到"
        case .conflict: general = "与已有记录冲突"
        case .stale: general = "页面已过期，请重新打开后再试"
        case .refused: general = "此操作现在不能进行"
        case .declined: general = "申请未获通过"
        case .rateMissing: general = "暂时无法报价（缺少费率）"
        case .unauthenticated: general = "请先登录"
        case .unauthorized: general = "您无权进行此操作"
        case .tooLarge: general = "内容太大"
        default: general = "系统出现问题，请稍后再试"
        }
        return error.code == .stale ? general : "\(general)（\(error.message)）"
    }

    /// The Chinese for the errors the forms can meet, by code and field.
    static func zh(_ error: PuhuiError) -> String? {
        if error.code == .stale { return "页面已过期（有人刚更新了这笔理赔），请重新打开后再试" }
        if error.code == .invalidInput, error.field == "documents" { return "这不是本案需要的文件" }
        return nil
    }
}
