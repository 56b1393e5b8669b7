"""`python -m desktop` starts the desktop application."""

from desktop.cli import main

raise SystemExit(main())
