"""Checks the tables the `dossier eval` commands print against the floors the issues set.

Usage: check_scores.py KIND FILE, KIND one of quotes, timex, clusters. A floor the
project has not reached yet is listed in PENDING with the score it guards instead, so
that a regression still fails CI while the gap stays visible.
"""
import sys

FLOORS = {
    "quotes": [("content", "f1", 0.65), ("speaker", "f1", 0.55), ("direct speaker", "f1", 0.80)],
    "timex": [("relaxed span", "f1", 0.90), ("value", "f1", 0.82)],
    "clusters": [("b-cubed", "f1", 0.92)],
}
PENDING: dict[str, str] = {}
COLUMNS = ["precision", "recall", "f1"]


def rows(path):
    table = {}
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        numbers = []
        while parts:
            try:
                float(parts[-1]) if parts[-1] != "-" else None
            except ValueError:
                break
            numbers.insert(0, parts.pop())
        if parts and len(numbers) >= 3:
            table[" ".join(parts)] = numbers
    return table


def main(kind, path):
    table = rows(path)
    failures = []
    for name, column, floor in FLOORS[kind]:
        values = table.get(name)
        if values is None:
            failures.append(f"no row {name!r}")
            continue
        value = float(values[COLUMNS.index(column)])
        status = "ok" if value >= floor else "BELOW"
        print(f"{kind}: {name} {column} {value:.3f} (floor {floor:.2f}) {status}")
        if value < floor:
            failures.append(f"{name} {column} {value:.3f} < {floor}")
    if kind in PENDING:
        print(f"{kind}: pending: {PENDING[kind]}")
    if failures:
        print(f"{kind}: " + "; ".join(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
