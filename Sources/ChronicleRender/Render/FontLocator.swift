import ChronicleCore
import CFontconfig
import Synchronization

/// Finds an installed font that covers Chinese, through fontconfig.
public enum FontLocator {
    /// Families tried first, best-looking first; after these, any family fontconfig
    /// says supports `zh`.
    public static let preferredFamilies = [
        "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei",
        "WenQuanYi Micro Hei", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN",
        "AR PL UKai CN", "Droid Sans Fallback",
    ]

    private static let cache = Mutex<[String]?>(nil)

    /// Families of installed fonts that cover Chinese, sorted, as fontconfig lists them.
    public static func installedCJKFamilies() -> [String] {
        cache.withLock { cached in
            if let cached { return cached }
            let found = queryFontconfig()
            cached = found
            return found
        }
    }

    /// The font to draw with: `requested` if it is installed (else an error naming
    /// what is), otherwise the first preferred family installed, otherwise any CJK
    /// family; ``RenderError/noCJKFont`` when there is none.
    public static func resolve(requested: String? = nil, installed: [String]? = nil) throws(RenderError) -> String {
        let families = installed ?? installedCJKFamilies()
        if let requested {
            if let match = families.first(where: { $0.caseInsensitiveCompare(requested) == .orderedSame }) {
                return match
            }
            throw .fontNotInstalled(family: requested, available: families)
        }
        for family in preferredFamilies where families.contains(family) { return family }
        // Prefer a Simplified Chinese face, then any.
        if let sc = families.first(where: { $0.hasSuffix(" SC") || $0.hasSuffix(" CN") }) { return sc }
        guard let any = families.first else { throw .noCJKFont }
        return any
    }

    private static func queryFontconfig() -> [String] {
        guard let config = FcInitLoadConfigAndFonts() else { return [] }
        defer { FcConfigDestroy(config) }
        guard let pattern = FcPatternCreate() else { return [] }
        defer { FcPatternDestroy(pattern) }
        guard let langs = FcLangSetCreate() else { return [] }
        defer { FcLangSetDestroy(langs) }
        _ = FcLangSetAdd(langs, "zh-cn")
        _ = FcPatternAddLangSet(pattern, FC_LANG, langs)
        guard let objects = FcObjectSetCreate() else { return [] }
        defer { FcObjectSetDestroy(objects) }
        _ = FcObjectSetAdd(objects, FC_FAMILY)
        guard let list = FcFontList(config, pattern, objects) else { return [] }
        defer { FcFontSetDestroy(list) }
        var families = Set<String>()
        let count = Int(list.pointee.nfont)
        for i in 0..<count {
            guard let font = list.pointee.fonts[i] else { continue }
            var value: UnsafeMutablePointer<FcChar8>?
            // A font may list several family names (localized ones too); index 0 is
            // the primary, usually the English name.
            if FcPatternGetString(font, FC_FAMILY, 0, &value) == FcResultMatch, let value {
                families.insert(String(cString: value))
            }
        }
        return families.sorted()
    }
}
