import Testing
@testable import ChronicleCore

/// Sessions written in full and short: each form gets the other as an alias.
@Suite struct PlenumNamesTests {
    @Test(arguments: [
        ("中国共产党第十八届中央委员会第六次全体会议", "十八届六中全会"),
        ("第十八届中央委员会第六次全体会议", "十八届六中全会"),
        ("中国民主同盟第十一届中央委员会第四次全体会议", "民盟十一届四中全会"),
        ("九三学社第十一届中央委员会第四次全体（扩大）会议", "九三学社十一届四中全会"),
        ("中国共产党第十八届中央纪律检查委员会第六次全体会议", "十八届中央纪委六次全会"),
        ("第十二届全国人民代表大会第四次会议", "十二届全国人大四次会议"),
        ("中国人民政治协商会议第十二届全国委员会第四次会议", "全国政协十二届四次会议"),
        // and back
        ("十八届六中全会", "中国共产党第十八届中央委员会第六次全体会议"),
        ("党的十八届六中全会", "中国共产党第十八届中央委员会第六次全体会议"),
        ("民进十一届四中全会", "中国民主促进会第十一届中央委员会第四次全体会议"),
        ("十二届全国人大四次会议", "第十二届全国人民代表大会第四次会议"),
        ("全国政协十二届四次会议", "中国人民政治协商会议第十二届全国委员会第四次会议"),
        // a local party committee's, both ways
        ("中国共产党河阳省第十一届委员会第四次全体会议", "河阳省委十一届四次全会"),
        ("中共清平县第十五届委员会第三次全体会议", "清平县委十五届三次全会"),
        ("某省委十一届四次全会", "中国共产党某省第十一届委员会第四次全体会议"),
        // a party congress, both ways
        ("中国共产党第二十次全国代表大会", "党的二十大"),
        ("党的十九大", "中国共产党第十九次全国代表大会"),
    ] as [(String, String)])
    func otherForm(_ name: String, alias: String) {
        #expect(PlenumNames.alias(of: name) == alias)
    }

    @Test(arguments: ["省委十一届四次全会", "北方公司第三届委员会第二次全体会议", "北方公司第三届中央委员会第二次全体会议", "全省经济工作会议", "中央委员会全体会议", "五中全会", "党的伟大", "中国共产党全国代表大会"])
    func noOtherForm(_ name: String) {
        #expect(PlenumNames.alias(of: name) == nil)
    }

    @Test func anEventNamedInFullIsFoundByItsShortName() {
        let graph = NewsAuditRuleTests.item("中国民主同盟第十一届中央委员会第四次全体会议17日在京召开。")
        let event = graph.nodes(ofType: .event).first
        #expect(event?.aliases == ["民盟十一届四中全会"])
    }
}
