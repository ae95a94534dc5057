"""What a database looked like when it was copied: compared after a restore to prove it whole."""

from dataclasses import asdict, dataclass, field


@dataclass
class Snapshot:
    """Row counts per table, the number of constraints and indexes, and applied migrations."""

    tables: dict[str, int] = field(default_factory=dict)
    constraints: int = 0
    indexes: int = 0
    migrations: list[str] = field(default_factory=list)

    def as_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, data):
        return cls(
            tables=dict(data["tables"]),
            constraints=int(data["constraints"]),
            indexes=int(data["indexes"]),
            migrations=list(data["migrations"]),
        )

    def differences(self, other: "Snapshot"):
        """Vietnamese lines saying how `other` (the restored copy) differs from this one."""
        lines = []
        for table in sorted(set(self.tables) | set(other.tables)):
            expected, found = self.tables.get(table), other.tables.get(table)
            if expected != found:
                lines.append(
                    f"Bảng {table}: bản sao lưu có {expected} dòng, bản khôi phục có {found}."
                )
        if self.constraints != other.constraints:
            lines.append(
                f"Ràng buộc: bản sao lưu có {self.constraints}, "
                f"bản khôi phục có {other.constraints}."
            )
        if self.indexes != other.indexes:
            lines.append(
                f"Chỉ mục: bản sao lưu có {self.indexes}, bản khôi phục có {other.indexes}."
            )
        if self.migrations != other.migrations:
            lines.append("Danh sách migration đã áp dụng không khớp.")
        return lines


def migrations_of(cursor):
    cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
    return [f"{app}.{name}" for app, name in cursor.fetchall()]
