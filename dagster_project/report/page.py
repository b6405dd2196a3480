"""The report's page: one HTML file that holds everything it shows.

The charts are drawn in the browser by Vega, Vega-Lite and Vega-Embed (BSD-3-Clause), whose code
is inlined in the page: vl-convert (BSD-3-Clause, a Python wheel with the libraries inside) bundles
them without any network. The specifications carry their rows and the world outline inline, so
the page loads nothing from anywhere: no script, style, font or tile (a test checks the file and
renders it in Chromium with the network off).
"""

from __future__ import annotations

import html
import json
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

# The Vega-Lite version Altair writes its specifications for (altair.SCHEMA_VERSION v6.4.x).
VEGA_LITE_VERSION = "6.4"


def _cache_dir() -> Path:
    explicit = os.environ.get("NEWS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "news-warehouse"


def vega_bundle() -> str:
    """Vega, Vega-Lite and Vega-Embed as one script (about 0.9 MB). vl-convert builds it in 5-15 s,
    so it is kept in a cache file named by the vl-convert version (NEWS_CACHE_DIR, else
    ~/.cache/news-warehouse); a cache that cannot be written is skipped."""
    import vl_convert as vlc

    path = _cache_dir() / f"vega-embed-{vlc.__version__}-vl{VEGA_LITE_VERSION}.js"
    try:
        cached = path.read_text(encoding="utf-8")
        if "window.vegaEmbed=" in cached:  # a file cut short or edited by hand is built again
            return cached
    except OSError:
        pass
    bundle = vlc.javascript_bundle(vl_version=VEGA_LITE_VERSION)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False,
                                         prefix=path.name, suffix=".tmp") as tmp:
            tmp.write(bundle)
        os.replace(tmp.name, path)
    except OSError as err:
        log.info("vega bundle not cached (%s)", err)
    return bundle


def _script_json(value) -> str:
    """JSON safe inside a <script> element: '</' never closes it early."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0;
       color: #222; background: #fafafa; }
header { padding: 18px 28px 8px; background: #fff; border-bottom: 1px solid #ddd; }
h1 { font-size: 22px; margin: 0 0 6px; }
h2 { font-size: 17px; margin: 0 0 4px; }
main { padding: 12px 28px 28px; display: flex; flex-direction: column; gap: 18px; }
section { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 14px 18px; }
.meta { color: #555; font-size: 13px; margin: 2px 0; }
.counts span { display: inline-block; margin-right: 16px; }
.reads { color: #555; font-size: 12.5px; margin: 0 0 8px; }
.reads code { background: #f0f0f0; padding: 0 3px; border-radius: 3px; }
.note { color: #666; font-size: 12.5px; margin: 6px 0 0; max-width: 900px; }
.empty { color: #888; font-style: italic; padding: 18px 0; }
.error { color: #b00; }
table { border-collapse: collapse; font-size: 13px; width: 100%; table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #eee; }
th { background: #f4f4f4; }
td.when { white-space: nowrap; }
td.source .title { color: #333; }
td.source .url { color: #777; font-size: 11.5px; word-break: break-all; }
.badge { display: inline-block; padding: 0 6px; border-radius: 9px; color: #fff; font-size: 12px; }
"""

STATUS_BADGE = {"planned": "#4c78a8", "ongoing": "#f58518", "completed": "#54a24b", "cancelled": "#e45756",
                "signed": "#54a24b"}

# Draws every chart once the page is read; then records on <body> how many were drawn and how many
# failed (a failing chart also says so in its place), and every resource the page tried to load
# (Resource Timing lists failed loads too): an empty list, for tests reading the DOM.
EMBED = """
(function () {
  var specs = document.querySelectorAll('script[type="application/json"][data-chart]');
  var jobs = Array.prototype.map.call(specs, function (node) {
    var target = document.getElementById(node.getAttribute('data-chart'));
    return vegaEmbed(target, JSON.parse(node.textContent), {actions: false, renderer: 'svg'})
      .then(function () { return true; })
      .catch(function (err) {
        target.innerHTML = '';
        var p = document.createElement('p');
        p.className = 'error';
        p.textContent = 'This chart could not be drawn: ' + err;
        target.appendChild(p);
        return false;
      });
  });
  Promise.all(jobs).then(function (done) {
    document.body.setAttribute('data-charts-drawn', String(done.filter(Boolean).length));
    document.body.setAttribute('data-charts-failed', String(done.filter(function (ok) { return !ok; }).length));
    var loaded = performance.getEntriesByType('resource').map(function (e) { return e.name; });
    document.body.setAttribute('data-resources', JSON.stringify(loaded));
  });
})();
"""


