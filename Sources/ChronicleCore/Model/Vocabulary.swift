/// What a node stands for.
public enum NodeType: String, CaseIterable, Hashable, Sendable, Codable {
    case event, person, organization, measure, document, place
}

/// The kind of an `event` node.
public enum EventKind: String, CaseIterable, Hashable, Sendable, Codable {
    case meeting
    case videoConference = "video_conference"
    case symposium
    /// 重要指示 / 批示.
    case instruction
    /// 考察 / 调研.
    case inspection
    case speech
    case notice
    case study
}

/// The administrative level of an `event` node.
public enum EventLevel: String, CaseIterable, Hashable, Sendable, Codable {
    case central, ministry, province, municipal, institution
}

/// The relation an edge states, always read source → target.
public enum Relation: String, CaseIterable, Hashable, Sendable, Codable {
    /// person → event: 主持, 主持召开.
    case chairs
    /// person → event: 出席, 参加, 在分会场参加.
    case attends
    /// person → event: 讲话, 强调, 指出.
    case speaksAt = "speaks_at"
    /// organization → event.
    case organizes
    /// event → earlier event: 传达, 学习贯彻, 组织收看.
    case conveys
    /// event → measure: the first event that states the measure and puts it forward
    /// there (提出, 部署, 印发 … in the sentence).
    case sets
    /// event → measure: the first event that states the measure without putting it
    /// forward — where the documents first show it, not who set it.
    case firstSeen = "first_seen"
    /// event → measure: a later event that invokes an existing measure.
    case reiterates
    /// event → document: 审议通过, 印发, 出台.
    case adopts
    /// person → organization, with the title as a property.
    case holdsTitle = "holds_title"
    /// event → place.
    case locatedIn = "located_in"
}

/// The part of the day an event took place in, when the text states it.
public enum TimeOfDay: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// 凌晨.
    case earlyMorning = "early_morning"
    /// 上午, 早上.
    case morning
    /// 中午.
    case noon
    /// 下午.
    case afternoon
    /// 晚, 晚上, 傍晚.
    case evening

    private var rank: Int {
        switch self {
        case .earlyMorning: 0
        case .morning: 1
        case .noon: 2
        case .afternoon: 3
        case .evening: 4
        }
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.rank < rhs.rank }
}


extension TimeOfDay {
    /// The Chinese words a report uses for this part of the day.
    public var chinese: String {
        switch self {
        case .earlyMorning: "凌晨"
        case .morning: "上午"
        case .noon: "中午"
        case .afternoon: "下午"
        case .evening: "晚上"
        }
    }
}

extension Relation {
    /// A short Chinese label for diagrams.
    public var chinese: String {
        switch self {
        case .chairs: "主持"
        case .attends: "出席"
        case .speaksAt: "讲话"
        case .organizes: "召开"
        case .conveys: "传达"
        case .sets: "提出"
        case .firstSeen: "首见"
        case .reiterates: "重申"
        case .adopts: "通过"
        case .holdsTitle: "任职"
        case .locatedIn: "地点"
        }
    }
}

extension EventLevel {
    /// The short Chinese name of a level (a timeline lane, a report column); `其他` for none.
    public static func chineseName(_ level: EventLevel?) -> String {
        switch level {
        case .central: "中央"
        case .ministry: "部委"
        case .province: "省级"
        case .municipal: "市县"
        case .institution: "单位"
        case nil: "其他"
        }
    }
}
