/// Generated archives of meeting reports, for property tests and the archive
/// benchmark: documents of varied dates, organizations, people and measures, written
/// the way the genre writes them (a dated opening with 召开, a chair, attendees, what
/// was conveyed, quoted measures), drawn from the lexicon's words. Deterministic: the
/// same seed and count give the same documents.
///
/// Documents share a pool of central meetings (which later reports convey), of measures
/// (restated by many) and of people, and some report the same meeting as another
/// document, so merging them exercises every cross-document rule.
public struct SyntheticArchive: Sendable {
    public var seed: UInt64
    /// When set, documents come in date order over the 600 weeks, as an office archive
    /// grows: document `i` of `inDateOrder` is dated in week `i × 600 / inDateOrder`.
    /// Otherwise each document's week is drawn at random.
    public var inDateOrder: Int?
    /// When true, every document restates the same facts, as a province's epidemic
    /// reports do for weeks: one of ``hotPersons`` chairs, the other 49 attend, and all
    /// 48 ``hotMeasures`` are stated again (the store's worst case: facts named by every
    /// document).
    public var hot: Bool

    public init(seed: UInt64 = 1, inDateOrder: Int? = nil, hot: Bool = false) {
        self.seed = seed
        self.inDateOrder = inDateOrder
        self.hot = hot
    }

    /// The 50 people every hot document names.
    public static let hotPersons: [String] = {
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾")
        let given = Array("建国海明华军平文志强永春晓光丽红伟东立新卫民振宇德胜玉兰")
        var names: [String] = []
        var k = 0
        while names.count < 50 {
            let name = String(surnames[k % surnames.count]) + String(given[(k / surnames.count) % given.count]) + String(given[(k * 7 + 3) % given.count])
            if !names.contains(name) { names.append(name) }
            k += 1
        }
        return names
    }()

    /// The 48 measures every hot document states.
    public static let hotMeasures: [String] = {
        let numerals = Array("一二三四五六七八九十")
        let pairs = Array("严防实稳保快准细早全")
        var measures: [String] = []
        var k = 0
        while measures.count < 48 {
            let measure = "\(numerals[k % 10])\(pairs[k % 10])\(numerals[(k / 10 + 3) % 10])\(pairs[(k + 3) % 10])"
            if !measures.contains(measure) { measures.append(measure) }
            k += 1
        }
        return measures
    }()

    /// Document `index` of the archive (any index; each is made on its own).
    public func document(_ index: Int) -> TextDocument {
        var rng = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(index))
        let provinces = ["江西", "山西", "河南", "湖北", "浙江", "四川", "甘肃", "福建", "广东", "云南"]
        let cities = ["南昌", "赣州", "太原", "大同", "郑州", "洛阳", "武汉", "宜昌", "杭州", "温州", "成都", "绵阳"]
        let bodies: [(String, String, String)] = [  // organization, its short name, the chair's title
            ("省委", "省委", "书记"), ("省政府", "省政府", "省长"), ("市委", "市委", "书记"), ("市政府", "市政府", "市长"),
            ("省委常委会", "省委", "书记"), ("市委常委会", "市委", "书记"),
        ]
        let meetings = ["常委会会议", "专题会议", "常务会议", "工作会议", "视频会议", "座谈会", "推进会", "调度会"]
        let topics = ["疫情防控", "安全生产", "防汛救灾", "乡村振兴", "营商环境", "生态环保", "稳就业", "民生保障", "基层治理", "招商引资"]
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾")
        let given = Array("建国海明华军平文志强永春晓光丽红伟东立新卫民振宇德胜玉兰")
        let numerals = Array("一二三四五六七八九十")
        let pairs = Array("严防实稳保快准细早全")
        let timesOfDay = ["上午", "下午", "晚上", ""]

        func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
        func person() -> String {
            let k = Int(rng.next() % 300)
            return String(surnames[k % surnames.count]) + String(given[(k / surnames.count) % given.count])
        }
        func measure() -> String {
            let k = Int(rng.next() % 40)
            let n = numerals[k % 10], m = numerals[(k / 10 + 3) % 10]
            return "\(n)\(pairs[k % pairs.count])\(m)\(pairs[(k + 3) % pairs.count])"
        }
        // A central meeting of week w: one per week, known to every document.
        func centralMeeting(week: Int) -> (date: CalendarDate, name: String) {
            (Self.monday(week), "中央政治局常委会会议")
        }

