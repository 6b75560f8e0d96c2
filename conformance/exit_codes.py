"""Exit statuses of the kit, one per kind of trouble, so that a script can tell them apart.

0 to 5 are pytest's own: 0 every verdict was the expected one, 1 a check had an unexpected verdict, 2 the run
was interrupted, 3 pytest itself failed, 4 bad command-line use (an unknown clause id, a bad option), 5 no
check was collected. The kit adds:
"""

NO_BROWSER = 20  # no Chromium could be found or installed
NO_STREAMLIT = 21  # no Streamlit for the Python named (or the one running pytest)
BAD_BUILD = 22  # not a Streamlit version or package spec; a version without fragments (below 1.33)
NO_ENVIRONMENT = 23  # the build could not be installed (an unknown version, a broken wheel, no network)
CANNOT_WRITE = 24  # the results or reports could not be written (a full disk, a read-only folder)
SERVER_UNHEALTHY = 25  # a server did not become healthy in time (checks that needed it: error)
APP_CRASHED = 26  # a fixture app failed on its first run (its checks: error)
BROWSER_DIED = 27  # the browser died during a check (that check: error; the next ones get a new browser)
PORT_TAKEN = 28  # no free port could be had for a server

# When several kinds happened in one run, the exit status is the first of these that did.
PRIORITY = [CANNOT_WRITE, BROWSER_DIED, SERVER_UNHEALTHY, PORT_TAKEN, APP_CRASHED]


class HarnessError(RuntimeError):
    """The harness could not observe: the check's verdict is `error`, and the run exits with `exit_code`."""

    exit_code = 1

    def __init__(self, message: str, exit_code: int | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code
