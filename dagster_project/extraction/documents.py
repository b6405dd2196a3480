"""Signed documents: a written instrument between states whose signing (or planned signing)
an article reports. A document noun needs a signing context, a state party, and must not be a
unilateral act (executive order, law, presidential memorandum) or a background reference."""

from __future__ import annotations

import re
from dataclasses import dataclass

import polars as pl

from . import EXTRACTOR_VERSION
from .article import Article
from .frames import fact_id
from .patterns import Caseless, rust_prefilter
from .timing import document_status

# Rust-regex prefilter (vectorized, word boundaries so "according" or "impact" do not count).
PREFILTER = (r"\b(?:joint|memorand(?:um|a)|mous?|letters?\s+of\s+intent|treat(?:y|ies)|conventions?|protocols?|"
             r"contracts?|agreements?|accords?|deals?|pacts?|arrangements?|documents|communiqu|declarations?)\b")

DOC_NOUN = re.compile(
    r"\b(?:(?P<joint_statement>joint\s+(?:leaders['’]?\s+|press\s+|political\s+|ministerial\s+)?(?:statement|"
    r"communiqu[eé]|declaration|release)s?|joint\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+(?:statement|declaration|"
    r"communiqu[eé]|press\s+release)|(?:Declaration|Communiqu[eé])\s+of\s+(?!Independence))"
    r"|(?P<memorandum>memorand(?:um|a)\s+of\s+(?:understanding|cooperation|co-operation|intent|agreement)|MOUs?|MoUs?|"
    r"letters?\s+of\s+intent)"
    r"|(?P<treaty>treat(?:y|ies)|(?<!National\s)conventions?|protocols?)"
    r"|(?P<contract>contracts?)"
    r"|(?P<agreement>agreements?|accords?|deals?|pacts?|arrangements?|(?:bilateral|intergovernmental|cooperation)\s+"
    r"documents))\b",
)
_LOWER_NOUNS = Caseless(DOC_NOUN.pattern)
_UNILATERAL = re.compile(
    r"\b(?:executive\s+order|national\s+security\s+memorandum|presidential\s+memorandum|memorandum\s+for\s+the|"
    r"memorandum\s+on|proclamation|decree|law|legislation|bill|act)\b", re.I)
_SIGN_CONTEXT = re.compile(
    r"\b(?:sign\w*|conclu\w*|issu\w*|adopt\w*|reach\w*|struck|strike|ink\w*|finali[sz]\w*|agree[sd]?|initial\w*|"
    r"seal\w*|ratif\w*|enter(?:ed)?\s+into|negotiat\w*|endors\w*|under\s+which|new|recent(?:ly)?|historic|"
    r"bilateral|release[sd]?|announc\w*|welcom\w*|lead\s+to|draft|offer\w*|came|comes)\b", re.I)
_BACKGROUND = re.compile(r"\b(?:under|in\s+accordance\s+with|pursuant\s+to|as\s+required\s+by|in\s+line\s+with|"
                         r"commitments?\s+(?:under|in)|obligations?\s+under|consistent\s+with|violat\w*(?:\s+of)?|"
                         r"compliance\s+with|compl(?:y|ying|ied)\s+with|adherence\s+to|abid(?:e|ing)\s+by|"
                         r"break(?:ing|s)?|broke|breach\w*(?:\s+of)?|withdr[ae]w\w*\s+from|terminat\w*|"
                         r"abrogat\w*|renounc\w*)\s+(?:the|its|their|our|a|an)?\s*(?:[\w\-]++\s+){0,6}$", re.I)
# "a 1986 pact", "the 1951 Mutual Defense Treaty": an older document named as background.
_OLD_YEAR = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[A-Z][a-z]+\s+)?(?P<year>1[89]\d\d|20\d\d)\s+(?:[\w\-]++\s+){0,5}$")
# "reach agreement", "a barrier to agreement": the mass noun, not a document.
_MASS_NOUN_BEFORE = re.compile(r"\b(?:to|reach|reached|reaching|reaches|in|into|no|without|toward|towards|near|"
                               r"for|of|broad|general|full|basic)\s+$", re.I)
_CONTRACT_SIGNED = re.compile(r"\b(?:sign|signs|signed|signing|award|awarded|won|wins|win|conclude|concluded|"
                              r"clinch\w*|ink|inked)\b", re.I)
# A strong signing verb: what a named older document ("the Good Friday Agreement") needs to count.
_STRONG_SIGNING = re.compile(r"\b(?:sign|signs|signed|signing|conclud\w*|adopt\w*|ink\w*|ratif\w*|initial(?:l)?ed|"
                             r"to\s+be\s+signed|will\s+sign|agreed\s+to)\b", re.I)
_NOT_A_DOC = re.compile(r"\b(?:great|good|big|better|worse|fair|fairer|bad|raw|new)\s+deal\s+(?:for|by|than)\b|"
                        r"\b(?:great|good|big|better|worse|raw)\s+deal\b|\bdeal(?:s|t|ing)?\s+with\b|\bdeal\s+a\s+blow|"
                        r"\bgender\s+protocol|\btesting\s+protocols?|\bhealth\s+protocols?|\bsafety\s+protocols?", re.I)
