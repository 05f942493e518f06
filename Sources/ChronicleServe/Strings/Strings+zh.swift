import ChronicleCore

/// The Chinese (zh-CN) table: every phrase and every name the pages use. The names of
/// relations, levels and times of day are the vocabulary's own (``Relation/chinese``,
/// ``EventLevel/chineseName(_:)``, ``TimeOfDay/chinese``), so pages, pictures and
/// decks say the same.
enum Chinese: StringTable {
    static func phrase(_ phrase: Phrase) -> String {
        switch phrase {
        case .navTimeline: "时间线"
        case .navSearch: "检索"
        case .navDocuments: "文件"
        case .navReview: "审核"
        case .searchPlaceholder: "检索原文…"
        case .searchLabel: "检索原文"
        case .listSeparator: "、"
        case .factSeparator: "；"

        case .errorNotFound: "找不到"
        case .errorForbidden: "拒绝"
        case .errorOther: "出错了"
        case .backToTimeline: "回到时间线"
        case .notFoundTitle: "找不到这个页面"
        case .notFoundPath: "工作区里没有“{1}”这个页面。"
        case .notFoundGoTo: "可以从上方进入：{1}。"
        case .notFoundHint: "会议、措施和人物各有自己的页面，从时间线上的方框、检索结果或审核中的链接打开。"
        case .failedDetail: "无法完成："
        case .cannotDraw: "（无法绘图：{1}）"
        case .kindEvent: "会议"
        case .kindPerson: "人物"
        case .kindMeasure: "措施"
        case .kindDocument: "文件"
        case .kindNode: "节点"
        case .noMatch: "库中没有名为“{2}”的{1}。"
        case .noMatchClosest: "库中没有名为“{2}”的{1}；最接近的：{3}。"
        case .noNode: "库中没有“{1}”这个节点。"
        case .noDocument: "库中没有“{1}”这份文件。"
        case .noUpload: "没有这项上传（服务器重启后不再保留）。"
        case .whichNode: "要看哪一项？请在地址后加上 ?id=… 或 ?name=…。"
        case .whichDocument: "要看哪份文件？请在地址后加上 ?key=…。"
        case .whichFocus: "要画哪一项？请在地址后加上 focus=…。"
        case .badFrom: "起始日期要写成 YYYY-MM-DD、YYYY-MM 或 YYYY，不是“{1}”。"
        case .badTo: "结束日期要写成 YYYY-MM-DD、YYYY-MM 或 YYYY，不是“{1}”。"
        case .unknownLevel: "没有“{1}”这个层级。"
        case .unknownKind: "没有“{1}”这种会议类型。"
        case .badFormat: "格式只能是 SVG、PNG、PDF（简报为 PPTX），不是“{1}”。"
        case .badView: "图只能是时间线、沿革、关系或简报，不是“{1}”。"
        case .searchTooLong: "检索的文字超过 {1} 个字。"
        case .formTooLarge: "表单超过 {1} KB，未做任何更改。"
        case .refusedOrigin: "已拒绝：表单来自其他网站（{1}），未做任何更改。"
        case .refusedToken: "已拒绝：表单的令牌与本浏览器的会话不符，未做任何更改。请刷新页面后再试。"

        case .timelineHeading: "会议时间线"
        case .filterFrom: "从"
        case .filterTo: "到"
        case .allLevels: "全部层级"
        case .allKinds: "全部类型"
        case .filterButton: "筛选"
        case .noEventsInRange: "这段时间没有会议。"
        case .onlyFirstEvents: "只显示最早的 {1} 项；用日期缩小范围。"
        case .eventCount: "{1} 项会议或活动"
        case .columnDate: "日期"
        case .columnEvent: "会议"
        case .columnLevel: "层级"
        case .downloadLabel: "下载："
        case .downloadDeck: "简报（PPTX）"
        case .downloadDeckBusy: "简报生成中…"

        case .dateUnknown: "日期不详"
        case .kindUnknown: "类型不详"
        case .sectionChairs: "主持"
        case .sectionAttends: "出席"
        case .sectionSpeaks: "讲话"
        case .sectionOrganizes: "召开"
        case .sectionConveyed: "传达了"
        case .sectionConveyedBy: "被以下会议传达"
        case .sectionSets: "提出的措施"
        case .sectionFirstSeen: "首见的措施"
        case .sectionReiterates: "重申的措施"
        case .sectionPlace: "地点"
        case .relationsPicture: "关系图"
        case .relationsOf: "{1}的关系图"
        case .lineagePicture: "沿革图"
        case .lineageOf: "“{1}”的提出与重申"
        case .components: "内容"
        case .setAndReiterated: "提出与重申（按日期）"
        case .notStated: "没有会议提出或重申它。"
        case .roleCount: "{1}（{2}）"
        case .personChaired: "主持"
        case .personSpoke: "讲话"
        case .personAttended: "出席"
        case .measureSetBy: "提出"
        case .measureFirstSeenIn: "首见"
        case .measureReiteratedBy: "重申"
        case .titleSince: "{1} 起"
        case .titleBetween: "{1} 至 {2}"
        case .reject: "否决"
        case .rejectHint: "这一事实有误：删除它（修正会保存在库中，重建后仍然有效）"

        case .searchHeading: "检索原文"
        case .searchButton: "检索"
        case .searchSummary: "{1} 句含“{2}”，涉及 {3} 项会议。"
        case .searchOther: "其他"
        case .searchTitle: "检索：{1}"

        case .uploadButton: "上传并抽取"
        case .uploadHint: ".txt、.docx 或 .html，不超过 {1} MB"
        case .documentCount: "{1} 份文件"
        case .columnDocument: "文件"
        case .columnFacts: "事实"
        case .documentSpans: "{1} 处原文支持抽取的事实（黄色；悬停可见事实）"
        case .uploadNotMultipart: "上传须用表单（multipart/form-data）。"
        case .uploadTooLarge: "文件超过 {1} MB 上限，未做任何更改。"
        case .uploadUnreadableForm: "无法读取上传的表单：{1}"
        case .uploadNoFile: "请选择一个文件。"
        case .uploadEmpty: "“{1}”是空文件，未做任何更改。"
        case .uploadWrongKind: "只接受 .txt、.docx 或 .html 文件，“{1}”不是。"
        case .uploadUnreadable: "无法读取“{1}”：{2}。未做任何更改。"
        case .jobWaiting: "排队等待抽取…"
        case .jobBuilding: "正在抽取并合并到库中…"
        case .jobUnchanged: "已在库中（内容相同），未做更改。"
        case .jobAdded: "已加入：库中现有 {1} 个节点、{2} 条关系。"
        case .jobReplaced: "已替换同名文件：库中现有 {1} 个节点、{2} 条关系。"
        case .jobShowDocument: "查看文件及其抽取结果"
        case .jobFailed: "抽取失败，库未改变：{1}"

        case .reviewIntro: "最不确定的事实在前。接受、否决或修改会作为修正保存在库中，重建后仍然有效（与 {1} 相同）。"
        case .reviewAll: "全部"
        case .reviewEmpty: "没有待审核的事实。"
        case .confidence: "置信度 {1}"
        case .reasonsFollow: "："
        case .reasonSeparator: "；"
        case .reasonRule: "规则：{1}"
        case .reasonOneSentence: "只有一句原文"
        case .reasonDateInferred: "日期由上下文推断"
        case .reasonMerged: "由 {1} 种写法合并"
        case .ruleQuotedMeasure: "引号中的名称（线索 {1} 条）"
        case .ruleOther: "{1}规则"
        case .accept: "接受"
        case .editLabel: "修改："
        case .fieldName: "名称"
        case .saveEdit: "保存修改"
        case .notePlaceholder: "备注（可选）"
        case .noSuchRelation: "没有“{1}”这种关系，没有保存任何修正。"
        case .formNoFact: "表单没有指明要修正的事实，没有保存任何修正。"
        case .onlyNodesEdited: "只能修改节点的名称和日期，没有保存任何修正。"
        case .badEditDate: "日期要写成 YYYY-MM-DD（如 2020-01-26），不是“{1}”；没有保存任何修正。"
        case .badAction: "操作只能是接受、否决或修改，没有保存任何修正。"
        case .unknownNode: "库中没有“{1}”这个节点（可能已被否决，或重建后不复存在），没有保存任何修正。请回到审核页重新选择。"
        case .unknownEdge: "库中没有“{1}”{2}“{3}”这条关系（可能已被否决，或重建后不复存在），没有保存任何修正。请回到审核页重新选择。"
        case .noticeAccepted: "已接受：{1}"
        case .noticeRejected: "已否决：{1}"
        case .noticeSet: "已修改：{1}"
        case .noticeCorrected: "已修正：{1}"
        case .noticeChangedTo: "，改为 {1}"
        case .noticeUndone: "已撤销：{1} 恢复原状。"
        case .noticeUndoneUnknown: "已撤销这项修正。"
        case .undo: "撤销"
        case .undoWhich: "表单没有指明要撤销哪一项修正。"
        case .undoNoCorrection: "没有编号为 {1} 的修正（可能已经撤销）。"
        case .undoNotHere: "这项修正不是在工作区中做的（来自 {1}），请用 chronicle correct 管理。"
        case .correctionsFile: "修正文件"
        }
    }

