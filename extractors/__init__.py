"""Reading meaning out of text: the Swedish spaCy pipeline (nlp), dates, money, organisations,
goals, contacts, and the assembly of project records with provenance (project, extract)."""

EXTRACTOR_VERSION = "29"
"""Raised when a rule change alters what is read: documents extracted with another version are re-read."""
