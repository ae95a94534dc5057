"""What an import did: counts, refusals with their reasons, converted encodings, warnings; shown
on screen and written as JSON. Progress goes out as a bar on a terminal and as one line per
article otherwise (a log, a cron mail)."""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field

CREATED, UPDATED, SKIPPED, REFUSED = "created", "updated", "skipped", "refused"
LABELS = {
    CREATED: "tạo mới",
    UPDATED: "cập nhật",
    SKIPPED: "không đổi",
    REFUSED: "từ chối",
}


@dataclass
class Report:
    dry_run: bool = False
    counts: Counter = field(default_factory=Counter)
    refused: list[dict] = field(default_factory=list)
    converted: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    categories_created: list[str] = field(default_factory=list)
    redirects: int = 0
    redirects_refused: list[dict] = field(default_factory=list)
    links_rewritten: int = 0
    images: int = 0
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0

    def add(self, outcome: str, source: str, *, reason: str = "", title: str = "") -> None:
        self.counts[outcome] += 1
        if outcome == REFUSED:
            self.refused.append({"source": source, "reason": reason})

    def refuse_redirect(self, source: str, reason: str) -> None:
        self.redirects_refused.append({"source": source, "reason": reason})

    def warn(self, source: str, message: str) -> None:
        self.warnings.append({"source": source, "message": message})

    def converted_from(self, source: str, encoding: str) -> None:
        self.converted.append({"source": source, "encoding": encoding})

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def finish(self) -> None:
        self.seconds = round(time.monotonic() - self.started, 2)

    def as_dict(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "created": self.counts[CREATED],
            "updated": self.counts[UPDATED],
            "skipped": self.counts[SKIPPED],
            "refused": self.counts[REFUSED],
            "refusals": self.refused,
            "converted_encodings": self.converted,
            "warnings": self.warnings,
            "categories_created": self.categories_created,
            "redirects_added": self.redirects,
            "redirects_refused": self.redirects_refused,
            "links_rewritten": self.links_rewritten,
            "images_imported": self.images,
            "seconds": self.seconds,
        }

    def write_json(self, path: str) -> None:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(self.as_dict(), fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    def summary_lines(self) -> list[str]:
        head = "Chạy thử (không ghi gì): " if self.dry_run else ""
        lines = [
            f"{head}tạo mới {self.counts[CREATED]}, cập nhật {self.counts[UPDATED]}, "
            f"không đổi {self.counts[SKIPPED]}, từ chối {self.counts[REFUSED]} "
            f"({self.seconds:.1f} s).",
        ]
        if self.categories_created:
            lines.append("Chuyên mục mới: " + ", ".join(self.categories_created) + ".")
        if self.redirects or self.links_rewritten or self.images:
            lines.append(
                f"Địa chỉ cũ chuyển hướng: {self.redirects}; liên kết đã sửa: "
                f"{self.links_rewritten}; ảnh đã nhập: {self.images}."
            )
        if self.converted:
            lines.append(f"Chuyển bảng mã sang Unicode ({len(self.converted)} tệp):")
            lines += [f"  {c['source']}: {c['encoding']}" for c in self.converted]
        if self.refused:
            lines.append("Từ chối:")
            lines += [f"  {r['source']}: {r['reason']}" for r in self.refused]
        if self.redirects_refused:
            lines.append("Địa chỉ cũ không chuyển hướng được:")
            lines += [f"  {r['source']}: {r['reason']}" for r in self.redirects_refused]
        if self.warnings:
            lines.append("Lưu ý:")
            lines += [f"  {w['source']}: {w['message']}" for w in self.warnings]
        return lines


class Progress:
    """A bar redrawn in place on a terminal; one plain line per article elsewhere."""

    WIDTH = 30

    def __init__(self, stream, *, total: int | None, tty: bool):
        self.stream, self.total, self.tty = stream, total, tty
        self.done = 0
        self._last_draw = 0.0

    def step(self, outcome: str, source: str, title: str = "", reason: str = "") -> None:
        self.done += 1
        if not self.tty:
            label = LABELS.get(outcome, outcome)
            detail = reason or title
            self.stream.write(f"{label}: {source}" + (f" — {detail}" if detail else "") + "\n")
            return
        now = time.monotonic()
        if now - self._last_draw < 0.1 and self.done != self.total:
            return
        self._last_draw = now
        if self.total:
            filled = int(self.WIDTH * self.done / self.total)
            bar = "█" * filled + "·" * (self.WIDTH - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total}")
        else:
            self.stream.write(f"\r{self.done} bài")
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