    static func relation(_ relation: Relation) -> String { relation.chinese }

    static func kind(_ kind: EventKind) -> String {
        switch kind {
        case .meeting: "会议"
        case .videoConference: "视频会议"
        case .symposium: "座谈会"
        case .instruction: "指示批示"
        case .inspection: "考察调研"
        case .speech: "讲话"
        case .notice: "通知"
        case .study: "学习"
        }
    }

    static func level(_ level: EventLevel?) -> String { EventLevel.chineseName(level) }

    static func timeOfDay(_ time: TimeOfDay) -> String { time.chinese }

    static func measureCategory(_ category: MeasureCategory) -> String {
        switch category {
        case .operational: "具体措施"
        case .politicalFormula: "政治表述"
        }
    }

    static func reviewCategory(_ category: ReviewItem.Category) -> String {
        switch category {
        case .events: "会议"
        case .chairs: "主持"
        case .people: "人物"
        case .measures: "措施"
        case .conveys: "传达"
        }
    }

    static func ruleFamily(_ family: RuleFamily) -> String {
        switch family {
        case .event: "会议识别"
        case .chair: "主持人识别"
        case .person: "人名识别"
        case .attends: "出席识别"
        case .conveys: "传达识别"
        case .measure: "措施识别"
        case .organizes: "召开单位识别"
        case .adopts: "审议通过识别"
        }
    }

