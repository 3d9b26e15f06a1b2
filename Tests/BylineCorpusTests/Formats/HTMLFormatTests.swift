import Testing
@testable import BylineCorpus

@Suite struct HTMLFormatTests {
    @Test func ogTitleWinsOverTitleAndHeading() {
        let draft = HTMLFormat.parse("""
            <html><head><title>Page title</title><meta property="og:title" content="Bridge reopens"></head>
            <body><h1>Bridge reopens today</h1><p>The bridge reopened on Monday.</p></body></html>
            """)
        #expect(draft.title == "Bridge reopens")
    }

    @Test func titleElementWinsOverHeading() {
        let draft = HTMLFormat.parse("""
            <html><head><title>Bridge reopens</title></head>
            <body><h1>Traffic news</h1><p>The bridge reopened on Monday.</p></body></html>
            """)
        #expect(draft.title == "Bridge reopens")
    }

    @Test func siteNameIsCutFromTheTitleElement() {
        let draft = HTMLFormat.parse("""
            <html><head><title>Bridge reopens | Example News</title><meta property="og:site_name" content="Example News"></head>
            <body><p>The bridge reopened on Monday.</p></body></html>
            """)
        #expect(draft.title == "Bridge reopens")
        #expect(draft.source == "Example News")
    }

    @Test func headingIsTheTitleWhenNothingElseIsGiven() {
        let article = articles("<html><body><h1>Bridge reopens</h1><p>The bridge reopened on Monday.</p></body></html>", format: .html).first
        #expect(article?.title == "Bridge reopens")
        #expect(article.map(paragraphs) == ["The bridge reopened on Monday."])
    }

    @Test func publishedTimeMetaGivesTheDate() {
        let draft = HTMLFormat.parse("""
            <html><head><meta property="article:published_time" content="2026-03-14T09:30:00Z"></head>
            <body><time datetime="2020-01-01">1 January</time><p>The bridge reopened.</p></body></html>
            """)
        #expect(draft.date == NewsDate(year: 2026, month: 3, day: 14))
    }

    @Test func timeElementGivesTheDate() {
        let draft = HTMLFormat.parse("<html><body><article><time datetime=\"2025-11-02T08:00:00+01:00\">2 November</time><p>The bridge reopened.</p></article></body></html>")
        #expect(draft.date == NewsDate(year: 2025, month: 11, day: 2))
    }

    @Test func bodyComesFromArticleElseMainElseBody() {
        let fromArticle = HTMLFormat.parse("<body><div>Outside text.</div><main><p>Main text.</p><article><p>Article text.</p></article></main></body>")
        #expect(fromArticle.paragraphs == [["Article text."]])
        let fromMain = HTMLFormat.parse("<body><div>Outside text.</div><main><p>Main text.</p></main></body>")
        #expect(fromMain.paragraphs == [["Main text."]])
        let fromBody = HTMLFormat.parse("<html><head><title>T</title></head><body><p>Body text.</p></body></html>")
        #expect(fromBody.paragraphs == [["Body text."]])
    }

    @Test func pageFurnitureIsDropped() {
        let draft = HTMLFormat.parse("""
            <html><head><style>p { color: red }</style><script>var x = "Script text";</script></head><body>
            <nav>Home News Sport</nav><header>Site header</header>
            <p>Reporting paragraph.</p>
            <!-- a comment -->
            <aside>Aside text</aside><form><label>Email</label></form>
            <script>document.write("Inline script")</script>
            <footer>Site footer</footer>
            </body></html>
            """)
        #expect(draft.paragraphs == [["Reporting paragraph."]])
    }

    @Test func furnitureClassesAreDropped() {
        let draft = HTMLFormat.parse("""
            <article><p>First paragraph.</p>
            <div class="newsletter-box newsletter"><p>Get our daily briefing</p></div>
            <div class="related"><p>Another story entirely</p></div>
            <p>Second paragraph.</p></article>
            """)
        #expect(draft.paragraphs == [["First paragraph."], ["Second paragraph."]])
    }

    @Test func entitiesAreDecoded() {
        let draft = HTMLFormat.parse("<p>Tom &amp; Jerry&#8217;s caf&eacute; charges &pound;5&nbsp;now&#x2019;</p>")
        #expect(draft.paragraphs == [["Tom & Jerry’s café charges £5 now’"]])
    }

    @Test func entitiesInMetadataAreDecodedOnce() {
        let draft = HTMLFormat.parse("""
            <html><head><meta property="og:title" content="Why &amp;nbsp; breaks R&amp;D pages"><title>x</title></head>
            <body><p>Body.</p></body></html>
            """)
        #expect(draft.title == "Why &nbsp; breaks R&D pages")
        let titled = HTMLFormat.parse("<html><head><title>Tom &amp; Jerry&#8217;s caf&eacute;</title></head><body><p>Body.</p></body></html>")
        #expect(titled.title == "Tom & Jerry’s café")
    }

    @Test func commentsAreDroppedWithTheirMarkup() {
        let draft = HTMLFormat.parse("<body><p>Kept.</p><!-- <p>Hidden paragraph</p> --><p>Also kept.</p></body>")
        #expect(draft.paragraphs == [["Kept."], ["Also kept."]])
    }

    @Test func doubleLineBreakSplitsParagraphs() {
        let draft = HTMLFormat.parse("<body><div>First paragraph<br>continues.<br><br>Second paragraph.</div></body>")
        #expect(draft.paragraphs == [["First paragraph", "continues."], ["Second paragraph."]])
        let spaced = HTMLFormat.parse("<body><p>One.<br />\n  <BR/>Two.</p></body>")
        #expect(spaced.paragraphs == [["One."], ["Two."]])
    }
}
