"""The host's peak RSS while running every attack program of the suite, one after another, in one fresh
process with the standard limits (`_suite_runner.py`, started in the background when the suite is
collected): it must finish, and stay under 400 MB."""


from . import _harness as H


def test_peak_rss_of_the_whole_suite():
    run = H.SuiteRun.current
    own = run is None
    if own:
        run = H.SuiteRun()
    try:
        summary = run.wait()
    finally:
        if own:
            run.close()
    problems = []
    if not summary["finished"]:
        problems.append(f"the run did not finish: {summary['why']} ({summary['ran']} programs ran)")
    if summary["rss_mb"] > H.RSS_CAP_MB:
        problems.append(f"peak RSS {summary['rss_mb']:.0f} MB > {H.RSS_CAP_MB} MB "
                        f"(largest after: {summary['biggest']})")
    assert not problems, "\n".join(problems)
