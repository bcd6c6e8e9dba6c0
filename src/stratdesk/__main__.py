"""`python -m stratdesk` runs the command line."""

import sys

from stratdesk.cli import main

sys.exit(main())
