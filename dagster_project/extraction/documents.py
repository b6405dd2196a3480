"""Signed documents: a written instrument between states whose signing (or planned signing)
an article reports (GUIDELINES section 2).

A mention of a document noun becomes a row in four steps:

1. the noun is a document here: not a mass noun ("reach agreement"), not a sense that names no
   instrument ("diplomatic protocol", "pact rules", "a good deal"), not a unilateral act;
2. its governing predicate: a signing verb that governs the noun ("signed a treaty", "the accord
   Venezuela signed", "will sign an agreement", "the statement issued"), else a weaker context
   ("welcomed the new agreement"); hopes, efforts and conditions ("hopes to announce a deal",
   "efforts to conclude an agreement") are not plans;
3. news or background: a document dated before the publication (a year, "last year", a month
   two or more months back), cited "under", "since", "the existing", or told in the pluperfect,
   is background, not recorded;
4. its parties from the roles of the signing clause only: the subject of the signing verb, the
   "between/with/by/among" phrase, and country words that modify the noun ("the US-Ukraine
   agreement"). Places of signing ("in Jeddah, Saudi Arabia"), the topic ("on a Gaza-Egypt border
   crossing"), names of organisations ("Paris Club", "Chinese carmaker") and other clauses do not
   make parties. Roles filled only by companies, unions or banks make no state document.

Each row names the rule that produced it (`rule`), so its measured precision can be attached.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice

import polars as pl

from ..reference import possession_of
from . import EXTRACTOR_VERSION
from .actors import HEAD_ROLES
from .article import Article, decapitalized
from .blocs import bloc_in, bloc_mentions, members
from .frames import fact_id
from .patterns import CAPS_HEADING, LIST_GAP, Caseless, Folded, rust_prefilter
from .timing import MONTHS

# Rule ids, from the most to the least reliable family (see `rule` in the rows).
RULE_SELF = "doc.joint_statement_self"      # the article is itself a joint statement (its title says so)
RULE_SIGNED = "doc.signed_verb"            # a signing verb governs the noun: "A and B signed an agreement"
RULE_SIGNED_EACH = "doc.signed_each"        # "A, B and C signed MoUs with D": one row per signatory pair
RULE_SIGNED_PASSIVE = "doc.signed_passive"  # "the accord signed on Tuesday", "the deal reached between A and B"
RULE_ISSUED = "doc.issued_statement"       # "A and B issued a joint statement"
RULE_PLANNED = "doc.planned_sign"          # "will sign", "to be signed", "agreed to sign"
RULE_PLANNED_FRAME = "doc.planned_framework"  # "a framework for an agreement", "a draft treaty", "negotiations to sign"
RULE_PLANNED_CLAUSE = "doc.planned_clause"  # "after the agreement is signed"
RULE_CONTEXT = "doc.context_recent"        # no signing verb: "welcomed the new agreement between A and B"
RULE_TITLE = "doc.title_signed"            # no verb in the sentence, the title reports the signing
RULES = (RULE_SELF, RULE_SIGNED, RULE_SIGNED_EACH, RULE_SIGNED_PASSIVE, RULE_ISSUED, RULE_PLANNED,
         RULE_PLANNED_FRAME, RULE_PLANNED_CLAUSE, RULE_CONTEXT, RULE_TITLE)

# Rust-regex prefilter (vectorized, word boundaries so "according" or "impact" do not count).
PREFILTER = (r"\b(?:joint|memorand(?:um|a)|mous?|letters?\s+of\s+intent|treat(?:y|ies)|conventions?|protocols?|"
             r"contracts?|leases?|agreements?|accords?|deals?|pacts?|arrangements?|documents|communiqu[eé]s?|declarations?|"
             r"action\s+plans?|statements?\s+of\s+intent|framework|"
             r"(?:final|closing|summit|leaders'?|ministerial)\s+statements?|"
             # "the ministers endorsed a joint statement", "the leaders issued a statement": a meeting's paper
             r"(?:issued|adopted|endorsed|approved|released|passed)\s+(?:an?|the|their)\s+(?:[\w\-]+\s+){0,2}?statements?)\b")

# a declaration named by a word before it ("the Dhaka Declaration"), not a determiner ("a declaration")
_NOT_A_NAME_HEAD = r"(?!(?:a|an|the|this|that|its|their|his|her|our)\s)"
DOC_NOUN = re.compile(
    r"\b(?:(?P<joint_statement>joint\s+(?:leaders['’]?\s+|press\s+|political\s+|ministerial\s+)?(?:statement|"
    r"communiqu[eé]|declaration|release)s?|joint\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+(?:statement|declaration|"
    r"communiqu[eé]|press\s+release)s?|(?:Declaration|Communiqu[eé])\s+of\s+(?!Independence)|"
    # a group's paper with no "joint" (kept only when a group of states issues it: _group_paper)
    r"(?:final|closing|summit|leaders['’]?|ministerial)\s+(?:statement|declaration|communiqu[eé])s?|communiqu[eé]s?|"
    + _NOT_A_NAME_HEAD + r"[\w\-]+\s+declaration(?!\s+of\s+intent)|"
    r"(?:statements?|declarations?)(?!\s+of\s+intent))"
    r"|(?P<memorandum>memorand(?:um|a)\s+of\s+(?:understanding|cooperation|co-operation|intent|agreement)|MOUs?|MoUs?|"
    r"letters?\s+of\s+intent|(?:statements?|declarations?|protocols?)\s+of\s+intent|"
    # a bare memorandum only between governments ("a trilateral memorandum"): alone it is mostly a
    # government's own paper ("a presidential memorandum")
    r"(?:bilateral|trilateral|multilateral|intergovernmental|joint)\s+memorand(?:um|a))"
    r"|(?P<treaty>treat(?:y|ies)|(?<!National\s)conventions?|protocols?)"
    r"|(?P<contract>contracts?|leases?)"
    r"|(?P<agreement>agreements?|accords?|deals?|pacts?|arrangements?|(?:bilateral|intergovernmental|cooperation|"
    # "will sign formal documents to restructure its debt", "the signing of several documents on trade"
    r"formal|legal|loan|financing|restructuring)\s+documents|"
    r"(?:several|a\s+number\s+of|a\s+series\s+of)\s+documents|(?:joint\s+)?action\s+plans?|framework\s+agreements?|framework(?=\s+(?:for|on|of)\s)))\b",
)
_LOWER_NOUNS = Caseless(DOC_NOUN.pattern)

# ---- 1. is the noun a document here? ---------------------------------------------------------------
_UNILATERAL = re.compile(
    r"\b(?:executive\s+orders?|national\s+security\s+memorandum|presidential\s+memorandum|memorandum\s+for\s+the|"
    r"memorandum\s+on|proclamation|decree|law|legislation|bill|act)\b", re.I)
# "reach agreement", "a barrier to agreement": the mass noun, not a document.
_MASS_NOUN_BEFORE = re.compile(r"\b(?:to|reach|reached|reaching|reaches|in|into|no|without|toward|towards|near|"
                               r"for|of|broad|general|full|basic|any|little|much|more|some)\s+$", re.I)
_REACH_BEFORE = re.compile(r"\breach(?:ed|es|ing)?\s+$", re.I)
_WITH_PARTY_AFTER = re.compile(r"\s+(?:in\s+principle\s+)?with\s+(?!(?:the\s+)?(?:view|idea|position|assessment|proposal)\b)"
                               r"[^.;:]{2,80}?\b(?:to|on|for)\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+){0,2}?"
                               r"(?:reschedul|reprogramm|restructur|refinanc|servic|repay|roll|lend|loan|credit|"
                               r"buy|sell|suppl|import|export|purchas|deliver|ship|build|develop|cooperat|swap)\w*", re.I)
_NOT_A_DOC = re.compile(
    r"\b(?:great|good|big|better|worse|fair|fairer|bad|raw|new)\s+deal\s+(?:for|by|than)\b|"
    r"\b(?:great|good|big|better|worse|raw)\s+deal\b|\b(?:green\s+)?new\s+deal\b(?!\s+(?:with|between|on|to)\b)|\b(?:to|will|would|can|could|must|should|not|cannot|n't|and|or|who|he|she|they|we|it|also)\s+deal\s+with\b|\bdeal(?:t|ing)\s+with\b|\b(?:he|she|it|which|that|who)\s+deals\s+with\b|\bdeal\s+a\s+blow|"
    r"\b(?:gender|testing|health|safety|security|medical|treatment|diplomatic|royal|state|court|military|"
    r"communications?|internet|network|transfer|research|clinical|cleaning|standard|emergency)\s+protocols?\b|"
    r"\bprotocols?\s+(?:officer|chief|department|office|rules?|requires|demands|dictates)\b|"
    r"\bbreach\s+of\s+protocol|\bprotocol\s+(?:and|or)\s+(?:etiquette|procedure)|\bby\s+protocol\b|"
    r"\b(?:collective|labou?r|wage|pay|jobs?|union|employment|plea|custody|settlement|severance|pension)\s+"
    r"(?:agreements?|deals?|pacts?|contracts?|accords?)\b|"
    r"\b(?:sponsorship|shirt|kit|naming[- ]rights?|stadium|record(?:ing)?|book|film|movie|tv|television|"
    r"broadcast(?:ing)?|licen[cs]ing|distribution|marketing|advertising|endorsement|merger|takeover|buyout|"
    r"acquisition|player|rookie|free-agent|eurobond|bond|notes?|shares?|equity|underwriting|swap|placement)\s+"
    r"(?:deals?|contracts?|agreements?)\b|"
    r"\b(?:farm|price|prices|pricing)\s+(?:package|deals?|agreements?|accords?|settlements?)\b|"
    r"\b(?:deals?|agreements?|accords?)\s+on\s+(?:farm\s+|agricultural\s+)?prices\b|"
    r"\bcontract\s+(?:agreements?|deals?|talks|extensions?)\b|\bgeneva\s+conventions?\b|\bconventions?\s+(?:centre|center|hall)\b|\b(?:party|national|democratic|"
    r"republican|constitutional)\s+convention\b|"
    # consent, not an instrument: "the Soviet Union expressed agreement to discuss this question"
    r"\b(?:expressed|expresses|voiced|signall?ed|indicated|showed|nodded|shared)\s+(?:its\s+|their\s+|his\s+|her\s+|"
    r"broad\s+|general\s+|full\s+)?agreement\b", re.I)
_NOT_A_DOC_F, _UNILATERAL_F = Folded(_NOT_A_DOC), Folded(_UNILATERAL)  # the same, on lower-cased text
# The noun modifies another noun: "pact rules", "deal talks", "treaty obligations" name no instrument.
_NOUN_AS_MODIFIER = re.compile(
    r"^[\s\-]*(?:rules?|criteria|limits?|ceilings?|targets?|talks|negotiations?|negotiators?|partners?|members?|"
    r"membership|countries|nations|states|signatories|obligations?|commitments?|compliance|violations?|"
    r"deadline|terms|framework|provisions?|guidelines|ban|allies|area|zone|status|system|regime|process|"
    r"mechanism|review|conference|summit|organi[sz]ation|secretariat|body|bodies|article|clause)\b", re.I)
_CONTRACT_SIGNED = re.compile(r"\b(?:sign|signs|signed|signing|award|awarded|won|wins|win|conclude|concluded|"
                              r"clinch\w*|ink|inked)\b", re.I)

# ---- 2. the governing predicate ---------------------------------------------------------------------
_SIGN_STEM = (r"(?:sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|ink(?:s|ed)?|seal(?:s|ed)?|initial(?:l)?(?:ed|s)?|"
              r"adopt(?:s|ed|ing)?|struck|strike|strikes|clinch(?:es|ed)?|finali[sz](?:e|es|ed)|reach(?:es|ed)?|"
              r"agree(?:s|d)?(?:\s+(?:on|to|upon))?|extend(?:s|ed)?|renew(?:s|ed)?|issu(?:e|es|ed|ing)|releas(?:e|es|ed)|"
              r"forg(?:e|ed)|hammer(?:ed)?\s+out|work(?:ed)?\s+out|thrash(?:ed)?\s+out|secur(?:e|es|ed)|"
              r"put\s+in\s+place|enter(?:ed)?\s+into|announc(?:e|es|ed)|"
              # ("are announcing the Atlantic Declaration": the progressive, not a participle's "announcing the deal,")
              r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bbe\s))announcing|"
              r"approv(?:e|es|ed)|pass(?:es|ed)|endors(?:e|es|ed))")
# A meeting of states or its members as the subject: "the summit passed the Dhaka Declaration", "the
# ministers endorsed a joint statement". Only a meeting's members pass or endorse a paper of their own
# (a parliament passes laws, a leader endorses another's deal).
_MEETING_SUBJECT = re.compile(r"\b(?:summit|meeting|conference|ministerial|ministers|leaders|delegates|delegations|"
                              r"participants|heads\s+of\s+(?:state|government))\b(?![\-'’])", re.I)
_MEETING_VERB = re.compile(r"pass|endors", re.I)
# a bloc named with its meeting: "the SAARC summit", "(APEC) leaders", "Leaders of the member economies of APEC"
_BLOC_THEN_MEETING = re.compile(r"\)?\s*(?:[\w'’\-]+\s+){0,2}?" + _MEETING_SUBJECT.pattern, re.I)
_MEETING_OF = re.compile(_MEETING_SUBJECT.pattern + r"[^.;]{0,60}?\b(?:of|from)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}$",
                         re.I)
_VISIT_WORD = re.compile(r"\b(?:visit\w*|trip|tour|stops?)\b", re.I)
_TWO_MEMBERS = re.compile(r"\b(?:two|both)\s+(?:[\w\-]+\s+)?(?:leaders|ministers|delegations|delegates|heads)\b", re.I)
# a verb that precedes its object: "signed", "will sign", "agreed to sign", "issued"
_VERB_BEFORE = re.compile(r"\b(?P<verb>" + _SIGN_STEM + r")\b", re.I)
# the planned forms, read on the words before the verb
_PLANNED_BEFORE_VERB = re.compile(
    r"\b(?:will|shall|would|to|plans?\s+to|planning\s+to|planned\s+to|expected\s+to|expects\s+to|set\s+to|due\s+to|"
    r"scheduled\s+to|going\s+to|ready\s+to|agreed\s+to|agree\s+to|decided\s+to|intends?\s+to|poised\s+to|"
    r"preparing\s+to|prepared\s+to|about\s+to|is\s+to|are\s+to|was\s+to|were\s+to|negotiations?\s+to|talks\s+to)"
    # ("will be signing", "will be announcing": the progressive of a future)
    r"\s+(?:be\s+)?(?:formally\s+|finally\s+|also\s+|soon\s+|jointly\s+)?$", re.I)
# a participle after the noun: "the accord signed on Tuesday", "the deal Venezuela signed a week ago"
_VERB_AFTER = re.compile(
    # "a joint statement between the two countries issued after the talks": the roles may come first
    r"^(?P<gap>(?:\s+(?:between|among)\s+(?:[\w.'’\-]+\s+){0,5}?[\w.'’\-]+)?"
    # "a credit agreement for 100 mln marks will be signed": what it is for or worth, an amount
    r"(?:\s+(?:for|worth)\s+(?:[\w.$€£'’\-]+\s+){0,3}?(?:\d[\d.,]*|dlrs?|dollars?|marks|yen|pounds|euros?|francs|"
    r"(?:mln|million|billion|bln)\s+[\w.$€£'’\-]+)|"
    # "the lease for the aircraft was signed", "the agreement on the border was signed": what it covers
    r"\s+(?:for|on)\s+(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)?"
    r"(?:\s*,)?(?:\s+(?:which|that|who))?(?:\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|"
    r"had|has|have|will\s+be|would\s+be|to\s+be|is\s+to\s+be|are\s+to\s+be|expected\s+to\s+be|due\s+to\s+be|set\s+to\s+be|"
    r"scheduled\s+to\s+be|being|be|just|recently|formally|finally|also|already|jointly|still|"
    # "the agreement must still be ratified": its last step to come
    r"must\s+be|has\s+yet\s+to\s+be|have\s+yet\s+to\s+be|needs\s+to\s+be|need\s+to\s+be|must))*"
    # the signers: "the MoU that NASA Administrator Bill Nelson and Peruvian counterparts signed"
    r"(?P<signers>(?:\s+(?:[A-Z][\w.'’\-]*|the|two|both|\w+['’]s|and|his|her|their|its|counterparts?|officials|"
    r"ministers?|leaders|representatives|negotiators|delegations?|governments?|authorities)){0,7}?))\s+"
    r"(?P<verb>signed|concluded|inked|sealed|initial(?:l)?ed|"
    r"adopted|struck|clinched|finali[sz]ed|reached|agreed(?:\s+(?:on|upon))?|issued|released|forged|hammered\s+out|"
    r"worked\s+out|approved|ratified)\b")
# a relative clause whose subject will sign the noun: "the pact (that) both sides will sign"
_RELATIVE_PLANNED = re.compile(
    r"\s*,?\s*(?:(?:that|which)\s+)?(?:[\w.'’\-]+\s+){1,4}?(?:will|shall|(?:is|are)\s+(?:about|going|set|due|"
    r"expected|scheduled)\s+to|plans?\s+to|intends?\s+to|(?:is|are)\s+to)\s+(?:formally\s+|soon\s+|jointly\s+)?"
    r"(?P<verb>sign|conclude|ink|seal|initial)\b")
# a future-time clause: "after the agreement with the IMF is signed"
# (not the details of a document already made: "once all the details of the agreement are finalized")
_CLAUSE_AHEAD = re.compile(r"\b(?:after|once|when|until|before)\s+(?!(?:all\s+)?(?:the\s+)?(?:details|terms|fine\s+print|"
                           r"technicalities|modalities)\s+of\b)(?:the\s+|an?\s+|this\s+)?(?:[\w\-]+\s+){0,7}?"
                           r"(?:is|are|gets|get|has\s+been|have\s+been)\s+(?:formally\s+|finally\s+)?"
                           r"(?:signed|concluded|reached|agreed|approved|finali[sz]ed)\b", re.I)
# hopes, efforts, conditions, calls: no document is promised
_ASPIRATION = re.compile(
    r"\b(?:be\s+able\s+to|hope[sd]?|hoping|hoped\s+that|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?|efforts?|endeavou?rs?|try(?:ing)?|tried|"
    r"attempt\w*|wants?|wanted|would\s+like|wish\w*|could|might|may|if|unless|whether|call(?:s|ed|ing)?\s+(?:for|on)|"
    r"urg(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|demand\w*|insist\w*|condition\w*|"
    r"possib\w*|prospects?|chances?|pave\s+the\s+way|work(?:s|ed|ing)?\s+toward|support\w*\s+(?:all\s+)?"
    r"(?:diplomatic\s+)?efforts|would\s+welcome|ready\s+to\s+support|encourag\w*|open\s+to|consider\w*|"
    r"explor\w*|propos\w*|suggest\w*|offer\w*\s+to\s+(?:bondholders|investors|creditors|holders)|hopeful\w*|"
    r"optimis\w*|can|struggl\w*|needs?|needed|goal|bid|closer\s+to|unwilling\w*|reluctan\w*|refus\w*|"
    r"reject\w*|oppos\w*|dismiss\w*|den(?:y|ies|ied)|rul(?:e|ed|es)\s+out|subject\s+to|in\s+exchange\s+for|"
    r"precondition\w*|ultimatum|unable|momentum|impetus)\b", re.I)
_STANCE = re.compile(r"(?:reject|oppos|dismiss|criticiz|criticis|condemn|denounc|welcom|hail|prais)\w*", re.I)
_ASPIRATION_NEAR = re.compile(r"\b(?:may|might|could|can|should|if(?:\s+possible)?|whether|hope[sd]?\s+to|seek\w*\s+to|"
                              r"aim\w*\s+to|want\w*\s+to|wish\w*\s+to|tr(?:y|ied|ying)\s+to|efforts?\s+to|"
                              r"suggest\w*|propos\w*\s+to|unwilling\w*\s+to|refus\w*\s+to|"
                              # "lobbying for a renewal of the Sugar Agreement": asked for, not signed
                              r"(?:lobb\w+|push\w*|press\w*|call\w*|campaign\w*|ask\w*)\s+for|"
                              r"(?:Should|Would|Will)\s+(?:the\s+)?[A-Z][\w\s]*)\s+(?:\w+\s+){0,3}$")
_NEGATED = re.compile(r"\b(?:never|not|n't|refus\w*\s+to|declin\w*\s+to|fail\w*\s+to|no\s+longer|without|"
                      r"almost|nearly|close\s+to|not\s+yet|yet\s+to)\s+"
                      r"(?:\w+\s+){0,2}?(?:sign\w*|agree\w*|conclud\w*|reach\w*|struck|strik\w*|approv\w*|"
                      r"enter\w*|accept\w*|issu\w*|adopt\w*|releas\w*)\b", re.I)
_INFORMAL_BEFORE = re.compile(r"\b(?:stopgap|stop-gap|makeshift|informal|temporary|ad\s+hoc|working)\s+$", re.I)
# "it would be impossible for ministers formally to agree farm price arrangements before May 12"
_IMPOSSIBLE = re.compile(r"\b(?:impossible|unable|not\s+(?:be\s+)?possible)\s+(?:for\s+(?:the\s+)?[\w\-]+\s+)?"
                         r"(?:[\w\-]+\s+){0,2}?to\s+(?:\w+\s+)?(?:sign|agree|conclude|reach|finali[sz]e)\w*"
                         r"(?:\s+[\w\-/.,]+){0,4}\s+$", re.I)  # (the verb governs the document: "unable to reach Lima" does not)
_NO_DOC = re.compile(r"\b(?:no|any|neither|nor|all|every|such)\s+(?:[\w\-]+\s+){0,2}$", re.I)
# weak contexts: no signing verb, but the document is presented as new
_RECENT = re.compile(r"(?:\b(?:new|newly\s+\w+|latest|recent|recently\s+\w+|historic|landmark|fresh|"
                     # "yesterday's Paris Club refinancing agreement", "Monday's debt accord": of the last days
                     r"(?:yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s)\s+(?:[\w\-.’']+\s+){0,3}"
                     r"|\b(?:welcom\w*|hail\w*|prais\w*|applaud\w*|celebrat\w*|announc\w*|unveil\w*|noted|"
                     r"took\s+note\s+of)\s+(?:[\w\-.’']+\s+){0,7})$", re.I)
_CONTEXT_AHEAD = re.compile(r"\b(?:will|shall|to\s+be\s+signed|upcoming|forthcoming|future|planned|proposed|draft|"
                            r"expected|tomorrow|next\s+(?:week|month))\b", re.I)
_PLANNED_FRAME = re.compile(r"\b(?:framework\s+(?:for|of)|draft|negotiat\w*\s+to\s+(?:sign|conclude)|"
                            # "next steps to conclude negotiations on a shiprider agreement": its text is near
                            r"(?:conclud\w*|complet\w*|finali[sz]\w*)\s+(?:the\s+)?negotiations\s+(?:on|for|of)|"
                            r"the\s+planned|a\s+planned|upcoming|forthcoming|prepare\s+the)\s+"
                            r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}$", re.I)
_TITLE_JOINT = re.compile(r"\bjoint\b[^.]{0,80}?\b(?:statement|declaration|communiqu[eé]|press\s+release|"
                          r"readout|fact\s+sheet)\b", re.I)
# a joint statement that frames a future agreement: "Framework for a United States-Thailand Agreement"
_TITLE_FRAMEWORK = re.compile(r"\bframework\s+for\s+(?:an?\s+)?(?:[\w.,'’\-–]+\s+){0,10}?agreement\b", re.I)
# "G7 Leaders' Statement on Economic Resilience", "G20 Bali Leaders' Declaration": a statement a bloc's
# leaders or ministers issue together is joint without the word (its parties the bloc's members)
_TITLE_GROUP_STATEMENT = re.compile(r"\b(?:leaders|ministers)['’]\s+(?:joint\s+)?(?:statement|declaration|"
                                    r"communiqu[eé])\b", re.I)
_SIGNING_VERBS = r"sign|signs|signed|ink|inks|inked|seal|seals|sealed|conclude|concludes|concluded|strike|strikes|" \
                 r"struck|clinch|clinches|clinched"
_TITLE_SIGN = re.compile(rf"\b(?:{_SIGNING_VERBS})\b", re.I)

# ---- 3. news or background --------------------------------------------------------------------------
_BACKGROUND = re.compile(r"\b(?:under|since|in\s+accordance\s+with|pursuant\s+to|as\s+required\s+by|in\s+line\s+with|"
                         r"commitments?\s+(?:under|in)|obligations?\s+under|consistent\s+with|violat\w*(?:\s+of)?|"
                         r"compliance\s+with|compl(?:y|ying|ied)\s+with|adherence\s+to|abid(?:e|ing)\s+by|"
                         r"break(?:ing|s)?|broke|breach\w*(?:\s+of)?|withdr[ae]w\w*\s+from|terminat\w*|"
                         r"abrogat\w*|renounc\w*|unravel\w*(?:\s+of)?|collapse\s+of|demise\s+of|"
                         r"implement\w*(?:\s+of)?|enforce\w*(?:\s+of)?|based\s+on|anniversary\s+of|"
                         r"review\w*(?:\s+of)?|revis\w*|amend\w*|renegotiat\w*|scrap\w*|suspend\w*|"
                         r"exist\w*|existing|previous|(?<!said )(?<!says )(?<!announced )earlier|former|original|old|prior|current|"
                         r"expir\w*|lapsed?|changes?\s+to|amendments?\s+to|reform\s+of|overhaul\s+of|"
                         r"long\s+complained|complain\w*\s+(?:about|that)|continu\w*|recall\w*|remind\w*|"
                         r"signing\s+the\s+recent|the\s+recent|in\s+a\s+recent|compared\s+(?:with|to)|similar\s+to|"
                         r"in\s+line\s+with|modell?ed\s+on|"
                         # a document the news follows on: "on the heels of the brand-new deal with
                         # the United Kingdom", "It also follows the announcement of a trade agreement"
                         r"on\s+the\s+heels\s+of|in\s+the\s+wake\s+of|follows|followed|build(?:s|ing)?\s+(?:up)?on|"
                         r"comes?\s+(?:on\s+top\s+of|(?:just\s+|only\s+)?(?:(?:days|weeks|months|one\s+week|a\s+week|"
                         r"\w+\s+weeks|\w+\s+days)\s+)?after)|"
                         # a document given as the reason or the yardstick of something else
                         r"due\s+to|because\s+of|owing\s+to|thanks\s+to|counter\s+to|contrary\s+to|at\s+odds\s+with|"
                         r"in\s+defiance\s+of|deplor\w*|criticiz\w*|criticis\w*|commitment\s+to|committed\s+to|"
                         r"stick\w*\s+(?:to|by)|understanding\s+of|interpretation\s+of|pledged\s+in|when|"
                         # a time anchor: "several weeks after the agreement was reached"
                         r"(?:days|weeks|months|years|shortly|soon|long)\s+after|"
                         r"(?:dat|go|trac)(?:es|ed|ing)\s+back\s+to|"  # "dates back to the 1960s, to an agreement"
                         r"(?:set|fixed|established|defined|laid\s+down|agreed)\s+(?:in|by|under)|"  # "ranges set in the accord"
                         # a commitment to a pact already made: "agreed to support the Louvre accord"
                         r"(?:support|uphold|honou?r|respect|defend|reaffirm\w*)(?:s|ed|ing)?|"
                         # "confirmed his country's backing for a new international cocoa pact"
                         r"(?:backing|support)\s+for)\s+"
                         r"(?:the|its|their|our|a|an|this|that)?\s*"
                         r"(?:[\w\-’'$.,]+\s+){0,6}$", re.I)
_IN_FORCE = re.compile(r"\b(?:in\s+(?:place|force|effect)\s+since|(?:has|have|had)\s+been\s+in\s+(?:place|force|effect)|"
                       r"since\s+(?:its|their)\s+(?:signing|conclusion|adoption))\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b(?!\s*[-–]\s*\d)")
_RANGE_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\s*[-–/]\s*(?:(?:1[89]|20)\d\d|\d\d)\b|\b(?:until|till|to|through|by)\s+"
                         r"(?:1[89]|20)\d\d\b|\b(?:1[89]|20)\d\d\s+(?:budget|target|deadline|olympics)\b", re.I)
# a signing dated years back just before its clause: "75 years ago today—after signing the treaty"
_AGO_JUST_BEFORE = re.compile(r"\b(?:years|decades)\s+ago(?:\s+today|\s+this\s+\w+)?\s*[—–,-]?\s*(?:after|when|by|in)?\s*"
                              r"(?:[\w\-]+\s+){0,3}$", re.I)
_LONG_AGO = re.compile(r"\b(?:last\s+year|a\s+year\s+ago|years\s+ago|decades?\s+ago|\w+\s+years\s+ago|in\s+the\s+(?:19|20)\d0s|"
                       r"decades?\s+(?:old|earlier)|years\s+earlier|the\s+previous\s+year|the\s+year\s+before|"
                       r"back\s+in|in\s+the\s+past|long-standing|decades-old|years-old|earlier\s+(?:this|in\s+the)\s+year|"
                       r"last\s+(?:spring|summer|autumn|fall|winter)|"
                       # a look back: "In the last few years, we ... signed defense agreements with A and B"
                       r"(?:in|over|during)\s+(?:the\s+)?(?:last|past)\s+(?:few\s+|several\s+|two\s+|three\s+|four\s+|"
                       r"\d+\s+)?(?:years|decades)|in\s+recent\s+years|"
                       r"(?:three|four|five|six|seven|eight|several|[3-9]|\d\d)\s+weeks\s+ago)\b", re.I)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# months and weekdays: capitalized words that date something and name no place, person or document
_DATE_WORDS = "|".join(_MONTHS + ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
# month names in any case (wire copy set in lower case) except "may", which is mostly the verb
_MONTH = re.compile(r"\b(?i:in|on|of|since|last|early|mid|late|mid-)\s+(?i:early\s+|mid-?\s*|late\s+)?(?P<m>(?i:"
                    + "|".join(m for m in _MONTHS if m != "May") + r"|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)|May)\.?\b"
                    r"(?!\s+(?:19|20)\d\d\s*[-–])")
# "last October": a month of the past, more than a few weeks back whatever the publication date
_LAST_MONTH_NAME = re.compile(r"\b(?i:last)\s+(?i:" + "|".join(_MONTHS) + r")\b")
_PLUPERFECT = re.compile(r"\bhad\s+(?:already\s+|previously\s+|earlier\s+)?(?:been\s+)?(?:signed|concluded|reached|"
                         r"agreed|struck|inked|sealed|finali[sz]ed|ratified|approved)\b", re.I)
# the verbs that report a signing ("Britain said it had concluded", "the ministry announced that it signed")
_REPORT_VERB = r"(?:said|says|confirmed|announced|reported|stated|disclosed|revealed)"
# the pluperfect of reported speech, its reporting verb just before the clause: "said earlier it had concluded"
_REPORTED_PLUPERFECT = re.compile(rf"\b{_REPORT_VERB}\s+"
                                  r"(?:(?:earlier|today|yesterday|(?:on\s+)?\w+day|that|it|they|he|she|the\s+government|"
                                  r"(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))\s+){1,3}had\s+", re.I)
_REPORTING = re.compile(rf"\b(?:{_REPORT_VERB}|told|added)\b", re.I)
# A strong signing verb: what a named older document ("the Good Friday Agreement") needs to count.
_STRONG_SIGNING = re.compile(r"\b(?:sign|signs|signed|signing|conclud\w*|adopt\w*|ink\w*|ratif\w*|initial(?:l)?ed|"
                             r"to\s+be\s+signed|will\s+sign|agreed\s+to)\b", re.I)

# ---- 4. parties --------------------------------------------------------------------------------------
_CLAUSE_LEFT = re.compile(r"(?:;|:|\s[-–—]\s|\(|\)|,\s+(?:which|who|while|whereas|but|although|though|as(?!\s+witnessed\b)|after|"
                          r"before|when|where|and\s+(?:the|a|an)\s+\w+\s+(?:said|says))\b|\b(?:said|says|told|"
                          # ("announced a trade deal": a verb with its object, the subject in the clause)
                          r"according\s+to|reported|announced(?!\s+(?:an?|the|their|its|his|her)\s)|added|noted)\b"
                          r"(?:\s+(?:that|on\s+\w+))?|"
                          r"\b(?:at|in)\s+which\b|\bwhich\b|\bwho\b|\bwhile\b|\bbut\b|\b(?:after|before|when|that|"
                          r"despite|unless|until)\b)", re.I)
_CLAUSE_RIGHT = re.compile(r"[;:()]|\s[-–—]\s|,\s|\b(?:which|that|who|while|whereas|but|after|before|when|"
                           r"said|says|to\s+(?!be\b)[a-z]+)\b")
_FIRST_PAST_VERB = re.compile(r"\b[a-z]+ed\b")
_ASIDE_OPENS = re.compile(r"\s*(?:as|who|which|that|when|while|having|being|after|before|if|once)\b", re.I)
# a predicate coordinated after a comma: ", (and) secured deals with", ", issued statements with"
_COORDINATION = r",\s+(?:and\s+)?(?:also\s+)?"
_COORDINATED_BEFORE = re.compile(_COORDINATION + "$")
_NEXT_PREDICATE = re.compile(_COORDINATION + r"[a-z]+ed\b")
_ROLE_PREP = re.compile(r"\b(?P<prep>between|among|amongst|with|by|involving)\s+", re.I)
_ROLE_STOP = re.compile(r",\s(?!and\b|the\b|[A-Z][\w.\-]*\s*(?:,|and\b))|[;:()]|\s[-–—]\s|"
                        r"\band\s+(?:also\s+)?(?=[a-z]+(?:ed|ing)\b)|"  # "with A and B and reached ... with C"
                        r"\b(?:on|for|over|about|to|in|at|"
                        r"which|that|who|while|under|after|before|during|following|covering|aimed|aiming|"
                        r"concerning|regarding|said|says|valued|worth|calling|committing|designed)\b")
_GOVERNMENT = re.compile(r"\b(?:governments?|ministry|ministries|minister|ministers|president|presidents|prime\s+"
                         r"minister|premier|chancellor|officials?|administration|authorities|treasury|embassy|"
                         r"department|agency|secretary|leaders?|sides|countries|nations|(?<!united\s)states|kingdom|"
                         r"republic|cabinet|delegation|envoy|ambassador|king|queen|emir|sultan|crown\s+prince|"
                         r"both|two|three|four|they|we|our|their)\b", re.I)
# the text itself names no party, but refers to the parties named before: "the two countries signed"
_ANAPHORIC_PARTIES = re.compile(r"\b(?:the\s+(?:two|three|four|both)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:countries|nations|sides|governments|leaders|"
                                r"states|partners|presidents|ministers|neighbou?rs)|both\s+(?:countries|sides|nations|"
                                r"governments|leaders)|the\s+sides|the\s+leaders(?!\s+of)|the\s+governments|they|we|our\s+"
                                r"(?:two\s+)?(?:countries|nations|governments)|the\s+[A-Z]{3,6}\s+partners|"
                                r"the\s+(?:government|ministry|president|prime\s+minister|authorities|administration))"
                                r"\b", re.I)
_ORG_AFTER = re.compile(r"^(?:['’]s)?\s*(?:national\s+(?:[\w\-]+\s+)?(?:agency|company|corporation|enterprise)\b|"
                        r"(?:state[- ](?:owned|run|controlled)\s+)?"
                        r"(?:(?:\w[\w&\-]*\s+){0,2}?|(?:[A-Z][\w\-]*\s+|&\s+|<[\w.]+>\s+){0,5}?)(?:"
                        r"carmakers?|automakers?|company|companies|firms?|group|groups|banks?|airlines?|airways|carriers?|"
                        r"club|clubs|team|side|league|unions?|utility|utilities|conglomerate|giant|maker|makers|"
                        r"producers?|operators?|manufacturers?|insurer|lenders?|investors?|bondholders|creditors|"
                        r"businesses|businessman|businessmen|exporters?|importers?|retailers?|brewer|miner|wholesalers?|distributors?|"
                        r"interests|public|shareholders?|"  # "British and German interests", "the Saudi public": not states
                        r"dealers?|customers?|buyers?|traders?|"
                        r"developer|subsidiary|subsidiaries|unit|units|affiliates?|divisions?|corporation|corp|inc|ltd|plc|holdings|telecom|motors|"
                        r"oil\s+(?:company|firm|major|giant)|concern|businessmen|energy\s+(?:company|firm)|currency|"
                        r"Airways|Airlines|Air|Club|Bank|Telecom|Motors|Petroleum|Steel|Oil|Gas|Energy|Electric|Power|"
                        r"Industries|Corp|Corporation|Inc|Ltd|Co|Group|Holdings|Firms?|Companies|Company|Olympics|Games|Cup|Open|Stock|Exchange|"
                        r"Times|Post|News|University|Institute|Foundation|Trust|Fund|Institution|Association|"
                        r"Federation|Council|Commission|Committee))\b")
_ORG_BEFORE = re.compile(r"(?:(?:\b(?:Corp|Co|Inc|Ltd|AG|A\.G|SA|S\.A|NV|BV|GmbH|plc|LLC|SpA|Corporation|Company|company|"
                         r"firm|group|Group|bank|Bank)\.?>?|>),?\s+of\s+(?:the\s+)?$)|"
                         # "Air China", "TAP Air Portugal", "the state-owned Kenya Ports Authority"
                         r"(?:\b(?:Air|Aero|Radio|Banco|Banque)\s+$)|(?:\b(?i:state[- ](?:owned|run|controlled))\s+$)|"
                         # "Jeddah-based Saudi-French": a firm's name after its seat
                         r"(?:\b[A-Z][\w]+-based\s+(?:[A-Z][\w]*-)?$)|"
                         # "NV Nederlandse Gasunie of the Netherlands": a legal form that leads the name
                         r"(?:\b(?:NV|BV|AG|SA|PT|AB|AS|A/S|Bhd)\s+(?:[A-Z][\w\-]*\s+){1,4}of\s+(?:the\s+)?$)|"
                         # "Petroles de Venezuela", "Banco do Brasil": a name in the language of its country
                         r"(?:\b[A-Z][\w\-]+\s+(?:de|do|da|del|des|du|di)\s+(?:la\s+)?$)")
_MEDIATOR_AFTER = re.compile(r"^\s*-\s*(?:brokered|backed|led|sponsored|mediated|drafted|proposed|hosted)\b|"
                             # "Through decisive U.S. diplomacy, Thailand and Cambodia reached an agreement"
                             r"^\s+(?:diplomacy|mediation|mediators?|good\s+offices|facilitation|brokering)\b")
_LOCATION_BEFORE = re.compile(r"\b(?i:in|at|near|outside|from|to|visit(?:ing|ed|s)?|across|throughout|around|"
                              r"here\s+in|city\s+of)\s+(?:the\s+)?(?:(?!(?:" + _DATE_WORDS + r")\b)"
                              r"(?:[A-Z][\w\-]*\s*){1,3},\s*)?$")  # not "in October, President X"
_ROLE_AFTER = re.compile(r"\s+(?:(?:vice|deputy|state|prime|foreign|trade|finance)\s+)?(?:president|minister|premier|"
                        r"leader|delegation|officials?|envoy|secretary|chancellor)\b", re.I)
_BODY_IN = re.compile(r"\b(?:Ministry|Department|Government|Embassy|Council|Office|Agency|Authority|Commission)\b"
                      r"(?:\s+(?:of|for)\s+[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|and|of))*)?\s+in\s+(?:the\s+)?"
                      r"(?:[A-Z][\w\-]*\s+of\s+)?$")
_COMPANY = re.compile(r"\b(?:Inc|Corp|Co|Ltd|LLC|plc|Plc|PLC|AG|SA|NV|BV|GmbH|company|companies|firm|firms|group|subsidiary|"
                      r"corp|inc|ltd|"  # (lower-case wire copy: "champlin petroleum corp's joint venture")
                      r"Banque|Banco|Banca|(?:pct|percent|per\s+cent)\s+owned|[\w]+-based|"
                      r"Corporation|Company|Group|Airlines|Airways|Bank|concern|businessmen|"
                      r"carmakers?|automakers?|bank|banks|airline|airlines|club|union|unions|sponsor\w*|bondholders|"
                      r"investors|insurer|lenders?|conglomerate|retailers?|brewer|utility|corporation|manufacturers?|drugmakers?|"
                      r"wholesalers?|distributors?|contractors?|refiners?|shipbuilders?|giant)\b\.?")
_DOMESTIC = re.compile(r"\b(?:bipartisan|Congress|Senate|House\s+of|budget|budgetary|cabinet\s+ministers|unions?|workers|employers|[Ww]orkers['’]?\s+"
                       r"(?:Association|Union|Federation)|Trade\s+Unions?|strikers|"
                       r"collective\s+bargaining|settlement\s+with\s+(?:the\s+)?(?:company|plaintiffs)|"
                       r"coalition|parties|party|opposition|lawmakers|legislators|state\s+of\s+[A-Z]|governor|"
                       r"governors|mayors?|Attorney\s+General|state\s+(?:election\s+)?officials|Tribal|tribes|"
                       r"municipal\w*|Federal\s+agencies|authorities\s+in\s+[A-Z])\b")
# the domestic actors a pronoun can stand for: "the chief counsels of the two special committees"
_DOMESTIC_ACTORS = re.compile(r"\b(?:(?:[Cc]ongressional|Senate|(?<!White\s)House|[Pp]arliamentary|[Ll]egislative)\s+(?:committees?|"
                              r"investigators|probers|leaders|negotiators|counsels?)|chief\s+counsels?|special\s+prosecutor|"
                              r"lawmakers|legislators)\b")
# bodies of one government: a document among them alone is internal
_INTRA_STATE = re.compile(r"\b(?:the\s+agencies|(?:the\s+)?(?:two|both)\s+(?:agencies|ministries|departments)|interagency|Interagency|[Ff]ederal\s+agencies|Federal\s+Financing|"
                          r"(?:USDA|Treasury|HUD|EPA|VA)\s+(?:and|signed|had|have)|with\s+the\s+Department\s+of|"
                          r"and\s+(?:the\s+)?Department\s+of\s+[A-Z]\w*|with\s+the\s+(?:Treasury|Finance\s+Ministry|Central\s+Bank)\b|"
                          r"Secretary\s+[A-Z]\w+\s+[A-Z]\w+\s+and\s+[A-Z]\w+\s+Secretary|alderman|city\s+council|"
                          r"Tribes|Tribal|spending|election\s+officials)\b")
_PLURAL_EACH = re.compile(r"^(?:MOUs|MoUs|memoranda|memorandums|agreements|accords|deals|treaties|contracts|pacts|statements)$",
                          re.I)

DOCUMENT_SCHEMA = {
    "document_id": pl.String,
    "article_id": pl.String,
    "doc_type": pl.String,
    "parties": pl.List(pl.String),
    "status": pl.String,
    "document_name": pl.String,
    "name_is_proper": pl.Boolean,
    "sentence": pl.String,
    "sentence_start": pl.Int32,
    "sentence_end": pl.Int32,
    "extractor_version": pl.String,
    "rule": pl.String,
}


@dataclass
class _Doc:
    doc_type: str
    parties: list[str]
    status: str
    name: str
    start: int
    end: int
    rule: str
    specific: bool = False  # the name is a proper name ("the Paris Agreement"), not just a noun
    definite: bool = False  # "the agreement": may refer back to one named before
    inherit: int = 0  # the roles name no state ("the two countries"): take the parties of the
    #                   document reported just before, when there is one (this many at least)


@dataclass
class _Predicate:
    rule: str
    status: str
    start: int  # span of the verb phrase in the text
    end: int
    before_noun: bool
    quoted_source: bool = False  # '"...," a joint statement said': the statement speaks, no verb signs it


# ---- helpers ---------------------------------------------------------------------------------------------

def _clause_start(text: str, s_start: int, pos: int) -> int:
    """Start of the clause that holds `pos`: after the last clause break before it in the sentence."""
    lo = max(s_start, pos - 300)
    start = s_start
    for m in _CLAUSE_LEFT.finditer(text, lo, pos):
        if not _in_short_brackets(text, m):
            start = m.end()
    return start


def _clause_end(text: str, pos: int, s_end: int) -> int:
    for m in _CLAUSE_RIGHT.finditer(text, pos, min(s_end, pos + 250)):
        if not _in_short_brackets(text, m):
            return m.start()
    return s_end


def _in_short_brackets(text: str, m: re.Match) -> bool:
    """A bracket of a short closed aside ("a $40bn (£21bn) deal", "ONGC (the state firm)"): no
    clause break, the clause runs through it."""
    if m.group() == "(":
        close = text.find(")", m.end(), m.end() + 31)
        return close >= 0 and "(" not in text[m.end():close]
    if m.group() == ")":
        open_ = text.rfind("(", max(0, m.start() - 31), m.start())
        return open_ >= 0 and ")" not in text[open_ + 1:m.start()]
    return False


def _is_location(art: Article, m) -> bool:
    """A place of an event, not a party: "signed in Jeddah, Saudi Arabia", "talks at Camp David"."""
    before = art.text[max(0, m.start - 40):m.start]
    loc = _LOCATION_BEFORE.search(before)
    if loc and re.match(r"\s*in\b", before[loc.start():]) and _BODY_IN.search(art.text, max(0, m.start - 90), m.start):
        return False  # "the Ministry of Industry in the Kingdom of Saudi Arabia": whose body, not where
    if loc and _ROLE_AFTER.match(art.text, m.end):
        return False  # "the visiting U.S. president": a country word before an office names its holder's state
    return bool(loc)


def _is_organisation(art: Article, m) -> bool:
    """A country word inside an organisation's name or before a company noun: "Emirates" the airline,
    "Paris Club", "Chinese carmaker Geely", "U.S. dollars"."""
    after = art.text[m.end:m.end + 60]
    if _ORG_AFTER.match(after) or _MEDIATOR_AFTER.match(after):
        return True
    if _ORG_BEFORE.search(art.text[max(0, m.start - 30):m.start]):
        return True
    if m.kind in ("country", "demonym", "city") and art.in_firm_name(m):
        return True  # "Nissan Mexicana will invest ..." of "<Nissan Mexicana SA de CV>": a word of a firm's name
    if m.text == "Emirates" and not re.search(r"(?:United\s+Arab|the)\s+$", art.text[max(0, m.start - 14):m.start]):
        return True  # the airline (the state is "the Emirates" or "the United Arab Emirates")
    return False


_TOPIC_OF = re.compile(r"\b(?:on|about|over|regarding|concerning)\s+(?:the\s+)?(?:(?:future|status|question|issue|"
                       r"fate|return|sovereignty|handover)\s+of\s+(?:the\s+)?)?$", re.I)


def _states_in(art: Article, start: int, end: int, cities: bool = False, topics: bool = True) -> list[str]:
    """States filling a role span: countries, demonyms and people acting for a state, not places of
    the event nor words of an organisation's name; capital cities only where the role calls for
    a party ("between Tokyo and Seoul")."""
    out: list[str] = []
    kinds = ("country", "demonym", "city") if cities else ("country", "demonym")
    for m in art.matches_in(start, end, kinds):
        if not m.iso3 or _is_organisation(art, m):
            continue
        if m.kind == "city" and (m.text in ("Brussels",) or art.text[m.end:m.end + 2] == "'s"):
            continue
        if m.kind != "demonym" and _is_location(art, m):
            continue
        if not topics and _TOPIC_OF.search(art.text, max(start, m.start - 40), m.start):
            continue  # "Talks between China and Portugal on the future of Macao ...": what, not who
        if m.iso3 not in out:
            out.append(m.iso3)
    for a in art.actors.in_span(start, end):
        if a.iso3 and not a.international and a.iso3 not in out and not _is_location_span(art, a.start):
            out.append(a.iso3)
    # "the Department of Defense and Ukraine's Ministry of Defence signed" in the government's own release;
    # "LONDON - The Department of Trade and Industry said" in wire copy from a capital
    body = _HOME_BODY.search(art.text, start, end) or _US_AGENCY.search(art.text, start, end)
    home = (art.actors.home or _capital_dateline_state(art)) if body else None
    if home and home not in out and (body.re is _HOME_BODY or home == "USA"):
        out.append(home)
    return out


_HOME_BODY = re.compile(r"\b(?:[Tt]he\s+(?:U\.S\.\s+)?Department\s+of|[Tt]he\s+(?:U\.S\.\s+)?Secretary\s+of|[Tt]he\s+Administration|"
                        r"[Tt]he\s+(?:U\.S\.\s+)?(?:Treasury|State|Commerce|Energy|Defense|Agriculture|Justice|Labor|"
                        r"Transportation|Interior|War)\s+Department|"
                        r"USAID|NASA|EXIM|MCC|U\.S\.\s+(?:Agency|Department|Government|International\s+Development)|"
                        r"Millennium\s+Challenge|Development\s+Finance\s+Corporation)\b")


# the federal agencies a U.S. release or a Washington story names by their initials or short names
_US_AGENCY = re.compile(r"\b(?:USPTO|NIST|NOAA|NSF|EPA|FDA|USDA|USTR|DOE|DOD|DHS|FEMA|NRC|FAA|TSA|CDC|NIH|DFC|"
                        r"(?:U\.S\.\s+)?Patent\s+and\s+Trademark\s+Office|Federal\s+Aviation\s+Administration|"
                        r"Nuclear\s+Regulatory\s+Commission|Food\s+and\s+Drug\s+Administration|"
                        r"Environmental\s+Protection\s+Agency)\b")


def _capital_dateline_state(art: Article) -> str | None:
    """The state whose capital the wire dateline names ("LONDON, April 8 -"): a state body named
    without its state in such a story is that state's (a dateline elsewhere says nothing of whose)."""
    place = art.dateline_place()
    if place is None or not place.iso3 or place.kind != "city":
        return None
    return place.iso3 if art.gaz.capitals.get(place.iso3) in (place.text, place.text.title()) else None


