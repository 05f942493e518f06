/// The lexicon's words that the graph builder's passes test (`Passes/`), read once per
/// builder: each field names the lexicon section it holds.
struct PassWords: Sendable {
    /// Groups whose meeting is named by the kind alone (`领导小组会议`, `党组会`):
    /// `group-heads`.
    let groupHeads: Set<String>
    /// The titles of those who lead such a group (`教育部党组书记` → `教育部党组会`):
    /// `group-leader-titles`, in file order (the first that ends a title wins, so
    /// `副组长` comes before `组长`).
    let groupLeaders: [String]
    /// How talks named without their subject open (`会见越南国家主席…`):
    /// `subjectless-talk-openers`.
    let subjectlessTalkOpeners: [String]
    /// The kind words that end the name of a gathering a notice arranges
    /// (`5月教职工政治理论学习`): `arranged-kinds`, in file order.
    let arrangedKinds: [[UInt32]]
    /// The verbs before the gathering a notice announces (`决定召开…`): `gathering-verbs`.
    let gatheringVerbs: [[UInt32]]
    /// What the name of a gathering a notice announces ends with: `gathering-name-endings`.
    let gatheringNameEndings: [String]
    /// Words that make a convey verb's object name a speech or meeting (`…会议精神`,
    /// `…重要论述`): `conveyed-works`.
    let conveyedWorks: [[UInt32]]
    /// Words of a clause that attributes a quote to an earlier speech or document
    /// (`…在重要讲话中提出的“八个坚持”`): `earlier-speech-words`.
    let earlierSpeechWords: [[UInt32]]
    /// What ends the name of a meeting that decides and directs (`常务会议`, `座谈会`,
    /// `全会`): `directing-meetings`, longest first.
    let directingMeetings: [[UInt32]]
    /// Verbs that put a measure forward (`提出`, `部署`, `确定` …): `setting-verbs`.
    let settingVerbs: WordList
    /// Verbs that launch a programme right before its quote (`开展`, `推行` …):
    /// `measure-launch-verbs`.
    let launchVerbs: WordList
    /// Verbs before a title in 《》 that make the sentence's event adopt it (`审议通过`,
    /// `印发`): `adopt-verbs`.
    let adoptVerbs: [[UInt32]]
    /// Characters right before an attend verb that make it no report of attendance
    /// (`要参加`, `将出席`, `在参加…时`): `not-reported-before`.
    let notReportedBefore: ScalarSet
    /// Days before a speaker's own (`昨天`, `前天`): `recalled-days`.
    let recalledDays: WordList
    /// Whom a speaker addresses (`你`, `总统先生`): `speech-addressees`.
    let speechAddressees: WordList
    /// The verbs that report what someone said (`表示`, `指出`): `speak-verbs`.
    let speakVerbs: WordList
    /// Words that, right after a name (or its title), name someone else through it:
    /// kin (`习近平夫人彭丽媛出席`; `not-names`) and envoys (`习近平主席特使张高丽出席`;
    /// `envoy-words`).
    let otherPersonAfterName: WordList
    /// The kinds a meeting's name ends in (`推进会`, `常委会会议`): `meeting-words`.
    let meetingWords: WordList

    init(lexicon: Lexicon) {
        let scalars: (String) -> [[UInt32]] = { lexicon.section($0).map(U.s) }
        groupHeads = Set(lexicon.section("group-heads"))
        groupLeaders = lexicon.section("group-leader-titles")
        subjectlessTalkOpeners = lexicon.section("subjectless-talk-openers")
        arrangedKinds = scalars("arranged-kinds")
        gatheringVerbs = scalars("gathering-verbs")
        gatheringNameEndings = lexicon.section("gathering-name-endings")
        conveyedWorks = scalars("conveyed-works")
        earlierSpeechWords = scalars("earlier-speech-words")
        directingMeetings = lexicon.words("directing-meetings")
        settingVerbs = lexicon.wordList("setting-verbs")
        launchVerbs = lexicon.wordList("measure-launch-verbs")
        adoptVerbs = scalars("adopt-verbs")
        recalledDays = lexicon.wordList("recalled-days")
        speakVerbs = lexicon.wordList("speak-verbs")
        speechAddressees = lexicon.wordList("speech-addressees")
        otherPersonAfterName = WordList(lexicon.words("not-names") + lexicon.words("envoy-words"))
        meetingWords = lexicon.wordList("meeting-words")
        notReportedBefore = ScalarSet(lexicon.section("not-reported-before").flatMap { $0.unicodeScalars.map(\.value) })
    }
}
