"""`python -m monty_peg.cli` runs the command line, for environments without the console script."""

from monty_peg.cli.main import main

main()