def _is_location_span(art: Article, pos: int) -> bool:
    """An actor named as a place ("talks in Washington"); a person after a fronted place ("In
    Malaysia, President X signed") is the subject."""
    return bool(_LOCATION_BEFORE.search(art.text[max(0, pos - 40):pos])) and not art.text[max(0, pos - 2):pos] == ", "


def _role_spans(text: str, pos: int, limit: int) -> list[tuple[str, int, int]]:
    """"between A and B", "with A", "by A and B", "among A, B and C" phrases from `pos` to `limit`."""
    out = []
    for m in _ROLE_PREP.finditer(text, pos, limit):
        if out and _NEXT_PREDICATE.search(text, out[-1][2], m.start()):
            break  # "deals with A and B, issued statements with C and D": C and D are another predicate's
        prep = m.group("prep").lower()
        start_stop = m.end()
        if prep in ("between", "among", "amongst"):
            # "between Singapore's Agency for Science (A*STAR) and the U.S. Department of Energy"
            # (the "and" of the pair comes before the clause ends: "between the two countries, will
            # allow China ... and invest" has none)
            brk = re.compile(r",\s+(?!and\b|the\b|[A-Z])|[;:]").search(text, m.end(), limit)
            conj = re.compile(r"\s(?:and|&)\s").search(text, m.end(), brk.start() if brk else limit)
            start_stop = conj.end() if conj else m.end()
        stop = _ROLE_STOP.search(text, start_stop, limit)
        while stop is not None and _in_short_brackets(text, stop):
            # "with the Swiss Confederation (Switzerland) and the Principality of Liechtenstein": an aside
            stop = _ROLE_STOP.search(text, stop.end(), limit)
        end = stop.start() if stop else limit
        out.append((prep, m.end(), end))
        if prep in ("between", "among", "amongst"):
            break
    return out


