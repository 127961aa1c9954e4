"""The security headers every response of the portal carries (the quality-gates baseline).

``header_problems(headers, https=False)`` lists what is missing or too weak;
``headers`` is any mapping with case-insensitive names (a Django response's
``headers``, or a dict of lower-case names from the load generator's client).
"""

STRICT_REFERRER_POLICIES = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}


def _get(headers, name):
    value = headers.get(name)
    if value is None:
        value = headers.get(name.lower())
    return value


def csp_directives(value):
    directives = {}
    for part in (value or "").split(";"):
        words = part.split()
        if words:
            directives[words[0].lower()] = [word.lower() for word in words[1:]]
    return directives


def header_problems(headers, https=False):
    problems = []
    csp = _get(headers, "Content-Security-Policy")
    if not csp:
        problems.append("no Content-Security-Policy")
    else:
        directives = csp_directives(csp)
        for directive in ("default-src", "script-src", "style-src"):
            if "'unsafe-inline'" in directives.get(directive, []):
                problems.append(f"CSP {directive} allows 'unsafe-inline'")
            if "'unsafe-eval'" in directives.get(directive, []):
                problems.append(f"CSP {directive} allows 'unsafe-eval'")
        if directives.get("frame-ancestors") != ["'none'"]:
            problems.append("CSP frame-ancestors is not 'none'")
        if directives.get("form-action") != ["'self'"]:
            problems.append("CSP form-action is not 'self'")
        if "default-src" not in directives:
            problems.append("CSP has no default-src")
    expected = {
        "X-Content-Type-Options": {"nosniff"},
        "Cross-Origin-Opener-Policy": {"same-origin"},
        "Cross-Origin-Resource-Policy": {"same-origin"},
        "X-Frame-Options": {"DENY"},
    }
    for name, allowed in expected.items():
        value = _get(headers, name)
        if value not in allowed:
            problems.append(f"{name} is {value!r}")
    referrer = _get(headers, "Referrer-Policy")
    if not referrer or not set(referrer.replace(" ", "").split(",")) <= STRICT_REFERRER_POLICIES:
        problems.append(f"Referrer-Policy is {referrer!r}")
    hsts = _get(headers, "Strict-Transport-Security")
    if https:
        if not hsts or "max-age=" not in hsts:
            problems.append("no Strict-Transport-Security over HTTPS")
        else:
            max_age = int(hsts.split("max-age=")[1].split(";")[0].strip() or 0)
            if max_age < 15552000:  # 180 days
                problems.append(f"HSTS max-age {max_age} is under 180 days")
    return problems
