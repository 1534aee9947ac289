"""Shared by every screen: small widgets, translation, opening links, notices, single
instance, theme."""
