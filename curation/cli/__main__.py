"""`python -m curation.cli` == `unwritten`."""

import sys

from . import main

sys.exit(main())
