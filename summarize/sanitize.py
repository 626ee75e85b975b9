"""Text from a document made safe to print: no terminal escape sequences, no control characters.

A press release is untrusted input. Printed raw, an ESC sequence in it could move the
cursor, retitle the window, rewrite earlier lines or plant a hyperlink in the user's
terminal. Every string the formatter prints passes through `strip_controls`.
"""
from __future__ import annotations

import re

# Terminal escape sequences, whole, so that no parameter bytes are left behind.
ESCAPES = re.compile(
    r"""
    \x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC: title, hyperlink, clipboard ... ends BEL or ST
    | \x1b[P^_X][^\x1b\x9c]*(?:\x1b\\|\x9c)?      # DCS, PM, APC, SOS strings up to ST
    | \x1b\[[0-?]*[ -/]*[@-~]?                      # CSI: cursor moves, colours, erase ("\x1b[2J")
    | \x9b[0-?]*[ -/]*[@-~]?                        # the same with the 8-bit CSI
    | \x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?    # 8-bit OSC
    | \x1b[ -/]*[0-~]?                              # any other ESC sequence ("\x1bc" resets)
    """,
    re.VERBOSE,
)
# Every other C0 and C1 control character except tab and newline, and DEL.
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """`text` without escape sequences and control characters: "a\\x1b[31mb\\x07" -> "ab"."""
    if text.isprintable():  # the common case, fast
        return text
    return CONTROLS.sub("", ESCAPES.sub("", text))


def sanitize(value):
    """A copy of a model value (dataclass, tuple, str) with every string passed through `strip_controls`."""
    import dataclasses  # here, not at the top: the CLI imports this module at start-up

    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, tuple):
        return tuple(sanitize(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: sanitize(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value
