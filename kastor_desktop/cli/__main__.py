"""`python -m kastor_desktop.cli` runs the `kastor` command."""

import sys

from kastor_desktop.cli import main

sys.exit(main())