    static func rule(_ rule: ReadableRule) -> String {
        switch rule {
        case .verbMeetingName: "动词＋会议名称（主持召开……会议）"
        case .organizationConvenes: "机构召开会议"
        case .instructionVerb: "作出指示、批示"
        case .speechAtMeeting: "在会议上讲话"
        case .meetingNameBeforeVerb: "会议名称在动词前"
        case .inspection: "考察调研"
        case .talksWithCounterpart: "会见、会谈"
        case .attendsNamedMeeting: "出席某会议"
        case .organizeWatching: "组织收看"
        case .notice: "通知"
        case .agentOfConvene: "召开会议的主持人"
        case .chairNameVerb: "姓名＋主持"
        case .titleName: "职务＋姓名"
        case .groupTitleList: "同一职务后的姓名列表"
        case .titleNameList: "职务姓名列表"
        case .nameRoleVerb: "姓名＋主持、出席、讲话"
        case .bareListBeforeRole: "出席等动词前的姓名列表"
        case .nameTitle: "姓名＋职务"
        case .bareListAfterYou: "“还有”后的姓名列表"
        case .titleUnknownSurname: "职务＋不常见姓氏"
        case .knownName: "已知人名"
        case .model: "人名模型"
        case .watchedVideoConference: "收看视频会议"
        case .studyListItem: "学习篇目"
        case .verbReference: "传达、学习贯彻＋会议"
        }
    }
}
