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
