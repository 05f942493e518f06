extension TimeExpression {
    /// The JSON object `chronicle dates --format json` writes for this expression.
    public func json(document: String, line: Int) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("document", .string(document)),
            ("line", .number(Double(line))),
            ("text", .string(text)),
            ("offset", .number(Double(offset))),
            ("length", .number(Double(length))),
            ("value", value.map { .string($0.iso) } ?? partialValue.map(JSONValue.string) ?? .null),
            ("end", end.map { .string($0.iso) } ?? .null),
            ("granularity", .string(granularity.rawValue)),
            ("time_of_day", timeOfDay.map { .string($0.rawValue) } ?? .null),
            ("rule", .string(rule.rawValue)),
        ]
        if let lunar {
            members.append(("lunar", .object([
                ("month", .number(Double(lunar.month))), ("day", .number(Double(lunar.day))),
                ("leap_month", .bool(lunar.isLeapMonth)),
            ])))
        }
        if !notes.isEmpty { members.append(("notes", .array(notes.map(JSONValue.string)))) }
        return .object(members)
    }

    /// The value as a reader would write it: `2020-02-10 – 2020-02-13 上午`.
    public var displayValue: String {
        var text = value?.iso ?? partialValue ?? "?"
        if let end { text += "–" + end.iso }
        if let timeOfDay { text += " " + timeOfDay.chinese }
        return text
    }
}