_TITLE_JOINT = re.compile(r"\bjoint\b[^.]{0,80}?\b(?:statement|declaration|communiqu[eé]|press\s+release|"
                          r"readout)\b", re.I)
_GOVERNMENT = re.compile(r"\b(?:governments?|ministry|ministries|minister|ministers|president|prime\s+minister|"
                         r"premier|chancellor|officials?|administration|authorities|treasury|embassy|IMF|"
                         r"International\s+Monetary\s+Fund|World\s+Bank|Paris\s+Club|creditors?|leaders?|"
                         r"sides|countries|nations|states|bilateral|EU|European\s+Union|NATO|UN)\b", re.I)
_STATE_OWNED = re.compile(r"\bstate[- ](?:owned|run|controlled)\b", re.I)
_DOMESTIC = re.compile(r"\b(?:bipartisan|Congress|Senate|House\s+of|budget|unions?|workers|employers|"
                       r"collective\s+bargaining|settlement\s+with\s+(?:the\s+)?(?:company|plaintiffs))\b")
_COMPANY = re.compile(r"\b(?:Inc|Corp|Co|Ltd|LLC|plc|AG|SA|company|companies|firm|group|subsidiary|unit)\b\.?")

DOCUMENT_SCHEMA = {
    "document_id": pl.String,
    "article_id": pl.String,
    "doc_type": pl.String,
    "parties": pl.List(pl.String),
    "status": pl.String,
    "document_name": pl.String,
    "sentence": pl.String,
    "sentence_start": pl.Int32,
    "sentence_end": pl.Int32,
    "extractor_version": pl.String,
}


@dataclass
class _Doc:
    doc_type: str
    parties: list[str]
    status: str
    name: str
    start: int
    end: int


def _parties(art: Article, start: int, end: int) -> list[str]:
    """State parties: countries and demonyms named in the span, plus the countries of named actors."""
    out: list[str] = []
    for m in art.matches_in(start, end, ("country", "demonym")):
        if m.iso3 and m.iso3 not in out:
            out.append(m.iso3)
    for a in art.actors.in_span(start, end):
        if a.iso3 and a.iso3 not in out:
            out.append(a.iso3)
    return out


_NEGATED = re.compile(r"\b(?:never|not|n't|refus\w*\s+to|declin\w*\s+to|fail\w*\s+to|no\s+longer)\s+"
                      r"(?:\w+\s+){0,2}?(?:sign\w*|agree\w*|conclud\w*|reach\w*)\b", re.I)
_SIGNED_IN_YEAR = re.compile(r"^[\s,()A-Z]*(?:,\s*)?(?:which\s+was\s+|was\s+)?(?:signed|concluded|reached|agreed)\s+"
                             r"(?:\w+\s+){0,4}?in\s+((?:19|20)\d\d)\b")


def _is_country_word(art: Article, pos: int) -> bool:
    """Is the word right before `pos` a country or demonym ("the US-Ukraine agreement")?"""
    for m in art.matches_in(max(0, pos - 40), pos, ("country", "demonym")):
        if not art.text[m.end:pos].strip(" -"):
            return True
    return False


def _context_parties(art: Article, s_start: int) -> list[str]:
    """Parties of a sentence that names none: those named just before it, else in the title."""
    # the text just before the sentence (about one sentence: a period is no safe boundary, "Jr.")
    out = _parties(art, max(0, s_start - 250), s_start)
    if not out:
        out = [m.iso3 for m in art.title_matches if m.kind in ("country", "demonym") and m.iso3]
    return list(dict.fromkeys(out))


