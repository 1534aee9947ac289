"""The objections file: reading, writing, its layout and index, what is set aside, old files."""
