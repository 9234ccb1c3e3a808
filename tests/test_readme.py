"""The README's Python example runs and does what the README says it does."""

import re
from pathlib import Path


def test_readme_python_example_runs(capsys):
    text = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    namespace = {}
    exec(compile(block, "README.md", "exec"), namespace)
    assert capsys.readouterr().out == "2 records, total 12.50\n"
    assert namespace["result"] == "2 records, total 12.50"
