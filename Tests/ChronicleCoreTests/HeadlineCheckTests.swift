import Foundation
import Testing
@testable import ChronicleCore

/// The headline check on news lines written for these tests (invented people and
/// meetings in the genre's style, not corpus text).
@Suite struct HeadlineCheckTests {
    static let reader = HeadlineReader()
    static let matcher = MeetingNameMatcher()

    /// `pattern person meeting` of each claim.
    static func claims(_ title: String, body: String? = nil) -> [String] {
        reader.claims(title: title, body: body).map { "\($0.pattern.rawValue) \($0.person ?? "-") \($0.meeting)" }
    }

    @Test(arguments: [
        ("[视频]赵志强主持召开省政府常务会议", ["chairs 赵志强 省政府常务会议"]),
        ("省委书记王建华主持召开省委常委会会议 研究部署春季农业生产", ["chairs 王建华 省委常委会会议"]),
        ("[视频]孙立群出席全省安全生产电视电话会议并讲话", ["attends 孙立群 全省安全生产电视电话会议"]),
        ("全省科技创新大会在南昌召开", ["where - 全省科技创新大会"]),
        ("[视频]第五届数字经济论坛今天在京举行", ["where - 第五届数字经济论坛"]),
        ("全省科技创新大会9日上午在南昌隆重召开", ["where - 全省科技创新大会"]),
        ("全省科技创新大会10月9日在南昌召开", ["where - 全省科技创新大会"]),
        // The subject of 并主持 is further back: no claim rather than a wrong name.
        ("赵志强赴九江考察防汛工作并主持召开座谈会", []),
        ("赵志强与来访客人共同主持经贸合作座谈会", ["chairs 赵志强 经贸合作座谈会"]),
        // An announcement or a journey's purpose claims no meeting held (the forum
        // comes after the arrival).
        ("赵志强抵达海口出席南海经贸论坛", []),
        ("赵志强省长将赴深圳出席南海经贸论坛", []),
        ("王海峰将出席东亚合作领导人系列会议", []),
        ("王建华孙立群等出席全省民营经济发展大会", ["attends 孙立群 全省民营经济发展大会"]),
        ("赵志强同来访客人共同主持经贸合作座谈会", ["chairs 赵志强 经贸合作座谈会"]),
        ("赵志强会见出席南海经贸论坛的各国代表", []),
        // An envoy attended, not the person who sent him.
        ("赵志强主席特使出席某国新一届总统就职仪式", []),
        ("外国总统将来华出席南海经贸论坛", []),
        ("第三届南海经贸论坛今年11月在海口举行", ["where - 第三届南海经贸论坛"]),
        ("“开放 合作 共赢”南海经贸论坛在海口举行", ["where - “开放 合作 共赢”南海经贸论坛"]),
        // 主持会议 names the meeting another segment convenes.
        ("[视频]省委常委会召开会议 省委书记王建华主持会议", ["chairs 王建华 省委常委会会议"]),
        // A run of names before the verb: the last one.
        ("钱卫平郭晓东在京出席乡村振兴座谈会", ["attends 郭晓东 乡村振兴座谈会"]),
        ("赵志强在出席全省民营经济发展大会时强调 优化营商环境", ["attends 赵志强 全省民营经济发展大会"]),
        // No meeting named, no person before the verb, no claim at all.
        ("王建华主持会议", []),
        ("主持人大赛在京举行", ["where - 主持人大赛"]),
        ("春耕生产全面展开", []),
    ] as [(String, [String])])
    func headlineClaims(_ title: String, expected: [String]) {
        #expect(Self.claims(title) == expected)
    }

    @Test func theBodyDecidesBetweenCandidateNames() {
        // 宁 is a surname too: without the body, 宁高远 (three characters) comes first.
        #expect(Self.claims("郭晓东宁高远出席乡村振兴座谈会") == ["attends 宁高远 乡村振兴座谈会"])
        #expect(Self.claims("王卫宁高远出席乡村振兴座谈会", body: "省领导王卫、宁高远出席。") == ["attends 宁高远 乡村振兴座谈会"])
        #expect(Self.claims("王卫宁高远出席乡村振兴座谈会", body: "省领导王卫宁、高远出席。") == ["attends 高远 乡村振兴座谈会"])
    }

    @Test(arguments: [
        ("国务院常务会议", "国务院常务会议", true),
        ("国务院常务会议", "国务院第十次常务会议", true),
        ("全省防汛抗旱工作会议", "全省防汛抗旱救灾工作会议", true),
        ("省委常委会会议", "会议", false),
        ("国务院常务会议", "全国人大常委会委员长会议", false),
        ("全省安全生产电视电话会议", "全省安全生产工作会议", false),
        ("乡村振兴座谈会", "乡村振兴工作会议", false),
        ("全省春耕生产工作会议", "调研春耕生产", false),
        ("烈士纪念活动", "全省烈士纪念活动", true),
    ] as [(String, String, Bool)])
    func meetingNames(_ headline: String, label: String, expected: Bool) {
        #expect(Self.matcher.matches(headline: headline, label: label) == expected)
    }