_NAME_LEFT = re.compile(r"((?:(?:[A-Z][\w.’'\-/]*|\d{4}|of|on|for|and|de)\s+)*)$")
_NOT_NAME_WORD = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|" \
                 r"July|August|September|October|November|December|The|A|An)\b)"
_NAME_RIGHT = re.compile(r"(?:\s+(?:on|of|for|between)\s+(?:the\s+)?(?:" + _NOT_NAME_WORD + r"[A-Z][\w’'\-]*|and|of|the|for|on|in)"
                         r"(?:\s+(?:" + _NOT_NAME_WORD + r"[A-Z][\w’'\-]*|U\.S\.|and|of|the|for|on|in))*)")


def _document_name(text: str, start: int, end: int, s_start: int) -> tuple[str, bool]:
    """The document's name as written: a proper name around a capitalized noun ("the U.S.-Ukraine
    Bilateral Security Agreement", "Agreement on Reciprocal Trade"), else the noun with its
    lower-case modifiers ("free trade agreement"). The flag says whether it is a proper name."""
    word = text[start:end]
    if word[:1].isupper() and not word[:3].isupper():
        seg = text[max(s_start, start - 90):start]
        words = (_NAME_LEFT.search(seg).group(1) or "").split()
        while words and (not words[0][:1].isupper() or words[0] in ("The", "A", "An", "This", "That", "Under",
                                                                    "In", "On", "Its", "Their", "Our")):
            words.pop(0)
        left = start - len(seg) + seg.rfind(" ".join(words)) if words else start
        right = end
        mr = _NAME_RIGHT.match(text, end, min(len(text), end + 120))
        if mr:
            tail = re.sub(r"(?:\s+(?:and|of|the|for|on|in|between))+$", "", mr.group(0))
            if re.search(r"[A-Z]", tail):
                right = end + len(tail)
        name = re.sub(r"\s+", " ", text[left:right]).strip(" ,.")
        return name, len(name.split()) >= 2 and name.lower() not in _GENERIC_NAMES
    # (not the "s" of a possessive: "Monday's debt agreement" is a "debt agreement")
    mm = re.search(r"(?<![\w$£€'’])((?:[a-z][\w\-]*\s+){0,3})$", text[max(s_start, start - 40):start])
    mods: list[str] = []
    for w in reversed(mm.group(1).split() if mm else []):
        if w.lower() in _NOT_MODIFIERS or w.endswith(("ed", "ly")) and not w.endswith("-led"):
            break
        mods.insert(0, w)
    return " ".join(mods + [word]), False


# Names that only say what kind of document it is: no proper name (document_events group by proper names).
_GENERIC_NAMES = frozenset({"joint statement", "joint declaration", "joint communique", "joint communiqué",
                            "memorandum of understanding", "memoranda of understanding", "memorandum of cooperation",
                            "letter of intent", "declaration of intent",
                            "free trade agreement", "framework agreement", "action plan", "joint action plan",
                            "bilateral agreement", "trade agreement", "peace agreement", "peace treaty",
                            "statement of intent", "joint press release", "joint leaders statement"})
_NOT_MODIFIERS = frozenset("""a an the this that these those its their his her our to and or of on in at by with
signed sign signs will would new latest recent historic landmark two three four five six several other another
second first further separate also has have had was were is are be been been being""".split())


def _year_before_news(art: Article, seg: str) -> bool:
    """A year in the clause that dates the document before the year of publication (of an undated
    story: before the latest year it tells of, Article.news_year)."""
    if art.news_year is None:
        return False
    clean = _RANGE_YEAR.sub(" ", seg)
    for m in _YEAR.finditer(clean):
        if int(m.group(1)) < art.news_year:
            return True
    return False


def _month_long_before(art: Article, seg: str, planned: bool = False) -> bool:
    """A month named in the clause that lies two months or more before publication (a signing still
    to come is this year's month when it is later in the year: "are to sign ... in June" in April)."""
    if art.published is None:
        return bool(_LAST_MONTH_NAME.search(seg))
    for m in _MONTH.finditer(seg):
        name = m.group("m")
        month = MONTHS[name[:3].lower()]
        if _LAST_MONTH_NAME.match(m.group(0)):
            return True
        if name == "May" and not re.match(r"(?i:in|on|of|since|last|early|mid|late)\s", m.group(0)):
            continue
        back = (art.published.month - month) % 12
        if month > art.published.month and (planned or _CONTEXT_AHEAD.search(seg, max(0, m.start() - 80), m.start())):
            continue  # "will sign a fisheries agreement on June 12" in March: this year's June, ahead
        after = seg[m.end():m.end() + 12]
        explicit_year = re.match(r"\s*\d{0,2},?\s*((?:19|20)\d\d)", after)
        if explicit_year and int(explicit_year.group(1)) > art.published.year:
            continue
        if back >= 2 and not re.search(r"\b(?:next|this\s+coming|coming|until|by|in\s+early|from)\s*$",
                                       seg[max(0, m.start() - 12):m.start()]) and back <= 11:
            return True
    return False


_FRONTED_DATE = re.compile(r"\W*(?:On|By|Since)\s+(?P<m>" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s+"
                           r"(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)\s*,")
_FRONTED_MONTH_YEAR = re.compile(r"\W*(?:In|On|By|Since|Back\s+in)\s+(?:(?:early|mid|late)-?\s*)?"
                                 r"(?:" + "|".join(_MONTHS) + r")\s+(?:19|20)\d\d\s*,")
_FRONTED_YEAR = re.compile(r"\W*(?:In|By|Since|Back\s+in)\s+(?:(?:early|mid|late)-?\s*)?(1[89]\d\d|20\d\d)\s*,")


def _old_year_before(art: Article, head: str) -> bool:
    """A year five or more years before publication earlier in the sentence dates the story told."""
    if art.published is None:
        # an undated story: news is dated by its weekday, a sentence that opens with a month and
        # year ("On May 2004, Aguas Argentinas and the government signed ...") tells history
        return bool(_FRONTED_MONTH_YEAR.match(head))
    if any(int(m.group(1)) <= art.published.year - 5 for m in _YEAR.finditer(_RANGE_YEAR.sub(" ", head))):
        return True
    # "In 1984, after three months of talks, the U.S. reached accords with ...": a sentence that
    # opens with a past year tells history
    fronted = _FRONTED_YEAR.match(head)
    if fronted:
        return int(fronted.group(1)) < art.published.year
    # "On September 30, 2025, President Trump announced an agreement with Pfizer" in a December
    # release: a sentence that opens with a date weeks back tells what came before the news
    day = _FRONTED_DATE.match(head)
    if day:
        try:
            then = _dt.date(int(day.group("y")), MONTHS[day.group("m").lower()[:3]], int(day.group("d")))
        except ValueError:
            return False
        return (art.published - then).days > 7  # (GUIDELINES: signed this week, or as news)
    return False


_IN_MONTH_WORDS = r"in\s+(?P<m>" + "|".join(_MONTHS) + r")\b(?!\s+\d)"  # a month with no day
_IN_MONTH = re.compile(r"^\s*(?:here\s+)?" + _IN_MONTH_WORDS)


def _earlier_month(art: Article, after_participle: str) -> bool:
    """"a contract signed in February" in a story of March 13: a month before the story's own
    (with no day: a date of this week would name one), cited rather than reported."""
    m = _IN_MONTH.match(after_participle)
    if not m or art.published is None:
        return False
    return _MONTHS.index(m.group("m")) + 1 < art.published.month


_IN_MONTH_ANYWHERE = re.compile(r"\b" + _IN_MONTH_WORDS)


def _earlier_month_framed(art: Article, head: str) -> bool:
    """A signing framed by a month before the story's own ("During his trip to Asia in October,
    President Trump signed ..." in a November fact sheet): recalled, not reported."""
    if art.published is None:
        return False
    return any(_MONTHS.index(m.group("m")) + 1 < art.published.month for m in _IN_MONTH_ANYWHERE.finditer(head))


def _background(art: Article, before: str, clause: str, dated: str, planned: bool = False) -> bool:
    """Is the document cited as background rather than reported as news?"""
    if _BACKGROUND.search(before) and not _SIGNED_LATELY.search(dated):
        return True  # "under an agreement signed here Saturday": the basis, but signed as news
    if _CONCESSION.search(before) and not _SIGNED_LATELY.search(dated) and not _title_signed(art):
        # "Although the SEC recently signed an accord with Britain, ...": granted in passing, not
        # the news (unless the title reports a signing)
        return True
    pluperfect = _PLUPERFECT.search(clause)
    if pluperfect and not _REPORTING.search(clause[:pluperfect.start()]) and not _REPORTED_PLUPERFECT.search(before) \
            or _IN_FORCE.search(clause):
        return True
    if _LONG_AGO.search(clause) or _AGO_JUST_BEFORE.search(before):
        return True
    if _year_before_news(art, dated):
        return True
    if _month_long_before(art, dated, planned):
        return True
    return False


# the noun names the kind of many documents the news is one of: "the latest in a string of deals"
_ONE_OF_SERIES = re.compile(r"\b(?:latest|newest|last|one|another|part)\s+(?:in|of)\s+(?:a|an|the)\s+(?:long\s+|growing\s+)?"
                            r"(?:string|series|line|run|spate|succession|chain)\s+of\s+(?:[\w\-]+\s+){0,3}$", re.I)
# a running count: "has so far concluded eight bilateral accords" (with creditors one by one)
_RUNNING_TALLY = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far|up\s+to\s+now|until\s+now)\b[^.;:]*?\b(?:two|three|four|"
                            r"five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:[\w\-]+\s+){0,2}$", re.I)
# (an indefinite document only: "although the agreements were signed in a midtown hotel" speaks of
# the story's own document)
_CONCESSION = re.compile(r"\b(?:although|though|despite(?:\s+having)?|in\s+spite\s+of)\s+(?:[\w\-’'$.,]+\s+){0,5}?"
                         r"(?:a|an)\s+(?:[\w\-’'$.,]+\s+){0,3}$", re.I)
_BE_AUX = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|to\s+be|being)\b")
_MONTH_OR_MORE_AGO = re.compile(r"\b(?:last\s+(?:month|year)|\w+\s+(?:months|years)\s+ago|a\s+(?:month|year)\s+ago|"
                                r"earlier\s+this\s+year)\b", re.I)
_SIGNED_LATELY = re.compile(r"\b(?:signed|concluded|reached|inked|initial(?:l)?ed)\s+(?:here\s+|today\s+|on\s+)?"
                            r"(?:today|yesterday|tonight|this\s+week|on\s+\w+day|(?:mon|tues|wednes|thurs|fri|satur|"
                            r"sun)day|earlier\s+today|last\s+night)\b", re.I)
_DATE_STOP = re.compile(r"[;:]|,\s(?!(?:19|20)\d\d\b)|\s[-–—]\s|\b(?:which|who|while|but|although)\b")  # "February, 1986"
_PARTICIPLE = re.compile(r"^,?\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:signed|concluded|reached|agreed|inked|adopted|"
                         r"initial(?:l)?ed|sealed|struck)\b")


