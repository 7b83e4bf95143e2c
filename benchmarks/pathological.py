"""Time the whole pipeline on pathological texts at n and 4n characters.

Linear behaviour shows as a time ratio near 4 (a quadratic step shows ~16).

    python benchmarks/pathological.py [--scale 50000]
"""

from __future__ import annotations

import argparse
import statistics
import time


def cases(n: int) -> dict[str, str]:
    return {
        "quote marks": ('"' * 7 + " said ") * (n // 13),
        "curly quotes": ("\u201cword\u201d \u2018x\u2019 ") * (n // 12),
        "one token": "x" * n,
        "digits+commas": "1,2" * (n // 3),
        "NUL bytes": ("a\x00" * (n // 2)),
        "money soup": ("$5bn nearly 40% more than 2,000 " * (n // 33)),
        "apostrophes": ("firms' don't '90s rock 'n' roll " * (n // 32)),
        "names+pronouns": ("Anna Berg said she met Tom Hale. He agreed. " * (n // 44)),
    }


def main() -> None:
    import claimkit

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=50_000, help="n characters")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", help="run only the cases whose name contains this")
    args = parser.parse_args()
    nlp = claimkit.load()
    nlp.max_length = 10 * args.scale
    print(f"{'case':<16}{'n s':>9}{'4n s':>9}{'ratio':>7}")
    for name in cases(10):
        if args.only and args.only not in name:
            continue
        times = []
        for n in (args.scale, 4 * args.scale):
            text = cases(n)[name]
            runs = []
            for _ in range(args.runs):
                start = time.perf_counter()
                claimkit.extract(text, nlp=nlp)
                runs.append(time.perf_counter() - start)
            times.append(statistics.median(runs))
        print(f"{name:<16}{times[0]:>9.2f}{times[1]:>9.2f}{times[1] / times[0]:>7.1f}")


if __name__ == "__main__":
    main()
