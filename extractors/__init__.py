"""Reading meaning out of text: the Swedish spaCy pipeline (nlp), dates, money, organisations,
goals, contacts, and the assembly of project records with provenance (project, extract)."""