def _dated_span(text: str, ne: int, s_end: int) -> str:
    """The words after the noun that can date its signing: up to the next clause break, and on
    through a participle clause ("the MOU, signed in May 2024, ...")."""
    m = _DATE_STOP.search(text, ne, s_end)
    end = m.start() if m else s_end
    if m and _PARTICIPLE.match(text[m.start():m.start() + 40]):
        m2 = _DATE_STOP.search(text, m.end(), s_end)
        end = m2.start() if m2 else s_end
    return text[ne:end]


_HYPHENATED = re.compile(r"\w+(?:-\w+)+")
# what a statement's speakers "issue" or "say in": a statement, not a pact ("as pledged in the
# Paris accord, analysts said" cites an accord; "In a joint statement, A and B said" issues one)
# ("Joint Trade Statements": a joint paper named by its subject)
_STATEMENT_NOUN = re.compile(r"(?:joint\s+(?:[\w\-]+\s+){0,3}?)?(?:statements?|declarations?|communiqu[eé]s?|press\s+releases?)\b",
                             re.I)
_PLEDGED_IN = re.compile(r"\b(?:pledged|promised|agreed|set\s+out|laid\s+down|stated|spelled\s+out)\s+in\s+(?:a|an|their|the)\s+"
                         r"(?:[\w\-]+\s+){0,2}$", re.I)
# a statement that speaks: '"...," a joint statement said', "A joint statement issued after the talks said"
_QUOTED_SOURCE_BEFORE = re.compile(r"(?:^|[,.\"”]\s*|\n)(?:a|an|the|their)\s+$", re.I)
_SOURCE_SAID_AFTER = re.compile(r"\s+(?:issued\s+[^,.;\"]{0,40}?\s+)?(?P<verb>said|says|stated|states|added|noted)\b")
_JOINT_SPEECH_BEFORE = re.compile(r"\b(?i:in|through)\s+(?:a|an|their|the)\s+(?:[\w\-]+\s+){0,2}$")
_JOINT_SPEECH_AFTER = re.compile(r"\s*(?:issued\s+[^,.;]{0,40}?)?,\s+(?:[^,.;]{2,120}?)\s+(?P<verb>said|say|says|declared|"
                                 r"stated|agreed|pledged|announced|reaffirmed|affirmed|noted|vowed|committed|called|"
                                 r"expressed|urged|welcomed|condemned)\b")
_NOMINAL_VERBS = r"signing|signature|conclusion|adoption|finali[sz]ation|renewal|initial(?:l)?ing"
_NOMINAL_VERB = re.compile(_NOMINAL_VERBS, re.I)
_SIGNING_OWNER = re.compile(r"(?<![\w.])(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}['’]s\s+$")
_NOMINAL = re.compile(rf"\b(?P<verb>{_NOMINAL_VERBS})\s+"
                      r"of\s+(?:the|a|an|this|two|three|several|its|their)?\s*(?:[\w\-’'.]+\s+){0,4}$", re.I)
# a nominal signing that opens an item of a semicolon list, of bare plurals ("finalization of offtake
# arrangements"): a kind of measure among others, no document of its own
_LIST_ITEM_BEFORE = re.compile(r";\s*(?:and\s+|or\s+)?$")
_NOMINAL_DETERMINED = re.compile(r"\bof\s+(?:the|a|an|this|its|their|two|three|several)\b", re.I)
_NOMINAL_AHEAD = re.compile(r"\b(?:tomorrow|upcoming|forthcoming|look(?:s|ed|ing)?\s+forward|will|next|planned|propos\w*|"
                            # a condition on a conclusion still to come: "subject to the successful conclusion of"
                            r"subject\s+to|pending|conditional\s+(?:on|upon)|contingent\s+(?:on|upon)|successful|"
                            r"discuss\w*|consider\w*|"
                            r"expected|scheduled|ahead\s+of|prior\s+to|before)\b", re.I)


# an announcement that dates something else: "This comes days after President Trump announced ..."
_RECALLED_ANNOUNCEMENT = re.compile(r"\b(?:after|since|following)\s+(?:[\w.\-]+\s+){0,5}?announc\w*$", re.I)
# the announcing verb of a context ("announced the U.S.-UK trade agreement"), the noun up to 8 words on
_ANNOUNCED_BEFORE = re.compile(r"\bannounc\w*(?=\s+(?:[\w\-.’']+\s+){0,7}$)", re.I)
# the noun's signature ahead, right after it: "an agreement to be signed next month", "... that will be signed"
_SIGNING_AFTER_NOUN = re.compile(r"(?:\s+(?:[\w\-]+\s+){0,4}?)?,?\s*(?:(?:that|which)\s+)?(?:(?:is|are|will\s+be|would\s+be|"
                                 r"is\s+to\s+be|are\s+to\s+be|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to\s+be)\s+|"
                                 r"to\s+be\s+|due\s+to\s+be\s+)(?:formally\s+)?signed\b", re.I)


def _find_predicate(text: str, s_start: int, s_end: int, ns: int, ne: int, clause_lo: int, clause_hi: int,
                    noun_before: str) -> _Predicate | None:
    """The signing verb that governs the noun at [ns, ne), if any."""
    # the noun after its verb: "signed a free trade agreement", "will sign several documents"
    best = None
    for m in _VERB_BEFORE.finditer(text, max(clause_lo, ns - 90), ns):
        if re.search(r"(?:\b(?:a|an|the)\s+(?:previously\s+|already\s+|recently\s+)?|\b(?:mutually|newly)\s+)$",
                     text[max(0, m.start() - 24):m.start()]) \
                and m.group("verb").lower().endswith("ed"):
            continue  # "a mutually agreed protocol", "a previously signed deal": an adjective
        gap = _HYPHENATED.sub("x", text[m.end():ns])  # "a first-of-its-kind agreement"
        if len(gap.split()) > 9 or re.search(r"[;:]|\b(?:to\s+[a-z]+|on|over|about|under|which|that|who|but|"
                                              r"while|after|before|in|at|for|from|by|with|against|into)\b", gap):
            continue
        if re.search(r",", gap) and not re.search(r"\band\b", gap):
            continue
        if re.search(r"\bof\b", gap) and not re.search(r"\b(?:number|series|package|set|raft|string|pair|couple|"
                                                        r"total|range|host|slew|batch|dozens|hundreds|variety|array|handful|dozen|multitude)\s+of\b", gap):
            continue
        if re.match(r"(?:issu|releas)", m.group("verb"), re.I) and not _STATEMENT_NOUN.match(text, ns):
            continue  # "cited issues such as a trade pact": one issues or releases statements, not pacts
        if _MEETING_VERB.match(m.group("verb")) and not _meeting_subject(text, s_start, clause_lo, m.start()):
            continue
        if re.match(r"(?:reached|signed|concluded|agreed|struck|sealed)", m.group("verb"), re.I) and re.search(
                r"\bsince\s+(?:[^.;:]|(?<=\b[A-Z])\.)*$", text[max(s_start, m.start() - 150):m.start()]):
            continue  # "moving in a narrow range since finance ministers of ... reached the accord": its time, recalled
        if re.match(r"announc", m.group("verb"), re.I) and _RECALLED_ANNOUNCEMENT.search(
                text, max(s_start, m.start() - 60), m.end()):
            continue  # "This comes days after President Trump announced the U.S.-UK trade agreement": recalled
        best = m
    if best is not None:
        verb = best.group("verb").lower()
        ahead = text[max(clause_lo, best.start() - 40):best.start()]
        if re.match(r"(?:issu|releas)", verb):
            rule = RULE_ISSUED
        else:
            rule = RULE_SIGNED
        status = "signed"
        if _PLANNED_BEFORE_VERB.search(ahead) or re.match(r"(?:sign|conclude|ink|seal|adopt|strike|finali[sz]e|"
                                                          r"reach|agree|issue|release|forge|extend|renew)$", verb) \
                and re.search(r"\b(?:will|shall|to|would)\s+(?:\w+\s+){0,2}$", ahead):
            rule, status = RULE_PLANNED, "planned"
        elif verb in ("sign", "conclude", "ink", "seal", "adopt", "issue", "strike", "clinch", "finalize",
                      "finalise", "reach", "agree", "agree to", "agree on", "agree upon", "extend", "renew",
                      "forge", "approve", "release") and not re.search(r"\b(?:did|do|does|jointly|today|and)\s*$",
                                                                         ahead):
            # a bare present or infinitive without "will/to": an intention at most ("seek to sign")
            if re.search(r"\b(?:will|shall|to|would|should|must|can|could|may|might)\s+(?:\w+\s+){0,2}$", ahead):
                rule, status = RULE_PLANNED, "planned"
            elif re.search(r"\b(?:when|once|until|unless|before|after|if)\s+(?:[\w\-]+\s+){1,6}$",
                           text[max(s_start, best.start() - 60):best.start()]):  # the clause starts after "when"
                rule, status = RULE_PLANNED, "planned"  # "effective when it and the government sign the agreement"
        elif re.search(r"\band\s*$", ahead) and re.match(r"(?:sign|conclude|adopt|agree|issue|reach|approve)$", verb) and \
                re.search(r"\b(?:will|shall|would)\s", text[max(clause_lo, best.start() - 160):best.start()]):
            # "the summit will seek to overcome divisions ... and agree a Declaration": the modal governs both verbs
            rule, status = RULE_PLANNED, "planned"
        elif verb == "signing" and (re.search(r"\b(?:for|toward|to|at|before)\s+$", ahead) or re.search(
                r"\b(?:talks|negotiations|discussions|consultations)\s+(?:on|about|over|toward)\s+$", ahead, re.I)):
            rule, status = RULE_PLANNED, "planned"  # "agreed to formal talks on signing an economic pact"
        if status == "planned" and verb == "sign" and re.search(
                r"\b(?:hosted|convened|gathered|brought\s+together|welcomed|joined)\s+(?:(?!(?:agreed|decided|expected|"
                r"planned|which|who|where|will|would)\b)[^.;:\s]+\s+){1,14}?to\s+(?:formally\s+)?$",
                text[max(s_start, best.start() - 140):best.start()]):
            rule, status = RULE_SIGNED, "signed"  # "hosted the two Prime Ministers to sign the accords": done
        if re.match(r"agree\w*\s+to$", verb) and re.match(
                r"\s*(?:develop|launch|negotiate|pursue|work|explore|begin|start|open|hold|consider|study|discuss|"
                r"seek|prepare|draft|formal\s+talks|talks|moderni[sz]e|amend|update|revise|renegotiate|upgrade|"
                r"overhaul|rewrite|review)\b", text[best.end():ns], re.I):
            # "agreed to develop and launch a ... Deal", "agreed to modernize the Air Transport
            # Agreement": the document (or its new text) is still to come
            rule, status = RULE_PLANNED, "planned"
        if status == "planned" and re.search(r"\b(?:started|began|begun|have\s+begun|has\s+begun)\s+to\s+$", ahead):
            rule, status = RULE_SIGNED, "signed"  # "officials and the banks started to sign the agreements"
        if status == "planned" and verb.startswith("announc") and re.search(
                r"\b(?:held|called|convened|gave|appeared|met)\b[^.;]{0,80}\bto\s+$", text[max(s_start, best.start() - 100):best.start()]):
            # "a news conference he held in New York on Friday to announce the rescheduling
            # agreement": the purpose of an event that took place, the agreement made
            rule, status = RULE_SIGNED, "signed"
        if status == "signed" and not re.match(r"(?:sign|ink|initial|seal)", verb) and _SIGNING_AFTER_NOUN.match(text, ne):
            # "reached an agreement to be signed next month", "announced a deal that will be signed
            # in May": agreed or made known, its signature still to come
            rule, status = RULE_PLANNED, "planned"
        return _Predicate(rule, status, best.start(), best.end(), True)
    # a signing named by a noun: "welcomed the signing of the agreement", "tomorrow's signing of a treaty"
    nominal = _NOMINAL.search(text, max(clause_lo, ns - 90), ns)
    if nominal and _LIST_ITEM_BEFORE.search(text, max(s_start, nominal.start() - 8), nominal.start()) and \
            not _NOMINAL_DETERMINED.search(nominal.group()) and text[ne - 1:ne] == "s":
        return None  # "...; finalization of offtake arrangements; insurance": a kind of measure in a list, no document
    if nominal:
        ahead = text[max(clause_lo, nominal.start() - 60):nominal.start()]
        planned = _NOMINAL_AHEAD.search(ahead)
        return _Predicate(RULE_PLANNED if planned else RULE_SIGNED, "planned" if planned else "signed",
                          nominal.start(), nominal.start() + len(nominal.group("verb")), True)
    # "In a joint statement, Chirac and Reagan said ...": the statement issued by the speakers
    if _JOINT_SPEECH_BEFORE.search(noun_before) and _STATEMENT_NOUN.match(text, ns) and \
            not _PLEDGED_IN.search(noun_before):
        speech = _JOINT_SPEECH_AFTER.match(text, ne, min(s_end, ne + 160))
        if speech:
            return _Predicate(RULE_ISSUED, "signed", speech.start("verb"),
                              speech.end("verb"), False)
    # '"...," a joint statement said': the statement the meeting issued, quoted as the source
    if text[ns:ne].lower().startswith("joint") and _QUOTED_SOURCE_BEFORE.search(noun_before):
        said = _SOURCE_SAID_AFTER.match(text, ne, min(s_end, ne + 60))
        if said:
            return _Predicate(RULE_ISSUED, "signed", said.start("verb"), said.end("verb"), False, quoted_source=True)
    # a relative clause that plans the signing: "the agreement that we are about to sign with A"
    m = _RELATIVE_PLANNED.match(text, ne, min(s_end, ne + 90))
    if m:
        return _Predicate(RULE_PLANNED, "planned", m.start("verb"), m.end("verb"), False)
    # a participle after the noun: "the accord signed on Tuesday", "the deal Venezuela signed"
    m = _VERB_AFTER.match(text[ne:min(s_end, ne + 90)])
    if m and re.search(r"\band\b", m.group("signers")) and not re.search(r"\b(?:that|which)\s", m.group("gap")):
        m = None  # "As part of that agreement, Japan and West Germany agreed to ...": a new clause, not the signers
    if m and not re.search(r"[;:]", m.group("gap")):
        gap = m.group("gap")
        verb_start = ne + m.start("verb")
        planned = re.search(r"\b(?:will\s+be|would\s+be|to\s+be|being|expected\s+to\s+be|due\s+to\s+be|set\s+to\s+be|"
                            r"scheduled\s+to\s+be|must|yet\s+to\s+be|needs?\s+to\s+be)\b", gap) or \
            (_CLAUSE_AHEAD.search(text, max(s_start, ns - 60), ne + m.end("verb"))  # "after the agreements are signed"
             and not _CONDITION_BEFORE.search(noun_before))  # ("after an accord is reached": a condition, below)
        if planned and m.group("verb") == "ratified" and re.search(
                r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:signed|initial(?:l)?ed|concluded)\b", text[ne:s_end]):
            planned = None  # "the agreement, which has yet to be ratified by parliament, was signed last night"
        return _Predicate(RULE_PLANNED if planned else RULE_SIGNED_PASSIVE, "planned" if planned else "signed",
                          verb_start, ne + m.end("verb"), False)
    return None


_FIRST_PERSON = re.compile(r"\b(?:we|We|I)\b")
_QUOTES = "\"“”"
_SAID = re.compile(r"\b(?:said|says|told|added|declared)\b")


def _quoted_speaker(art: Article, s_start: int, s_end: int, pos: int) -> list[str]:
    """The state of the official who says the quotation that holds `pos`: named after the
    quotation with a reporting verb ("...," the Indonesian President said) or before it
    (X said: "..."). Empty when `pos` is not inside a quotation or nobody is named."""
    text = art.text
    opening = max(text.rfind(q, s_start, pos) for q in _QUOTES)
    if opening < 0 or sum(text.count(q, s_start, pos) for q in _QUOTES) % 2 == 0:
        return []
    closing = min((i for i in (text.find(q, pos, s_end) for q in _QUOTES) if i >= 0), default=-1)
    if closing >= 0:
        after = [a for a in art.actors.in_span(closing, min(s_end, closing + 80)) if a.iso3 and not a.international]
        if after and _SAID.search(text, closing, min(s_end, after[0].end + 20)):
            return [after[0].iso3]
    before = [a for a in art.actors.in_span(max(s_start, opening - 80), opening) if a.iso3 and not a.international]
    if before and _SAID.search(text, before[-1].end, opening):
        return [before[-1].iso3]
    return []


