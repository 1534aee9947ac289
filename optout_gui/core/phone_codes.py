"""QR codes that hand a text over to a phone: what one code holds, and how a text too long
for one code is split into numbered parts.

No Qt here: ``ui/wizard/qr_code.py`` draws the modules. The codes are only ever drawn on screen;
nothing is sent or saved. The library is segno (pure Python, no dependencies).

Every code uses error correction level M and byte mode with the text in UTF-8. A text with
any non-ASCII letter ("für", "się") starts with an ECI header that says "UTF-8": without it
zbar (the decoder behind many scanner apps) guesses another character set and shows "für"
as "f羹r". zbar, zxing-cpp and the phone cameras' own readers honour the header. A text
of plain ASCII reads the same in every character set and goes without it.
"""

from __future__ import annotations

import bisect
import math
import unicodedata
from dataclasses import dataclass

ERROR_LEVEL = "M"
QUIET_ZONE = 4  # light modules around the code, as the QR standard asks for
# Version 40 (the largest), level M, byte mode with the UTF-8 ECI header: 2,330 bytes,
# measured with segno (2,331 without the header; one limit for every text keeps it simple).
MAX_BYTES = 2330
# A text too long for one code is shown in parts of at most this size: version 26 or
# less, about 390 px on screen, which a phone reads far more easily than a version 40
# code and which fits on a small laptop screen beside the email's code.
PART_BYTES = 1000


class TooLongForOneCode(ValueError):
    """The text needs more bytes than one QR code can hold."""

    def __init__(self, size: int):
        super().__init__(f"{size} bytes in UTF-8; one QR code holds {MAX_BYTES}")
        self.size = size


@dataclass(frozen=True)
class QrMatrix:
    """The modules of one code, quiet zone included: ``rows[y][x]`` is True for dark."""

    text: str
    version: int
    error: str
    rows: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        """Modules per side, quiet zone included."""
        return len(self.rows)


def byte_size(text: str) -> int:
    return len(text.encode("utf-8"))


def fits_in_one_code(text: str) -> bool:
    return byte_size(text) <= MAX_BYTES


def make_matrix(text: str) -> QrMatrix:
    """The QR code of ``text`` (level M, byte mode, UTF-8 declared by an ECI header unless
    the text is plain ASCII, quiet zone of 4 modules)."""
    size = byte_size(text)
    if size > MAX_BYTES:
        raise TooLongForOneCode(size)
    import segno  # noqa: PLC0415 - seam: QR library

    code = segno.make(
        text,
        error=ERROR_LEVEL.lower(),
        mode="byte",
        encoding="utf-8",
        eci=not text.isascii(),
        micro=False,
        boost_error=False,  # level M exactly, as promised
    )
    rows = tuple(
        tuple(bool(module) for module in row) for row in code.matrix_iter(border=QUIET_ZONE)
    )
    return QrMatrix(text=text, version=int(code.version), error=code.error, rows=rows)


def characters_in_one_code(text: str) -> int:
    """How many characters from the start of ``text`` fit in one code."""
    ends = _byte_ends(text)
    return bisect.bisect_right(ends, MAX_BYTES) - 1


def split_for_codes(text: str, limit: int = MAX_BYTES) -> list[str]:
    """Cut ``text`` into as few parts as needed, each fitting in one code.

    Joining the parts gives back exactly ``text``. The parts are of about the same size,
    and a cut falls after a space or line break where there is one near, never inside a
    character or before an accent that belongs to the letter in front of it.
    """
    if limit < 4:
        raise ValueError("limit too small")
    total = byte_size(text)
    if total <= limit:
        return [text]
    ends = _byte_ends(text)
    for count in range(math.ceil(total / limit), len(text) + 1):
        # Never before an accent where possible; a letter with more accents than one code
        # holds (1,200 on one "a") has no such place: it is cut between accents then.
        parts = _split_into(text, ends, count, limit) or _split_into(
            text, ends, count, limit, keep_accents=False
        )
        if parts is not None:
            return parts
    raise ValueError("no place to cut the text")  # not reached: any two characters will do


def _byte_ends(text: str) -> list[int]:
    """``ends[i]`` is the UTF-8 size of ``text[:i]``."""
    ends = [0]
    for char in text:
        ends.append(ends[-1] + len(char.encode("utf-8", "surrogatepass")))
    return ends


def _can_cut_at(text: str, index: int, keep_accents: bool = True) -> bool:
    if not 0 < index < len(text):
        return False
    return not (keep_accents and unicodedata.combining(text[index]))


def _split_into(
    text: str, ends: list[int], count: int, limit: int, keep_accents: bool = True
) -> list[str] | None:
    parts = []
    start = 0
    for left in range(count, 1, -1):
        remaining = ends[-1] - ends[start]
        want = math.ceil(remaining / left)
        hard = bisect.bisect_right(ends, ends[start] + limit) - 1
        soft = min(hard, bisect.bisect_right(ends, ends[start] + want) - 1)
        cut = _best_cut(text, start, soft, hard, keep_accents)
        if cut is None:
            return None
        parts.append(text[start:cut])
        start = cut
        if start >= len(text):
            return None
    if ends[-1] - ends[start] > limit:
        return None
    parts.append(text[start:])
    return parts


def _best_cut(text: str, start: int, soft: int, hard: int, keep_accents: bool = True) -> int | None:
    """After a space near ``soft`` (up to a fifth of the part away), else at ``soft``."""
    reach = max(1, (soft - start) // 5)
    for distance in range(reach + 1):
        for index in (soft - distance, soft + distance):
            if (
                start < index <= hard
                and text[index - 1].isspace()
                and _can_cut_at(text, index, keep_accents)
            ):
                return index
    for index in range(soft, start, -1):
        if _can_cut_at(text, index, keep_accents):
            return index
    return None
