"""Compile the project's .po catalogs under locale/ into the .mo files Django reads.

Pure Python, so setting up needs no GNU gettext: `make install` runs it whenever a .po is newer
than its .mo. Handles what our catalogs use: msgctxt, plural forms and multi-line strings.
"""

import ast
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def parse(path):
    """Yield (key, value) pairs as gettext stores them in a .mo file."""
    entries, entry, field = [], {}, None
    for raw in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = raw.strip()
        if not line or line.startswith("#"):
            if not line and entry:
                entries.append(entry)
                entry, field = {}, None
            continue
        if line.startswith('"'):
            entry[field] += ast.literal_eval(line)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in entry:
            raise ValueError(f"{path}: {keyword} twice in one entry near {rest!r}")
        field = keyword
        entry[field] = ast.literal_eval(rest)
    for entry in entries:
        msgid = entry.get("msgid")
        if msgid is None:
            raise ValueError(f"{path}: an entry without msgid: {entry!r}")
        if "msgid_plural" in entry:
            key = f"{msgid}\0{entry['msgid_plural']}"
            forms = sorted(k for k in entry if k.startswith("msgstr["))
            value = "\0".join(entry[k] for k in forms)
        else:
            key, value = msgid, entry.get("msgstr", "")
        if "msgctxt" in entry:
            key = f"{entry['msgctxt']}\x04{key}"
        if value or not msgid:
            yield key, value


def write_mo(pairs, path):
    pairs = sorted((k.encode(), v.encode()) for k, v in pairs)
    count = len(pairs)
    keys_start = 7 * 4
    values_start = keys_start + count * 8
    data_start = values_start + count * 8
    key_table, value_table, data = [], [], b""
    for key, _ in pairs:
        key_table.append((len(key), data_start + len(data)))
        data += key + b"\0"
    for _, value in pairs:
        value_table.append((len(value), data_start + len(data)))
        data += value + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, count, keys_start, values_start, 0, 0)
    tables = b"".join(struct.pack("<2I", *item) for item in key_table + value_table)
    path.write_bytes(header + tables + data)


def main():
    catalogs = sorted((ROOT / "locale").glob("*/LC_MESSAGES/*.po"))
    for po in catalogs:
        write_mo(parse(po), po.with_suffix(".mo"))
    return 0 if catalogs else 1


if __name__ == "__main__":
    sys.exit(main())
