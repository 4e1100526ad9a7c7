"""Checks that a Dossier JSON file has every key the contract lists (spec/dossier-json.md)."""
import json
import sys

TOP = ["format", "generator", "documents", "entities", "quotes", "timexes", "claims", "derivations", "stories"]
KEYS = {
    "documents": ["id", "path", "title", "source", "url", "published", "text", "story"],
    "entities": ["id", "name", "type", "aliases", "descriptors", "mentions"],
    "quotes": ["id", "doc", "start", "end", "text", "kind", "speaker", "cue", "parent", "group"],
    "timexes": ["doc", "start", "end", "text", "type", "value", "anchor"],
    "claims": ["id", "story", "text", "asserted_by", "disputed_by", "evidence"],
    "derivations": ["doc", "source", "similarity", "kind"],
    "stories": ["id", "title", "documents", "dates", "timeline", "brief"],
}


def main(path):
    data = json.load(open(path, encoding="utf-8"))
    problems = [f"missing top-level key {k!r}" for k in TOP if k not in data]
    if data.get("format") != "dossier-json/1":
        problems.append("format is not dossier-json/1")
    docs = {d["id"]: d for d in data.get("documents", [])}
    for section, keys in KEYS.items():
        for index, item in enumerate(data.get(section, [])):
            problems += [f"{section}[{index}] lacks {k!r}" for k in keys if k not in item]
    for index, doc in enumerate(data.get("documents", [])):
        published = doc.get("published", {})
        if set(published) != {"value", "basis"}:
            problems.append(f"documents[{index}].published must have value and basis")
    # Every span must index its document's text.
    for index, quote in enumerate(data.get("quotes", [])):
        text = docs[quote["doc"]]["text"]
        if text[quote["start"]:quote["end"]] != quote["text"]:
            problems.append(f"quotes[{index}] text does not match its span")
    for index, timex in enumerate(data.get("timexes", [])):
        text = docs[timex["doc"]]["text"]
        if text[timex["start"]:timex["end"]] != timex["text"]:
            problems.append(f"timexes[{index}] text does not match its span")
    if problems:
        print(f"{path}: " + "; ".join(problems[:20]), file=sys.stderr)
        sys.exit(1)
    counts = ", ".join(f"{len(data[k])} {k}" for k in TOP[2:])
    print(f"{path}: every key present ({counts})")


if __name__ == "__main__":
    main(sys.argv[1])
