"""wijktool/weergave/html.py: de ene HTML-hulp."""

from __future__ import annotations

import html

import pytest

from wijktool.weergave.html import attrs, e


@pytest.mark.parametrize(
    "tekst", ["", "gewoon", "a & b", "<script>alert('x')</script>", 'titel="x"', "&amp; al ge-escapet", "é ë ’ “", 7, None]
)
def test_e_geeft_hetzelfde_als_html_escape(tekst):
    assert e(tekst) == html.escape(str(tekst), quote=True)


def test_attrs_escapet_waarden():
    assert attrs(title='"><img src=x>', klasse="a'b") == ' title="&quot;&gt;&lt;img src=x&gt;" class="a&#x27;b"'
