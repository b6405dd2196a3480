"""Asset: signed (or to-be-signed) documents between states found in the day's articles."""

from ..extraction.documents import extract_documents
from ..extraction.vocabulary import DOCUMENTS_VOCAB
from .facts import fact_asset

documents = fact_asset(
    "documents", extract_documents, DOCUMENTS_VOCAB,
    preview=["doc_type", "parties", "status", "sentence"],
    description="One row per document an article reports as signed, issued or to be signed, "
    "with its type, state parties and status.",
)
