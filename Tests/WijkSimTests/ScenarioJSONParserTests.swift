import Testing
@testable import WijkSim

@Suite struct ScenarioJSONParserTests {
    @Test func parsesObjectsInOrderWithLocations() throws {
        let text = """
            {
              "b": [1, {"c": null}],
              "a": true
            }
            """
        let value = try JSONParser.parse(text, file: "t.json")
        #expect(value.members?.map(\.key) == ["b", "a"])
        #expect(value.location == SourceLocation(file: "t.json", line: 1, column: 1))
        #expect(value.members?[0].keyLocation == SourceLocation(file: "t.json", line: 2, column: 3))
        #expect(value["b"]?.location == SourceLocation(file: "t.json", line: 2, column: 8))
        #expect(value["b"]?.elements?[1]["c"]?.location == SourceLocation(file: "t.json", line: 2, column: 18))
        #expect(value["a"]?.location == SourceLocation(file: "t.json", line: 3, column: 8))
        guard case .bool(true, _) = value["a"] else { Issue.record("a is not true"); return }
    }

    @Test func resolvesEscapes() throws {
        let value = try JSONParser.parse(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u00E9", "\ud83d\ude00", "\u0000"]"#, file: "t")
        let strings = value.elements?.compactMap { if case .string(let s, _) = $0 { s } else { nil } }
        #expect(strings == ["a\"b\\c/d\u{08}\u{0C}\n\r\t", "éé", "😀", "\u{0}"])
    }

    @Test func countsColumnsInUnicodeScalars() throws {
        let value = try JSONParser.parse("{\"é😀\": \"ß\", \"b\": 2}", file: "t")
        #expect(value.members?[0].key == "é😀")
        #expect(value["b"]?.location.column == 18)
        #expect(value.members?[1].keyLocation.column == 13)
    }

    @Test func countsLinesForEveryLineEnding() throws {
        let value = try JSONParser.parse("[\r\n1,\r2,\n3]", file: "t")
        #expect(value.elements?.map(\.location.line) == [2, 3, 4])
    }

    @Test func skipsAByteOrderMark() throws {
        let value = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8), file: "t")
        #expect(value.location.column == 1)
        #expect(value.elements?.count == 1)
    }

    @Test(arguments: [
        ("0", 0.0, true), ("-0", 0.0, true), ("12", 12, true), ("-3.5", -3.5, false),
        ("1e3", 1000, false), ("1E-2", 0.01, false), ("1.5e+2", 150, false),
        ("18446744073709551615", 18446744073709551615.0, true),
    ])
    func parsesNumbers(literal: String, value: Double, isInteger: Bool) throws {
        guard case .number(let number, _) = try JSONParser.parse(literal, file: "t") else {
            Issue.record("\(literal) is not a number"); return
        }
        #expect(number == JSONNumber(value: value, isIntegerLiteral: isInteger, literal: literal))
    }

    @Test(arguments: [
        ("", "1:1: expected a value, found end of input"),
        ("  ", "1:3: expected a value, found end of input"),
        ("{\"a\": 1,}", "1:9: expected a string key after ','"),
        ("{\"a\": 1 \"b\": 2}", "1:9: expected ',' or '}' after object member"),
        ("{\n  \"a\": 1\n  \"b\": 2\n}", "3:3: expected ',' or '}' after object member"),
        ("{\"a\" 1}", "1:6: expected ':' after object key"),
        ("{1: 2}", "1:2: expected a string key or '}'"),
        ("{\"a\": }", "1:7: expected a value after ':'"),
        ("[1, 2", "1:6: expected ',' or ']' after array element, found end of input"),
        ("[1, ]", "1:5: expected a value after ','"),
        ("[}", "1:2: expected a value or ']'"),
        ("1 2", "1:3: expected end of input after the top-level value"),
        ("01", "1:1: leading zeros are not allowed in numbers"),
        ("-", "1:2: expected a digit after '-', found end of input"),
        ("-a", "1:2: expected a digit after '-'"),
        ("1.", "1:3: expected a digit after '.', found end of input"),
        ("1e+", "1:4: expected a digit in the exponent, found end of input"),
        ("1e400", "1:1: number 1e400 is too large"),
        (".5", "1:1: expected a value"),
        ("tru", "1:1: expected a value (did you mean 'true'?)"),
        ("nul", "1:1: expected a value (did you mean 'null'?)"),
        ("\"abc", "1:5: expected '\"' to close the string, found end of input"),
        ("\"ab\nc\"", "1:4: expected '\"' before the end of the line"),
        ("\"a\tb\"", "1:3: control character U+0009 in string; write it as an escape"),
        (#""a\qb""#, #"1:3: invalid escape '\q' in string; expected one of \" \\ \/ \b \f \n \r \t \u"#),
        (#""\u12G4""#, #"1:6: expected 4 hex digits after '\u'"#),
        (#""x\ud800""#, #"1:3: unpaired UTF-16 surrogate in '\u' escape"#),
        (#""x\ud800\u0041""#, #"1:3: unpaired UTF-16 surrogate in '\u' escape"#),
        (#""\udc00""#, #"1:2: unpaired UTF-16 surrogate in '\u' escape"#),
        ("{\"a\": 1, \"a\": 2}", "1:10: duplicate key \"a\" in object (first at line 1, column 2)"),
        ("\n\n  {\"a\": ]", "3:9: expected a value after ':'"),
        ("{\r\n\"a\": x}", "2:6: expected a value after ':'"),
        ("// comment\n{}", "1:1: expected a value"),
    ])
    func reportsSyntaxErrorsWithLineAndColumn(text: String, message: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text, file: "t") }
        do {
            _ = try JSONParser.parse(text, file: "t")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        for bytes: [UInt8] in [[0x22, 0xC3, 0x22], [0x22, 0xFF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xE0, 0x80, 0x80, 0x22]] {
            #expect(throws: JSONSyntaxError(line: 1, column: 2, message: "invalid UTF-8 in string")) {
                try JSONParser.parse(bytes, file: "t")
            }
        }
    }

    @Test func limitsNesting() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONSyntaxError(line: 1, column: 513, message: "nesting deeper than 512 levels")) {
            try JSONParser.parse(deep, file: "t")
        }
        let fine = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try JSONParser.parse(fine, file: "t") }
    }

    @Test func writerRoundTripsAndEscapes() throws {
        let text = #"{"k":["a\"\\\n\u0001é",-1.50,1e3,true,false,null,{}],"e":[]}"#
        let value = try JSONParser.parse(text, file: "t")
        #expect(JSONWriter.compact(value) == #"{"k":["a\"\\\n\u0001é",-1.50,1e3,true,false,null,{}],"e":[]}"#)
        #expect(JSONWriter.pretty(value, sortKeys: true) == """
            {
              "e": [],
              "k": [
                "a\\"\\\\\\n\\u0001é",
                -1.50,
                1e3,
                true,
                false,
                null,
                {}
              ]
            }

            """)
    }

    /// (Formerly asserted that 100 parses took under 5 s, which depends on the machine's load.)
    /// A scenario-sized file parses to a tree that writes back to the same text, every time.
    @Test func parsesAScenarioSizedFileToTheSameTreeEveryTime() throws {
        let text = ScenarioLoader.resolvedJSON(Scenario())
        let first = try JSONParser.parse(text, file: "t")
        let compact = JSONWriter.compact(first)
        for _ in 0..<20 { #expect(JSONWriter.compact(try JSONParser.parse(text, file: "t")) == compact) }
        #expect(JSONWriter.compact(try JSONParser.parse(compact, file: "t")) == compact)
    }
}
