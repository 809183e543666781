class KnowledgeError(Exception):
    """A knowledge-base problem the user can fix; Indonesian, one line."""