def _parties_for(art: Article, s_start: int, s_end: int, ns: int, ne: int, pred: _Predicate | None,
                 clause_lo: int, clause_hi: int, main_clause: bool = False) -> tuple[list[str], list[list[str]], bool, int]:
    """State parties from the roles of the signing clause.

    Returns (parties, subject groups, roles named only non-states, anaphora): subject groups are
    the states of a coordinated subject ("A, B and C signed ... with D"), for one row per pair;
    anaphora is how many parties a role refers back to ("the two countries": 2, "the
    government": 1), 0 when none."""
    text = art.text
    parties: list[str] = []
    subject: list[str] = []
    counterpart: list[str] = []
    role_text = ""

    def add(xs: list[str], into: list[str]) -> None:
        for x in xs:
            if x not in into:
                into.append(x)

    # the noun's own modifiers: "the US-Ukraine agreement", "a Sino-Russian pact"
    det = re.search(r"(?:\b(?:the|a|an|its|their|this|that|new|two|eight|several)\s+)?((?:[\w.'’\-/]+\s+){0,4})$",
                    text[max(clause_lo, ns - 60):ns])
    mod_start = ns - len(det.group(1)) if det else ns
    add(_states_in(art, mod_start, ns), parties)
    role_text += text[mod_start:ns]
    if pred is not None and pred.before_noun:
        # the subject of the signing verb: from the clause start to the verb
        subj_start = _clause_start(text, s_start, pred.start)
        fronted = _FRONTED_OCCASION.match(text, subj_start, pred.start)
        if fronted:
            # "Today, on the heels of the new deal with the United Kingdom, President Trump reached
            # an agreement with China": the occasion before the subject names no signatory
            subj_start = fronted.end()
        owner = _SIGNING_OWNER.search(text, subj_start, pred.start)
        if owner and _NOMINAL_VERB.match(text, pred.start):
            # "President Biden welcomed Turkey's conclusion of a trilateral agreement with Finland and Sweden":
            # the signing's owner signs, not the one who welcomes it
            subj_start = owner.start()
        hosted = _HOSTED_TO_SIGN.search(text, subj_start, pred.start)
        if hosted:
            # "Trump and Anwar hosted the Prime Ministers of Thailand and Cambodia to sign the
            # accords": the hosts witness, the guests sign
            subj_start = hosted.end()
        subj_end = pred.start
        if (comma := _COORDINATED_BEFORE.search(text, subj_start, pred.start)) is not None and \
                (first_verb := _FIRST_PAST_VERB.search(text, subj_start, comma.start())) is not None and \
                not _ASIDE_OPENS.match(text, text.rfind(",", subj_start, first_verb.start()) + 1 or subj_start):
            # (not an aside's participle: "We, the Prime Ministers of A and B, as witnessed by C, signed")
            # "Trump brokered the accords between Thailand and Cambodia, secured trade deals with Malaysia and
            # Cambodia": a predicate coordinated after a comma has the sentence's subject (after any fronted
            # phrase: "Today in Kuala Lumpur, President X brokered"), not the objects of the one before it
            subj_start = max(subj_start, text.rfind(",", subj_start, first_verb.start()) + 1)
            subj_end = first_verb.start()
        # "We, the Prime Ministers of A and B, as witnessed by the President of C, signed": a
        # witness of the signing is no party
        add(_states_outside_witnesses(art, subj_start, subj_end, topics=False), subject)
        if not subject and re.search(r"\b(?:I|[Ww]e)\s+(?:[^,;.]{0,140}?\s+and\s+)?(?:\w+\s+){0,2}$",
                                     text[subj_start:pred.start]):
            # "we will sign ...," the Indonesian President said: the speaker's state; "I have
            # secured trade deals with ..." in the President's message: the publisher's
            add(_quoted_speaker(art, s_start, s_end, pred.start) or
                ([art.actors.home] if art.actors.home else []), subject)
        if not subject and _UNNAMED_SUBJECT.search(text, subj_start, pred.start):
            # "Last month, rubber importing and exporting countries adopted a new agreement": the
            # signatories are states the text does not name
            return [], [], True, 0
        if not subject and _FRONTED_GERUND.fullmatch(text, subj_start, pred.start):
            # "By signing the agreement on Tuesday, the prime ministers of A, B and C have ...": the
            # signatories are the subject of the main clause after the comma
            comma = text.find(",", ne, s_end)
            if comma >= 0:
                verb = _MAIN_VERB.search(text, comma, min(s_end, comma + 160))
                add(_states_in(art, comma, verb.start() if verb else min(s_end, comma + 160)), subject)
        if not subject and _IT_SUBJECT.fullmatch(text, subj_start, pred.start):
            reporter = _REPORTED_BEFORE.search(text, max(s_start, subj_start - 40), subj_start)
            rep_lo = _clause_start(text, s_start, reporter.start()) if reporter else 0
            if reporter and not ((_COMPANY.search(text, rep_lo, reporter.start()) or _TICKER.search(text, rep_lo, reporter.start()))
                                 and not _GOV_STRICT.search(_public(text[rep_lo:reporter.start()]))):
                # "Britain said it had concluded a memorandum with Japan": "it" is the one who reports
                # the signing, the subject of the reporting verb ("French state-owned group Pechiney
                # said it has signed": a firm, whose home is no party)
                add(_states_outside_witnesses(art, rep_lo, reporter.start(), topics=False), subject)
        if not subject and _THE_GOVERNMENT_SUBJECT.fullmatch(text, subj_start, pred.start) and \
                not art.actors.home:
            # "CARACAS - ... The government last week reached agreement with its bank advisory
            # committee": in wire copy, the government of the story's own state
            own = _capital_dateline_state(art)
            title = _title_states(art)
            if own and (not title or title == [own]) or not own and len(title) == 1:
                subject.append(own or title[0])
        if not subject and _PRONOUN_SUBJECT.fullmatch(text[subj_start:pred.start]):
            # "He also signed agreements with A and B": the person the sentences before speak of
            prior = [a for a in art.actors.before(subj_start, 3) if a.iso3 and not a.international
                     and subj_start - a.end < 400]
            if prior:
                subject.append(prior[-1].iso3)
        role_text += " " + text[subj_start:pred.start]
        after_from = ne
    elif pred is not None:
        # "the accord Venezuela signed": the words between noun and verb name the signatory
        add(_states_in(art, ne, pred.start), subject)
        if not subject and _FIRST_PERSON.search(text, ne, pred.start):
            # "the agreement that we are about to sign with Australia," the Indonesian President said
            add(_quoted_speaker(art, s_start, s_end, ne), subject)
        role_text += " " + text[ne:pred.start]
        after_from = pred.end
    else:
        after_from = ne
    limit = min(s_end, max(clause_hi, after_from + 160))
    hard = _NEW_CLAUSE.search(text, after_from, limit)
    if hard:
        limit = hard.start()  # ", and there was also an agreement with Venezuela": another document's roles
    between = False
    non_state_unnamed = False
    trade = _TRADE_PURPOSE.match(text, after_from, limit)
    if trade and pred is not None and pred.before_noun and subject:
        # "signed a protocol to buy asbestos from Zimbabwe": the other side of a supply deal
        stop = _ROLE_STOP.search(text, trade.end(), limit)
        add([m.iso3 for m in art.matches_in(trade.end(), stop.start() if stop else limit, ("country", "demonym"))
             if m.iso3 and not _is_organisation(art, m)], counterpart)
    with_role = False
    for prep, a, b in _role_spans(text, after_from, limit):
        if prep == "by" and (pred is None or pred.before_noun):
            continue  # "by 2020", "by the leaders" outside a passive
        add(_states_in(art, a, b, cities=True), counterpart)
        role_text += " " + text[a:b]
        with_role = with_role or prep == "with"
        if prep in ("between", "among", "amongst"):
            between = True
            if _UNNAMED_STATES.match(text, a, b):
                non_state_unnamed = True  # "peace agreements between countries marred by conflict": whose?
            break
        if prep == "with" and _PARTNERS_OF.match(text, a, b):
            non_state_unnamed = True  # "trade agreements with major U.S. trading partners": none named
        if prep == "by" and _UNNAMED_STATES.match(text, a, b) and not _states_in(art, a, b):
            non_state_unnamed = True  # "an agreement reached last weekend by tin producing countries"
        if prep == "with" and _PLURAL_EACH.match(text[ns:ne]) and _UNNAMED_STATES.match(text, a, b) and \
                not _states_in(art, a, b):
            non_state_unnamed = True  # "over 20 new trade deals with major world partners": none in particular
    if non_state_unnamed:
        return [], [], True, 0  # the parties are "countries", unnamed: nobody to record
    if not counterpart and not between and (topic := _PAIR_TOPIC.match(text, ne, limit)):
        # "signed a deal on China-UK tourism": the pair that names what the document covers is its sides
        pair = [m for m in art.matches_in(topic.end(), min(limit, topic.end() + 40), ("country", "demonym"))
                if m.iso3][:2]
        if len(pair) == 2 and re.fullmatch(r"\s*[-–]\s*", text[pair[0].end:pair[1].start]) and pair[0].iso3 != pair[1].iso3:
            add([pair[0].iso3, pair[1].iso3], counterpart)
    if pred is None and not between and not subject:
        # no signing verb: the actors of the clause ("the United States would offer a draft treaty"),
        # of the main clause for a future-time clause ("Egypt will ... after the agreement is signed")
        head = s_start if main_clause else _clause_start(text, s_start, mod_start)
        add(_states_in(art, head, mod_start), subject)
        role_text += " " + text[head:mod_start]
    add(subject, parties)
    add(counterpart, parties)
    home = art.actors.home
    if home and with_role and not subject and counterpart and home not in counterpart and pred is not None \
            and not pred.before_noun:
        # "Through deals reached today with Saudi Arabia, President Trump ..." in the White House's
        # own release: the other side of a deal "with" a state is the publisher's government
        parties.append(home)
    anaphora = 0
    non_state_pronoun = False
    am = _ANAPHORIC_PARTIES.search(role_text)
    if am:
        anaphora = 1 if re.search(r"\bthe\s+(?:government|ministry|president|prime\s+minister|authorities|"
                                  r"administration)\b", am.group(0), re.I) else 2
        if re.fullmatch(r"they|we", am.group(0), re.I):
            # a pronoun: what it stands for is in the sentence head, else in the sentence before
            head = text[s_start:ns]
            prior = head if (_COMPANY.search(head) or _GOV_STRICT.search(head)) else text[max(0, s_start - 200):ns]
            if _COMPANY.search(prior) and not _GOV_STRICT.search(prior):
                anaphora = 0
                non_state_pronoun = True
    non_state = non_state_unnamed or non_state_pronoun or bool(_COMPANY.search(role_text)) and \
        not _GOV_STRICT.search(_public(role_text))
    if not anaphora and not parties and _COMPANY.search(text[max(clause_lo, ns - 200):ns]):
        non_state = True
    groups: list[list[str]] = []
    if len(subject) >= 2 and len(counterpart) == 1 and counterpart[0] not in subject:
        groups = [[s, counterpart[0]] for s in subject]
    elif len(subject) == 1 and len(counterpart) >= 2 and subject[0] not in counterpart and not between:
        groups = [[subject[0], c] for c in counterpart]  # "the US signed agreements with A, B and C"
    elif len(subject) >= 3 and not counterpart and pred is not None and pred.before_noun and \
            _ONE_AND_LIST.match(text, _clause_start(text, s_start, pred.start), pred.start):
        # "the United States and El Salvador, Argentina, Ecuador, and Guatemala will finalize the
        # Agreements": the first state with each of the list
        groups = [[subject[0], c] for c in subject[1:]]
    elif not subject and len(counterpart) >= 2 and with_role and _PLURAL_EACH.match(text[ns:ne].split()[-1]) and \
            _BILATERAL.search(text, max(clause_lo, ns - 20), ne):
        # "So far, bilateral accords have been reached with the U.K. and France" under "NIGERIA TO
        # ISSUE ... NOTES": one accord of the story's state with each
        own = [t for t in _title_states(art) if t not in counterpart]
        if len(own) == 1:
            groups = [[own[0], c] for c in counterpart]
            if own[0] not in parties:
                parties.insert(0, own[0])
    if not groups and not subject and len(counterpart) >= 2 and with_role and not between and pred is not None and \
            not pred.before_noun and _PLURAL_EACH.match(text[ns:ne].split()[-1]) and \
            (listed := _with_list(art, after_from, limit)) is not None and sorted(listed) == sorted(counterpart):
        # "Financing agreements were reached with Chile and Venezuela": one with each (and with the publisher
        # where its release reports them)
        own_side = [p for p in parties if p not in counterpart]
        groups = [own_side + [c] for c in counterpart]
    return parties, groups, non_state, anaphora


# a document's subject named by a pair of states: "a deal on China-UK tourism", "an accord covering US-Mexico trade"
_PAIR_TOPIC = re.compile(r"\s+(?:on|over|for|covering|concerning|to\s+(?:boost|promote|expand|increase))\s+(?:the\s+|future\s+)?(?=[A-Z])")


def _with_list(art: Article, lo: int, hi: int) -> list[str] | None:
    """The states of one coordinated list right after "with" ("with Chile, Peru and Venezuela"), None when
    anything else stands between them."""
    at = art.text.find(" with ", lo, hi)
    if at < 0:
        return None
    states = [m for m in art.matches_in(at + 6, hi, ("country",)) if m.iso3]
    if not states or not re.fullmatch(r"\s*(?:the\s+)?", art.text[at + 6:states[0].start]):
        return None
    out = [states[0].iso3]
    for a, b in zip(states, states[1:]):
        if not LIST_GAP.fullmatch(art.text, a.end, b.start):
            break
        out.append(b.iso3)
    return out


# "the United States and A, B, and C": one state, then a list (its first "and" before any comma)
_ONE_AND_LIST = re.compile(r"\s*(?:(?:In|On|At|During|Over|By|Today|Tomorrow|This|Later|Earlier)\b[^,;]*,\s+)?"
                           r"[^,;]*?\band\s+[^,;]+,\s+[^,;]+,")
# a publisher's praise of its own leader's deals: "has once again secured a historic deal"
_ACCLAIM = re.compile(r"\b(?:once\s+again|again|yet\s+another|another|historic|biggest|best|greatest|"
                      r"record-breaking|dealmaker)\b", re.I)
# what a deal is for, done by a named firm: "a deal worth 1bn euros for Airbus to sell 23 planes"
_FIRM_DEAL_AFTER = re.compile(r"\s+(?:worth\s+(?:[^,;:()]|\([^)]{0,40}\)){1,80}?\s+)?for\s+(?P<firm>(?:[A-Z][\w&\-]*\s+){1,3})to\s+"
                              r"(?:sell|buy|supply|build|deliver|purchase|provide|develop|operate|manufacture)\b")
_LOCAL_GOVERNMENT = re.compile(r"\b(?:aldermen|alderman|city\s+council|councill?ors?|mayor|municipality|"
                               r"[Cc]ity\s+of\s+[A-Z]\w+)\b")
_HEDGED_AFTER = re.compile(r"[^.;]{0,60}?\b(?:(?:less|more|not)\s+certain|uncertain|unlikely|in\s+doubt|doubtful|"
                           r"in\s+question|in\s+jeopardy)\b", re.I)
# an indefinite document in a clause of condition or time to come: "after an accord is reached"
_CONDITION_BEFORE = re.compile(r"\b(?:after|once|until|unless|if|when|before|pending)\s+(?:an?|any)\s+(?:[\w\-]+\s+){0,3}$",
                               re.I)
# documents given as examples in an argument: "they point out that A and B have struck agreement"
_EVIDENCE_BEFORE = re.compile(r"\b(?:point(?:s|ed|ing)?\s+out\s+(?:that\s+)?|cit(?:e|es|ed|ing)\s+|for\s+(?:example|instance),?\s+|"
                              r"as\s+evidence\s+|examples?\s+)[^.;:]*$", re.I)
_TITLE_FIRM_SIGNS = re.compile(r"\b(?:bank|banks|firm|firms|group|company|carmaker|airline|maker|giant|insurer|retailer|"
                               rf"operator|brewer|miner|chipmaker|investor|lender)\s+(?:\w+\s+)?(?:{_SIGNING_VERBS}|wins?)\b",
                               re.I)
# a sentence that recounts earlier deeds: "Most recently, ...", "Previously, ...", "In recent months, ..."
_RECAP_WORDS = (r"(?:Most\s+recently|Previously|"
                r"In\s+recent\s+(?:weeks|months|years)|Over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks|months|years?)|"
                r"Since\s+(?:taking|returning\s+to|assuming)\s+office|"
                # a term of office looked back on: "Over the course of the administration, we held five summits"
                r"(?:Over\s+the\s+course\s+of|Throughout|During)\s+(?:the|this|my|our|his|her)\s+(?:first\s+)?"
                r"(?:administration|term|presidency|tenure)\b)\b")
_RECAP_OPENER = re.compile(rf"\s*{CAPS_HEADING}{_RECAP_WORDS}")
# a recap opener that starts an earlier sentence of the paragraph governs the sentences after it:
# "Since taking office ..., I have spared no effort ... I have secured historic trade deals with ..."
_RECAP_IN_PARAGRAPH = re.compile(rf"(?:^|(?<=[.!?:]\s))\s*{CAPS_HEADING}{_RECAP_WORDS}", re.M)
# a time word that makes a sentence news again after a recap opener: "Today, the President signed ..."
_NEWS_TIME = re.compile(r"\b(?:[Tt]oday|[Tt]his\s+week|[Yy]esterday|[Tt]onight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")
_WITNESSED = re.compile(r"\b(?:as\s+)?(?:witnessed\s+by|in\s+the\s+presence\s+of)\b[^,;]*", re.I)
# a witness phrase, or where the signatories met: "having met in Kuala Lumpur, Malaysia"
_WITNESSED_OR_VENUE = re.compile(_WITNESSED.pattern + r"|"
                                 r"\b(?:having\s+)?(?:met|gathered|convened|assembled)\s+(?:here\s+)?in\s+[A-Z][^,;]*"
                                 r"(?:,\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?=\s*[,;]))?", re.I)
_FRONTED_OCCASION = re.compile(r"\s*(?:[A-Z]\w+,\s+)?(?:(?:hot\s+)?on\s+the\s+heels\s+of|in\s+the\s+wake\s+of|following|"
                               r"after|building\s+on|fresh\s+from)\s+[^,;:]{3,120},\s+", re.I)
_HOSTED_TO_SIGN = re.compile(r"\b(?:hosted|convened|gathered|brought\s+together|welcomed|received)\s+"
                             r"(?=[^.;:]*\bto\s+(?:formally\s+)?$)")
_TRADE_PURPOSE = re.compile(r"[^;:]{0,40}?\bto\s+(?:buy|import|purchase|sell|export|supply|ship|deliver)\b(?:[^;:,]|,(?=\d)){0,80}?"
                            r"\b(?:from|to)\s+(?:the\s+)?(?=[A-Z])")
_UNNAMED_SIGNERS = re.compile(r"\b(?:major|key|many|several|most|all|other|some|numerous|dozens\s+of)\s+"
                              r"(?:[A-Z][\w.]*\s+)?(?:trading\s+|trade\s+)?(?:partners|countries|nations|allies)\b")
_GENERIC_SIGNER = re.compile(r"\b(?:governments|countries|nations|states|partners|parties|those|companies|firms|"
                             r"any\s+(?:country|government|nation|state))\s+(?:that|which|who)\s+(?:also\s+)?$|"
                             # "a trading partner must conclude a deal with the United States": anyone
                             r"\b(?:an?|any|each|every)\s+(?:trading\s+|trade\s+)?(?:partner|country|nation)\s+"
                             r"(?:must|should|can|could|may|would|will)\s+(?:first\s+)?$", re.I)
_PARTNERS_OF = re.compile(r"(?:the\s+)?(?:[\w.\-]+\s+){0,3}?(?:trading|trade)\s+partners\b(?!\s+(?:such\s+as|including|"
                          r"like|[A-Z]))")
_FRONTED_GERUND = re.compile(r"\W*(?:By|After|Upon|On|In|Before|Since)\s+", re.S)
_MAIN_VERB = re.compile(r"\b(?:have|has|had|are|were|is|was|will|would|said|say|says|agreed|held|met|hailed|"
                        r"welcomed|pledged|vowed|called|stressed|opened|also)\b")
_PRONOUN_SUBJECT = re.compile(r"\W*(?:He|She|he|she)\s+(?:(?:also|then|later|later\s+also|has|had|have|subsequently|"
                              r"personally)\s+)*(?:(?:hopes|hoped|expects|expected)\s+to\s+)?"
                              # "he would go to Peking next month to formally": the trip is the signer's
                              r"(?:(?:would|will|is\s+to|was\s+to|plans\s+to|is\s+due\s+to)\s+(?:go|travel|fly|head)\s+"
                              r"to\s+[^,;.]{1,80}?\s+to\s+(?:formally\s+|also\s+)?)?", re.S)
# a signing as the subject of a supposed effect: "Signing a free trade agreement with A would help B"
_GERUND_SUBJECT = re.compile(r"(?:signing|concluding|reaching|striking|negotiating)\b", re.I)
_SUBJECT_SLOT_BEFORE = re.compile(r"(?:\b(?:that|said|says|argued|argues|believes?|thinks?)|[,;:\"“])\s*$", re.I)
_SUPPOSED_EFFECT = re.compile(r"[^.;]*?\b(?:would|could|will|might|may|should|can)\s+(?:also\s+|not\s+|help\s+)?"
                              r"(?:help|boost|open|bring|allow|enable|make|give|create|lead|benefit|be|increase|"
                              r"improve|strengthen|encourage|spur|lift|raise)\b", re.I)
_TICKER = re.compile(r"<[A-Z][A-Z.]{0,8}>")  # a listed firm's stock symbol, as Reuters gives it: "<BTY.L>"
# the bare government as the signer: "The government (last week) reached agreement with"
_THE_GOVERNMENT_SUBJECT = re.compile(r"\W*(?:But\s+|And\s+)?[Tt]he\s+government\s+(?:(?:last|this|on|earlier|has|have|had|also|"
                                     r"\w+day|week|month|year|yesterday|today|already|now|finally)\s+)*")
# "it" or "they" as the signer, right after a reporting verb: "said (earlier) (that) it had concluded"
_IT_SUBJECT = re.compile(r"\s*(?:(?:earlier|today|yesterday|late\s+\w+|(?:on\s+)?\w+day)\s+)?(?:that\s+)?(?:it|they)\s+"
                         r"(?:(?:also|then|has|had|have|already|now|just|recently|has\s+now)\s+)*")
_REPORTED_BEFORE = re.compile(rf"\b{_REPORT_VERB}(?:\s+on\s+\w+)?(?:\s+that)?\s*$")
_UNNAMED_STATES = re.compile(r"(?:(?!the\s+two|both|the\s+three|their\b|our\b|(?:the\s+)?respective\b)(?:[a-z\-]+\s+){0,2})?(?:countries|nations|states|"
                             r"governments|partners)\b(?!\s+(?:of|named))")
_UNNAMED_SUBJECT = re.compile(r"\b(?!(?:two|three|four|both|all|these|those|the|its|their|our)\b)(?:[a-z\-]+\s+)"
                              r"(?:and\s+[a-z\-]+\s+)?(?:countries|nations|"
                              r"governments|producers|consumers|members)\s+(?:\w+\s+)?$")
_NEW_CLAUSE = re.compile(r";|,\s+(?:and\s+|but\s+|while\s+)?(?:there|it|this(?!\s+time\b)|he|she|they|which|who|we)\b|"
                         # another document after a comma: "agreements were reached with A and B, an accord with C
                         # seems close" (C is that accord's)
                         r",\s+(?:and\s+|but\s+|while\s+)?(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:accords?|agreements?|deals?|pacts?|"
                         r"treat(?:y|ies)|memorand(?:um|a)|contracts?)\b|"
                         # a second predicate: "signed deals with A and B and reached frameworks with C"
                         r"\s(?:and|but)\s+(?:also\s+)?(?:then\s+)?[a-z]{3,}ed\b(?!\s+(?:by|to|on|in)\b)|"
                         # a new subject and verb: ", and the United States announced ..."
                         r",\s+(?:and|but|while)\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}\s+"
                         r"(?:also\s+)?(?:has\s+|have\s+)?[a-z]{3,}(?:ed|s)\b")
# Speech that makes a document a guess: "a new agreement could come into force", "he believes X will"
_MODAL_AFTER = re.compile(r"[^;,.]{0,20}?\b(?:could|might|may)\s+(?:\w+\s+){0,2}?(?:come|enter|be|take)\b", re.I)
# someone expects another to act: "he expects the government to announce by the end of the week"
_EXPECTS_OTHER = re.compile(r"\b(?:I|we|he|she|they|[A-Z][a-z]+)\s+(?:also\s+)?(?:expects?|expected)\s+(?!to\b)"
                            r"(?:the\s+|a\s+)?(?:[\w\-]+\s+){1,3}?to\s+(?:announce|sign|reach|conclude|agree|"
                            r"strike|clinch|be\s+able)\b")
# someone else's expectation of a state's deed: "it expects Brazil will eventually reach an agreement"
_EXPECTS_THAT = re.compile(r"\b(?:expects?|expected|expecting)\s+(?:that\s+)?(?:the\s+)?(?:[A-Z][\w.'’\-]*\s+){1,3}"
                           r"(?:will|would)\s+[^.;,]{0,60}$")