    @Test(arguments: [
        // A meeting known by its kind and its convener matches the headline's meeting of
        // that kind with that person, …
        ("王建华主持召开的座谈会", "王建华", "专家学者座谈会", true),
        ("王建华举行的欢迎宴会", "王建华", "欢迎外国元首的欢迎宴会", true),
        // … not another person's, not another kind, not a name that is more than the kind.
        ("孙立群主持召开的座谈会", "王建华", "专家学者座谈会", false),
        ("王建华主持召开的座谈会", "王建华", "全省经济工作会议", false),
        ("王建华主持召开的乡村振兴座谈会", "王建华", "专家学者座谈会", false),
        ("王建华主持召开的座谈会", nil, "专家学者座谈会", false),
    ] as [(String, String?, String, Bool)])
    func aMeetingKnownByItsConvener(_ label: String, person: String?, headline: String, expected: Bool) {
        #expect(Self.matcher.qualifiedKind(label, by: person, matches: headline) == expected)
    }

    static func line(_ id: String, _ date: String, _ title: String, _ body: String) -> String {
        let text = body.isEmpty ? "" : title + "\n" + body
        return JSONWriter.string(.object([("id", .string(id)), ("date", .string(date)), ("title", .string(title)), ("text", .string(text)), ("lac", .object([]))]), pretty: false)
    }

    static let lines = [
        line("20210315-01", "2021-03-15", "[视频]王建华主持召开省委常委会会议",
             "2021年3月15日\n3月15日上午，省委书记王建华主持召开省委常委会会议，研究部署春季农业生产工作。"),
        line("20210315-02", "2021-03-15", "[视频]孙立群主持召开省委常委会会议",
             "2021年3月15日\n3月15日上午，省委书记王建华主持召开省委常委会会议。省领导孙立群、郭晓东出席会议。"),
        line("20210315-03", "2021-03-15", "[视频]王建华主持召开全省春耕生产工作会议",
             "2021年3月15日\n王建华在长沙县调研春耕生产，察看育秧大棚。"),
        line("20210315-04", "2021-03-15", "[视频]赵志强主持召开省政府常务会议", ""),
        line("20210315-05", "2021-03-15", "[视频]春耕生产全面展开", "2021年3月15日\n各地抓住农时开展春耕。"),
    ]

    static func report(limit: Int? = nil) throws -> HeadlineReport {
        let items = try NewsItem.items(jsonLines: Data(lines.joined(separator: "\n").utf8), path: "t.jsonl")
        return HeadlineCheck.run(items, limit: limit)
    }

    @Test func claimsAreJudgedAgainstTheBodyAlone() throws {
        let report = try Self.report()
        #expect(report.itemsRead == 5)
        #expect(report.skippedEmpty == 1)
        #expect(report.itemsChecked == 3)
        let chairs = report.verdicts(.chairs)
        #expect(chairs.map(\.id) == ["20210315-01", "20210315-02", "20210315-03"])
        // Confirmed in full.
        #expect(chairs[0].eventFound && chairs[0].dateRight && chairs[0].roleRight == true && chairs[0].allRight)
        // The meeting is there, on the day, but 孙立群 attended it and 王建华 chaired it.
        #expect(chairs[1].eventFound && chairs[1].dateRight && chairs[1].roleRight == false && !chairs[1].allRight)
        #expect(chairs[1].personRoles.contains { $0.hasPrefix("attends 2021-03-15") })
        // The body never names the meeting.
        #expect(!chairs[2].eventFound && !chairs[2].allRight)
        let row = report.table.split(separator: "\n").first { $0.hasPrefix("chairs") }?.split(separator: " ").map(String.init)
        #expect(row == ["chairs", "3", "2/3", "66.7%", "2/3", "66.7%", "1/3", "33.3%", "1/3", "33.3%"])
        let misses = report.misses(5)
        #expect(misses.contains("20210315-02") && misses.contains("20210315-03") && !misses.contains("20210315-01"))
        #expect(misses.contains("not its chair") && misses.contains("no event named like it"))
    }

    /// `X出席Y` says X was there: a body that has X in the chair or speaking confirms it
    /// (the graph does not repeat a chair or a speaker as an attendee); a body that has X
    /// nowhere at Y does not.
    @Test func attendingIsBeingThere() throws {
        let lines = [
            Self.line("20210316-01", "2021-03-16", "[视频]王建华出席全省春耕生产工作会议",
                      "2021年3月16日\n3月16日上午，全省春耕生产工作会议在长沙召开。省委书记王建华主持会议并讲话。"),
            Self.line("20210316-02", "2021-03-16", "[视频]孙立群出席全省春耕生产工作会议",
                      "2021年3月16日\n3月16日上午，全省春耕生产工作会议在长沙召开。省委书记王建华主持会议并讲话。"),
        ]
        let items = try NewsItem.items(jsonLines: Data(lines.joined(separator: "\n").utf8), path: "t.jsonl")
        let attends = HeadlineCheck.run(items).verdicts(.attends)
        #expect(attends.map(\.id) == ["20210316-01", "20210316-02"])
        #expect(attends[0].eventFound && attends[0].roleRight == true && attends[0].allRight)
        #expect(attends[1].eventFound && attends[1].roleRight == false && !attends[1].allRight)
    }

    @Test func limitCapsTheItemsChecked() throws {
        let report = try Self.report(limit: 1)
        #expect(report.itemsChecked == 1)
        #expect(report.verdicts.map(\.id) == ["20210315-01"])
    }

    @Test func aBrokenLineNamesItsLine() {
        let data = Data((Self.lines[0] + "\n{\"id\": \"x\", \"date\": \"2021-03\"}\n").utf8)
        #expect(throws: EvaluationError.self) { try NewsItem.items(jsonLines: data, path: "t.jsonl") }
        do {
            _ = try NewsItem.items(jsonLines: data, path: "t.jsonl")
        } catch {
            #expect(error.path == "t.jsonl:2")
        }
    }
}