def _docs_in_sentence(art: Article, s_start: int, s_end: int) -> list[_Doc]:
    text = art.text
    out: list[_Doc] = []
    for m in _LOWER_NOUNS.finditer(text, art.lower, s_start, s_end):
        doc_type = m.lastgroup
        word = text[m.start():m.end()]  # as written: "MoU", "Agreement"
        if word.lower().startswith("mou") and word[:3] not in ("MOU", "MoU"):
            continue  # only the abbreviation, not a word that starts like it
        before = text[max(s_start, m.start() - 60):m.start()]
        after = text[m.end():min(s_end, m.end() + 100)]
        if _NOT_A_DOC.search(text[max(s_start, m.start() - 12):min(s_end, m.end() + 8)]):
            continue
        if _UNILATERAL.search(text[max(s_start, m.start() - 30):min(s_end, m.end() + 5)]) and doc_type != "joint_statement":
            continue
        if doc_type == "agreement" and re.match(r"\s*(?:with|that)\s+(?:the\s+)?(?:view|assessment|position)", after):
            continue
        if _BACKGROUND.search(before) and not re.search(r"\b(?:sign|conclud|reach|adopt)", after[:60], re.I):
            continue
        old = _OLD_YEAR.search(before)
        if old and (art.published is None or int(old.group("year")) < art.published.year):
            continue
        if doc_type == "agreement" and word.islower() and not word.endswith("s") and _MASS_NOUN_BEFORE.search(before):
            continue
        window = text[max(s_start, m.start() - 120):min(s_end, m.end() + 120)]
        if not _SIGN_CONTEXT.search(window):
            continue
        if doc_type == "contract" and not _CONTRACT_SIGNED.search(window):
            continue
        if re.search(r"[A-Z][\w'’\-/]*\s+$", before) and not _is_country_word(art, m.start()) \
                and not _STRONG_SIGNING.search(window):
            continue  # a named document ("the Good Friday Agreement", "the Oslo accords") cited, not signed here
        if word.lower().endswith("s") and doc_type != "joint_statement" and not re.search(
                r"\b(?:the|these|two|three|four|five|six|several|\d+|bilateral|their|both)\s+(?:[\w\-]+\s+){0,2}$",
                before, re.I) and not _STRONG_SIGNING.search(window):
            continue  # "discussions on free trade agreements": documents in general, none in particular
        if _NEGATED.search(window):
            continue  # "never signed any pact", "refused to sign"
        signed_year = _SIGNED_IN_YEAR.search(after[:40])
        if signed_year and art.published and int(signed_year.group(1)) < art.published.year - 1:
            continue  # "the Visiting Forces Agreement, signed in 1998": history, not news
        parties = _parties(art, s_start, s_end)
        if len(parties) < 2:
            # the place of signing is a party too ("stops in Beijing ... to sign"), then the context
            parties += [c for c in art.countries_in(s_start, s_end) if c not in parties]
        if not parties:
            parties = _context_parties(art, s_start)
        if not parties:
            continue
        government = _GOVERNMENT.search(_STATE_OWNED.sub(" ", window))
        if _COMPANY.search(window) and not government:
            continue  # a deal between companies (state-owned ones included) is out of scope
        if _DOMESTIC.search(before[-30:]):
            continue  # "a budget agreement", "a bipartisan deal": domestic politics
        if len(parties) == 1 and (not government or _DOMESTIC.search(window)):
            continue  # one state and no sign of a second party's government: domestic or commercial
        out.append(_Doc(doc_type, sorted(parties), document_status(window), word, s_start, s_end))
    return out


def _title_is_joint_statement(art: Article) -> _Doc | None:
    """A release whose title says it is a joint statement is itself the document."""
    title = art.title or ""
    if not _TITLE_JOINT.search(title) or re.search(r"\breadout\b", title, re.I):
        return None
    parties: list[str] = []
    for m in art.title_matches:
        if m.kind in ("country", "demonym") and m.iso3 and m.iso3 not in parties:
            parties.append(m.iso3)
    if not parties:
        first = art.text.find("\n")
        parties = _parties(art, 0, first if first > 0 else min(len(art.text), 400))
    if not parties and art.actors.home:
        parties = [art.actors.home]
    if not parties:
        return None
    first_end = art.text.find("\n")
    first_end = len(art.text) if first_end < 0 else first_end
    return _Doc("joint_statement", sorted(parties), "signed", title[:200], 0, max(1, min(first_end, 400)))


def documents_for_article(art: Article, spans: list[tuple[int, int]]) -> list[_Doc]:
    found: list[_Doc] = []
    own = _title_is_joint_statement(art)
    if own:
        found.append(own)
    for start, end in spans:
        found.extend(_docs_in_sentence(art, start, end))
    # One document is often named in several sentences with fewer parties each time: a row whose
    # parties are a subset of another row's of the same type is the same document.
    merged: list[_Doc] = []
    for d in sorted(found, key=lambda d: -len(d.parties)):
        if any(m.doc_type == d.doc_type and set(d.parties) <= set(m.parties) for m in merged):
            continue
        merged.append(d)
    return sorted(merged, key=lambda d: d.start)


def candidate_stages() -> list[pl.Expr]:
    """Sentences naming a kind of document, and titles that can name a joint statement (a
    release may itself be the document)."""
    return [pl.col("lower").str.contains(PREFILTER) | (
        (pl.col("sentence_idx") < 0) & pl.col("lower").str.contains(_TITLE_JOINT_RS)),
            (pl.col("sentence_idx") < 0) | pl.col("lower").str.contains(_DOC_NOUN_RS)]


_TITLE_JOINT_RS = rust_prefilter(_TITLE_JOINT.pattern)
_DOC_NOUN_RS = rust_prefilter(DOC_NOUN.pattern, (r"(?!Independence)", r"(?<!National\s)"))


def rows_for_article(art: Article, spans: list[tuple[int, int]]) -> list[dict]:
    return [{
        "document_id": fact_id(art.article_id, "document", d.doc_type, ",".join(d.parties), str(d.start)),
        "article_id": art.article_id, "doc_type": d.doc_type, "parties": d.parties, "status": d.status,
        "document_name": d.name, "sentence": art.evidence(d.start, d.end), "sentence_start": d.start,
        "sentence_end": d.end, "extractor_version": EXTRACTOR_VERSION,
    } for d in documents_for_article(art, spans)]


def extract_documents(articles: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    from .pipeline import extract_facts

    return extract_facts(articles, sentences, ("documents",))["documents"]
