"""dateline: news articles in, dated-event knowledge graph out."""
