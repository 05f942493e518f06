import Foundation
import Hummingbird

/// The languages the workspace's pages are written in. Every word a page says (not
/// the documents' own labels, names and sentences) comes from one table per language
/// (``Chinese``, ``English``), looked up through ``Strings``.
public enum Language: String, CaseIterable, Sendable {
    /// Simplified Chinese, the default.
    case chinese = "zh-CN"
    case english = "en"

    /// The cookie that keeps the language chosen with the switch (`?lang=`).
    static let cookie = "chronicle_lang"

    /// The language a `lang` value or a language tag names: `zh…` Chinese, `en…`
    /// English, else nil.
    public init?(tag: String) {
        let tag = tag.trimmingCharacters(in: .whitespaces).lowercased()
        if tag == "zh" || tag.hasPrefix("zh-") || tag.hasPrefix("zh_") {
            self = .chinese
        } else if tag == "en" || tag.hasPrefix("en-") || tag.hasPrefix("en_") {
            self = .english
        } else {
            return nil
        }
    }

    /// The first language of an `Accept-Language` header (by its `q` weights) that the
    /// workspace speaks; nil when it names none.
    public static func preferred(acceptLanguage header: String) -> Language? {
        var ranked: [(q: Double, index: Int, language: Language)] = []
        for (index, item) in header.split(separator: ",").enumerated() {
            let parts = item.split(separator: ";")
            guard let tag = parts.first, let language = Language(tag: String(tag)) else { continue }
            var q = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.trimmingCharacters(in: .whitespaces)
                if pair.hasPrefix("q="), let value = Double(pair.dropFirst(2)) { q = value }
            }
            if q > 0 { ranked.append((q, index, language)) }
        }
        return ranked.min { ($1.q, $0.index) < ($0.q, $1.index) }?.language
    }

    /// The language of a request: `?lang=` (the switch in the navigation), then the
    /// cookie the switch left, then `Accept-Language`, else Chinese. `switched` is true
    /// when `?lang=` chose it (the answer then sets the cookie).
    static func of(_ request: Request) -> (language: Language, switched: Bool) {
        let query = FormValues(request.uri.query ?? "")
        if let value = query["lang"], let language = Language(tag: value) { return (language, true) }
        if let value = request.cookies[cookie]?.value, let language = Language(tag: value) { return (language, false) }
        if let header = request.headers[.acceptLanguage], let language = preferred(acceptLanguage: header) { return (language, false) }
        return (.chinese, false)
    }

    /// The words of this language.
    var strings: Strings { Strings(self) }
}
