"""Counterfeit of fixtures/without_script_context.py: the 'fragment' runs its body with no context.

Catches: test_fragment_call_without_context_is_a_no_op
"""

body_runs = []


def fragment(fn):
    return fn


@fragment
def fragment_with_value():
    body_runs.append(1)
    return "value"


result = fragment_with_value()
print(f"RESULT={result!r} BODY_RAN={len(body_runs)}")
