"""The conformance harness as a pytest plugin (registered as `conformance.plugin`).

- `@pytest.mark.clause("SCOPE-01", ...)` names the clauses a check is about; unknown ids fail collection.
- Every check is collected once per Streamlit target (`--kit-python`, default: the Streamlit installed
  here); a check whose clauses do not hold in that target's version is reported `n/a` (never run).
- Fixtures: `app` (the module's fixture app, served and open in the worker's browser page), `check`.
- Every check's verdict and observations go to <results>/streamlit-<version>.json, one file per target.
"""

from conformance.plugin.collection import (  # noqa: F401  (pytest finds the hooks here)
    pytest_collection_finish,
    pytest_collection_modifyitems,
    pytest_generate_tests,
    pytest_runtest_setup,
    pytest_xdist_node_collection_finished,
)
from conformance.plugin.fixtures import (  # noqa: F401
    app,
    bare_run,
    browser_type_launch_args,
    check,
    kit_counterfeit,
    kit_launch_args,
    kit_pages,
    kit_servers,
    kit_target,
    streamlit_app,
)
from conformance.plugin.keys import DEFAULT_VIEWPORT  # noqa: F401
from conformance.plugin.options import (  # noqa: F401
    pytest_addoption,
    pytest_configure,
    pytest_configure_node,
    pytest_unconfigure,
)
from conformance.plugin.verdicts import (  # noqa: F401
    pytest_runtest_makereport,
    pytest_sessionfinish,
    pytest_terminal_summary,
)
