"""Allows ``python -m kamdesk``."""

import sys

from kamdesk.app import main

sys.exit(main())