_BELIEF = re.compile(r"\b(?:believes?|believed|thinks?|thought|doubts?|doubted|predict\w*|speculat\w*|guess\w*|"
                     r"hopeful|optimistic|confident)\b", re.I)
# "should serve as a basis for the new mechanism": a document cited as the ground of another thing
_BASIS_AFTER = re.compile(r"\b(?:serve[sd]?\s+as|as|form(?:s|ed)?|provide[sd]?)\s+(?:a|the)\s+(?:\w+\s+)?basis\b|"
                          r"\bthe\s+basis\s+(?:for|of)\b", re.I)
_GOV_STRICT = re.compile(r"\b(?:governments?|ministry|ministries|ministers?|president|presidents|prime\s+minister|"
                         r"premier|chancellor|officials|administration|authorities|treasury|embassy|department|"
                         r"leaders?|countries|nations|kingdom|republic|cabinet|delegation|envoy|ambassador|king|"
                         r"queen|emir|sultan|state\s+bod(?:y|ies)|export\s+credit)\b", re.I)
_TOPIC_BEFORE = re.compile(r"\b(?:of|for|on|about|over|against|regarding|concerning|toward|towards|into|"
                           r"support(?:ing)?|recogni[sz]\w*)\s+(?:the\s+)?$", re.I)
_GOV_OF = re.compile(r"\b(?:government|president|minister|ministers|ministry|republic|kingdom|leaders?|king|queen|"
                     r"emir|people|state|states|foreign\s+ministry|prime\s+minister|embassy)\s+of\s+(?:the\s+)?$",
                     re.I)


_CLOSING_ATTRIBUTION = re.compile(r"[,\"”]\s+(?:[^,;\"“”]{0,60}?\s)?(?:said|says|told\s+\w+|added|declared)"
                                  r"(?:\s+(?:on\s+)?\w+day)?\s*[.\"”']*\s*$")


_TWO_STATES_SUBJECT = re.compile(r"\b(?:the\s+two|both)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:countries|nations|governments|states)\b",
                                 re.I)
_TWO_PEOPLE = re.compile(r"\b(?:the\s+two|both)\s+(?:foreign\s+|finance\s+|trade\s+|energy\s+|prime\s+)?(?:ministers|leaders|"
                         r"presidents|officials|heads\s+of\s+state)\b", re.I)


def _last_two_states(art: Article, before: int) -> list[str]:
    """The states of the last two people of different states named before `before` (in the 1,500
    characters before it)."""
    out: list[str] = []
    for a in reversed(art.actors.before(before, 12)):
        if before - a.end > 1500:
            break
        if a.name and a.iso3 and not a.international and a.iso3 not in out:
            out.append(a.iso3)
            if len(out) == 2:
                return sorted(out)
    return []


def _fallback_parties(art: Article, s_start: int, s_end: int, ns: int, name_end: int, needed: int,
                      context_first: bool = False) -> list[str]:
    """Parties when the roles name none: the states of the sentence (not the document's name, not
    a topic such as "in support of Ukraine"), then those just before it, the title, the publisher.
    Words that refer back ("they", "the two countries") look before the sentence first."""
    out: list[str] = []
    if context_first:
        out = _context_parties(art, s_start)
        if len(out) >= needed:
            return out
    text = art.text
    # '..., Mr Blair said.': who comments on a document is no party to it
    said = _CLOSING_ATTRIBUTION.search(text, name_end, s_end)
    s_end = said.start() if said else s_end
    for m in art.matches_in(s_start, s_end, ("country", "demonym")):
        if not m.iso3 or ns <= m.start < name_end or _is_organisation(art, m) or (
                m.kind == "country" and _is_location(art, m)):
            continue
        before = text[max(s_start, m.start - 30):m.start]
        if _TOPIC_BEFORE.search(before) and not _GOV_OF.search(text[max(s_start, m.start - 40):m.start]):
            continue
        if m.iso3 not in out:
            out.append(m.iso3)
    for a in art.actors.in_span(s_start, s_end):
        if a.iso3 and not a.international and a.iso3 not in out and not ns <= a.start < name_end:
            out.append(a.iso3)
    if len(out) < needed and not context_first:
        for c in _context_parties(art, s_start):
            if c not in out:
                out.append(c)
    return out


# a joint statement named as one: "joint communique", "Declaration of Lima"
_JOINT_NAMED = re.compile(r"(?:joint\b|(?:declaration|communiqu[eé])\s+of\b)", re.I)
_NOT_A_NAME = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Our", "Any", "No", "Such"})


_MEETING_PAPER = re.compile(r"(?:final|closing|summit|leaders['’]?|ministerial)\s", re.I)


def _group_paper(word: str) -> bool:
    """A communique, a meeting's final or leaders' paper, or a declaration named by a capitalized word
    ("the Dhaka Declaration"; not "a tax declaration", "The declaration")."""
    head, _, last = word.rpartition(" ")
    if _MEETING_PAPER.match(word) or not last.lower().startswith("declaration"):
        return True
    return last[:1].isupper() and head[:1].isupper() and head not in _NOT_A_NAME


# an organisation of states whose meeting or accord the story reports
_CLUBS_OF_STATES = r"OPEC|Comecon|Paris\s+Club|G-?7|G-?5|Group\s+of\s+(?:Seven|Five)|ASEAN|OECD"
_BLOC_ACCORD = re.compile(rf"\b(?:{_CLUBS_OF_STATES}|"
                          r"EC\s+(?:ministers|heads)|European\s+Council)\b(?:[^.;]|\.(?=\S)){0,40}?\b(?:meeting|"
                          r"accord|agreement|pact|summit|session|conference)\b")
# what a document is expected to do: "the new pact to continue to stabilise prices"
_EFFECT_AFTER = re.compile(r"\s+to\s+(?:continue|help|stabili[sz]e|boost|improve|bring|ensure|provide|support|raise|reduce|"
                           r"cut|lift|increase|benefit|strengthen|open|allow|make|keep|spur|create)\b")
# "the accord, reached in the so-called Paris Club of western governments": made within an organisation
_REACHED_IN_BLOC = re.compile(r",?\s+(?:which\s+was\s+|that\s+was\s+)?(?:reached|agreed|adopted|struck|concluded)\s+"
                              rf"(?:\w+\s+)?(?:in|by|at|within)\s+(?:the\s+)?(?:so-called\s+)?(?:{_CLUBS_OF_STATES}|"
                              r"London\s+Club|Group\s+of\s+Ten|GATT)\b")
_MANDATED = re.compile(r"\b(?:requires?|required|requiring|directs?|directed|directing|authori[sz](?:es?|ed|ing)|"
                       r"mandat(?:es?|ed|ing))\s+(?:the\s+)?(?:[\w\-(),]+\s+){0,10}?to\s+(?:enter\s+into|sign|conclude)\b", re.I)
_UNDER_AGREEMENT = re.compile(r"\b(?:under|in\s+accordance\s+with)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}$", re.I)
_FROM_GIVER = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_HOPE_THAT = re.compile(r"\b(?:hope[sd]?|hoping|wish(?:es|ed)?|optimistic)\s+that\s*$", re.I)
_FUTURE_AFTER = re.compile(r"[^.;]{0,40}?\b(?:would|will|could|might|may|can)\s+(?:soon\s+|finally\s+)?(?:be\s+)?\w+", re.I)
_HOPES_TO_SIGN = re.compile(r"\b(?:hopes|hoped|expects|expected)\s+to\s+(?:sign|conclude|initial)\s+(?:the|this|its|their)\b")
_DEFINITE = re.compile(r"\b(?:the|this|that|its|their)\s+(?!(?:[\w\-]+\s+){0,3}?(?:second|another|other|"
                       r"separate|further|additional|new)\b)(?:[\w\-]+\s+){0,3}$", re.I)
_STATE_OWNED = re.compile(r"\bstate[- ](?:owned|run|controlled)\b", re.I)
# Organisations of states: a party with no code of its own, but a public one ("Ghana signed a loan
# agreement with the World Bank" is a state's document; the Bank is no company).
# (Lenders and agencies only: a bloc such as the EU is read by the rules for its members.)
_INTL_ORG = re.compile(r"\b(?:the\s+)?(?:World\s+Bank|International\s+Monetary\s+Fund|IMF|United\s+Nations|UN|U\.N\.|"
                       r"Food\s+and\s+Agricultur\w+\s+Organi[sz]ation|FAO|European\s+Investment\s+Bank|"
                       r"Asian\s+Development\s+Bank|African\s+Development\s+Bank|Inter-American\s+Development\s+Bank|"
                       r"IAEA|World\s+Health\s+Organi[sz]ation|UNESCO|UNICEF|UNDP|World\s+Food\s+Programme)\b")


_AID_TARGET = re.compile(r"\s+(?:worth\s+[^,;]{1,40}?\s+)?to\s+(?:aid|help|assist|finance|support|fund|lend\s+to)\s+"
                         r"(?:the\s+)?(?=\w)", re.I)


# a lender among a document's roles: "with the German state bank KfW", "with the IMF", "by IMF directors"
_LENDER_ROLE = re.compile(r"(?:[^;.]{0,60}?)\b(?:with|by)\s+(?:the\s+)?(?:[\w.'’\-]+\s+){0,4}?(?:(?i:state\s+bank|central\s+bank|"
                          r"development\s+bank)|IMF|International\s+Monetary\s+Fund|World\s+Bank|Paris\s+Club|"
                          r"(?:creditor|commercial|foreign)\s+banks|creditors|lenders)\b")


def _borrower(art: Article, clause_lo: int, ns: int) -> list[str]:
    """The one state that borrows under a loan accord: named before the document in its clause, else
    the only state of the title."""
    before = [m.iso3 for m in art.matches_in(clause_lo, ns, ("country", "demonym")) if m.iso3 and not art.in_firm_name(m)]
    if len(set(before)) == 1:
        return before[:1]
    if before:
        return []
    title = _title_states(art)
    return title if len(title) == 1 else []


def _public(text: str) -> str:
    """The text with state-owned companies and organisations of states read as public bodies."""
    return _INTL_ORG.sub(" government ", _STATE_OWNED.sub(" ", text))


def _context_parties(art: Article, s_start: int) -> list[str]:
    """Parties of a sentence that names none: those named just before it, else in the title, else
    the publisher's own state (a government release)."""
    lo = max(0, s_start - 250)
    said = _CLOSING_ATTRIBUTION.search(art.text, lo, s_start)  # "..., Tony Blair has said." comments
    hi = said.start() if said else s_start
    out = _states_in(art, lo, hi)
    if not out and any(m.iso3 and _is_organisation(art, m) for m in art.matches_in(lo, hi, ("country", "demonym"))):
        # "The company is expected to reach agreements with both U.S. car makers ... after the
        # agreements are signed": the sentences before name firms only, whose deals these are
        return []
    if not out:
        out = _title_states(art, homes=False)
    if not out and art.actors.home:
        out = [art.actors.home]
    return list(dict.fromkeys(out))


def _is_country_word(art: Article, pos: int) -> bool:
    """Is the word right before `pos` a country or demonym ("the US-Ukraine agreement")?"""
    for m in art.matches_in(max(0, pos - 40), pos, ("country", "demonym")):
        if not art.text[m.end:pos].strip(" -"):
            return True
    return False


def _title_signed(art: Article) -> bool:
    return bool(art.title and _TITLE_SIGN.search(art.title))


