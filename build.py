#!/usr/bin/env python3
"""bitext command line. `python build.py --help` lists the commands; the logic lives in bitext/."""
import sys

from bitext.cli import main

if __name__ == "__main__":
    sys.exit(main())
