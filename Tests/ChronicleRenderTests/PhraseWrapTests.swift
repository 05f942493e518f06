import Testing
@testable import ChronicleRender

/// Labels break between words, the way a reader says them: a table of names and line
/// widths with the lines a person would write.
@Suite struct PhraseWrapTests {
    @Test(arguments: [
        ("省委常委会会议", 3.0, ["省委", "常委会", "会议"]),
        ("省委常委会会议", 5.0, ["省委常委会", "会议"]),
        ("省委专题会议", 3.0, ["省委", "专题", "会议"]),
        ("上午 省委专题会议", 4.0, ["上午", "省委", "专题会议"]),
        ("领导小组会议", 4.0, ["领导小组", "会议"]),
        ("省委第二次专题会议", 5.0, ["省委第二次", "专题会议"]),
        ("省委第二次专题会议", 3.0, ["省委", "第二次", "专题", "会议"]),
        ("王立新主持召开的专题会议", 5.0, ["王立新", "主持召开的", "专题会议"]),
        ("推动东部地区率先发展工作座谈会", 7.0, ["推动东部地区", "率先发展", "工作座谈会"]),
        ("中央政治局常委会会议", 6.0, ["中央政治局", "常委会会议"]),
        ("2021年校党委理论学习中心组第三次（扩大）学习", 7.0, ["2021年校党委", "理论学习中心组", "第三次", "（扩大）学习"]),
        ("教育部党组会", 4.0, ["教育部", "党组会"]),
        ("全省教育系统防汛救灾和安全生产工作视频会议", 8.0, ["全省教育系统防汛", "救灾和安全生产", "工作视频会议"]),
    ])
    func breaksBetweenWords(_ text: String, _ ems: Double, _ lines: [String]) {
        #expect(PhraseWrap.wrap(text, ems: ems) == lines)
    }

    /// Whatever the width, the text is kept (nothing lost or added but the spaces at
    /// a break) and every line fits unless one character is wider than the line.
    @Test(arguments: [1.0, 2.0, 3.0, 4.5, 7.0, 12.0, 40.0])
    func keepsTheTextAndFits(_ ems: Double) {
        for text in ["省委第二次专题会议暨疫情防控工作领导小组会议", "关于召开院党委理论学习中心组第二次（扩大）学习的通知",
                     "下午 中共中央政治局常务委员会会议", "COVID-19防控工作会议", "的的的", "（）"] {
            let lines = PhraseWrap.wrap(text, ems: ems)
            #expect(lines.joined().replacingOccurrences(of: " ", with: "") == text.replacingOccurrences(of: " ", with: ""), "\(text) at \(ems): \(lines)")
            for line in lines where line.count > 1 {
                #expect(line.reduce(0.0) { $0 + PhraseWrap.width($1) } <= ems + 1e-9 || ems < 2, "\(line) wider than \(ems)")
            }
        }
    }

    @Test func aParticleOrClosingMarkNeverStartsALine() {
        for ems in stride(from: 2.0, through: 10, by: 1) {
            for line in PhraseWrap.wrap("关于召开院党委理论学习中心组第二次（扩大）学习的通知", ems: ems).dropFirst() {
                #expect(!"的）、".contains(line.first!), "\(ems): \(line)")
            }
        }
    }
}
