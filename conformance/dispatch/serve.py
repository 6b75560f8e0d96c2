"""`python serve.py ARGS...` is `streamlit ARGS...`, with the server's own objects frozen once it is up.

Streamlit runs a full garbage collection after every script run (`runner.postScriptGC`, on by default). In a
server that has imported Streamlit and its dependencies that pass rescans some 60,000 long-lived objects
each time: about 40 ms of CPU per run here, a third of the CPU a check costs. Once the runtime has started
and before any session exists, this moves every object then alive into the permanent generation
(`gc.freeze`), which collections skip. What sessions and scripts create later is collected exactly as
before, by the same full collection after every run.

It prints one line to the server log: `kit: server objects frozen` or `kit: server objects not frozen (...)`.
"""

import gc
import sys
import threading
import time

FROZEN = "kit: server objects frozen"
NOT_FROZEN = "kit: server objects not frozen"
WAIT_S = 60.0


def _freeze_before_the_first_session() -> None:
    deadline = time.monotonic() + WAIT_S
    try:
        from streamlit.runtime import Runtime
        from streamlit.runtime.runtime import RuntimeState

        while time.monotonic() < deadline:
            if Runtime.exists() and Runtime.instance().state == RuntimeState.NO_SESSIONS_CONNECTED:
                gc.freeze()
                print(FROZEN, flush=True)
                return
            time.sleep(0.01)  # sleep: a poll inside the server, not a check
        print(f"{NOT_FROZEN} (the runtime did not start within {WAIT_S:.0f} s)", flush=True)
    except Exception as exc:  # a fork without this API still runs, unfrozen
        print(f"{NOT_FROZEN} ({type(exc).__name__}: {exc})", flush=True)


if __name__ == "__main__":
    import streamlit.web.cli as cli

    threading.Thread(target=_freeze_before_the_first_session, daemon=True).start()
    sys.argv = ["streamlit", *sys.argv[1:]]
    sys.exit(cli.main(prog_name="streamlit"))
