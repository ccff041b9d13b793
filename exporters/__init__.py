"""Exporters of the dateline graph, registered by name."""