def _reads(query) -> str:
    tables = ", ".join(f"<code>{html.escape(t)}</code>" for t in query.reads)
    return (f'<p class="reads">reads {tables} &middot; query: <code>sql/report/{html.escape(query.path.name)}'
            f"</code></p>")


def chart_section(part, query, spec: dict | None, extra_note: str = "") -> str:
    body = (f'<div class="vis" id="vis-{part.id}"></div>' if spec is not None
            else '<p class="empty">no rows</p>')
    note = " ".join(n for n in (part.note, extra_note) if n)
    return (f'<section class="chart" id="{part.id}"><h2>{html.escape(part.title)}</h2>{_reads(query)}{body}'
            f'<p class="note">{html.escape(note)}</p></section>')


def spec_script(part, spec: dict) -> str:
    return f'<script type="application/json" data-chart="vis-{part.id}">{_script_json(spec)}</script>'


def _badge(status: str | None) -> str:
    if not status:
        return ""
    colour = STATUS_BADGE.get(status, "#888")
    return f'<span class="badge" style="background:{colour}">{html.escape(status)}</span>'


def events_section(query, rows: list[dict]) -> str:
    """The newest events as a table: what happened, the evidence sentence and where it was read.
    An article's address is printed as text, not linked: the page links to nothing outside itself."""
    head = '<section id="newest-events"><h2>The 20 newest events, with their evidence</h2>' + _reads(query)
    if not rows:
        return head + '<p class="empty">no rows</p></section>'
    out = [head, '<table><colgroup><col style="width:96px"><col style="width:24%"><col style="width:88px">'
                 '<col style="width:60px"><col><col style="width:27%"></colgroup>'
                 "<thead><tr><th>last report</th><th>event</th><th>status</th><th>reports</th>"
                 "<th>evidence (latest report)</th><th>source</th></tr></thead><tbody>"]
    for r in rows:
        when = html.escape(r["last_reported"] or "")
        if not r.get("dated", True):
            when += '<br><span class="meta">landing day</span>'
        source = f'<div>{html.escape(r["source"] or "(unknown)")}</div>'
        if r.get("title"):
            source += f'<div class="title">{html.escape(r["title"])}</div>'
        if r.get("url"):
            source += f'<div class="url">{html.escape(r["url"])}</div>'
        out.append(f'<tr><td class="when">{when}</td>'
                   f"<td>{html.escape(r['kind'])}: {html.escape(r['what'] or '')}</td>"
                   f"<td>{_badge(r['status'])}</td><td>{r['n_articles']}</td>"
                   f'<td class="sentence">{html.escape(r["sentence"] or "")}</td>'
                   f'<td class="source">{source}</td></tr>')
    out.append('</tbody></table><p class="note">A trip or document is one real-world event however many '
               "articles report it; the sentence and source are those of its latest report (an article without a "
               "publication time counts at its landing day).</p></section>")
    return "".join(out)


def page(title: str, header_lines: list[str], sections: list[str], scripts: list[str]) -> str:
    """The whole document. Everything is inline: the style, the libraries, the charts' data."""
    meta = "".join(f'<p class="meta">{line}</p>' for line in header_lines)
    has_charts = bool(scripts)
    libraries = f"<script>(function(){{{vega_bundle()}\n}})();</script>" if has_charts else ""
    return ("<!doctype html>\n"
            '<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{STYLE}</style>{libraries}</head>"
            f"<body><header><h1>{html.escape(title)}</h1>{meta}</header><main>{''.join(sections)}</main>"
            f"{''.join(scripts)}<script>{EMBED}</script></body></html>\n")
