"""Reading what the reader tools put on a page: share links, "last updated", print parts."""

from html.parser import HTMLParser


class ElementsParser(HTMLParser):
    """Every start tag of a page as ``(tag, attributes)``, and the share links' texts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.share_links = []  # (href, rel, text)
        self._in_share_nav = False
        self._link = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag == "nav" and "share-links" in attributes.get("class", "").split():
            self._in_share_nav = True
        elif tag == "a" and self._in_share_nav:
            self._link = [attributes.get("href"), attributes.get("rel"), ""]

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_share_nav = False
        elif tag == "a" and self._link is not None:
            self.share_links.append(tuple(self._link))
            self._link = None

    def handle_data(self, data):
        if self._link is not None:
            self._link[2] += data


def parse(html):
    parser = ElementsParser()
    parser.feed(html)
    return parser


def elements_inside_share_links(html):
    """The tags between ``<nav class="share-links">`` and its end."""
    start = html.index('<nav class="share-links"')
    end = html.index("</nav>", start)
    return [tag for tag, _attributes in parse(html[start:end]).elements]