        // Two neighbouring documents report the same first meeting (a meeting covered by
        // two papers): its particulars come from a generator both share.
        var shared = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(index / 2))
        func sharedPick<T>(_ items: [T]) -> T { items[Int(shared.next() % UInt64(items.count))] }
        let place = sharedPick(provinces)
        let city = sharedPick(cities)
        let (body, short, title) = sharedPick(bodies)
        let org = body.hasPrefix("市") ? city + body : place + body
        let owner = short.hasPrefix("市") ? city + short : place + short
        let drawn = Int(shared.next() % 600)
        let week = inDateOrder.map { total in min(599, (index / 2 * 2) * 600 / max(1, total)) } ?? drawn
        let day = Self.monday(week).adding(days: 1 + Int(shared.next() % 5))!
        var text = ""
        if hot {
            // One meeting restating everything: chaired by one of the 50, the others
            // attending, the 48 measures in sentences of six.
            let persons = Self.hotPersons, measures = Self.hotMeasures
            let chair = persons[index % persons.count]
            let conveyed = centralMeeting(week: max(0, week - Int(rng.next() % 3)))
            let meeting = sharedPick(meetings), topic = sharedPick(topics)
            text += "\(org)召开\(topic)\(meeting)\n"
            text += "\(day.year)年\(day.month!)月\(day.day!)日\(pick(timesOfDay))，\(org)召开\(topic)\(meeting)，"
            text += "传达学习\(conveyed.date.month!)月\(conveyed.date.day!)日\(conveyed.name)精神。"
            text += "\(owner)\(title)\(chair)主持会议并讲话。\(persons.filter { $0 != chair }.joined(separator: "、"))出席会议。\n"
            for start in stride(from: 0, to: measures.count, by: 6) {
                text += "会议强调，要坚持" + measures[start..<min(measures.count, start + 6)].map { "“\($0)”" }.joined(separator: "，") + "，确保\(topic)工作落到实处。\n"
            }
            text += "（记者 \(person())）\n"
            let number = String(index)
            return TextDocument(id: DocumentID("h\(index)"), path: "hot/" + String(repeating: "0", count: max(0, 6 - number.count)) + number + ".txt", text: text)
        }
        // Some documents report the central meeting of their week, which others convey.
        if rng.next() % 6 == 0 {
            let central = centralMeeting(week: week)
            text += "中共中央政治局常务委员会召开会议\n"
            text += "\(central.date.year)年\(central.date.month!)月\(central.date.day!)日，中共中央政治局常务委员会召开会议，研究\(pick(topics))工作。"
            text += "中共中央总书记习近平主持会议并发表重要讲话。会议强调，要坚持“\(measure())”，统筹发展和安全。\n\n"
        }
        let reports = 1 + Int(rng.next() % 3)
        for r in 0..<reports {
            let date = day.adding(days: r)!
            let meeting = r == 0 ? sharedPick(meetings) : pick(meetings)
            let topic = r == 0 ? sharedPick(topics) : pick(topics)
            let chair = person(), second = person(), third = person()
            let conveyed = centralMeeting(week: max(0, week - Int(rng.next() % 3)))
            let first = measure(), again = measure()
            text += "\(org)召开\(topic)\(meeting)\n"
            text += "\(date.year)年\(date.month!)月\(date.day!)日\(pick(timesOfDay))，\(org)召开\(topic)\(meeting)，"
            text += "传达学习\(conveyed.date.month!)月\(conveyed.date.day!)日\(conveyed.name)精神，研究部署\(topic)工作。"
            text += "\(owner)\(title)\(chair)主持会议并讲话。\(second)、\(third)出席会议。\n"
            text += "会议强调，要坚持“\(first)”，压紧压实各方责任，确保\(topic)工作落到实处。"
            text += "会议要求，各地各部门要落实“\(again)”要求，\(third)同志要抓好督促检查。\n\n"
        }
        text += "（记者 \(person())）\n"
        let number = String(index)
        return TextDocument(id: DocumentID("s\(index)"), path: "archive/" + String(repeating: "0", count: max(0, 6 - number.count)) + number + ".txt", text: text)
    }

    static func monday(_ week: Int) -> CalendarDate { CalendarDate(year: 2013, month: 1, day: 7)!.adding(days: week * 7)! }

    /// Documents `0..<count`.
    public func documents(_ count: Int) -> [TextDocument] { (0..<count).map(document) }
}

/// A small, fast, seedable random number generator (SplitMix64).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