def _docs_in_sentence(art: Article, s_start: int, s_end: int) -> list[_Doc]:
    text = art.text
    out: list[_Doc] = []
    for m in _LOWER_NOUNS.finditer(text, art.lower, s_start, s_end):
        doc_type = m.lastgroup
        ns, ne = m.start(), m.end()
        word = text[ns:ne]  # as written: "MoU", "Agreement"
        if word.lower().startswith("mou") and word[:3] not in ("MOU", "MoU"):
            continue  # only the abbreviation, not a word that starts like it
        before = text[max(s_start, ns - 60):ns]
        after = text[ne:min(s_end, ne + 100)]
        # 1. a document here?
        if _NOT_A_DOC_F.test(text[max(s_start, ns - 25):min(s_end, ne + 20)]):
            continue
        if _UNILATERAL_F.test(text[max(s_start, ns - 30):min(s_end, ne + 5)]) and doc_type != "joint_statement":
            continue
        if doc_type == "agreement" and re.match(r"\s*(?:with|that)\s+(?:the\s+)?(?:view|assessment|position)", after):
            continue
        if doc_type == "agreement" and word.islower() and not word.endswith("s") and _MASS_NOUN_BEFORE.search(before) \
                and not (_REACH_BEFORE.search(before) and _WITH_PARTY_AFTER.match(text, ne, s_end)):
            # ("reached agreement with its bank advisory committee to reschedule": a deal with a party,
            # not the consensus of "reached agreement on the need to")
            continue
        if re.search(r"\bsimilar\s+$", before, re.I) and re.match(r"\s+to\s+(?:the\s+)?(?:one|that|those)\b", after):
            continue  # "secured a similar deal to one between Iran and China": the states named are the model's
        if _NOUN_AS_MODIFIER.match(after) and not re.match(r"\s*framework", word, re.I):
            continue  # "pact rules", "treaty obligations", "deal talks"
        if word.lower().startswith("framework") and re.match(
                r"\s+(?:for|of)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}?(?:agreements?|accords?|treat(?:y|ies)|deals?|pacts?)\b",
                after, re.I):
            continue  # "a Framework for an Agreement": the agreement is the document (planned)
        if word.lower().startswith("action plan") or word.lower().startswith("joint action plan") \
                or word.lower().startswith("framework"):
            # a plan or framework is an instrument only between governments, adopted or signed
            if not re.search(r"\b(?:joint|bilateral)\b", text[max(s_start, ns - 40):ne], re.I) and \
                    not re.search(r"\b(?:between|among|with)\b", after[:60]) and \
                    not re.search(r"\band\b", text[_clause_start(text, s_start, ns):ns]):
                continue  # a government's own plan
        if doc_type == "contract":
            awarded = _awarded_contract(art, s_start, s_end, ns, ne)
            if awarded is not None:
                out.append(awarded)
                continue
        # 2. the governing predicate
        clause_lo = _clause_start(text, s_start, ns)
        clause_hi = _clause_end(text, ne, s_end)
        pred = _find_predicate(text, s_start, s_end, ns, ne, clause_lo, clause_hi, before)
        window = text[max(s_start, ns - 120):min(s_end, ne + 120)]
        if pred is not None and pred.before_noun:
            clause_lo = min(clause_lo, _clause_start(text, s_start, pred.start))
        rule = pred.rule if pred else None
        status = pred.status if pred else None
        # a paper a meeting of states adopts ("the ministers endorsed a joint statement"); a bare
        # "statement" is a joint one only then (a ministry's or a leader's statement is its own)
        meeting = pred is not None and pred.before_noun and _meeting_subject(text, s_start, clause_lo, pred.start)
        bare = doc_type == "joint_statement" and re.fullmatch(r"(?:statement|declaration)s?", word, re.I) is not None
        if bare and not meeting:
            continue
        if pred is None:
            if _CLAUSE_AHEAD.search(text[max(s_start, ns - 60):min(s_end, ne + 80)]):
                rule, status = RULE_PLANNED_CLAUSE, "planned"
            elif _PLANNED_FRAME.search(text[max(clause_lo, ns - 60):ns]):
                rule, status = RULE_PLANNED_FRAME, "planned"
            elif _title_signed(art) and re.search(r"\b(?:the|this|a|an)\s+(?:[\w\-]+\s+){0,4}$", before) and \
                    _same_type_in_title(art, doc_type):
                if _TITLE_FIRM_SIGNS.search(art.title or ""):
                    continue  # "UK bank seals South Korean deal": a firm's deal (a bank buying a bank)
                rule, status = RULE_TITLE, "signed"
            elif _RECENT.search(text[max(clause_lo, ns - 90):ns]):
                announced = _ANNOUNCED_BEFORE.search(text, max(s_start, ns - 120), ns)
                if announced and _RECALLED_ANNOUNCEMENT.search(text, max(s_start, announced.start() - 60), announced.end()):
                    continue  # "This comes days after President Trump announced the U.S.-UK agreement": recalled
                if re.search(r"\b(?:a|an|any)\s+(?:[\w\-]+\s+){0,3}$", before, re.I) and re.match(
                        r"(?:\s+(?:between|with|for|on|of)\s+[^;.,]{0,50}?)?\s+(?:would|could|might|may)\b", text[ne:s_end]):
                    continue  # "a new agreement with the IMF would pave the way for ...": hypothetical
                if _EFFECT_AFTER.match(text, ne, s_end):
                    continue  # "they expected the new pact to continue to stabilise prices": what it does, no signing
                rule = RULE_CONTEXT
                status = "planned" if _CONTEXT_AHEAD.search(text[clause_lo:min(clause_hi, ne + 60)]) else "signed"
            else:
                continue
        elif rule != RULE_PLANNED and _PLANNED_FRAME.search(text[max(clause_lo, ns - 60):ns]) and \
                re.search(r"\bframework\s+(?:for|of)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}$", text[max(clause_lo, ns - 60):ns],
                          re.I):
            rule, status = RULE_PLANNED_FRAME, "planned"  # "agreed to a Framework for an Agreement"
        if word.lower().startswith("arrangement") and _INFORMAL_BEFORE.search(text, max(s_start, ns - 20), ns):
            continue  # "reached a stopgap arrangement on credit lines": a makeshift, no document
        if pred is not None and pred.before_noun and _GENERIC_SIGNER.search(text, max(s_start, pred.start - 60),
                                                                             pred.start):
            continue  # "Governments that sign these arrangements can ...": any signer, no document
        if pred is not None and pred.before_noun and _unnamed_signers(art, _clause_start(text, s_start, pred.start),
                                                                      pred.start):
            continue  # "major U.S. trading partners ... have agreed to historic trade deals"
        # "hopes to sign the new rescheduling accord early in the second quarter": the signing of a
        # document already negotiated, hoped for a date (a hope for an indefinite one promises none)
        hoped_signing = bool(_HOPES_TO_SIGN.search(text, clause_lo, ns)) and bool(
            re.search(r"\b(?:the|this|its|their)\s+(?:[\w\-]+\s+){0,3}$", before, re.I))
        if _HOPE_THAT.search(text, max(s_start, clause_lo - 30), clause_lo + 1) and _FUTURE_AFTER.match(text, ne, s_end):
            continue  # "he hoped that final agreement would be reached this week": a hope, no document
        if pred is not None and pred.before_noun and _GERUND_SUBJECT.match(text, pred.start) and \
                (pred.start == s_start or _SUBJECT_SLOT_BEFORE.search(text, max(s_start, pred.start - 30), pred.start)) \
                and _SUPPOSED_EFFECT.search(text, ne, min(s_end, ne + 160)):
            continue  # "Bodman said that signing free trade agreements with the UAE would help US firms": a supposition
        if pred is not None and not hoped_signing and _ASPIRATION_NEAR.search(text[max(clause_lo, pred.start - 50):pred.start]):
            continue  # "the parties may enter into", "if possible conclude", "should ... approve"
        if rule == RULE_PLANNED and _ASPIRATION.search(text[clause_lo:ns]) and \
                not re.search(r"\bnegotiations?\s+to\s+sign", text[clause_lo:ns], re.I) and not hoped_signing:
            continue  # "hopes to sign", "efforts to conclude": no document promised
        if rule in (RULE_CONTEXT, RULE_PLANNED_FRAME, RULE_SIGNED_PASSIVE, RULE_TITLE) and \
                _ASPIRATION.search(text[clause_lo:ns]) and not (
                    rule == RULE_SIGNED_PASSIVE and _STANCE.fullmatch(_ASPIRATION.search(text[clause_lo:ns]).group())):
            # "Hamas rejected the agreement reached between A and B": a third party's stance on a
            # document reported as reached does not undo it (a hope or a condition does)
            continue
        if doc_type == "contract" and not _CONTRACT_SIGNED.search(window):
            continue
        if doc_type == "treaty" and word.lower().startswith("protocol") and rule not in (
                RULE_SIGNED, RULE_SIGNED_PASSIVE, RULE_PLANNED) and not word[:1].isupper():
            continue  # a protocol counts when signed, or named
        if _NEGATED.search(window) or _NO_DOC.search(before) or _IMPOSSIBLE.search(text, clause_lo, ns):
            continue  # "never signed any pact", "refused to sign", "no deal would be struck"
        if _EXPECTS_OTHER.search(text, max(s_start, ns - 130), ns):
            continue  # "he expects the government to announce ... an agreement with Japan": a forecast
        if status == "planned" and (_MODAL_AFTER.match(text, ne, s_end) or _BELIEF.search(text, clause_lo, ns)
                                    or _BELIEF.search(text, max(s_start, ns - 130), ns)
                                    or _EXPECTS_THAT.search(text, max(s_start, ns - 130), ns)):
            continue  # "an agreement could come into force next fall", "he believes Brazil will strike a deal"
        firm_deal = _FIRM_DEAL_AFTER.match(text, ne, s_end)
        if firm_deal and not art.matches_in(firm_deal.start("firm"), firm_deal.end("firm"), ("country", "demonym")):
            continue  # "signing a deal worth 1bn euros for Airbus to sell 23 planes to Air China": a firm's sale
        if rule == RULE_SIGNED_PASSIVE and _CONDITION_BEFORE.search(before) and pred is not None and \
                re.match(r"\s*(?:is|are)\b", text[ne:pred.start]):
            continue  # "will only lift the moratorium after an accord is reached with the banks": a condition
        if _HEDGED_AFTER.match(text, ne, s_end):
            continue  # "make a renewal of the supply agreement next year less certain": a doubt, no document
        if _BASIS_AFTER.search(text, ne, min(s_end, ne + 160)) and not (pred is not None and pred.before_noun):
            continue  # "the February accords ... should serve as a basis for": background, named as ground
        # 3. news or background
        clause_text = text[clause_lo:clause_hi] if pred is None or pred.before_noun else \
            text[clause_lo:max(clause_hi, _clause_end(text, pred.end, s_end))]
        if _background(art, before, clause_text, clause_text + " " + _dated_span(text, ne, s_end), status == "planned"):
            continue
        if _ONE_OF_SERIES.search(before) or _RUNNING_TALLY.search(before):
            continue  # "the latest in a string of deals reached by Qatar", "has so far concluded eight bilateral
            #           accords with government creditors": many documents recalled or counted, none reported
        if rule == RULE_SIGNED_PASSIVE and pred is not None and not _BE_AUX.search(text, ne, pred.start) and (
                _MONTH_OR_MORE_AGO.search(text, pred.end, min(s_end, pred.end + 50))
                or _earlier_month(art, text[pred.end:min(s_end, pred.end + 30)])):
            continue  # "the agreement reached in Paris last month should foster stability": cited, not news
        if rule == RULE_SIGNED and pred is not None and pred.before_noun and _earlier_month_framed(art, text[s_start:pred.start]):
            continue  # "During his trip to Asia in October, President Trump signed trade deals with ...": recalled
        if _EVIDENCE_BEFORE.search(text, max(s_start, ns - 120), ns) and not _SIGNED_LATELY.search(text, s_start, s_end):
            continue  # "they point out that Venezuela, Chile and the Philippines have struck agreement": examples
        if (_RECAP_OPENER.match(text, s_start, ns) or _RECAP_IN_PARAGRAPH.search(text, text.rfind("\n", 0, s_start) + 1,
                                                                                s_start)) and \
                not _SIGNED_LATELY.search(text, s_start, s_end) and not _NEWS_TIME.search(text, s_start, s_end):
            continue  # "Most recently, President Trump ... during his trip to Asia, signing Agreements ...": a recap
        if _old_year_before(art, text[s_start:ns]):
            continue  # "on July 27, 1953, ... when A and B signed the Armistice Agreement": history
        if re.search(r"[A-Z][\w'’\-/]*\s+$", before) and not _is_country_word(art, ns) \
                and rule not in (RULE_SIGNED, RULE_SIGNED_PASSIVE, RULE_PLANNED, RULE_ISSUED, RULE_PLANNED_FRAME) \
                and not _STRONG_SIGNING.search(window):
            continue  # a named document ("the Good Friday Agreement") cited, not signed here
        if word.lower().endswith("s") and doc_type != "joint_statement" and not re.search(
                r"\b(?:the|these|two|three|four|five|six|seven|eight|nine|ten|several|\d+|bilateral|their|both|"
                r"other|more|some|number\s+of|series\s+of|package\s+of|set\s+of)\s+(?:[\w\-]+\s+){0,2}$",
                before, re.I) and rule in (RULE_CONTEXT, RULE_TITLE, RULE_PLANNED_FRAME):
            continue  # "discussions on free trade agreements": documents in general, none in particular
        # 4. parties
        name, specific = _document_name(text, ns, ne, s_start)
        name_end = ns + max(len(name), ne - ns) if text.startswith(name, ns) else ne
        parties, groups, non_state, anaphora = _parties_for(art, s_start, s_end, ns, ne, pred, clause_lo, clause_hi,
                                                            rule == RULE_PLANNED_CLAUSE)
        bloc = None
        if (doc_type == "joint_statement" or meeting) and len(parties) < 2:
            # "G7 finance ministers issued a communique", "the SAARC summit adopted the Dhaka
            # Declaration": the bloc's member states on the day are the parties
            bloc = bloc_in(text, clause_lo, ns)  # the issuer: "the Group of 10 issued a communique welcoming ... the G7"
            if bloc is None and meeting and not parties and not _TWO_MEMBERS.search(text, s_start, pred.start):
                bloc = _meeting_bloc(art, s_start, s_end)  # "The summit also passed three agreements"
            if bloc is not None:
                parties += [c for c in members(bloc, art.published) if c not in parties]
            elif meeting and _MEETING_NOUN.search(text, s_start, pred.start):
                # "The Summit of the Americas concluded after adopting a final declaration": a summit of no
                # known bloc; its parties are the host and the states whose leaders the story names
                parties += [c for c in _summit_states(art) if c not in parties]
        if doc_type == "joint_statement" and not _JOINT_NAMED.match(word):
            # a communique, a final statement or a named declaration with no "joint": a document
            # only when a group of states issues or adopts it (a ministry's own communique is none)
            if not (_group_paper(word) or bare) or pred is None or not pred.before_noun or \
                    rule not in (RULE_SIGNED, RULE_ISSUED) or len(parties) < 2:
                continue
        inherit = 0
        if not parties and _INTL_ORG.search(text, clause_lo, ns):
            # "the Director-General of the FAO signed an agreement to aid Peru": an organisation of
            # states signs with the state its agreement aids
            aided = _AID_TARGET.match(text, name_end, s_end)
            if aided:
                parties = [m.iso3 for m in art.matches_in(aided.end(), aided.end() + 1, ("country",)) if m.iso3][:1]
                if not parties:  # "to aid peru" in wire copy that lower-cases a name: the title's "PERU"
                    aided_words = text[aided.end():aided.end() + 40].lower()
                    parties = [m.iso3 for m in art.title_matches if m.kind == "country" and m.iso3
                               and aided_words.startswith(m.text.lower())][:1]
        if not parties and non_state and _LENDER_ROLE.match(text, ns, min(s_end, clause_hi + 80)):
            # "a credit agreement for 100 mln marks will be signed this week with the German state bank
            # KfW" in "VENEZUELA GETS 300 MLN DLRS CREDIT": a state's loan accord with a lender; the
            # borrower is the state the clause or the title names alone
            parties = _borrower(art, clause_lo, ns)
            lender = bool(parties)
        else:
            lender = False
        if len(parties) == 1 and anaphora == 2 and _TWO_STATES_SUBJECT.search(text, clause_lo, ns):
            # "The top diplomats of the two countries, ... an area of expertise for Brazil, signed": two
            # parties said, one named; the other is the state the sentences before paired with it
            other = [c for c in _context_parties(art, s_start) if c != parties[0]]
            if len(other) == 1:
                parties = sorted([parties[0], other[0]])
        if not parties:
            if non_state:
                continue  # the roles are companies, banks, clubs or unions: no state document
            people = _TWO_PEOPLE.search(text, s_start, ns) if anaphora == 2 else None
            pair = _last_two_states(art, s_start) if people else []
            if len(pair) == 2:
                # "The two ministers were speaking ... after signing an agreement": the two people
                # the story named last (Colombia's and Ecuador's ministers), not the states of the
                # sentence before ("debts contracted with Venezuela and Nigeria")
                parties = pair
            elif anaphora:
                # "the two countries signed", "the AUKUS partners signed": the parties of the
                # document reported just before, else those named in the sentence or before it
                inherit = anaphora
                parties = _fallback_parties(art, s_start, s_end, ns, name_end, anaphora, context_first=True)
                if len(parties) == 1 and _DOMESTIC_ACTORS.search(text, max(0, s_start - 600), s_start):
                    continue  # "They have tentatively reached an agreement" after the Senate and House
                    #           committees' counsels: bodies of one state, no document between states
                dateline = art.dateline_at(s_start)
                if 0 < len(parties) < anaphora and dateline is not None and dateline.iso3 and \
                        dateline.iso3 not in parties:
                    # "SEOUL - ... the two countries signed two agreements" with the Polish president
                    # named: the other is the host where the story is filed
                    parties.append(dateline.iso3)
            elif pred is not None or rule in (RULE_PLANNED_CLAUSE, RULE_TITLE):
                sentence = text[s_start:s_end]
                if _COMPANY.search(sentence) and not _GOV_STRICT.search(_public(sentence)):
                    continue  # "the agreement signed Thursday", said the company: no state in sight
                if pred is not None and pred.before_noun and _named_non_state_subject(
                        art, _clause_start(text, s_start, pred.start), pred.start) and \
                        not _country_counterparty(art, ne, s_end):
                    continue  # "L3Harris and 4iG signed an MOU": named signatories, none of them a state
                    #           (but "Shell has signed a deal with Qatar" has one)
                parties = _fallback_parties(art, s_start, s_end, ns, name_end, 1)
                if len(parties) < 2 and (_BLOC_ACCORD.search(text, max(0, s_start - 300), ne)
                                         or _REACHED_IN_BLOC.match(text, ne, s_end)):
                    # '"The accord reached there means stability," said Norway's minister' after "the
                    # OPEC meeting in Vienna": an organisation's accord whose members the story does
                    # not name; the state that comments on it is no party
                    continue
                if rule == RULE_TITLE or _DEFINITE.search(before):
                    inherit = 1  # "the memorandum to be signed": the document named before
        elif len(parties) == 1 and pred is not None and _VISIT_WORD.search(text, s_start, s_end):
            # a visitor signs in the country visited: "stops in Beijing ... to sign"
            parties += [c for c in art.countries_in(s_start, s_end) if c not in parties]
            dateline = art.dateline_place()
            if len(parties) == 1 and dateline is not None and dateline.iso3 and dateline.iso3 not in parties:
                # "CARACAS - ... an agreement was initialled on a visit last week by Ecuador's deputy
                # energy minister": the visit was to where the story is filed from
                parties.append(dateline.iso3)
        if len(parties) == 1 and pred is not None and not pred.before_noun and pred.status == "planned" and \
                _VISIT_WORD.search(art.title or ""):
            # "The 12 accords due to be signed Tuesday" in "Russian PM visits Slovakia" filed from
            # Bratislava: the visit's accords, signed where the story is filed from
            dateline = art.dateline_at(s_start)
            if dateline is not None and dateline.iso3 and dateline.iso3 not in parties:
                parties.append(dateline.iso3)
        if len(parties) == 1 and pred is not None and _UNDER_AGREEMENT.search(text, max(s_start, ns - 30), ns):
            # "Bangladesh will receive a grant from the Netherlands under an agreement signed here
            # Saturday": the giver of what the agreement provides is its other party
            giver = [m.iso3 for m in art.matches_in(s_start, ns, ("country", "demonym")) if m.iso3 not in parties
                     and _FROM_GIVER.search(text, max(s_start, m.start - 12), m.start)]
            if len(set(giver)) == 1:
                parties += giver[:1]
        if not parties:
            continue
        if any(possession_of(p, q) for p in parties for q in parties):
            # "the United States and the Virgin Islands have signed a tax treaty": a state and its own
            # territory are bodies of one state (GUIDELINES), the territory no party beside it
            parties = [p for p in parties if not any(possession_of(p, q) for q in parties)]
            if len(parties) < 2:
                continue
        home = art.actors.home
        if home and (all(possession_of(p, home) for p in parties) or parties == [home] and any(
                m.iso3 and possession_of(m.iso3, home) for m in art.matches_in(s_start, s_end, ("country", "demonym")))):
            # "The Department of the Treasury will enter into a memorandum with Hacienda" in the White
            # House's release on Puerto Rico: the sovereign's body with its territory's, one state
            continue
        if len(parties) < 2 and _LOCAL_GOVERNMENT.search(text, s_start, ns):
            continue  # "said Amsterdam's financial alderman after signing the contract": a city's, not a state's
        if parties == [art.actors.home] and pred is not None and pred.before_noun and not specific and \
                _ACCLAIM.search(text, clause_lo, ne):
            continue  # "he has once again secured a historic deal that strengthens ...": praise, no document
        if len(parties) == 1 and _witness_only(art, s_start, s_end, parties[0]):
            continue  # "signed at a ceremony in the presence of Energy Minister Subroto": a company deal witnessed
        if len(parties) < 2 and _MANDATED.search(text, max(s_start, ns - 160), ns):
            continue  # "S. 201 requires the Department of Veterans Affairs to enter into an agreement with
            #           the National Academies": a law's mandate to its own agency, not an accord of states
        if len(parties) < 2 and pred is not None and re.match(r"approv", text[pred.start:pred.end], re.I):
            continue  # "the ministry later approved the arrangement": a regulator's approval, not its signing
        role_window = text[clause_lo:min(s_end, clause_hi + 60)]
        government = _GOVERNMENT.search(_public(role_window))
        if _COMPANY.search(role_window) and not government and not lender and bloc is None and \
                not _country_subject(art, clause_lo, ns):  # ("the Group of Ten" is no firm's group)
            continue  # a deal between companies (state-owned ones included) is out of scope
        if _DOMESTIC.search(before[-30:]) or _DOMESTIC.search(text[clause_lo:min(s_end, clause_hi + 60)]) and \
                len(parties) < 2 or len(parties) < 2 and _INTRA_STATE.search(text[clause_lo:min(s_end, clause_hi + 60)]):
            continue  # "a budget agreement", "a bipartisan deal", a union pact: domestic politics
        if len(parties) == 1 and not government and not lender and not _country_subject(art, clause_lo, ns) and \
                rule not in (RULE_PLANNED_CLAUSE,) and not inherit and not hoped_signing and \
                not _firm_signs_with_state(art, pred, s_start, ne, s_end) and \
                not (pred is not None and pred.before_noun and _official_subject(art, clause_lo, pred.start, parties[0])):
            continue  # one state and no sign of a government acting: domestic or commercial
        if len(parties) < 2 and pred is not None and pred.quoted_source and rule == RULE_ISSUED:
            continue  # "..., the joint statement said" of two firms: a statement quoted is a joint one of states only
        definite = bool(_DEFINITE.search(before))
        if groups and _PLURAL_EACH.match(word.split()[-1]) and rule in (RULE_SIGNED, RULE_PLANNED, RULE_SIGNED_PASSIVE,
                                                                         RULE_ISSUED):
            for g in groups:
                out.append(_Doc(doc_type, sorted(g), status, name, s_start, s_end,
                                RULE_SIGNED_EACH if rule in (RULE_SIGNED, RULE_ISSUED) else rule, specific, False))
            continue
        out.append(_Doc(doc_type, sorted(parties), status, name, s_start, s_end, rule, specific, definite, inherit))
    return out


# a contract won from a state body: "Lockheed has received an 80.0 mln dlr contract ..., the Defense Department
# said", "won a 164.2 mln dlr contract from the U.S. Navy", "a 37.5 mln Navy contract" (GUIDELINES: a state
# body is a state's party; the firm gets no code)
_AWARD_BEFORE = re.compile(r"\b(?:won|wins|win|received|receives|receive|(?:is|was|are|were|has\s+been|have\s+been)\s+(?:being\s+)?"
                           r"awarded|awarded|secured|landed)\s+(?:an?\s+|two\s+|three\s+|several\s+)?"
                           r"(?:[\w$.,/\-]+\s+){0,6}?$", re.I)
_STATE_BODY = (r"(?P<state>U\.S\.\s+|United\s+States\s+)?(?P<body>Army|Navy|Air\s+Force|Marine\s+Corps|"
               r"Defen[cs]e\s+Department|Department\s+of\s+(?:Defen[cs]e|Energy)|Energy\s+Department|Pentagon|"
               r"Defense\s+Logistics\s+Agency|Army\s+Corps\s+of\s+Engineers|Coast\s+Guard|NASA)\b")
_AWARDER = re.compile(r"\b(?:from|by)\s+the\s+" + _STATE_BODY)
_BODY_CONTRACT = re.compile(r"\b" + _STATE_BODY + r"(?:['’]s\s+[A-Z][\w\s]{0,40}?)?\s+contracts?\b")
_BODY_SAID = re.compile(r",\s+(?:the\s+)?" + _STATE_BODY + r"\s+(?:said|says|announced)\b")
# bodies that name their state in their name
_NAMED_US_BODY = re.compile(r"Pentagon|NASA|Defense\s+Logistics\s+Agency|Army\s+Corps\s+of\s+Engineers")


def _awarded_contract(art: Article, s_start: int, s_end: int, ns: int, ne: int) -> _Doc | None:
    """A contract a firm won from a state body, when the sentence names the body as the one who
    awards it (after "from"/"by", before "contract", or as the one who reports it), and the body's state
    is known: its own word ("U.S. Navy"), a name only one state uses, or the capital the story is filed
    from."""
    text = art.text
    if not _AWARD_BEFORE.search(text, max(s_start, ns - 80), ns):
        return None
    if re.match(r"s?\s+(?:talks|negotiations|bid|bids|proposals?|offers?)\b", text[ne:ne + 14]):
        return None
    body = _AWARDER.search(text, ne, min(s_end, ne + 90)) or _BODY_CONTRACT.search(text, max(s_start, ns - 40), ne) \
        or _BODY_SAID.search(text, ne, s_end)
    if body is None:
        return None
    state = "USA" if body.group("state") or _NAMED_US_BODY.fullmatch(body.group("body")) else \
        art.actors.home or _capital_dateline_state(art)
    if not state:
        return None
    return _Doc("contract", [state], "signed", "contract", s_start, s_end, RULE_SIGNED)


def _meeting_bloc(art: Article, s_start: int, s_end: int) -> dict | None:
    """The bloc whose meeting a sentence reports without naming it ("the summit", "the ministers"): the
    last one named with its meeting in the sentences just before it ("the 13th SAARC Summit", "Leaders of
    the 21 member economies of APEC"), else in the sentence after it ("the Economic Leaders' Meeting of
    APEC"), else in the title. A bloc named otherwise ("welcomed the support of the G20") held no meeting."""
    title = art.title or ""
    for text, lo, hi in ((art.text, max(0, s_start - 1000), s_start), (art.text, s_end, s_end + 400),
                         (title, 0, len(title))):
        for start, end, bloc in reversed(bloc_mentions(text, lo, hi)):
            if _BLOC_THEN_MEETING.match(text, end) or _MEETING_OF.search(text, max(0, start - 80), start):
                return bloc
    return None


_MEETING_NOUN = re.compile(r"\b(?:[Ss]ummit|[Cc]onference|[Ff]orum)\b")


def _summit_states(art: Article) -> list[str]:
    """The host of a story's summit (where it is filed from) and the states of the heads of state or
    government it names; none unless there are two."""
    out: list[str] = []
    dateline = art.dateline_place()
    if dateline is not None and dateline.iso3:
        out.append(dateline.iso3)
    for a in art.actors.actors:
        if a.iso3 and not a.international and (a.role or "").lower() in HEAD_ROLES and a.iso3 not in out:
            out.append(a.iso3)
    return out if len(out) >= 2 else []


def _meeting_subject(text: str, s_start: int, clause_lo: int, verb_start: int) -> bool:
    """A meeting or its members are the subject of the verb: named in its clause, or in the clause
    before when the verb's clause goes on with "and" ("the leaders discussed ..., and issued a statement")."""
    if _MEETING_SUBJECT.search(text, clause_lo, verb_start):
        return True
    if re.search(r"\b(?:after|upon|by|before)\s+$", text[max(s_start, verb_start - 8):verb_start]):
        # "The summit concluded on Saturday after adopting a final declaration": the gerund's subject is the main clause's
        return bool(_MEETING_SUBJECT.search(text, s_start, verb_start))
    if clause_lo > s_start and re.match(r"\s*and\s", text[clause_lo:verb_start]):
        return bool(_MEETING_SUBJECT.search(text, _clause_start(text, s_start, clause_lo - 1), clause_lo))
    return False


def _states_outside_witnesses(art: Article, lo: int, hi: int, topics: bool = True) -> list[str]:
    """_states_in of [lo, hi) less the witness phrases in it ("as witnessed by the President of
    C", "in the presence of Energy Minister Subroto") and where the signatories met ("having met in
    Kuala Lumpur, Malaysia"): a witness of a signing, or its venue, is no party."""
    out: list[str] = []
    for w in _WITNESSED_OR_VENUE.finditer(art.text, lo, hi):
        out += _states_in(art, lo, w.start(), topics=topics)
        lo = w.end()
    return out + _states_in(art, lo, hi, topics=topics)


