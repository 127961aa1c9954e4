"""Load each page once in Chromium and record everything the browser tests assert on.

One browser tab serves every page, with the browser cache turned off, so each page's
weight is what a first visit downloads. Everything is measured on that single load:
axe-core, the header layout, the Tab stops from the top of the page (focus styles), then
the skip link (focused and activated).
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from axe_playwright_python.base import AXE_SCRIPT

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
VIEWPORT = {"width": 1280, "height": 800}
# What counts towards a page's weight: the page, its styles and scripts (not images).
WEIGHED_TYPES = ("document", "stylesheet", "script")
# How many Tab stops from the top are checked for a visible focus indicator.
FOCUS_STOPS = 4

# axe-core runs in the page; only what the report needs comes back.
AXE_RUN_JS = """options => axe.run(document, options).then(results =>
  results.violations.map(violation => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map(node => node.target),
  })))"""

DESCRIBE_JS = """element => !element || element === document.body ? "body" :
  element.tagName.toLowerCase() + (element.id ? "#" + element.id : "") +
  (element.className && typeof element.className === "string"
     ? "." + element.className.trim().split(/\\s+/).join(".") : "") +
  (element.getAttribute("href") ? "[href=" + element.getAttribute("href") + "]" : "")"""

FOCUS_STYLE_JS = """element => {
  const style = getComputedStyle(element);
  return {
    outline: [style.outlineStyle, style.outlineWidth, style.outlineColor].join(" "),
    outlineVisible: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
    boxShadow: style.boxShadow,
  };
}"""

# After each Tab: remember the focused element, describe it and its (focused) style.
RECORD_STOP_JS = f"""() => {{
  const element = document.activeElement;
  const describe = {DESCRIBE_JS};
  const focusStyle = {FOCUS_STYLE_JS};
  (window.__copStops = window.__copStops || []).push(element);
  const rect = element.getBoundingClientRect();
  return {{
    name: describe(element),
    href: element.getAttribute("href") || "",
    visible: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight,
    focused: focusStyle(element),
  }};
}}"""

UNFOCUSED_STYLES_JS = f"""() => {{
  const focusStyle = {FOCUS_STYLE_JS};
  if (document.activeElement) document.activeElement.blur();
  return window.__copStops.map(element => focusStyle(element));
}}"""

FOCUS_FIRST_STOP_JS = "() => window.__copStops[0].focus()"

FOCUS_AFTER_JS = f"""() => ({{
  name: ({DESCRIBE_JS})(document.activeElement),
  inMain: !!document.activeElement && !!document.activeElement.closest("main"),
}})"""

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
    h1Count: document.querySelectorAll("h1").length,
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


class Inspector:
    """One browser tab that inspects page after page."""

    def __init__(self, browser, server):
        self.server = server
        self.context = browser.new_context(viewport=VIEWPORT)
        self.page = self.context.new_page()
        # Every page is weighed as a first visit: nothing comes from the browser cache.
        self.cdp = self.context.new_cdp_session(self.page)
        self.cdp.send("Network.enable")
        self.cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        self.report = None
        self.requests = []
        self.page.on("request", lambda request: self.requests.append(request))
        self.page.on("console", self._console)
        self.page.on("pageerror", self._page_error)

    def _console(self, message):
        if message.type == "error" and self.report is not None:
            self.report.console_errors.append(message.text)

    def _page_error(self, error):
        if self.report is not None:
            self.report.page_errors.append(str(error))

    def close(self):
        self.context.close()

    def inspect(self, page_info):
        report = self.report = PageReport(page_info)
        self.requests = []
        page = self.page
        response = page.goto(self.server.url(page_info.path), wait_until="load")
        report.status = response.status
        report.foreign_requests = [
            request.url
            for request in self.requests
            if not same_origin(request.url, self.server.origin)
        ]
        report.weight = dict.fromkeys(WEIGHED_TYPES, 0)
        for request in self.requests:
            if request.resource_type in WEIGHED_TYPES and request.response() is not None:
                sizes = request.sizes()
                report.weight[request.resource_type] += (
                    sizes["responseBodySize"] + sizes["responseHeadersSize"]
                )

        report.layout = page.evaluate(HEADER_LAYOUT_JS)
        report.h1_count = report.layout["h1Count"]
        page.evaluate(AXE_SCRIPT)
        report.axe_violations = page.evaluate(
            AXE_RUN_JS, {"runOnly": {"type": "tag", "values": WCAG_TAGS}}
        )

        # Keyboard: Tab from the top of the page, then back to the first stop (the skip
        # link) and Enter.
        stops = []
        for _ in range(FOCUS_STOPS):
            page.keyboard.press("Tab")
            stops.append(page.evaluate(RECORD_STOP_JS))
        for stop, unfocused in zip(stops, page.evaluate(UNFOCUSED_STYLES_JS), strict=True):
            stop["unfocused"] = unfocused
        report.focus = stops
        page.evaluate(FOCUS_FIRST_STOP_JS)
        page.keyboard.press("Enter")
        after = page.evaluate(FOCUS_AFTER_JS)
        report.skip_link = {
            "first_stop": stops[0]["name"],
            "target": stops[0]["href"],
            "visible": stops[0]["visible"],
            "focus_after": after["name"],
            "focus_in_main": after["inMain"],
        }
        self.report = None
        return report
