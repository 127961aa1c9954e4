"""A small synchronous HTTP client with cookies, for talking to the portal under gunicorn.

Like a browser session: keeps the cookies the server sets, never follows redirects
(tests look at them), can log into the admin and submit its forms.
"""

import http.client
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import urlencode

from tests.reliability.forms import admin_change_form, parse_forms


@dataclass
class HttpResponse:
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    set_cookies: list

    @property
    def text(self):
        return self.body.decode("utf-8", errors="replace")

    def header(self, name, default=None):
        return self.headers.get(name, default)


class Session:
    def __init__(self, port, host="127.0.0.1", https=False, timeout=30):
        self.host = host
        self.port = port
        self.https = https  # pretend a TLS-terminating balancer forwarded the request
        self.timeout = timeout
        self.cookies = {}

    @property
    def origin(self):
        return f"{'https' if self.https else 'http'}://{self.host}:{self.port}"

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        all_headers = {"Accept-Language": "en", "User-Agent": "cop-reliability"}
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.https:
            all_headers["X-Forwarded-Proto"] = "https"
        if method == "POST":
            all_headers["Origin"] = self.origin
            all_headers["Referer"] = self.origin + path
        all_headers.update(headers or {})
        try:
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        set_cookies = response.headers.get_all("Set-Cookie") or []
        for header in set_cookies:
            cookie = SimpleCookie()
            cookie.load(header)
            for name, morsel in cookie.items():
                if morsel["max-age"] == "0" or morsel.value == "":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return HttpResponse(response.status, response.headers, content, set_cookies)

    def get(self, path, headers=None):
        return self.request("GET", path, headers=headers)

    def post(self, path, fields, headers=None):
        """POST urlencoded ``fields`` (a dict or a list of (name, value) pairs)."""
        items = fields.items() if isinstance(fields, dict) else fields
        body = urlencode(list(items), doseq=False).encode()
        all_headers = {"Content-Type": "application/x-www-form-urlencoded"}
        all_headers.update(headers or {})
        return self.request("POST", path, body=body, headers=all_headers)

    def csrf_token(self, path):
        """The CSRF token of the first POST form on the page at ``path``."""
        page = self.get(path)
        for form in parse_forms(page.text):
            token = form.value("csrfmiddlewaretoken")
            if token:
                return token
        raise AssertionError(f"no CSRF token on {path} ({page.status})")

    def login(self, username, password, path="/admin/login/"):
        token = self.csrf_token(path)
        return self.post(
            path,
            {
                "csrfmiddlewaretoken": token,
                "username": username,
                "password": password,
                "next": "/admin/",
            },
        )

    def change_form(self, path):
        page = self.get(path)
        assert page.status == 200, f"{path}: {page.status}"
        form = admin_change_form(page.text)
        assert form is not None, f"no admin form on {path}"
        return form
