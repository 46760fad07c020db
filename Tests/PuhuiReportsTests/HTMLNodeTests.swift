import Testing
@testable import PuhuiReports

@Suite struct HTMLNodeTests {
    @Test func textAndAttributesAreEscaped() {
        let node = HTMLNode.element("p", ["title": "a \"quoted\" <b> & 'it'"]) {
            "<script>alert(1)</script> & more"
        }
        #expect(node.render() == "<p title=\"a &quot;quoted&quot; &lt;b&gt; &amp; &#39;it&#39;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>")
    }

    @Test func namesThatAreNotPlainNamesAreNotWritten() {
        let node = HTMLNode.element("div", attributes: [.init("onclick x", "y"), .init("data-ok", "1"), .init("\"><script", "z")], children: [
            .element("img src=x onerror=alert(1)", attributes: []),
            .text("kept"),
        ])
        #expect(node.render() == "<div data-ok=\"1\">kept</div>")
    }

    @Test func voidElementsAndSVGLeaves() {
        #expect(HTMLNode.element("meta", ["charset": "utf-8"]).render() == "<meta charset=\"utf-8\">")
        #expect(HTMLNode.element("rect", ["x": "1"]).render() == "<rect x=\"1\"/>")
        #expect(HTMLNode.element("td").render() == "<td></td>")
    }

    @Test func theBuilderTakesConditionsAndLoops() {
        let show = true
        let node = HTMLNode.element("ul") {
            for item in ["a", "b"] { HTMLNode.element("li") { item } }
            if show { HTMLNode.element("li") { "c" } } else { HTMLNode.element("li") { "never" } }
            if !show { HTMLNode.element("li") { "hidden" } }
        }
        #expect(node.render() == "<ul><li>a</li><li>b</li><li>c</li></ul>")
    }
}
