"""The command line a new user meets: the help lists every command, speaks French fully when
asked, plan file names are sound, and no display is said in one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from stratdesk.cli import _command_parser, main
from stratdesk.cli_checks import missing_display
from stratdesk.cli_words import command_names

ARGPARSE_ENGLISH = (
    "usage:",
    "positional arguments",
    "options:",
    "show this help message",
    "the following arguments are required",
    "error:",
)


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as leaving:
        main([*argv, "--help"])
    assert leaving.value.code == 0
    return capsys.readouterr().out


def test_the_help_lists_every_command_the_parser_has(capsys: pytest.CaptureFixture[str]) -> None:
    names = command_names(_command_parser())
    assert {"demo", "new", "check", "screenshots", "import", "restore"} <= set(names)
    text = _help(capsys)
    listed = text.split("Commands")[1]
    for name in names:
        assert f"\n  {name} " in listed, name


def test_the_french_help_is_french_through_and_through(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (("--lang", "fr"), ("--lang", "fr", "import", "kpi"), ("--lang", "fr", "new")):
        text = _help(capsys, *argv)
        for english in ARGPARSE_ENGLISH:
            assert english not in text, (argv, english)
        assert "utilisation\u00a0:" in text and "options\u00a0:" in text
        assert "afficher ce message d’aide et quitter" in text
    assert "arguments positionnels\u00a0:" in _help(capsys, "--lang", "fr")


def test_argparse_errors_are_french_too(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as leaving:
        main(["--lang", "fr", "new"])
    assert leaving.value.code == 2
    err = capsys.readouterr().err
    assert "stratdesk new\u00a0: erreur\u00a0: les arguments suivants sont obligatoires" in err
    with pytest.raises(SystemExit):
        main(["--lang", "fr", "import", "kpi", "a", "b", "--decimal", ";"])
    assert "choix invalide" in capsys.readouterr().err


def test_english_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "--lang", "en")
    assert text.startswith("usage: stratdesk") and "show this help message and exit" in text


def test_a_folder_is_refused_as_a_plan_file(tmp_path: Path, capsys) -> None:
    for target in (str(tmp_path), f"{tmp_path}{os.sep}", "./"):
        assert main(["demo", target]) == 1
        err = capsys.readouterr().err
        assert "is a folder: give the plan a file name" in err, target
        assert "already exists" not in err
    assert main(["new", str(tmp_path), "--client", "Acme"]) == 1
    assert "is a folder" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_plan_suffix_is_added_and_said(tmp_path: Path, capsys) -> None:
    assert main(["demo", str(tmp_path / "notes.txt"), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "notes.txt.stratdesk").is_file() and not (tmp_path / "notes.txt").exists()
    assert "notes.txt.stratdesk" in out and "“.stratdesk” added" in out
    assert main(["new", str(tmp_path / "client"), "--client", "Acme"]) == 0
    assert (tmp_path / "client.stratdesk").is_file()
    assert "“.stratdesk” added" in capsys.readouterr().out
    assert main(["new", str(tmp_path / "plain.stratdesk"), "--client", "Acme"]) == 0
    assert "“.stratdesk” added" not in capsys.readouterr().out


def test_no_display_is_said_in_one_sentence(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    assert missing_display({}, "win32") is None
    assert missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "needs a display" in err
    assert "stratdesk screenshots FILE -o FOLDER" in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
def test_the_gui_without_a_display_exits_2_not_134(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["STRATDESK_DATA_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "stratdesk", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 2
    assert "Reinstalling" not in result.stderr and "needs a display" in result.stderr
