"""Plain-Python core: no Qt imports allowed below this package."""
