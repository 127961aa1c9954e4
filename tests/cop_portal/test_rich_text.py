import pytest

from cop_portal.rich_text import sanitize_html


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p>Safe <strong>text</strong></p>", "<p>Safe <strong>text</strong></p>"),
        ("<p>Hi</p><script>alert(1)</script>", "<p>Hi</p>"),
        ('<p onclick="alert(1)">Hi</p>', "<p>Hi</p>"),
        ('<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'),
        ('<p style="color:red">Hi</p>', "<p>Hi</p>"),
        ('<img src="x" onerror="alert(1)" alt="a">', '<img src="x" alt="a">'),
        ("<iframe src='https://evil.example'></iframe>ok", "ok"),
        ("<!-- note --><p>Hi</p>", "<p>Hi</p>"),
        (
            '<a href="https://example.org" target="_blank">x</a>',
            '<a href="https://example.org" rel="noopener noreferrer">x</a>',
        ),
        ('<p lang="ar" dir="rtl">مرحبا</p>', '<p lang="ar" dir="rtl">مرحبا</p>'),
        ("", ""),
    ],
)
def test_sanitize_html(dirty, clean):
    assert sanitize_html(dirty) == clean
