#!/usr/bin/env python3
"""Generates a large JSON Lines corpus for the story-scale benchmark.

Articles are drawn from the bench corpora (../shared/data/bench/*.jsonl) and
perturbed: sentences dropped, a few words replaced or removed, paragraphs
reordered, outlets and headlines varied. Each source article recurs in
several "epochs" 45 days apart, with dates shifted within the epoch, so
that the same story recurs over time and articles of one epoch form one
story. Deterministic for a given size and seed.

usage: scale_corpus.py N OUT.jsonl [--seed S] [--data DIR]
"""
import argparse
import datetime
import json
import os
import random
import re

OUTLETS = ["Harbour Post", "Inland Courier", "Morning Ledger", "Valley Wire", "Coastal Times",
           "Evening Star", "Northern Gazette", "Capital Report", "Riverside News", "Daily Signal"]
FILLERS = ["reportedly", "also", "now", "still", "meanwhile", "indeed", "however"]


def load_sources(data_dir):
    sources = []
    for name in ("bbc.jsonl", "fnc_train_bodies.jsonl"):
        path = os.path.join(data_dir, name)
        with open(path, "rb") as handle:
            for raw in handle:
                try:
                    row = json.loads(raw.decode("utf-8", errors="replace"))
                except ValueError:
                    continue
                text = (row.get("text") or "").strip()
                if len(text) < 400:
                    continue
                paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
                sentences = [re.split(r"(?<=[.!?])\s+", p) for p in paragraphs]
                sources.append((row.get("title"), sentences))
    return sources


def perturb(sentences, rng):
    paragraphs = []
    for paragraph in sentences:
        kept = []
        for sentence in paragraph:
            if rng.random() < 0.15:
                continue
            words = sentence.split(" ")
            if len(words) > 6 and rng.random() < 0.3:
                i = rng.randrange(1, len(words) - 1)
                if rng.random() < 0.5:
                    del words[i]
                else:
                    words.insert(i, rng.choice(FILLERS))
            kept.append(" ".join(words))
        if kept:
            paragraphs.append(" ".join(kept))
    if len(paragraphs) > 3 and rng.random() < 0.3:
        i = rng.randrange(1, len(paragraphs) - 1)
        paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    return "\n\n".join(paragraphs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=7)
    default_data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "bench")
    parser.add_argument("--data", default=default_data)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sources = load_sources(args.data)
    # About eight articles per story: each source recurs in this many epochs.
    epochs = max(1, args.count // (len(sources) * 8))
    start = datetime.date(2020, 1, 1)
    with open(args.out, "w", encoding="utf-8") as out:
        for number in range(args.count):
            index = rng.randrange(len(sources))
            epoch = rng.randrange(epochs)
            title, sentences = sources[index]
            day = start + datetime.timedelta(days=epoch * 45 + index % 30 + rng.randrange(4))
            headline = title or " ".join(sentences[0][0].split(" ")[:9])
            if rng.random() < 0.5:
                headline = headline + " - " + rng.choice(["update", "latest", "analysis", "report"])
            row = {
                "id": "scale-%d" % number,
                "title": headline,
                "source": rng.choice(OUTLETS),
                "published": day.isoformat(),
                "text": perturb(sentences, rng),
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
