"""Starts the attack suite's helper processes as soon as the tests are collected: the fork server for
the selected isolated attacks, and the whole-suite run that measures peak RSS (when its test is selected).
Both run in the background while the in-process attacks run."""

from . import _harness


def pytest_collection_finish(session):
    if session.config.option.collectonly:
        return
    ids, rss = [], False
    for item in session.items:  # what is left after -k / -m deselection
        callspec = getattr(item, "callspec", None)
        attack = callspec.params.get("attack") if callspec is not None else None
        if isinstance(attack, _harness.Attack) and attack.isolate:
            ids.append(attack.id)
        if item.name == "test_peak_rss_of_the_whole_suite":
            rss = True
    if ids and _harness.Server.current is None:
        _harness.Server.current = _harness.Server(ids)
    if rss and _harness.SuiteRun.current is None:
        _harness.SuiteRun.current = _harness.SuiteRun()


def pytest_sessionfinish(session, exitstatus):
    for holder in (_harness.Server, _harness.SuiteRun):
        if holder.current is not None:
            holder.current.close()
            holder.current = None
