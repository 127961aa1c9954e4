"""Load a page once in Chromium and record everything the browser tests assert on.

Each page gets a fresh browser context (an empty cache, as a first visit), so the weight
is what a new visitor downloads.
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
VIEWPORT = {"width": 1280, "height": 800}
# What counts towards a page's weight: the page, its styles and scripts (not images).
WEIGHED_TYPES = ("document", "stylesheet", "script")
# How many Tab stops from the top are checked for a visible focus indicator.
FOCUS_STOPS = 4

_axe = Axe()

FOCUS_STYLE_JS = """element => {
  const style = getComputedStyle(element);
  return {
    outline: [style.outlineStyle, style.outlineWidth, style.outlineColor].join(" "),
    outlineVisible: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
    boxShadow: style.boxShadow,
  };
}"""

DESCRIBE_JS = """element => element === document.body || !element ? "body" :
  element.tagName.toLowerCase() + (element.id ? "#" + element.id : "") +
  (element.className && typeof element.className === "string"
     ? "." + element.className.trim().split(/\\s+/).join(".") : "") +
  (element.getAttribute("href") ? "[href=" + element.getAttribute("href") + "]" : "")"""

HEADER_LAYOUT_JS = """() => {
  const languageLink = document.querySelector("header nav a[hreflang]");
  const bar = languageLink && languageLink.closest("nav");
  const name = [...document.querySelectorAll("header a[href]")]
    .find(link => !bar || !bar.contains(link));
  const box = element => {
    const rect = element.getBoundingClientRect();
    return {left: rect.left, right: rect.right, width: rect.width};
  };
  return {
    dir: document.documentElement.dir,
    direction: getComputedStyle(document.body).direction,
    viewport: document.documentElement.clientWidth,
    name: name ? box(name) : null,
    bar: bar ? box(bar) : null,
  };
}"""


@dataclass
class PageReport:
    page: object  # tests.discovery.Page
    status: int = 0
    h1_count: int = 0
    axe_violations: list = field(default_factory=list)
    console_errors: list = field(default_factory=list)
    page_errors: list = field(default_factory=list)
    foreign_requests: list = field(default_factory=list)
    weight: dict = field(default_factory=dict)
    skip_link: dict = field(default_factory=dict)
    focus: list = field(default_factory=list)
    layout: dict = field(default_factory=dict)

    @property
    def total_weight(self):
        return sum(self.weight.values())


def same_origin(url, origin):
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return True
    return f"{parts.scheme}://{parts.netloc}" == origin


def _console_error(report, message):
    # The page is loaded twice (once more for the focus check): report each error once.
    if message.type == "error" and message.text not in report.console_errors:
        report.console_errors.append(message.text)


def inspect_page(browser, server, page_info):
    report = PageReport(page_info)
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        requests = []
        page.on("request", lambda request: requests.append(request))
        page.on("console", lambda message: _console_error(report, message))
        page.on("pageerror", lambda error: report.page_errors.append(str(error)))

        response = page.goto(server.url(page_info.path), wait_until="load")
        report.status = response.status
        report.h1_count = page.locator("h1").count()
        results = _axe.run(
            page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": []}
        )
        report.axe_violations = [
            {
                "id": violation["id"],
                "impact": violation.get("impact"),
                "help": violation["help"],
                "targets": [node["target"] for node in violation["nodes"]][:5],
            }
            for violation in results.response["violations"]
        ]
        report.layout = page.evaluate(HEADER_LAYOUT_JS)

        report.foreign_requests = [
            request.url for request in requests if not same_origin(request.url, server.origin)
        ]
        report.weight = dict.fromkeys(WEIGHED_TYPES, 0)
        for request in requests:
            if request.resource_type in WEIGHED_TYPES and request.response() is not None:
                sizes = request.sizes()
                report.weight[request.resource_type] += (
                    sizes["responseBodySize"] + sizes["responseHeadersSize"]
                )

        report.skip_link = check_skip_link(page)
        page.reload(wait_until="load")
        report.focus = check_focus_indicators(page)
    finally:
        context.close()
    return report


def check_skip_link(page):
    """Tab once from the top, press Enter: where does the focus go?"""
    page.keyboard.press("Tab")
    first = page.evaluate_handle("document.activeElement")
    result = {
        "first_stop": page.evaluate(DESCRIBE_JS, first),
        "target": page.evaluate("element => element.getAttribute('href') || ''", first),
        "visible": page.evaluate(
            """element => { const r = element.getBoundingClientRect();
               return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight; }""",
            first,
        ),
    }
    page.keyboard.press("Enter")
    result["focus_after"] = page.evaluate(
        DESCRIBE_JS, page.evaluate_handle("document.activeElement")
    )
    result["focus_in_main"] = page.evaluate(
        "() => !!document.activeElement && !!document.activeElement.closest('main')"
    )
    return result


def check_focus_indicators(page):
    """The first Tab stops from the top, each focused (by keyboard) and unfocused."""
    stops = []
    for _ in range(FOCUS_STOPS):
        page.keyboard.press("Tab")
        element = page.evaluate_handle("document.activeElement")
        stops.append(
            {
                "element": element,
                "name": page.evaluate(DESCRIBE_JS, element),
                "focused": page.evaluate(FOCUS_STYLE_JS, element),
            }
        )
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    for stop in stops:
        stop["unfocused"] = page.evaluate(FOCUS_STYLE_JS, stop.pop("element"))
    return stops
