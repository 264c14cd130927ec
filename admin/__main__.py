"""``python -m admin``: the admin CLI without the Qt entry point."""

import sys

from admin.cli.app import main

sys.exit(main())
