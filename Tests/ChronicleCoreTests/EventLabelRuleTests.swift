import Testing
@testable import ChronicleCore
import ChronicleTestSupport

/// Talks told as done (`X同Y举行了…的会谈`) are named as talks held are (`X同Y举行会谈`): the
/// label is a name, not the clause with its 了 and its description (issue 23: "a label is a
/// name, not a clause fragment"). A word of the name itself stays. Sentences written for
/// these tests.
@Suite struct TalksLabelRuleTests {
    @Test(arguments: [
        ("17日，李华同王明举行了会谈。", "2025-06-17 李华同王明举行会谈"),
        ("17日，李华同王明举行了富有成果的会谈。", "2025-06-17 李华同王明举行会谈"),
        ("17日，李华与王明进行了大约20分钟的会谈。", "2025-06-17 李华与王明进行会谈"),
        ("17日，李华与对方官员举行了“富有成效的”会谈。", "2025-06-17 李华与对方官员举行会谈"),
        // (A word of the name stays: 工作会谈, 首次会谈.)
        ("17日，李华同王明举行了工作会谈。", "2025-06-17 李华同王明举行工作会谈"),
        // (Talks held, not told as done, were named so already.)
        ("17日，李华同王明举行会谈。", "2025-06-17 李华同王明举行会谈"),
    ])
    func talksToldAsDoneAreNamedAsTalksHeld(_ text: String, expected: String) {
        let events = NewsAuditRuleTests.events(NewsAuditRuleTests.item(text))
        #expect(events == [expected], "\(events)")
    }
}

/// Who held a meeting ends where its place begins (`县委在县会议中心举行座谈会`, the day opening the
/// sentence before): the label is the body and the kind, not the body and the hall, however
/// the hall's name ends (会议中心, 服务中心 end a body's name too). A numbered session holds its
/// sittings, and a community or a village the suffix list misses is the body before 在.
@Suite struct OrganizerBeforePlaceRuleTests {
    @Test(arguments: [
        ("1月18日下午，县委在县会议中心举行座谈会。", "2025-01-18 县委座谈会"),
        ("1月18日下午，县十七届人大五次会议在县会议中心举行预备会议。", "2025-01-18 县十七届人大五次会议预备会议"),
        ("1月18日下午，沁园社区在党群服务中心召开居民议事会。", "2025-01-18 沁园社区居民议事会"),
        ("1月18日上午，柳塘村在村委会议室召开村民代表大会。", "2025-01-18 柳塘村村民代表大会"),
        // (A reporter is no body: where he learnt it names who held it.)
        ("记者18日在国家知识产权局召开的新闻发布会上获悉，专利审查周期继续缩短。", "2025-01-18 国家知识产权局新闻发布会"),
        // (Who was asked to hold it holds it: no 指示… body.)
        ("该国总统在听取汇报后，指示国家安全委员会18日晚召开紧急会议。", "2025-01-18 国家安全委员会紧急会议"),
        // (A conference attended from a branch venue, its day and 的 before its name: no part of it.)
        ("县长林江在县分会场参加了18日的全省安全生产电视电话会议。", "2025-01-18 全省安全生产电视电话会议"),
        // (A news item's opener and its space are no part of the name.)
        ("本报讯　中国共产党柳江市第九届委员会第五次全体会议，于1月17日至18日在柳江举行。", "2025-01-17 中国共产党柳江市第九届委员会第五次全体会议"),
    ])
    func theBodyBeforeThePlace(_ text: String, expected: String) {
        let events = NewsAuditRuleTests.events(NewsAuditRuleTests.item(text, date: "2025年1月20日"))
        #expect(events == [expected], "\(events)")
    }

    /// A clause going on with 并 has the sentence's subject: no `并在…` body holds the meeting.
    @Test func aClauseGoingOnHoldsNoBody() {
        let events = NewsAuditRuleTests.events(NewsAuditRuleTests.item("1月18日，吴兰带领部分委员视察老旧小区改造项目，并在柳巷社区议事室召开座谈会。", date: "2025年1月20日"))
        #expect(events.contains("2025-01-18 吴兰举行的座谈会") && !events.contains { $0.contains("并在") }, "\(events)")
    }
}

