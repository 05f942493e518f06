/// Scalar literals used by the graph builder, made once.
enum Lit {
    static let chairConvene = U.s("主持召开")  // 主持召开
    static let meetingConveys = U.s("会议传达")  // 会议传达
    static let meetingStudies = U.s("会议学习")  // 会议学习
    static let meetingPoints = U.s("会议指出")  // 会议指出
    static let convey = U.s("传达")  // 传达
    static let spirit = U.s("精神")  // 精神
    static let meeting = U.s("会议")  // 会议
    static let speech = U.s("讲话")  // 讲话
    static let instruction = U.s("指示")  // 指示
    static let comment = U.s("批示")  // 批示
    static let onThe = U.s("上的")  // 上的
    static let whenThe = U.s("时的")  // 时的: …在内蒙古考察时的重要讲话
    static let convene = U.s("召开")  // 召开
    static let listComma: UInt32 = 0x3001 /* 、 */  // 、
    static let fullWidthPeriod: UInt32 = 0xFF0E /* ． */  // ．
    static let comma: UInt32 = 0xFF0C /* ， */  // ，
    static let colon: UInt32 = 0xFF1A /* ： */
    /// In transliterated names: 阿库福-阿多, 佐科·维多多.
    static let hyphen: UInt32 = 0x2D /* - */, middleDot: UInt32 = 0xB7 /* · */
    static let he: UInt32 = 0x548C /* 和 */  // 和
    static let de: UInt32 = 0x7684 /* 的 */  // 的
    static let ji: UInt32 = 0x53CA /* 及 */  // 及
    static let zai: UInt32 = 0x5728 /* 在 */  // 在
    static let ri: UInt32 = 0x65E5 /* 日 */  // 日
    static let yue: UInt32 = 0x6708 /* 月 */  // 月
    static let year: UInt32 = 0x5E74 /* 年 */
    static let lineFeed: UInt32 = 0x0A
    static let about = U.s("关于")  // 关于
    /// 第…次: an ordinal (第二次全体会议, 第八次会议).
    static let di: UInt32 = 0x7B2C /* 第 */, ci: UInt32 = 0x6B21 /* 次 */
    static let joiners: [UInt32] = [he, listComma, ji]
    static let and: UInt32 = 0x5E76 /* 并 */
    static let yao: UInt32 = 0x8981 /* 要 */
    static let importantInstruction = U.s("重要指示"), importantComment = U.s("重要批示")
    static let anInstruction = U.s("指示"), aComment = U.s("批示")
    static let recently: [[UInt32]] = ["最新", "近日", "日前", "近期"].map(U.s)
    /// (And a doctrine's name, lexicon `doctrine-endings`: 学习贯彻…思想和中共十九大精神 names two;
    /// a plenum's: 传达学习省委十二届九次全会、市委七届八次全会和…会议精神 names three.)
    static let referenceEnds: [[UInt32]] = [spirit, meeting, speech, instruction, comment, plenum] + Lexicon.standard.words("doctrine-endings").filter { $0.count == 2 }
    static let plenum = U.s("全会")
    /// The words that end a meeting's name (lexicon `meeting-words`): a reference list
    /// joins its meetings after them too (`…推进会和市委书记…的讲话精神`).
    static let meetingEnds = Lexicon.standard.wordList("meeting-words")
}
