"""``python -m archive.demo_site [--port N] [--delay-ms N] [--edition N]``: serve the demo web."""

from __future__ import annotations

import argparse

from archive.demo_site import DemoSite


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m archive.demo_site", description=__doc__)
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--delay-ms", type=int, default=0)
    ap.add_argument("--edition", type=int, default=1, choices=(1, 2))
    ap.add_argument("--print-sources", action="store_true", help="print a sources TOML for this server first")
    args = ap.parse_args(argv)
    demo = DemoSite(port=args.port, delay_ms=args.delay_ms, edition=args.edition)
    base = demo._bind()
    if args.print_sources:
        print(demo.sources_toml())
    print(f"demo news web on {base}/ (edition {args.edition}); Ctrl-C stops", flush=True)
    demo.serve_forever()


if __name__ == "__main__":
    main()
