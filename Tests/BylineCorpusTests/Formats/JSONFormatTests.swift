import Testing
@testable import BylineCorpus

@Suite struct JSONFormatTests {
    private func draft(_ json: String) -> ArticleDraft? {
        guard case .success(let value) = JSONFormat.object(from: Array(json.utf8)),
              case .success(let draft) = JSONFormat.draft(from: value) else { return nil }
        return draft
    }

    @Test func singleObject() {
        let json = """
            {"title": "Harbour reopens", "text": "Boats returned on Friday.\\n\\nRepairs cost £2m.",
             "date": "2026-03-14", "author": "Jane Doe", "source": "Example Gazette", "url": "https://example.com/h"}
            """
        let read = articles(json, format: .json, path: "feed.json")
        #expect(read.count == 1)
        let article = read.first
        #expect(article?.id == "feed.json")
        #expect(article?.title == "Harbour reopens")
        #expect(article.map(paragraphs) == ["Boats returned on Friday.", "Repairs cost £2m."])
        #expect(article?.date == NewsDate(year: 2026, month: 3, day: 14))
        #expect(article?.author == "Jane Doe")
        #expect(article?.source == "Example Gazette")
        #expect(article?.url == "https://example.com/h")
    }

    @Test func arrayRecordsAreNumbered() {
        let json = #"[{"title": "One", "text": "First story body."}, {"title": "Two", "text": "Second story body."}]"#
        let read = articles(json, format: .json, path: "feed.json")
        #expect(read.map(\.id) == ["feed.json#1", "feed.json#2"])
        #expect(read.map(\.title) == ["One", "Two"])
        #expect(read.allSatisfy { $0.path == "feed.json" })
    }

    @Test func objectHoldingAnArticlesArray() {
        let json = #"{"status": "ok", "totalResults": 2, "articles": [{"title": "One", "content": "First body."}, {"title": "Two", "content": "Second body."}]}"#
        guard case .success(let value) = JSONFormat.object(from: Array(json.utf8)) else {
            Issue.record("not parsed"); return
        }
        #expect(JSONFormat.records(in: value)?.count == 2)
        #expect(articles(json, format: .json, path: "api.json").map(\.id) == ["api.json#1", "api.json#2"])
    }

    @Test func singleArticleObjectHasNoRecords() {
        guard case .success(let value) = JSONFormat.object(from: Array(#"{"title": "T", "text": "Body."}"#.utf8)) else {
            Issue.record("not parsed"); return
        }
        #expect(JSONFormat.records(in: value) == nil)
    }

    @Test func alternateFieldNames() {
        let d = draft("""
            {"headline": "Harbour reopens", "body": "Boats returned on Friday.", "publishedAt": "2026-03-14T10:00:00Z",
             "byline": "Jane Doe", "publisher": "Example Gazette", "link": "https://example.com/h"}
            """)
        #expect(d?.title == "Harbour reopens")
        #expect(d?.paragraphs == [["Boats returned on Friday."]])
        #expect(d?.date == NewsDate(year: 2026, month: 3, day: 14))
        #expect(d?.author == "Jane Doe")
        #expect(d?.source == "Example Gazette")
        #expect(d?.url == "https://example.com/h")
    }

    @Test func authorAsObjectOrList() {
        #expect(draft(#"{"text": "Body.", "author": {"name": "Jane Doe"}}"#)?.author == "Jane Doe")
        #expect(draft(#"{"text": "Body.", "author": [{"name": "Jane Doe"}, {"name": "Sam Lee"}]}"#)?.author == "Jane Doe, Sam Lee")
        #expect(draft(#"{"text": "Body.", "authors": ["Jane Doe", "Sam Lee"]}"#)?.author == "Jane Doe, Sam Lee")
        #expect(draft(#"{"text": "Body.", "source": {"id": "eg", "name": "Example Gazette"}}"#)?.source == "Example Gazette")
    }

    @Test func epochTimestamps() {
        let day = NewsDate(year: 2024, month: 3, day: 14)
        #expect(draft(#"{"text": "Body.", "timestamp": 1710374400}"#)?.date == day)
        #expect(draft(#"{"text": "Body.", "timestamp": 1710374400000}"#)?.date == day)
        #expect(draft(#"{"text": "Body.", "date": "1710374400"}"#)?.date == day)
    }

    @Test func plainBodyParagraphs() {
        #expect(draft(#"{"text": "First paragraph\nstill first.\n\nSecond."}"#)?.paragraphs == [["First paragraph", "still first."], ["Second."]])
        #expect(draft(#"{"text": "First line.\nSecond line."}"#)?.paragraphs == [["First line."], ["Second line."]])
        #expect(draft(#"{"text": ["First.", "Second."]}"#)?.paragraphs == [["First."], ["Second."]])
    }

    @Test func windowsLineEndsInsideTheBody() {
        let read = articles(#"{"title": "T", "text": "First paragraph\r\nstill first.\r\n\r\nSecond paragraph."}"#, format: .json)
        #expect(read.first.map(paragraphs) == ["First paragraph still first.", "Second paragraph."])
    }

    @Test func htmlInsideTheBody() {
        let d = draft(#"{"title": "T", "content": "<p>First paragraph.</p><p>Tom &amp; Jerry&#8217;s caf&eacute;.</p>"}"#)
        #expect(d?.paragraphs == [["First paragraph."], ["Tom & Jerry’s café."]])
    }

    @Test func objectWithoutTextIsNotAnArticle() {
        guard case .success(let value) = JSONFormat.object(from: Array(#"{"title": "Only a title"}"#.utf8)) else {
            Issue.record("not parsed"); return
        }
        guard case .failure(let failure) = JSONFormat.draft(from: value) else {
            Issue.record("expected a failure"); return
        }
        #expect(failure == .notAnArticle)
    }

    @Test func malformedJSONIsReported() {
        guard case .failure(let failure) = JSONFormat.object(from: Array("{\"title\": \"T\",\n\"text\": }".utf8)) else {
            Issue.record("expected a failure"); return
        }
        guard case .malformed = failure else { Issue.record("expected .malformed, got \(failure)"); return }
        #expect(problems("{\"title\": ", format: .json, path: "bad.json").count == 1)
    }
}