def _witness_only(art: Article, s_start: int, s_end: int, party: str) -> bool:
    """Is the sentence's only word of the state `party` inside a witness phrase?"""
    inside = [c for w in _WITNESSED.finditer(art.text, s_start, s_end) for c in _states_in(art, w.start(), w.end())]
    return party in inside and party not in _states_outside_witnesses(art, s_start, s_end)


def _unnamed_signers(art: Article, lo: int, hi: int) -> bool:
    """A subject in [lo, hi) that counts its signatories without naming them ("major U.S. trading
    partners covering half of global GDP have agreed to ..."): no document in particular. "Japan
    and other countries" names one."""
    crowd = _UNNAMED_SIGNERS.search(art.text, lo, hi)
    if crowd is None:
        return False
    near = max(lo, crowd.start() - 30, art.text.rfind(",", 0, crowd.start()) + 1)  # its own noun phrase
    return not _states_in(art, near, crowd.start()) and not _states_in(art, crowd.end(), hi)


def _named_non_state_subject(art: Article, lo: int, hi: int) -> bool:
    """A signing verb's subject in [lo, hi) that names someone (a capitalized name) but no state,
    government or person acting for one: the signatories are organisations ("L3Harris and 4iG")."""
    head = re.match(r"\W*(?:[A-Z][\w\s]{0,40}:\s*)?", art.text[lo:hi])  # a heading before a colon
    words = art.text[lo + head.end():hi]
    names = [n for n in re.findall(r"\b(?:[A-Z][\w&.\-]*|\d\w*[A-Za-z]\w*)\b", words)
             if n not in ("The", "A", "An", "It", "They", "We", "On", "In", "Also", "Both")]
    return bool(names) and not _GOV_STRICT.search(words) and not _ANAPHORIC_PARTIES.search(words) \
        and not _states_in(art, lo, hi) and not any(a.iso3 for a in art.actors.in_span(lo, hi))


# the counterparty of a signing after its noun: "signed a $6bn deal with the sheikhdom of Qatar"
_WITH_AFTER = re.compile(r"(?:\s+[\w$£€().,\-]+){0,4}?\s+with\s+")
# what may stand between "with" and the country that heads the counterparty
_STATE_HEAD_GAP = re.compile(r"(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}(?:government|sheikhdom|kingdom|republic|emirate|"
                             r"sultanate|principality|state|authorities)\s+of\s+(?:the\s+)?)?")
# the country word goes on into a firm's name: "India's HCL", "China Central Television", "Oman-based"
_NAME_GOES_ON = re.compile(r"(?:['’]s\b|-|\s+[A-Z&])")


def _country_counterparty(art: Article, ne: int, s_end: int) -> bool:
    """A country named as the one a document is signed with ("Shell has signed a deal with Qatar"):
    like a country subject, it stands for its government, a party of the document. Only the first
    country after "with" counts, and only when it heads the counterparty, not a firm's name or seat
    ("with India's HCL Technologies", "with <X A/S>, Mjoendalen, Norway", "with Banc of America")."""
    text = art.text
    m = _WITH_AFTER.match(text, ne, min(s_end, ne + 60))
    if m is None:
        return False
    c = next(iter(art.matches_in(m.end(), min(s_end, m.end() + 45), ("country",))), None)
    return c is not None and bool(c.iso3) and _STATE_HEAD_GAP.fullmatch(text, m.end(), c.start) is not None \
        and not _NAME_GOES_ON.match(text, c.end) and _country_subject(art, c.start, c.end)


def _firm_signs_with_state(art: Article, pred: _Predicate | None, s_start: int, ne: int, s_end: int) -> bool:
    """Named non-state signatories and a country as the one they sign with: "Shell has signed a deal with
    Qatar" (the country is the document's state party)."""
    return pred is not None and pred.before_noun and _country_counterparty(art, ne, s_end) and \
        _named_non_state_subject(art, _clause_start(art.text, s_start, pred.start), pred.start)


# the offices of a state's government: a holder of one who signs acts for the state ("Mr Straw signed a
# deal" after "UK Foreign Secretary Jack Straw"); a chairman or chief may head a firm
_STATE_OFFICE = re.compile(r"\b(?:minister|secretary|president|premier|chancellor|king|queen|prince|emir|sheikh|sultan|"
                           r"ambassador|envoy|officials)\b")


def _official_subject(art: Article, lo: int, hi: int, iso3: str) -> bool:
    """An office-holder of the state `iso3` as the signer: its government acts."""
    return any(a.iso3 == iso3 and not a.international and a.role
               and (a.role.lower() in HEAD_ROLES or _STATE_OFFICE.search(a.role)) for a in art.actors.in_span(lo, hi))


def _country_subject(art: Article, lo: int, hi: int) -> bool:
    """A country named as an actor in the clause ("Venezuela signed", "China and Egypt signed"):
    a country name stands for its government."""
    for m in art.matches_in(lo, hi, ("country",)):
        if m.iso3 and not _is_organisation(art, m) and not _is_location(art, m):
            return True
    return False


def _same_type_in_title(art: Article, doc_type: str) -> bool:
    for m in DOC_NOUN.finditer(art.title or ""):
        if m.lastgroup == doc_type:
            return True
    return False


def _title_is_joint_statement(art: Article) -> _Doc | None:
    """A release whose title says it is a joint statement is itself the document."""
    title = art.title or ""
    if re.search(r"\breadout\b", title, re.I):
        return None
    group = _TITLE_GROUP_STATEMENT.search(title)
    bloc = bloc_in(title, 0, group.start()) if group and not re.search(
        r"\b(?:statement|remarks)\s+(?:by|from|of)\b", title[:group.start()], re.I) else None  # (not one person's words on it)
    parties = members(bloc, art.published) if bloc is not None else []
    if parties:
        return _Doc("joint_statement", parties, "signed", title[:200], 0, max(1, min(len(art.text), 400)), RULE_SELF,
                    True, False)
    if not _TITLE_JOINT.search(title):
        return None
    parties = _title_states(art, homes=False)
    if not parties:
        # the opening paragraph, past a dateline line ("Leuven, Belgium"): a place, not a party
        lo = 0
        first = art.text.find("\n")
        if 0 <= first < 60:
            lo = first + 1
            while lo < len(art.text) and art.text[lo] in "\n\r ":
                lo += 1
        nxt = art.text.find("\n", lo)
        # (less its witnesses and the place they met: "as witnessed by the President of C, having met in
        # Kuala Lumpur, Malaysia")
        parties = _states_outside_witnesses(art, lo, nxt if nxt > lo else min(len(art.text), lo + 400))
    if not parties and art.actors.home:
        parties = [art.actors.home]
    if not parties:
        return None
    first_end = art.text.find("\n")
    first_end = len(art.text) if first_end < 0 else first_end
    return _Doc("joint_statement", sorted(parties), "signed", title[:200], 0, max(1, min(first_end, 400)),
                RULE_SELF, True, False)


_RULE_RANK = {r: i for i, r in enumerate(RULES)}
_INSTRUMENTS = ("agreement", "treaty", "memorandum")


# A later mention is compared with the documents named up to this many characters before it. The
# window is longer than any news article (the longest of the corpora has 162,540 characters), so
# it bounds only texts far longer than an article: without it every mention of such a text is
# compared with every document before it (mentions x documents, quadratic in the text's length).
SAME_DOCUMENT_WINDOW = 200_000


def _same_document(d: _Doc, merged: list[_Doc], first: int = 0) -> _Doc | None:
    """The row an article's later mention refers to, if any. A document named again ("the
    agreement") with the same or fewer parties is the one named before; a new indefinite one ("a
    second memorandum", "other agreements") is another. A definite mention by another word ("the
    pact" after "a treaty", "the memorandum" after "an agreement") with no parties of its own
    refers to the instrument reported just before it. Only merged[first:] is looked at (the
    documents within SAME_DOCUMENT_WINDOW before the mention)."""
    for k in islice(merged, first, None):
        if k.doc_type != d.doc_type:
            continue
        if RULE_SIGNED_EACH in (d.rule, k.rule) and set(d.parties) != set(k.parties):
            continue  # one document per signatory pair: "agreements with A, B and C" are three
        if d.specific:
            # a named document is only the one of that name (or the same mention in its sentence)
            if k.specific and d.name.lower() == k.name.lower() or d.start == k.start and d.status == k.status \
                    and set(d.parties) <= set(k.parties):
                return k
            continue
        if k.specific and d.start != k.start and not d.definite:
            continue
        if d.definite and d.name[:1].isupper() and not k.name[:1].isupper() and d.start != k.start:
            continue  # "the Agreement" of a legal text is its own instrument, not "a duty evasion agreement" it plans
        if set(d.parties) == set(k.parties) and (d.definite or d.start == k.start or d.rule == RULE_CONTEXT):
            return k
        if set(d.parties) < set(k.parties) and (d.definite or d.rule == RULE_CONTEXT):
            return k
    if d.definite and d.doc_type in _INSTRUMENTS and not d.specific:
        # the last instrument named before the mention
        prior = next((k for k in reversed(merged[first:]) if k.doc_type in _INSTRUMENTS and k.start < d.start), None)
        if prior is not None and set(d.parties) <= set(prior.parties) and prior.status == d.status and \
                not (d.name[:1].isupper() and not prior.name[:1].isupper()):
            return prior
    return None


def documents_for_article(art: Article, spans: list[tuple[int, int]]) -> list[_Doc]:
    found: list[_Doc] = []
    own = _title_is_joint_statement(art)
    if own:
        found.append(own)
    for start, end in spans:
        for d in _docs_in_sentence(art, start, end):
            if d.inherit:
                # the last document with enough parties reported in the 3,000 characters before
                # (`found` is in text order: looked at backwards, no further than that)
                for f in reversed(found):
                    if d.start - f.start >= 3000:
                        break
                    if f.start < d.start and len(f.parties) >= d.inherit:
                        d.parties = list(f.parties)
                        break
            found.append(d)
    # One document is often named in several sentences: a later definite mention ("the agreement")
    # with the same or fewer parties, or a mention of the same name, is the same document; an
    # indefinite one ("a second memorandum", "signed MoUs with ...") is another.
    merged: list[_Doc] = []
    merged_starts: list[int] = []  # in text order, as `found` is
    for d in found:
        same = _same_document(d, merged, bisect_left(merged_starts, d.start - SAME_DOCUMENT_WINDOW))
        if same is None:
            merged.append(d)
            merged_starts.append(d.start)
            continue
        # keep the more reliable reading; a signing outranks a plan reported earlier in the text
        if d.status == "signed" and same.status == "planned" and d.rule != RULE_CONTEXT and d.doc_type == same.doc_type:
            same.status = d.status
        elif own is not None and d.status == "planned" and d.rule == RULE_PLANNED and same.status == "signed" and \
                same.doc_type == "agreement" and same.rule not in (RULE_SELF, RULE_SIGNED_EACH):
            # a joint statement whose agreement the parties "will promptly finalize": the statement
            # is signed, the agreement planned (GUIDELINES, hard cases)
            same.status, same.rule = "planned", RULE_PLANNED
        if d.specific and not same.specific:
            same.name, same.specific = d.name, True
        if d.doc_type != same.doc_type and same.doc_type == "agreement":
            same.doc_type = d.doc_type  # "an agreement ... the memorandum of understanding": the specific noun
        if _RULE_RANK[d.rule] < _RULE_RANK[same.rule] and same.rule != RULE_SELF:
            same.rule = d.rule
    # "India today signed an agreement to sell 500 cars to Hungary ... Under the agreement signed
    # between Maruti Udyog Ltd and Hungary's state-owned Mogurt trading company": a document whose
    # signatories the story names next, as companies on both sides, is theirs
    merged = [d for d in merged if d.specific or len(d.parties) > 2 or not _companies_sign(art, d)]
    # "Ukraine strikes gas deal" ... "signed the contract": a bare "deal" with the same parties and
    # status as a document of a more specific type is that document
    typed = {(tuple(d.parties), d.status) for d in merged if d.doc_type != "agreement"}
    merged = [d for d in merged if not (d.doc_type == "agreement" and not d.specific and
                                        d.name.lower().rstrip("s").split()[-1:] == ["deal"]
                                        and (tuple(d.parties), d.status) in typed)]
    # "Iraq has secured agreement to defer payments ... Signature of the accord is expected in late
    # March": the story's one document of its kind, reported agreed, awaits its signing
    ahead = _types_signed_ahead(art.text) if merged else set()
    for d in merged:
        # (one document of its kind: the rows of that type name the same parties)
        if d.doc_type in ahead and d.status == "signed" and d.rule in (RULE_SIGNED, RULE_SIGNED_PASSIVE, RULE_CONTEXT) \
                and len({tuple(o.parties) for o in merged if o.doc_type == d.doc_type}) == 1:
            d.status = "planned"
    single = [d for d in merged if len(d.parties) == 1 and d.rule != RULE_SELF]
    title_states = _title_document_states(art) if single else []
    # "Yeutter said the accord was reached after bilateral negotiations" under "JAPAN OPENS HOME
    # MARKET TO U.S. FISH": a bilateral document's other side is the title's other state
    pair = _title_states(art) if any(_BILATERAL.search(art.text, d.start, d.end) for d in single) else []
    for d in single:
        # "Egypt and Israel seal trade deal", "U.S. TREASURY ANNOUNCES OECD TIED-AID PACT": a
        # document of one state in its sentence, under a title that reports a document of that
        # state and one other, has that other state too
        if len(title_states) == 2 and d.parties[0] in title_states:
            d.parties = sorted(title_states)
        elif len(pair) == 2 and d.parties[0] in pair and _BILATERAL.search(art.text, d.start, d.end):
            d.parties = sorted(pair)
    if own is not None and _TITLE_FRAMEWORK.search(art.title or ""):
        # "Joint Statement on a Framework for a United States-Switzerland-Liechtenstein Agreement":
        # the statement lays out a future agreement of its parties (GUIDELINES, hard cases); the
        # framework "reached" is the statement's, not the agreement
        framed = [d for d in merged if d.doc_type == "agreement" and set(d.parties) == set(own.parties)]
        for d in framed:
            if d.status == "signed" and d.name.lower().startswith("framework"):
                d.status, d.rule = "planned", RULE_PLANNED
        if not framed:
            merged.append(_Doc("agreement", list(own.parties), "planned", own.name, own.start, own.end, RULE_PLANNED,
                               False, False))
    return sorted(merged, key=lambda d: d.start)


_SIGNING_AHEAD = re.compile(r"\b[Ss]i(?:gnature|gning)\s+of\s+the\s+(?P<noun>(?:[\w\-]+\s+){0,2}?(?:accord|agreement|deal|"
                            r"pact|treaty|protocol|memorandum|contract))\b(?:[^.;]{0,40}?\b(?:is|are)\s+(?:now\s+)?|,\s+)"
                            r"(?:expected|scheduled|due|planned|set)\b")


# "In the coming weeks, the United States and Indonesia will memorialize the Agreement on
# Reciprocal Trade", "work toward finalizing the Interim Agreement": the deal announced is still to
# be put in writing
_WRITING_AHEAD = re.compile(r"\b(?:will|to|and)\s+(?:promptly\s+|formally\s+)?(?:memoriali[sz]e|formali[sz]e|finali[sz]e|"
                            r"work\s+toward\s+finali[sz]ing|work\s+towards\s+finali[sz]ing)\s+(?:the|an?|this)\s+"
                            r"(?P<noun>(?:[\w\-]+\s+){0,3}?(?:[Aa]greement|[Aa]ccord|[Dd]eal|[Pp]act|[Tt]reaty))\b")


def _types_signed_ahead(text: str) -> set[str]:
    """The document types whose signing the story says is still to come ("signature of the accord,
    expected in late March", "will memorialize the Agreement"), typed as DOC_NOUN types them (a
    bare memorandum too)."""
    out: set[str] = set()
    for m in (*_SIGNING_AHEAD.finditer(text), *_WRITING_AHEAD.finditer(text)):
        typed = DOC_NOUN.search(m.group("noun").lower())
        out.add(typed.lastgroup if typed else "memorandum")
    return out


_TITLE_VENUE_BEFORE = re.compile(r"\b(?:meeting|meet|talks|summit|held|signed|sign)\s+(?:[\w\-]+\s+){0,2}?(?:in|at)\s+"
                                 r"(?:[A-Z][\w\-]*\s+){0,3}?(?:[A-Z][\w\-]*,\s+)?$")
_SIGNED_BETWEEN = re.compile(r"\b(?:the|this)\s+(?P<noun>agreement|contract|deal|accord|memorandum|pact)\s+"
                             r"(?:(?:was|has\s+been)\s+)?(?:signed|reached|concluded)?\s*between\s+"
                             r"(?P<one>[^.;]{3,120}?)\s+and\s+(?P<two>[^.;]{3,120}?)(?=[,;.]|\s[-–—]\s|$)", re.I)


def _companies_sign(art: Article, d: _Doc) -> bool:
    """Does the sentence after the document's (or its own) name its signatories as companies on
    both sides ("the agreement signed between Maruti Udyog Ltd ... and Hungary's state-owned Mogurt
    trading company")?"""
    text = art.text
    if "between" not in text[d.start:min(len(text), d.end + 1500)].lower():
        return False
    for m in _SIGNED_BETWEEN.finditer(text, d.start, min(len(text), d.end + 1500)):
        if not d.doc_type.startswith(m.group("noun").lower()[:5]) and m.group("noun").lower() not in ("deal", "pact", "accord"):
            continue
        sides = [m.group("one"), m.group("two")]
        if all(_COMPANY.search(x) and not _GOV_STRICT.search(_public(x)) for x in sides):
            return True
    return False


_TITLE_DOCUMENT = re.compile(r"\b(?:accords?|agreements?|pacts?|deals?|treat(?:y|ies)|sign(?:s|ed)?|seal(?:s|ed)?|"
                             r"ink(?:s|ed)?|agree(?:s|d)?|memorand(?:um|a)|mou)\b", re.I)


def _title_document_states(art: Article) -> list[str]:
    """The states a title that reports a document names (countries and demonyms, not a company's
    words): "Egypt and Israel seal trade deal" -> EGY, ISR."""
    title = art.title or ""
    if not _TITLE_DOCUMENT.search(title):
        return []
    return _title_states(art)


def _title_states(art: Article, homes: bool = True) -> list[str]:
    """The states a title names (countries and demonyms), less words of a company's name ("TAP AIR
    PORTUGAL SIGNS CONTRACT") and, with `homes`, a company's home ("Chinese company signs deal";
    not for a joint body of two states: "the U.S.-Israel Strategic Consultative Group")."""
    title = decapitalized(art.title or "")
    out = []
    for m in art.title_matches:
        if m.kind not in ("country", "demonym") or not m.iso3:
            continue
        if homes and _ORG_AFTER.match(title[m.end:m.end + 60]) or \
                _TITLE_ORG_BEFORE.search(title[max(0, m.start - 30):m.start]):
            continue
        if _TITLE_VENUE_BEFORE.search(title, max(0, m.start - 50), m.start):
            continue  # "... on the outcomes of their meeting in Kuala Lumpur, Malaysia": where, not who
        out.append(m.iso3)
    return list(dict.fromkeys(out))


_BILATERAL = re.compile(r"\bbilateral(?:ly)?\b", re.I)
_TITLE_ORG_BEFORE = re.compile(r"\b(?i:air|aero|radio|banco|banque|state[- ](?:owned|run))\s+$")


def candidate_stages() -> list[pl.Expr]:
    """Sentences naming a kind of document, and titles that can name a joint statement (a
    release may itself be the document)."""
    return [pl.col("lower").str.contains(PREFILTER) | (
        (pl.col("sentence_idx") < 0) & pl.col("lower").str.contains(_TITLE_JOINT_RS)),
            (pl.col("sentence_idx") < 0) | pl.col("lower").str.contains(_DOC_NOUN_RS)]


_TITLE_JOINT_RS = rust_prefilter(_TITLE_JOINT.pattern + "|" + _TITLE_GROUP_STATEMENT.pattern)
_DOC_NOUN_RS = rust_prefilter(DOC_NOUN.pattern, (r"(?!Independence)", r"(?<!National\s)", _NOT_A_NAME_HEAD,
                                                 r"(?=\s+(?:for|on|of)\s)", r"(?!\s+of\s+intent)"))


def rows_for_article(art: Article, spans: list[tuple[int, int]]) -> list[dict]:
    return [{
        "document_id": fact_id(art.article_id, "document", d.doc_type, ",".join(d.parties), str(d.start),
                               d.name if d.rule == RULE_SIGNED_EACH else ""),
        "article_id": art.article_id, "doc_type": d.doc_type, "parties": d.parties, "status": d.status,
        "document_name": d.name, "name_is_proper": d.specific and d.name.lower() not in _GENERIC_NAMES,
        "sentence": art.evidence(d.start, d.end), "sentence_start": d.start,
        "sentence_end": d.end, "extractor_version": EXTRACTOR_VERSION, "rule": d.rule,
    } for d in documents_for_article(art, spans)]


def extract_documents(articles: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    from .pipeline import extract_facts

    return extract_facts(articles, sentences, ("documents",))["documents"]
