"""Which Chromium the kit launches: KIT_CHROMIUM, else Playwright's own, else the system's headless shell for
headless runs and the full browser for headed ones."""

import stat

import pytest

from conformance import browser


@pytest.fixture
def system(tmp_path, monkeypatch):
    """Two fake system browsers, a headless shell and a full Chromium, and no Playwright download."""
    made = {}
    for name in ("chromium-headless-shell", "chromium"):
        exe = tmp_path / name
        exe.write_text("#!/bin/sh\n")
        exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
        made[name] = str(exe)
    monkeypatch.setattr(browser, "SYSTEM_HEADLESS_SHELLS", (made["chromium-headless-shell"],))
    monkeypatch.setattr(browser, "SYSTEM_CHROMIUMS", (made["chromium"],))
    monkeypatch.delenv("KIT_CHROMIUM", raising=False)
    monkeypatch.setenv("KIT_INSTALL_BROWSER", "0")
    return made


def test_headless_run_takes_the_headless_shell(system, tmp_path):
    chosen = browser.find_chromium(str(tmp_path / "no-managed-build"), headless=True)
    assert chosen == system["chromium-headless-shell"]
    assert browser.name({"executable_path": chosen}) == "chromium-headless-shell"


def test_headed_run_takes_the_full_browser(system, tmp_path):
    assert browser.find_chromium(str(tmp_path / "no-managed-build"), headless=False) == system["chromium"]


def test_full_browser_when_no_headless_shell(system, tmp_path, monkeypatch):
    monkeypatch.setattr(browser, "SYSTEM_HEADLESS_SHELLS", (str(tmp_path / "absent"),))
    assert browser.find_chromium(str(tmp_path / "no-managed-build"), headless=True) == system["chromium"]


def test_kit_chromium_and_playwrights_own_build_come_first(system, tmp_path, monkeypatch):
    managed = tmp_path / "managed"
    managed.write_text("")
    assert browser.find_chromium(str(managed)) is None
    monkeypatch.setenv("KIT_CHROMIUM", system["chromium"])
    assert browser.find_chromium(str(managed)) == system["chromium"]
