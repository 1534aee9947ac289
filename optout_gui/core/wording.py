"""Marking the core's English texts for translation, without Qt.

``QT_TRANSLATE_NOOP("context", "text")`` returns ``text`` unchanged; pyside6-lupdate finds
the call by its name and puts the text into the .ts files under ``context``. The UI then
translates the same text with ``QCoreApplication.translate(context, text)``, so each
English sentence is written once, where the core uses it.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text
