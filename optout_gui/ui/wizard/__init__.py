"""The wizard: its window, one module per step page, Meta's code countdown, the
reason editor, the phone hand-off's QR codes."""
