"""The contract's vocabularies (../shared/CONTRACT.md, eval/GUIDELINES.md)."""

VISIT_STATUS = frozenset({"planned", "ongoing", "completed", "cancelled"})
DOC_TYPES = frozenset({"joint_statement", "agreement", "memorandum", "treaty", "contract"})
DOC_STATUS = frozenset({"planned", "signed"})
CATEGORIES = frozenset({"trade", "energy", "sanctions"})
COMMODITIES = frozenset({"oil", "gas", "lng", "coal", "nuclear", "electricity", "renewables", "hydrogen", "general"})

VISITS_VOCAB = {"status": VISIT_STATUS}
DOCUMENTS_VOCAB = {"doc_type": DOC_TYPES, "status": DOC_STATUS}
MENTIONS_VOCAB = {"category": CATEGORIES, "commodity": COMMODITIES | {None}}
