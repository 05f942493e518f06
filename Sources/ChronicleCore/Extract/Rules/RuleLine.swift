/// One rule of extraction as a reader looks it up: the name its facts record
/// (`metadata.rule`), what it reads in one line, and a sentence of the genre it must
/// read with the fact it must make there. A family of rules is a list of these lines
/// (`ChairRules.lines`); the tests run every line's example (`RuleLineTests`), so a
/// line cannot describe a rule the code does not follow.
///
/// The lines describe and check the rules; the matching itself is still the code the
/// line names (`where`). Examples use invented names and meetings, never a corpus's.
struct RuleLine: Sendable {
    /// The rule, as its facts record it.
    let rule: RuleName
    /// What the rule reads, in one line (`X 主持召开 Y`: X chairs Y).
    let reads: String
    /// Where the rule is written.
    let code: String
    /// A sentence it must read, and the reference date to read it with.
    let example: String
    let referenceDate: String
    /// The relation of the fact the example must give, and the fact as
    /// `person→event label` (nil: the example must give no fact of that relation).
    let relation: Relation
    let fact: String?
}
