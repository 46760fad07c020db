import Foundation
import PuhuiDomain

/// Synthetic names, identifiers and figures for the demo book: plausible, never real people.
enum DemoNames {
    static let cities = ["上海", "杭州", "深圳", "成都", "武汉", "南京", "苏州", "广州", "西安", "青岛", "宁波", "长沙"]
    static let brands = ["鑫源", "华宇", "恒通", "瑞丰", "嘉禾", "益民", "利达", "金穗", "宏远", "天成", "和美", "新锐", "同创", "永盛", "佳乐", "启航"]
    static let districts = ["徐汇区", "朝阳区", "南山区", "西湖区", "武侯区", "武昌区", "鼓楼区", "天河区", "雁塔区", "市南区"]
    static let divisions = ["310104", "110105", "440305", "330106", "510107", "420106", "320106", "440106", "610113", "370202"]
    static let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"]
    static let given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "平", "刚", "桂英", "建国", "晓燕"]

    /// Industries the book's firms work in: GB/T 4754 code, the word in their names, what an
    /// individual business of the trade calls itself, and the property occupancy it rates as.
    struct Trade {
        var code: String
        var word: String
        var shop: String
        var occupancy: String
        var hazard: String
    }

    static let trades = [
        Trade(code: "H6210", word: "餐饮管理", shop: "小吃店", occupancy: "restaurant", hazard: "3"),
        Trade(code: "F5211", word: "百货", shop: "便利店", occupancy: "retail-shop", hazard: "2"),
        Trade(code: "F5129", word: "商贸", shop: "批发部", occupancy: "warehouse", hazard: "2"),
        Trade(code: "C1810", word: "服饰", shop: "制衣坊", occupancy: "light-workshop", hazard: "4"),
        Trade(code: "C3311", word: "五金制品", shop: "五金加工店", occupancy: "light-workshop", hazard: "4"),
        Trade(code: "C2110", word: "木业", shop: "木器加工坊", occupancy: "woodworking", hazard: "4"),
        Trade(code: "I6510", word: "软件科技", shop: "电脑服务部", occupancy: "office", hazard: "1"),
        Trade(code: "G5430", word: "物流", shop: "货运部", occupancy: "warehouse", hazard: "3"),
        Trade(code: "L7212", word: "企业管理咨询", shop: "咨询工作室", occupancy: "office", hazard: "1"),
        Trade(code: "O8011", word: "家政服务", shop: "家政服务部", occupancy: "office", hazard: "2"),
        Trade(code: "H6110", word: "酒店管理", shop: "旅馆", occupancy: "restaurant", hazard: "3"),
        Trade(code: "E4720", word: "建筑装饰", shop: "装修队", occupancy: "office", hazard: "5"),
    ]

    static func creditCode(_ prefix: String, division: String, serial: UInt64) -> String {
        let alphabet = UnifiedSocialCreditCode.alphabet
        var body = Array(prefix + division)
        var n = serial
        var organization: [Character] = []
        for _ in 0..<9 {
            organization.insert(alphabet[Int(n % 31)], at: 0)
            n /= 31
        }
        body += organization
        var sum = 0
        for (i, character) in body.enumerated() { sum += (alphabet.firstIndex(of: character) ?? 0) * UnifiedSocialCreditCode.weights[i] }
        return String(body) + String(alphabet[(31 - sum % 31) % 31])
    }

    static func identity(division: String, birth: CivilDate, sequence: Int) -> String {
        let birthText = String(format: "%04d%02d%02d", birth.year, birth.month, birth.day)
        let body = Array(division + birthText + String(format: "%03d", sequence))
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for (i, character) in body.enumerated() { sum += (character.wholeNumberValue ?? 0) * weights[i] }
        return String(body) + String(Array("10X98765432")[sum % 11])
    }
}
