import Foundation
import Testing
@testable import WijkSim

@Suite("Localization")
struct LocalizationTests {
    @Test("every text key has an English and a Dutch text with the same placeholders")
    func everyKeyTranslated() {
        // Catches: a key added to TextKey but not to the table, an empty text, or a Dutch
        // text that drops or adds a {n} placeholder.
        for key in TextKey.allCases {
            let entry = Translations.table[key]
            #expect(entry != nil, "\(key) has no entry")
            guard let entry else { continue }
            #expect(!entry.en.isEmpty && !entry.nl.isEmpty, "\(key)")
            func placeholders(_ text: String) -> [String] {
                (1...9).map { "{\($0)}" }.filter { text.contains($0) }
            }
            #expect(placeholders(entry.en) == placeholders(entry.nl), "\(key)")
        }
        #expect(Translations.table.count == TextKey.allCases.count)
    }

    @Test("numbers: decimal comma in Dutch, minus sign, no sign on zero")
    func numbers() {
        let nl = Localizer(.dutch), en = Localizer(.english)
        // Catches: locale-dependent formatting or a forgotten comma.
        #expect(nl.percent(0.301) == "30,1%")
        #expect(en.percent(0.301) == "30.1%")
        #expect(nl.signed(-4.71, 1) == "\u{2212}4,7")
        #expect(en.signed(0.04, 1) == "0.0")
        #expect(nl.number(.nan, 1) == "NA")
        #expect(nl(.intervalRange, "1", "2") == "1 tot 2")
    }
}
